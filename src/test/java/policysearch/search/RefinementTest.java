package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import policysearch.FixtureIndex;
import policysearch.index.Schema;

/** Exclusions, cursor paging and the histogram over the fixture corpus. */
class RefinementTest extends FixtureIndexTest {
  private static SearchRequest request(
      String q,
      List<String> actors,
      List<String> notActors,
      List<String> notTopics,
      SortOrder sort,
      int size,
      String after) {
    return new SearchRequest(
        q, actors, List.of(), notActors, notTopics, null, null, sort, 1, size, after);
  }

  @Test
  void excludedActorRemovesItsArticlesAndIsListedWithTheHitsItRemoved() throws IOException {
    SearchResult result =
        service.search(
            request("", List.of(), List.of("United States"), List.of(), SortOrder.DATE, 10, null));

    assertEquals(6, result.total());
    assertEquals(
        List.of(
            "kyiv-aid", "unga-climate", "nato-cyber", "long-briefing", "space-debris", "inflation"),
        ids(result));
    List<FacetValue> actors = result.facets().get(Schema.ACTOR);
    assertEquals(
        new FacetValue("United States", 4, "country", null), actors.get(actors.size() - 1));
    assertEquals("2024=1, 2023=3, 2022=2", facet(result, Schema.YEAR));
  }

  @Test
  void exclusionsCombineWithIncludedValuesAndOtherExclusions() throws IOException {
    SearchResult result =
        service.search(
            request(
                "",
                List.of("Japan", "Russia"),
                List.of("Ukraine"),
                List.of("cybersecurity"),
                SortOrder.DATE,
                10,
                null));

    assertEquals(List.of("blinken-kamikawa"), ids(result));
    List<FacetValue> topics = result.facets().get(Schema.TOPIC);
    assertEquals("cybersecurity=1", last(topics));
    assertEquals("Ukraine=2", last(result.facets().get(Schema.ACTOR)));
  }

  private static String last(List<FacetValue> values) {
    FacetValue v = values.get(values.size() - 1);
    return v.value() + "=" + v.count();
  }

  @Test
  void afterCursorPagesThroughEveryArticleByDate() throws IOException {
    List<String> seen = new ArrayList<>();
    String after = null;
    List<Integer> sizes = new ArrayList<>();
    do {
      SearchResult page =
          service.search(request("", List.of(), List.of(), List.of(), SortOrder.DATE, 3, after));
      seen.addAll(ids(page));
      sizes.add(page.hits().size());
      after = page.nextAfter();
    } while (after != null);

    assertEquals(FixtureIndex.NEWEST_FIRST, seen);
    assertEquals(List.of(3, 3, 3, 1), sizes);
  }

  @Test
  void afterCursorByRelevanceGivesTheSamePagesAsPageNumbers() throws IOException {
    SearchResult first =
        service.search(
            request("said", List.of(), List.of(), List.of(), SortOrder.RELEVANCE, 2, null));
    SearchResult second =
        service.search(
            request(
                "said",
                List.of(),
                List.of(),
                List.of(),
                SortOrder.RELEVANCE,
                2,
                first.nextAfter()));
    SearchRequest byNumber =
        new SearchRequest(
            "said",
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            SortOrder.RELEVANCE,
            2,
            2,
            null);

    assertEquals(ids(service.search(byNumber)), ids(second));
    assertEquals(2, second.hits().size());
  }

  @Test
  void cursorOfAnotherSortOrGarbageIsAnInvalidRequest() throws IOException {
    String byDate =
        service
            .search(request("said", List.of(), List.of(), List.of(), SortOrder.DATE, 2, null))
            .nextAfter();
    InvalidRequestException e =
        assertThrows(
            InvalidRequestException.class,
            () ->
                service.search(
                    request(
                        "said", List.of(), List.of(), List.of(), SortOrder.RELEVANCE, 2, byDate)));
    assertEquals(
        "after must be the next_after cursor of a search with the same sort, not '" + byDate + "'",
        e.getMessage());
    assertThrows(
        InvalidRequestException.class,
        () ->
            service.search(request("", List.of(), List.of(), List.of(), SortOrder.DATE, 2, "%%%")));
  }

  @Test
  void histogramIsPerYearOverALongSpan() throws IOException {
    Histogram histogram = service.search(SearchRequest.of("")).histogram();

    assertEquals("year", histogram.unit());
    assertEquals(
        List.of(
            new Histogram.Bucket("2021", "2021-01-01", "2021-12-31", 1),
            new Histogram.Bucket("2022", "2022-01-01", "2022-12-31", 3),
            new Histogram.Bucket("2023", "2023-01-01", "2023-12-31", 3),
            new Histogram.Bucket("2024", "2024-01-01", "2024-12-31", 3)),
        histogram.buckets());
  }

  @Test
  void histogramIsPerMonthOverAShortRangeClippedToIt() throws IOException {
    SearchRequest firstHalf2024 =
        new SearchRequest(
            "",
            List.of(),
            List.of(),
            LocalDate.of(2024, 1, 10),
            LocalDate.of(2024, 6, 30),
            SortOrder.DATE,
            1,
            10);
    Histogram histogram = service.search(firstHalf2024).histogram();

    assertEquals("month", histogram.unit());
    assertEquals(
        new Histogram.Bucket("2024-01", "2024-01-10", "2024-01-31", 1), histogram.buckets().get(0));
    assertEquals(
        "2024-01=1, 2024-02=0, 2024-03=1, 2024-04=0, 2024-05=1, 2024-06=0",
        histogram.buckets().stream()
            .map(b -> b.value() + "=" + b.count())
            .collect(Collectors.joining(", ")));
  }
}
