package policysearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import policysearch.FixtureIndex;
import policysearch.search.Hit;
import policysearch.search.InvalidRequestException;
import policysearch.search.RetrievalMode;
import policysearch.search.SearchRequest;
import policysearch.search.SearchResult;
import policysearch.search.SortOrder;
import policysearch.search.StatementHit;
import policysearch.search.StatementRequest;
import policysearch.search.StatementResult;

/**
 * The OpenSearch back end answers the fixture corpus as the embedded index does: both engines index
 * the same corpus (the cluster is the run's shared one-node cluster) and are asked the same things.
 */
@ExtendWith(OneNodeCluster.class)
class OpenSearchBackendTest {
  private static final List<String> QUERIES =
      List.of(
          "",
          "sanctions",
          "tariffs",
          "\"coast guard\"",
          "actor:blinken",
          "actor:\"joe biden\"",
          "title:climate",
          "topic:Climate",
          "china OR japan",
          "secur*",
          "emissions -biden",
          "(climate OR space) AND NOT summit",
          "united states");

  @TempDir static Path dir;
  private static FixtureIndex lucene;
  private static OpenSearchBackend os;

  @BeforeAll
  static void index(LocalCluster cluster) throws IOException {
    lucene = FixtureIndex.open(dir.resolve("lucene"));
    os = FixtureCluster.open(cluster);
  }

  @AfterAll
  static void close() throws IOException {
    lucene.close();
    os.close();
  }

  private static SearchRequest request(String query, SortOrder sort) {
    return new SearchRequest(query, List.of(), List.of(), null, null, sort, 1, 10);
  }

