package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.LogCapture;

/** {@code /metrics}, {@code /api/ready} and the access log, on the real server. */
class OperationsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  FixtureServer fixture;

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void metricsCountRequestsByRouteTemplateWithTheServicesOwnFigures() throws Exception {
    fixture = FixtureServer.startLive(dir, null);
    fixture.get("/api/articles/space-debris");
    fixture.get("/api/articles/nato-cyber");
    assertEquals(400, fixture.get("/api/search?q=AND+(").statusCode());

    HttpResponse<String> response = fixture.get("/metrics");
    assertEquals(200, response.statusCode());
    assertEquals(
        "text/plain; version=0.0.4; charset=utf-8",
        response.headers().firstValue("Content-Type").orElse(""));
    Map<String, String> metrics = samples(response.body());
    String route = "method=\"GET\",route=\"/api/articles/{id}\",status=\"200\"";
    assertEquals("2", metrics.get("jetty_server_requests_seconds_count{" + route + "}"));
    assertEquals(
        "2", metrics.get("jetty_server_requests_seconds_bucket{" + route + ",le=\"+Inf\"}"));
    assertTrue(
        metrics.containsKey("jetty_server_requests_seconds_bucket{" + route + ",le=\"0.1\"}"));
    assertEquals("10.0", metrics.get("policy_search_articles"));
    assertEquals(
        fixture.service().statementCount() + ".0", metrics.get("policy_search_statements"));
    assertEquals("10.0", metrics.get("policy_search_ingest_articles_total{result=\"added\"}"));
    assertEquals("3.0", metrics.get("policy_search_ingest_skipped_total"));
    assertEquals("1.0", metrics.get("policy_search_queries_rejected_total"));
    assertEquals("0.0", metrics.get("policy_search_query_timeouts_total"));
    assertEquals("0.0", metrics.get("policy_search_index_refresh_lag_seconds"));
    assertTrue(Double.parseDouble(metrics.get("policy_search_index_size_bytes")) > 10_000);
    assertTrue(metrics.containsKey("jvm_memory_used_bytes{area=\"heap\",id=\"G1 Eden Space\"}"));
    assertTrue(metrics.keySet().stream().anyMatch(k -> k.startsWith("jvm_gc_")));
    assertTrue(metrics.containsKey("jvm_threads_live_threads"));
    assertTrue(metrics.containsKey("jetty_threads_busy"));
  }

  @Test
  void eachRequestHasOneAccessLineWithRouteStatusTimeAndBytesButNotTheQuery() throws Exception {
    fixture = FixtureServer.startLive(dir, null);
    try (LogCapture access = LogCapture.of("access")) {
      HttpResponse<String> response = fixture.get("/api/search?q=wombatsecret");
      int bytes = response.body().getBytes(StandardCharsets.UTF_8).length;

      ILoggingEvent line = awaitLine(access);
      Map<String, Object> fields =
          line.getKeyValuePairs().stream().collect(Collectors.toMap(kv -> kv.key, kv -> kv.value));
      assertEquals("GET", fields.get("method"));
      assertEquals("/api/search", fields.get("route"));
      assertEquals(200, fields.get("status"));
      assertEquals((long) bytes, fields.get("bytes"));
      assertEquals(
          "GET /api/search 200 " + fields.get("ms") + " ms " + bytes + " bytes",
          line.getFormattedMessage());
      assertFalse(access.messages().toString().contains("wombatsecret"));
    }
  }

  @Test
  void readyIs503SayingWhatTheServerDoesUntilTheIndexHasCaughtUp() throws Exception {
    Readiness readiness = Readiness.starting();
    fixture = FixtureServer.startLive(dir, null, new Operations(readiness, null, false));
    assertReady(503, "{\"ready\":false,\"articles\":10,\"detail\":\"opening the index\"}");

    readiness.catchingUp();
    readiness.progress(1200);
    assertReady(
        503,
        "{\"ready\":false,\"articles\":10,\"detail\":\"indexing the corpus: 1,200 articles done\"}");

    readiness.caughtUp();
    assertReady(200, "{\"ready\":true,\"articles\":10}");
    assertEquals(200, fixture.get("/api/health").statusCode());
  }

  @Test
  void readyIs503WithTheReasonWhileCorpusUpdatesFailAndHealthSaysDegraded() throws Exception {
    fixture = FixtureServer.startLive(dir, null);
    fixture.updates().failed(new OutOfMemoryError("Java heap space"));

    HttpResponse<String> ready = fixture.get("/api/ready");
    assertEquals(503, ready.statusCode());
    assertTrue(
        ready
            .body()
            .matches(
                "\\{\"ready\":false,\"articles\":10,\"detail\":\"updates from the corpus have"
                    + " failed since [-0-9T:.]+Z \\(OutOfMemoryError\\); serving the index as it"
                    + " was\"}"),
        ready.body());
    HttpResponse<String> health = fixture.get("/api/health");
    assertEquals(200, health.statusCode());
    assertTrue(health.body().startsWith("{\"status\":\"degraded\",\"articles\":10,"));

    fixture.updates().reindex(List.of(dir.resolve("corpus")), done -> {});
    assertReady(200, "{\"ready\":true,\"articles\":10}");
    assertEquals("{\"status\":\"ok\",\"articles\":10}", fixture.get("/api/health").body());
  }

  @Test
  void queriesStoppedAtTheTimeLimitOnAnyPathAreCountedAsTimeOuts() throws Exception {
    fixture = FixtureServer.startLive(dir, null, Operations.defaults(), Duration.ZERO);
    List<String> paths =
        List.of(
            "/api/search?q=NATO",
            "/api/statements?q=NATO",
            "/api/search.csv?q=NATO",
            "/api/articles/nato-cyber/related",
            "/api/actors/Janet%20Yellen/statements");
    for (String path : paths) {
      HttpResponse<String> stopped = fixture.get(path);
      assertEquals(400, stopped.statusCode(), path);
      assertEquals(
          "The query took longer than 0 ms and was stopped: use fewer wildcards or more specific"
              + " words.",
          JSON.readTree(stopped.body()).get("detail").asText(),
          path);
    }
    Map<String, String> metrics = samples(fixture.get("/metrics").body());
    assertEquals("5.0", metrics.get("policy_search_query_timeouts_total"));
    assertEquals("0.0", metrics.get("policy_search_queries_rejected_total"));
  }

  @Test
  void withAMetricsTokenMetricsNeedIt() throws Exception {
    fixture =
        FixtureServer.startLive(dir, null, new Operations(Readiness.ready(), "m3trics", true));
    HttpResponse<String> refused = fixture.get("/metrics");
    assertEquals(403, refused.statusCode());
    assertEquals(
        "Metrics need the metrics token: send 'Authorization: Bearer TOKEN'.",
        JSON.readTree(refused.body()).get("detail").asText());

    HttpResponse<String> allowed =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(fixture.url("/metrics")))
                    .header("Authorization", "Bearer m3trics")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, allowed.statusCode());
    assertTrue(allowed.body().contains("policy_search_articles 10.0"));
  }

  private void assertReady(int status, String body) throws Exception {
    HttpResponse<String> ready = fixture.get("/api/ready");
    assertEquals(status, ready.statusCode());
    assertEquals(body, ready.body());
  }

  /** The access line is written when Jetty completes the request, just after the client has it. */
  private static ILoggingEvent awaitLine(LogCapture access) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      Optional<ILoggingEvent> line = access.events().stream().findFirst();
      if (line.isPresent()) {
        return line.get();
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no access-log line");
  }

  /** "name{labels}" → value, for every sample line of a Prometheus text page. */
  static Map<String, String> samples(String page) {
    return page.lines()
        .filter(line -> !line.startsWith("#") && !line.isBlank())
        .collect(
            Collectors.toMap(
                line -> line.substring(0, line.lastIndexOf(' ')),
                line -> line.substring(line.lastIndexOf(' ') + 1),
                (a, b) -> a));
  }
}
