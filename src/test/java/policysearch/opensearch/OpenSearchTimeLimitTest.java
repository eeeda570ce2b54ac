package policysearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import policysearch.Fixtures;
import policysearch.search.QueryTimeoutException;
import policysearch.search.RetrievalMode;
import policysearch.search.SearchRequest;
import policysearch.search.StatementRequest;
import policysearch.web.WebServer;

/**
 * The embedded index's time limit on the cluster: every user query path stops at it and says so
 * with the same words, the API answers the same 400, and counts (health, metrics) are not limited.
 */
@ExtendWith(OneNodeCluster.class)
class OpenSearchTimeLimitTest {
  static final String STOPPED =
      "The query took longer than 0 ms and was stopped: use fewer wildcards or more specific"
          + " words.";

  @Test
  void everyQueryPathStopsAtItsTimeLimitAndSaysSo(LocalCluster cluster) throws Exception {
    FixtureCluster.open(cluster).close(); // the fixture corpus indexed once per run
    try (OpenSearchBackend search =
        OpenSearchBackend.open(
            cluster.url(), FixtureCluster.INDEX, Fixtures.extractor().taxonomy(), Duration.ZERO)) {
      StatementRequest statements = new StatementRequest(SearchRequest.of("NATO"), List.of());
      Map<String, Executable> paths =
          Map.ofEntries(
              Map.entry("search", () -> search.search(SearchRequest.of("NATO"))),
              Map.entry("statements", () -> search.statements(statements)),
              Map.entry(
                  "article export", () -> search.exportArticles(SearchRequest.of("NATO"), r -> {})),
              Map.entry("statement export", () -> search.exportStatements(statements, r -> {})),
              Map.entry("related articles", () -> search.relatedArticles("nato-cyber", 5)),
              Map.entry(
                  "related statements",
                  () ->
                      search.relatedStatements(
                          "inflation~s1", 5, null, null, List.of(), RetrievalMode.HYBRID)),
              Map.entry("actor", () -> search.actorStatements("Janet Yellen", 1, 10)),
              Map.entry("actor page", () -> search.actor("Janet Yellen")),
              Map.entry("article", () -> search.article("space-debris")),
              Map.entry("suggestions", () -> search.suggest("japan")));
      paths.forEach(
          (path, call) -> {
            QueryTimeoutException stopped = assertThrows(QueryTimeoutException.class, call, path);
            assertEquals(STOPPED, stopped.getMessage(), path);
          });
      assertEquals(
          List.of(STOPPED),
          search.batch(List.of("NATO"), statements).stream().map(r -> r.error()).toList());
      assertEquals(10, search.articleCount()); // counts are not limited

      WebServer server = new WebServer(search, "127.0.0.1", 0).start();
      try {
        HttpResponse<String> answer =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.port() + "/api/search?q=NATO"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertEquals(400, answer.statusCode());
        assertEquals(
            "application/problem+json",
            answer.headers().firstValue("content-type").orElse("").split(";")[0]);
      } finally {
        server.close();
      }
    }
  }
}