  private static Set<String> ids(List<Hit> hits) {
    return hits.stream().map(Hit::id).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyQueryFindsTheSameArticlesTotalsFacetCountsAndHistogram() throws IOException {
    for (String query : QUERIES) {
      for (SortOrder sort : SortOrder.values()) {
        SearchResult embedded = lucene.service().search(request(query, sort));
        SearchResult cluster = os.search(request(query, sort));
        String what = "'" + query + "' by " + sort;
        assertEquals(embedded.total(), cluster.total(), what);
        assertEquals(ids(embedded.hits()), ids(cluster.hits()), what);
        assertEquals(embedded.facets(), cluster.facets(), what);
        assertEquals(embedded.histogram(), cluster.histogram(), what);
      }
    }
    assertTrue(lucene.service().search(request("actor:blinken", SortOrder.DATE)).total() > 0);
  }

  @Test
  void facetFiltersAndExclusionsCountAlike() throws IOException {
    SearchRequest request =
        new SearchRequest(
            "",
            List.of("Japan", "Russia"),
            List.of(),
            List.of(),
            List.of("climate"),
            java.time.LocalDate.parse("2022-01-01"),
            null,
            SortOrder.DATE,
            1,
            10,
            null);
    SearchResult embedded = lucene.service().search(request);
    SearchResult cluster = os.search(request);

    assertEquals(embedded.total(), cluster.total());
    assertEquals(
        embedded.hits().stream().map(Hit::id).toList(),
        cluster.hits().stream().map(Hit::id).toList());
    assertEquals(embedded.facets(), cluster.facets());
    assertEquals(embedded.histogram(), cluster.histogram());
  }

  @Test
  void cursorsPageThroughEveryArticleOnceInOrder() throws IOException {
    List<String> paged = new ArrayList<>();
    String after = null;
    do {
      SearchResult page =
          os.search(
              new SearchRequest(
                  "",
                  List.of(),
                  List.of(),
                  List.of(),
                  List.of(),
                  null,
                  null,
                  SortOrder.DATE,
                  1,
                  3,
                  after));
      page.hits().forEach(h -> paged.add(h.id()));
      after = page.nextAfter();
    } while (after != null);

    assertEquals(FixtureIndex.NEWEST_FIRST, paged);
    String cursor =
        os.search(
                new SearchRequest(
                    "",
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    SortOrder.DATE,
                    1,
                    3,
                    null))
            .nextAfter();
    assertThrows(
        InvalidRequestException.class,
        () ->
            os.search(
                new SearchRequest(
                    "china",
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    SortOrder.RELEVANCE,
                    1,
                    3,
                    cursor)));
  }

  @Test
  void snippetsAreEscapedAndMarkedAsInTheEmbeddedIndex() throws IOException {
    Hit hit = os.search(request("invasion", SortOrder.RELEVANCE)).hits().get(0);
    Hit embedded =
        lucene.service().search(request("invasion", SortOrder.RELEVANCE)).hits().stream()
            .filter(h -> h.id().equals(hit.id()))
            .findFirst()
            .orElseThrow();

    assertEquals(embedded.snippets().get(0), hit.snippets().get(0));
    assertTrue(
        hit.snippets().get(0).contains("Russia&#x27;s <mark>invasion</mark>"), hit.toString());
  }

  @Test
  void statementsMatchByWordsWithTheSameHitsAndCounts() throws IOException {
    for (String query : List.of("", "said", "\"coast guard\"", "climate finance", "actor:biden")) {
      StatementRequest request =
          new StatementRequest(
              request(query, SortOrder.RELEVANCE), List.of(), RetrievalMode.LEXICAL);
      StatementResult embedded = lucene.service().statements(request);
      StatementResult cluster = os.statements(request);
      assertEquals(embedded.total(), cluster.total(), query);
      assertEquals(
          embedded.hits().stream().map(StatementHit::id).collect(Collectors.toSet()),
          cluster.hits().stream().map(StatementHit::id).collect(Collectors.toSet()),
          query);
      assertEquals(embedded.facets(), cluster.facets(), query);
    }
    StatementRequest byPerson =
        new StatementRequest(request("", SortOrder.DATE), List.of("person"), null);
    assertEquals(
        lucene
            .service()
            .statements(
                new StatementRequest(byPerson.base(), List.of("person"), RetrievalMode.LEXICAL))
            .total(),
        os.statements(byPerson).total());
  }

  @Test
  void searchByMeaningAnswersByWordsWithoutVectors() throws IOException {
    SearchRequest climate = request("climate finance", SortOrder.RELEVANCE);
    StatementResult lexical =
        os.statements(new StatementRequest(climate, List.of(), RetrievalMode.LEXICAL));
    for (RetrievalMode mode : List.of(RetrievalMode.SEMANTIC, RetrievalMode.HYBRID)) {
      StatementResult asked = os.statements(new StatementRequest(climate, List.of(), mode));
      assertEquals(lexical.total(), asked.total(), mode.toString());
      assertEquals(
          lexical.hits().stream().map(StatementHit::id).toList(),
          asked.hits().stream().map(StatementHit::id).toList());
    }
    assertTrue(lexical.total() > 0);
    StatementRequest syntax =
        new StatementRequest(
            request("\"coast guard\"", SortOrder.RELEVANCE), List.of(), RetrievalMode.SEMANTIC);
    InvalidRequestException refused =
        assertThrows(InvalidRequestException.class, () -> os.statements(syntax));
    assertTrue(refused.getMessage().contains("mode=lexical"), refused.getMessage());
  }

  @Test
  void theArticleViewAndCountsAreTheEmbeddedIndexs() throws IOException {
    for (String id : FixtureIndex.NEWEST_FIRST) {
      assertEquals(lucene.service().article(id), os.article(id), id);
    }
    assertTrue(os.article("no-such-article").isEmpty());
    assertEquals(lucene.service().articleCount(), os.articleCount());
    assertEquals(lucene.service().statementCount(), os.statementCount());
  }

  @Test
  void aBadQueryIsRefusedWithTheEmbeddedIndexsWords() {
    InvalidRequestException embedded =
        assertThrows(
            InvalidRequestException.class,
            () -> lucene.service().search(request("china AND", SortOrder.RELEVANCE)));
    InvalidRequestException cluster =
        assertThrows(
            InvalidRequestException.class,
            () -> os.search(request("china AND", SortOrder.RELEVANCE)));
    assertEquals(embedded.getMessage(), cluster.getMessage());
  }

  @Test
  void suggestionsAreTheEmbeddedIndexs() throws IOException {
    for (String typed : List.of("bi", "un", "cli", "joe b", "united s", "sec", "x")) {
      assertEquals(lucene.service().suggest(typed), os.suggest(typed), typed);
    }
  }

  @Test
  void anActorsStatementsAreListedAsInTheEmbeddedIndex() throws IOException {
    for (String name : List.of("Joe Biden", "Janet Yellen", "Antony Blinken")) {
      assertEquals(lucene.service().actorStatements(name, 1, 10), os.actorStatements(name, 1, 10));
    }
    assertThrows(
        policysearch.search.NotFoundException.class, () -> os.actorStatements("Nobody", 1, 10));
  }

  @Test
  void relatedArticlesShareWordsAndNeverIncludeTheArticle() throws IOException {
    var related = os.relatedArticles("unga-climate", 5);

    assertEquals("wire-001", related.get(0).id());
    assertEquals(List.of("climate"), related.get(0).sharedTopics());
    assertEquals(List.of("Joe Biden"), related.get(0).sharedActors());
    assertTrue(related.stream().noneMatch(r -> r.id().equals("unga-climate")));
    assertTrue(related.stream().allMatch(r -> r.similarity() == 0));
    assertThrows(
        policysearch.search.NotFoundException.class, () -> os.relatedArticles("nothing", 5));
  }

  @Test
  void relatedStatementsAreByOthersElsewhereWithTheSharedWordsMarked() throws IOException {
    var related =
        os.relatedStatements("unga-climate~s2", 5, null, null, List.of(), RetrievalMode.HYBRID);

    assertEquals("wire-001~s1", related.related().get(0).statement().id());
    assertTrue(
        related.related().get(0).sharedTerms().contains("biden"),
        related.related().get(0).toString());
    assertTrue(related.related().get(0).statement().text().contains("<mark>"));
    for (var r : related.related()) {
      assertTrue(!r.statement().articleId().equals("unga-climate"), r.toString());
      assertTrue(
          r.statement().speakers().stream().noneMatch(s -> s.name().equals("Joe Biden")),
          r.toString());
    }
    assertTrue(
        os.relatedStatements(
                "unga-climate~s2", 5, null, null, List.of("organization"), RetrievalMode.HYBRID)
            .related()
            .isEmpty());
  }
}
