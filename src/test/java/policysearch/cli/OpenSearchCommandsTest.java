package policysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.opensearch.LocalCluster;
import policysearch.opensearch.OneNodeCluster;
import policysearch.opensearch.OpenSearchIndexer;

@ExtendWith(OneNodeCluster.class)
class OpenSearchCommandsTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... words) {
    return new Cli()
        .run(
            List.of(words),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void indexIntoOpenSearchExtractsHereAndReportsWhatTheClusterHolds(LocalCluster cluster) {
    Path corpus = Fixtures.copyCorpus(dir);

    assertEquals(0, run("index", "--opensearch", cluster.url(), "--corpus", corpus.toString()));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(
        printed.startsWith("added 10, updated 0, removed 0, unchanged 0, skipped 3"), printed);
    assertTrue(printed.contains("OpenSearch index 'policy-search': "), printed);
  }

  @Test
  void aClusterThatDoesNotAnswerIsOneLineAndStatusOne() {
    assertEquals(1, run("index", "--opensearch", "http://127.0.0.1:1", "--corpus", dir.toString()));
    List<String> lines = err().lines().toList();
    assertEquals(1, lines.size(), err());
    assertTrue(
        lines.get(0).startsWith("policy-search: cannot reach OpenSearch at http://127.0.0.1:1: "),
        err());
  }

  @Test
  void opensearchAndIndexTogetherAreAUsageError() {
    assertEquals(
        2,
        run(
            "index",
            "--opensearch",
            "http://127.0.0.1:1",
            "--index",
            dir.resolve("index").toString(),
            "--corpus",
            dir.toString()));
    assertEquals(
        "policy-search: --opensearch and --index exclude each other: the index is in a cluster or"
            + " in a folder\n",
        err());
  }

  /**
   * POLICY_SEARCH_OPENSEARCH_URL applies when neither flag is given, over POLICY_SEARCH_INDEX; an
   * {@code --index} flag wins over it (child processes: the variables are read from their
   * environment).
   */
  @Test
  void theClusterVariableYieldsToAnIndexFlagOnly() throws Exception {
    Path corpus = Fixtures.copyCorpus(dir);
    Map<String, String> env =
        Map.of(
            "POLICY_SEARCH_OPENSEARCH_URL",
            "http://127.0.0.1:1",
            "POLICY_SEARCH_INDEX",
            dir.resolve("from-variable").toString());
    Path out = dir.resolve("out.txt");
    Path log = dir.resolve("err.txt");
    String folder = dir.resolve("from-flag").toString();

    Process toFolder =
        ServeProcessTest.start(
            env, out, log, "index", "--corpus", corpus.toString(), "--index", folder);
    assertEquals(0, exit(toFolder), Files.readString(log));
    assertTrue(
        Files.readString(out).startsWith("added 10, updated 0, removed 0, unchanged 0, skipped 3"),
        Files.readString(out));
    assertTrue(Files.isDirectory(Path.of(folder)));

    Process toCluster =
        ServeProcessTest.start(env, out, log, "index", "--corpus", corpus.toString());
    assertEquals(1, exit(toCluster), Files.readString(log));
    assertTrue(
        Files.readString(log)
            .contains("policy-search: cannot reach OpenSearch at http://127.0.0.1:1: "),
        Files.readString(log));
    assertFalse(Files.exists(dir.resolve("from-variable")));
  }

  private static int exit(Process process) throws InterruptedException {
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }

  @Test
  void aDevelopmentClusterHasOneToNineNodes() {
    assertEquals(2, run("opensearch-dev", "--nodes", "10"));
    assertTrue(err().startsWith("policy-search: --nodes must be 1 to 9, not 10"), err());
  }

  @Test
  void serveOpenSearchIndexesTheCorpusIntoTheClusterAndServesItsSearchesAndWrites(
      LocalCluster cluster) throws Exception {
    Path corpus = Fixtures.copyCorpus(dir);
    Path out = dir.resolve("serve.out");
    Path log = dir.resolve("serve.err");
    dropServedIndex(cluster); // OpenSearchCrashTest leaves its 8,000 articles there
    Process serve =
        ServeProcessTest.start(
            Map.of(
                "POLICY_SEARCH_OPENSEARCH_URL", cluster.url(), "POLICY_SEARCH_ADMIN_TOKEN", "t0k"),
            out,
            log,
            "serve",
            "--corpus",
            corpus.toString(),
            "--port",
            "0");
    try {
      int port = ServeProcessTest.awaitPort(log, serve);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!ServeProcessTest.ready(port).get("ready").asBoolean()
          && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertTrue(Files.readString(log).contains("from OpenSearch " + cluster.url()));
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + port;
      JsonNode tariffs = get(http, base + "/api/search?q=tariffs");
      assertEquals(1, tariffs.get("total").asInt(), tariffs.toString());
      assertEquals("ev-tariffs", tariffs.get("hits").get(0).get("id").asText());
      assertEquals(Fixtures.ARTICLES, get(http, base + "/api/health").get("articles").asInt());

      HttpResponse<String> deleted =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/articles/ev-tariffs"))
                  .header("Authorization", "Bearer t0k")
                  .DELETE()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertTrue(deleted.statusCode() < 300, deleted.statusCode() + " " + deleted.body());
      assertEquals(0, get(http, base + "/api/search?q=tariffs").get("total").asInt());
      assertEquals(Fixtures.ARTICLES - 1, get(http, base + "/api/health").get("articles").asInt());

      serve.destroy();
      assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
      assertEquals(143, serve.exitValue());
    } finally {
      if (serve.isAlive()) {
        serve.destroyForcibly().waitFor();
      }
      // The other tests here index the same articles into that index and count them as new.
      dropServedIndex(cluster);
    }
  }

  private static void dropServedIndex(LocalCluster cluster) throws Exception {
    HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(cluster.url() + "/" + OpenSearchIndexer.INDEX))
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.discarding());
  }

  private static JsonNode get(HttpClient http, String url) throws Exception {
    return new ObjectMapper()
        .readTree(
            http.send(
                    HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
  }
}
