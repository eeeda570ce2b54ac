package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.index.Schema;

class LuceneBackendTest extends FixtureIndexTest {
  private static SearchRequest request(String q, List<String> actors, List<String> topics) {
    return new SearchRequest(q, actors, topics, null, null, SortOrder.RELEVANCE, 1, 10);
  }

  @Test
  void wordQueryFindsArticlesWithHighlightedSnippets() throws IOException {
    SearchResult result = service.search(SearchRequest.of("NATO"));

    assertEquals(2, result.total());
    assertEquals(List.of("nato-cyber", "kyiv-aid"), ids(result));
    assertEquals(
        List.of(
            "<mark>NATO</mark> Secretary General Jens Stoltenberg announced a new cyber defence centre in Tallinn to help allies respond to ransomware attacks on hospitals and power grids.",
            "Stoltenberg said that cyber attacks against critical infrastructure are now a daily threat, and that hackers linked to Russia had targeted the networks of several <mark>NATO</mark> members.",
            "Japan and Australia, partners of <mark>NATO</mark>, will send observers."),
        result.hits().get(0).snippets());
    assertEquals(
        "NATO=2, Russia=2, Australia=1, Estonia=1, Japan=1, Jens Stoltenberg=1, Ukraine=1, Volodymyr Zelenskyy=1",
        facet(result, Schema.ACTOR));
    assertEquals("2024=1, 2023=1", facet(result, Schema.YEAR));
  }

  @Test
  void emptyQueryListsAllArticlesNewestFirstWithYearCounts() throws IOException {
    SearchResult result = service.search(SearchRequest.of(""));

    assertEquals(Fixtures.ARTICLES, result.total());
    assertEquals("kyiv-aid", result.hits().get(0).id());
    assertEquals("wire-001", result.hits().get(9).id());
    assertEquals("2024=3, 2023=3, 2022=3, 2021=1", facet(result, Schema.YEAR));
  }

  @Test
  void valuesOfOneFacetAreOredAndFacetsAreAnded() throws IOException {
    assertEquals(
        List.of("blinken-kamikawa", "nato-cyber"),
        sorted(service.search(request("", List.of("Japan"), List.of()))));
    assertEquals(
        List.of("blinken-kamikawa", "kyiv-aid", "nato-cyber", "wire-002"),
        sorted(service.search(request("", List.of("Japan", "Russia"), List.of()))));
    assertEquals(
        List.of("nato-cyber"),
        sorted(service.search(request("", List.of("Japan"), List.of("cybersecurity")))));
  }

  @Test
  void selectedFacetStillCountsItsOtherValues() throws IOException {
    SearchResult result = service.search(request("", List.of("Japan"), List.of()));

    assertEquals(2, result.total());
    String actors = facet(result, Schema.ACTOR);
    assertTrue(
        actors.contains("Japan=2")
            && actors.contains("United States=4")
            && actors.contains("Russia=3"),
        actors);
  }

  @Test
  void quotedPhraseMatchesExactlyWhileWordsAreStemmed() throws IOException {
    assertEquals(List.of("ev-tariffs"), ids(service.search(SearchRequest.of("tariff"))));
    assertEquals(List.of(), ids(service.search(SearchRequest.of("\"tariff\""))));
    assertEquals(
        List.of("blinken-kamikawa"),
        ids(service.search(SearchRequest.of("\"maritime security\""))));
  }

  @Test
  void straightApostropheFindsCurlyApostrophe() throws IOException {
    SearchResult result = service.search(SearchRequest.of("doesn't"));

    assertEquals(List.of("inflation"), ids(result));
    assertTrue(
        result.hits().get(0).snippets().get(0).contains("<mark>doesn’t</mark>"),
        result.hits().get(0).snippets().toString());
  }

  @Test
  void matchDeepInALongArticleStillGetsItsSnippet() throws IOException {
    SearchResult result = service.search(SearchRequest.of("Svalbard"));

    assertEquals(List.of("long-briefing"), ids(result));
    assertEquals(
        List.of(
            "LARSEN: The Arctic Council will meet in Tromsø, and research stations on <mark>Svalbard</mark> will share new data on sea ice with scientists from many countries."),
        result.hits().get(0).snippets());
  }

