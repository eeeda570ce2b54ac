package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import policysearch.extract.Actor;
import policysearch.extract.Attribution;
import policysearch.index.Schema;

class StatementServiceTest extends FixtureIndexTest {
  private static StatementResult search(String q, List<String> speakers, List<String> types)
      throws IOException {
    SearchRequest base =
        new SearchRequest(q, speakers, List.of(), null, null, SortOrder.RELEVANCE, 1, 20);
    return service.statements(new StatementRequest(base, types));
  }

  private static String line(StatementHit hit) {
    return hit.id() + " " + hit.speakers().stream().map(Actor::name).toList() + " " + hit.verb();
  }

  @Test
  void statementsAreSearchableWithSpeakersAndHighlightedText() throws IOException {
    StatementResult result = search("alliance", List.of(), List.of());

    assertEquals(1, result.total());
    StatementHit hit = result.hits().get(0);
    assertEquals("blinken-kamikawa~s2 [Yoko Kamikawa] welcomed", line(hit));
    assertEquals(new Attribution("welcomed", "Kamikawa"), hit.attribution());
    assertEquals("blinken-kamikawa", hit.articleId());
    assertEquals("2024-03-12", hit.date());
    assertEquals(
        "Kamikawa welcomed the agreement and stressed that the <mark>alliance</mark> remains the cornerstone of peace in the region.",
        hit.text());
  }

  @Test
  void emptyQueryListsAllStatementsNewestFirstWithSpeakerFacets() throws IOException {
    StatementResult result = search("", List.of(), List.of());

    assertEquals(13, result.total());
    assertEquals("kyiv-aid~s1 [Volodymyr Zelenskyy] thanked", line(result.hits().get(0)));
    String speakers =
        result.facets().get(Schema.SPEAKER).stream()
            .map(v -> v.value() + "=" + v.count())
            .collect(Collectors.joining(", "));
    assertEquals(
        "Antony Blinken=2, Janet Yellen=2, Jens Stoltenberg=2, Joe Biden=2, Volodymyr Zelenskyy=2, Yoko Kamikawa=2,"
            + " Canada=1, European Space Agency=1, NASA=1, United Kingdom=1",
        speakers);
    assertEquals(
        "person=11, country=1, organization=1",
        result.facets().get(Schema.SPEAKER_TYPE).stream()
            .map(v -> v.value() + "=" + v.count())
            .collect(Collectors.joining(", ")));
  }

  @Test
  void speakerAndSpeakerTypeFilterStatements() throws IOException {
    assertEquals(
        List.of("inflation~s1 [Janet Yellen] said", "inflation~s2 [Janet Yellen] said"),
        search("", List.of("Janet Yellen"), List.of()).hits().stream()
            .map(StatementServiceTest::line)
            .toList());
    assertEquals(
        List.of("wire-001~s1 [Canada, United Kingdom] announced"),
        search("", List.of(), List.of("country")).hits().stream()
            .map(StatementServiceTest::line)
            .toList());
  }

  @Test
  void relatedStatementsComeFromOtherSpeakersInOtherArticlesWithTheReason() throws IOException {
    RelatedStatements related =
        service.relatedStatements("nato-cyber~s1", 5, null, null, List.of(), RetrievalMode.HYBRID);

    assertEquals("nato-cyber~s1", related.source().id());
    RelatedStatement first = related.related().get(0);
    assertEquals("kyiv-aid~s1 [Volodymyr Zelenskyy] thanked", line(first.statement()));
    assertEquals(List.of("defence", "allies", "nato", "new"), first.sharedTerms());
    assertEquals(
        List.of(),
        related.related().stream()
            .filter(
                r ->
                    r.statement().articleId().equals("nato-cyber")
                        || r.statement().speakers().stream()
                            .anyMatch(s -> s.name().equals("Jens Stoltenberg")))
            .toList());
  }

  @Test
  void actorStatementsAreNewestFirstWithTopicsPerYear() throws IOException {
    ActorStatements biden = service.actorStatements("Joe Biden", 1, 10);

    assertEquals(2, biden.total());
    assertEquals("unga-climate~s1 [Joe Biden] urged", line(biden.statements().get(0)));
    assertEquals("2023", biden.byYear().get(0).year());
    assertEquals(2, biden.byYear().get(0).count());
    assertThrows(NotFoundException.class, () -> service.actorStatements("Nobody", 1, 10));
  }

  @Test
  void unknownStatementOrArticleIsNotFound() {
    assertThrows(
        NotFoundException.class,
        () -> service.relatedStatements("nope~s1", 5, null, null, List.of(), RetrievalMode.HYBRID));
    assertThrows(NotFoundException.class, () -> service.relatedArticles("nope", 5));
  }
}
