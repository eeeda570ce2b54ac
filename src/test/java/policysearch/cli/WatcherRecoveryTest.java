package policysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --watch} in a JVM with a small heap, fed a record it has no memory for: the watcher
 * survives the {@code OutOfMemoryError}, logs it, health says degraded and readiness 503, and the
 * next good file is indexed. Before, the Error ended the watcher without a line while health stayed
 * "ok".
 */
class WatcherRecoveryTest {
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  static String get(int port, String path) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  static boolean within(Duration wait, Callable<Boolean> condition) throws Exception {
    long end = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < end) {
      if (condition.call()) {
        return true;
      }
      Thread.sleep(100);
    }
    return condition.call();
  }

  @Test
  void anErrorInTheWatcherIsLoggedShownByHealthAndReadinessAndRecoveredFrom() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("first.txt"), " date 2024-01-01 Numbats first.\n");
    Path out = dir.resolve("serve.out");
    Path err = dir.resolve("serve.err");
    Process serve =
        ServeProcessTest.start(
            Map.of(),
            "96m",
            out,
            err,
            "serve",
            "--watch",
            "--corpus",
            corpus.toString(),
            "--index",
            dir.resolve("index").toString(),
            "--port",
            "0");
    try {
      int port = ServeProcessTest.awaitPort(err, serve);
      // It listens at once and indexes the new corpus in the background, ready when done.
      assertTrue(within(Duration.ofSeconds(30), () -> ready(port).statusCode() == 200));
      assertEquals("{\"status\":\"ok\",\"articles\":1}", get(port, "/api/health"));

      // 60 MB: within the line bound, beyond what a 96 MB heap can read.
      Path big = corpus.resolve("big.jsonl");
      try (Writer writer = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
        writer.write("{\"id\":\"big\",\"date\":\"2024-01-02\",\"text\":\"");
        for (int i = 0; i < 60; i++) {
          writer.write("y".repeat(1 << 20));
        }
        writer.write("\"}\n");
      }
      assertTrue(
          within(Duration.ofSeconds(30), () -> get(port, "/api/health").contains("degraded")),
          Files.readString(err));
      assertTrue(
          get(port, "/api/health")
              .matches(
                  "\\{\"status\":\"degraded\",\"articles\":1,\"corpus\":\\{\"status\":\"failing\","
                      + "\"since\":\"[-0-9T:.]+Z\",\"error\":\"OutOfMemoryError\"}}"),
          get(port, "/api/health"));
      HttpResponse<String> notReady = ready(port);
      assertEquals(503, notReady.statusCode());
      assertTrue(
          notReady.body().contains("(OutOfMemoryError); serving the index as it was"),
          notReady.body());
      // Log lines on stderr (Logback), not on stdout, which is for a command's output.
      String failed =
          " ERROR CorpusWatcher corpus changed, but the update failed (retrying in 2 s or at the"
              + " next change): java.lang.OutOfMemoryError";
      assertTrue(
          within(Duration.ofSeconds(10), () -> Files.readString(err).contains(failed)),
          Files.readString(err));

      Files.writeString(big, "{\"id\":\"good\",\"date\":\"2024-01-02\",\"text\":\"Numbats.\"}\n");
      assertTrue(
          within(
              Duration.ofSeconds(30),
              () -> get(port, "/api/health").equals("{\"status\":\"ok\",\"articles\":2}")),
          Files.readString(err));
      assertEquals(200, ready(port).statusCode());
      assertTrue(
          within(
              Duration.ofSeconds(10),
              () ->
                  Files.readString(err)
                      .contains(" INFO  CorpusWatcher corpus update recovered: added 1")),
          Files.readString(err));
      assertEquals("", Files.readString(out));
    } finally {
      serve.destroyForcibly().waitFor();
    }
  }

  static HttpResponse<String> ready(int port) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ready")).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