  @Test
  void booleanOperatorsExclusionsAndFieldScopes() throws IOException {
    assertEquals(
        List.of("ev-tariffs", "nato-cyber"),
        sorted(service.search(SearchRequest.of("ransomware OR tariffs"))));
    assertEquals(List.of("kyiv-aid"), ids(service.search(SearchRequest.of("NATO -cyber"))));
    assertEquals(List.of("kyiv-aid"), ids(service.search(SearchRequest.of("NATO NOT cyber"))));
    assertEquals(
        List.of("blinken-kamikawa", "nato-cyber"),
        sorted(service.search(SearchRequest.of("actor:japan"))));
    assertEquals(List.of("space-debris"), ids(service.search(SearchRequest.of("topic:space"))));
    assertEquals(List.of("wire-002"), ids(service.search(SearchRequest.of("title:sanctions"))));
  }

  @Test
  void dateRangeIsInclusive() throws IOException {
    SearchRequest from2024 =
        new SearchRequest(
            "",
            List.of(),
            List.of(),
            LocalDate.of(2024, 1, 15),
            LocalDate.of(2024, 3, 12),
            SortOrder.DATE,
            1,
            10);
    assertEquals(List.of("blinken-kamikawa", "ev-tariffs"), ids(service.search(from2024)));
  }

  @Test
  void pagesSliceTheSortedHits() throws IOException {
    SearchRequest second =
        new SearchRequest("", List.of(), List.of(), null, null, SortOrder.DATE, 2, 4);
    SearchResult result = service.search(second);

    assertEquals(10, result.total());
    assertEquals(List.of("nato-cyber", "long-briefing", "space-debris", "inflation"), ids(result));
  }

  @Test
  void unparsableQueryAndUnknownFieldAreInvalidRequests() {
    InvalidRequestException bad =
        assertThrows(
            InvalidRequestException.class, () -> service.search(SearchRequest.of("AND (")));
    assertTrue(
        bad.getMessage().startsWith("Cannot understand the query 'AND ('"), bad.getMessage());
    InvalidRequestException field =
        assertThrows(
            InvalidRequestException.class, () -> service.search(SearchRequest.of("color:red")));
    assertTrue(
        field.getMessage().contains("unknown field 'color:' (use actor:, topic: or title:)"),
        field.getMessage());
  }

  @Test
  void articleIsReturnedWholeWithActorRoles() throws IOException {
    ArticleView article = service.article("inflation").orElseThrow();

    assertEquals("2022-08-08", article.date());
    assertTrue(article.text().startsWith("Treasury Secretary Janet Yellen said"));
    assertEquals("Janet Yellen", article.actors().get(0).name());
    assertEquals(List.of("Treasury Secretary"), article.actors().get(0).roles());
    assertEquals(List.of("economy"), article.topics());
    assertEquals(
        List.of("inflation~s1", "inflation~s2"),
        article.statements().stream().map(StatementHit::id).toList());
    assertEquals(
        "Yellen said wages are rising and unemployment is low.",
        article.statements().get(1).text());
    assertTrue(service.article("no-such-id").isEmpty());
  }

  @Test
  void snippetsEscapeHtmlInArticleText(@TempDir Path other) throws IOException {
    Path corpus = Files.createDirectories(other.resolve("corpus"));
    Files.writeString(
        corpus.resolve("x.txt"),
        " date 2024-01-01 Hackers wrote <script>alert(1)</script> & <img src=x onerror=alert(2)> into the page.\n");
    Fixtures.index(corpus, other.resolve("index"));
    try (FSDirectory d = FSDirectory.open(other.resolve("index"));
        LuceneBackend s = Fixtures.backend(d)) {
      assertEquals(
          List.of(
              "<mark>Hackers</mark> wrote &lt;script&gt;alert(1)&lt;&#x2F;script&gt; &amp; &lt;img src=x onerror=alert(2)&gt; into the page."),
          s.search(SearchRequest.of("hackers")).hits().get(0).snippets());
    }
  }

  private static List<String> sorted(SearchResult result) {
    return ids(result).stream().sorted().toList();
  }
}
