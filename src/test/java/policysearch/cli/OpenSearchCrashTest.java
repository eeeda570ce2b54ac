package policysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.index.Schema;
import policysearch.opensearch.Connection;
import policysearch.opensearch.LocalCluster;
import policysearch.opensearch.OneNodeCluster;
import policysearch.opensearch.OpenSearchIndexer;

/**
 * {@code kill -9} of a real {@code policy-search index --opensearch} process mid-run: every article
 * the cluster then holds has all its statements, and the next run completes the index with every
 * article once.
 */
@ExtendWith(OneNodeCluster.class)
class OpenSearchCrashTest {
  private static final int ARTICLES = 8_000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] PLACES = {"Japan", "Kenya", "Brazil", "Canada", "India", "Chile"};

  @TempDir Path dir;

  @Test
  void aKilledRunLeavesWholeArticlesAndTheNextRunCompletesIt(LocalCluster cluster)
      throws Exception {
    Path corpus = corpus(dir.resolve("corpus"));
    String index = OpenSearchIndexer.INDEX;
    // The CLI writes this index; other tests on the shared cluster may have left articles in it.
    HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(cluster.url() + "/" + index)).DELETE().build(),
            HttpResponse.BodyHandlers.discarding());
    Process run =
        CrashRecoveryTest.start(
            dir.resolve("run.log"),
            "index",
            "--opensearch",
            cluster.url(),
            "--corpus",
            corpus.toString());
    long seen = 0;
    for (int i = 0; i < 1200 && seen == 0 && run.isAlive(); i++) {
      Thread.sleep(100);
      seen = count(cluster.url(), index);
    }
    run.destroyForcibly();
    run.waitFor(30, TimeUnit.SECONDS);
    awaitQuiet(cluster.url(), index);
    assertTrue(
        seen > 0,
        "the run wrote nothing before it ended: " + Files.readString(dir.resolve("run.log")));

    try (Connection connection = Connection.open(cluster.url())) {
      OpenSearchIndexer indexer =
          new OpenSearchIndexer(connection, index, Fixtures.extractor(), Fixtures.reader());
      Map<String, Long> statements = statementsPerArticle(cluster.url(), index);
      Map<String, Integer> claimed = claimedStatements(cluster.url(), index);
      for (Map.Entry<String, Integer> article : claimed.entrySet()) {
        assertEquals(
            article.getValue().longValue(),
            statements.getOrDefault(article.getKey(), 0L),
            article.getKey());
      }
      int before = claimed.size();
      var resumed = indexer.update(List.of(corpus), 0, 0, n -> {}).index();

      assertTrue(before > 0 && before < ARTICLES, before + " articles were whole after the kill");
      assertEquals(ARTICLES, resumed.added() + resumed.unchanged());
      assertEquals(before, resumed.unchanged());
      assertEquals(ARTICLES, claimedStatements(cluster.url(), index).size());
      assertEquals(ARTICLES, indexer.update(List.of(corpus), 0, 0, n -> {}).index().unchanged());
    }
  }

  /**
   * Waits until the cluster has finished what the killed process had already sent: a bulk request
   * that reached the node is carried out whether or not its sender still waits for the answer.
   */
  private static void awaitQuiet(String url, String index)
      throws IOException, InterruptedException {
    long last = -1;
    for (int i = 0; i < 120; i++) {
      get(url + "/" + index + "/_refresh", "");
      long now = count(url, index);
      if (now == last) {
        return;
      }
      last = now;
      Thread.sleep(1000);
    }
  }

  private static long count(String url, String index) throws IOException, InterruptedException {
    HttpResponse<String> response = get(url + "/" + index + "/_count", null);
    return response.statusCode() == 200 ? JSON.readTree(response.body()).path("count").asLong() : 0;
  }

  /** Statement documents per article id. */
  private static Map<String, Long> statementsPerArticle(String url, String index)
      throws IOException, InterruptedException {
    String query =
        "{\"size\":0,\"query\":{\"term\":{\""
            + Schema.KIND
            + "\":\""
            + Schema.KIND_STATEMENT
            + "\"}},\"aggs\":{\"a\":{\"terms\":{\"field\":\""
            + Schema.ARTICLE_ID
            + "\",\"size\":"
            + ARTICLES
            + "}}}}";
    Map<String, Long> counts = new HashMap<>();
    JSON.readTree(get(url + "/" + index + "/_search", query).body())
        .path("aggregations")
        .path("a")
        .path("buckets")
        .forEach(b -> counts.put(b.path("key").asText(), b.path("doc_count").asLong()));
    return counts;
  }

  /** The statement count each article document claims, by article id. */
  private static Map<String, Integer> claimedStatements(String url, String index)
      throws IOException, InterruptedException {
    String query =
        "{\"size\":"
            + ARTICLES
            + ",\"_source\":[\""
            + Schema.STATEMENT_COUNT
            + "\"],\"query\":{\"term\":{\""
            + Schema.KIND
            + "\":\""
            + Schema.KIND_ARTICLE
            + "\"}}}";
    get(url + "/" + index + "/_refresh", "");
    Map<String, Integer> claimed = new HashMap<>();
    JSON.readTree(get(url + "/" + index + "/_search", query).body())
        .path("hits")
        .path("hits")
        .forEach(
            h ->
                claimed.put(
                    h.path("_id").asText(),
                    h.path("_source").path(Schema.STATEMENT_COUNT).asInt()));
    return claimed;
  }

  private static HttpResponse<String> get(String url, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (body != null) {
      request.header("Content-Type", "application/json");
      request.POST(HttpRequest.BodyPublishers.ofString(body));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A JSON Lines corpus of {@link #ARTICLES} short articles, each with a statement or two. */
  private static Path corpus(Path folder) throws IOException {
    Files.createDirectories(folder);
    try (Writer out =
        Files.newBufferedWriter(folder.resolve("generated.jsonl"), StandardCharsets.UTF_8)) {
      for (int i = 0; i < ARTICLES; i++) {
        String place = PLACES[i % PLACES.length];
        String other = PLACES[(i + 1) % PLACES.length];
        out.write(
            "{\"id\":\"crash-"
                + i
                + "\",\"date\":\"2022-0"
                + (1 + i % 9)
                + "-1"
                + (i % 10)
                + "\",\"title\":\"Talks "
                + i
                + "\",\"text\":\"Officials from "
                + place
                + " said the talks on item "
                + i
                + " had been useful. Delegates from "
                + other
                + " said a statement on trade would follow by Friday.\"}\n");
      }
    }
    return folder;
  }
}
