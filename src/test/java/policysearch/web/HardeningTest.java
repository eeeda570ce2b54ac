package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import policysearch.search.LuceneBackend;

/** Abusive queries, odd URLs and what every error response must not reveal. */
class HardeningTest {
  @TempDir static Path dir;
  static FixtureServer fixture;
  static LuceneBackend service;
  static WebServer server;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws IOException {
    fixture = FixtureServer.startLive(dir, null);
    service = fixture.service();
    server = fixture.server();
  }

  @AfterAll
  static void stop() throws IOException {
    fixture.close();
  }

  /** Status line and body of a request sent byte for byte, as no HTTP client would send it. */
  static Http.Response raw(String method, String target) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          (method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int status = Integer.parseInt(response.substring(9, 12));
      int bodyStart = response.indexOf("\r\n\r\n");
      return new Http.Response(
          status, response.substring(0, bodyStart), response.substring(bodyStart + 4));
    }
  }

  static String words(int count, String separator) {
    return IntStream.range(0, count)
        .mapToObj(i -> "w" + Integer.toString(i, 36))
        .collect(Collectors.joining(separator));
  }

  /** Two-letter words with no stop word among them ("bc bd …"). */
  static String consonantPairs(int count) {
    String consonants = "bcdfghjklmnpqrstvwxz";
    return IntStream.range(0, count)
        .mapToObj(i -> "" + consonants.charAt(i / 20) + consonants.charAt(i % 20))
        .collect(Collectors.joining("+"));
  }

  static void assertProblem(int status, String detailStart, Http.Response response)
      throws IOException {
    assertEquals(status, response.status(), response.body());
    assertTrue(response.headers().contains("application/problem+json"), response.headers());
    String detail = JSON.readTree(response.body()).get("detail").asText();
    assertTrue(detail.startsWith(detailStart), detail);
  }

  @Test
  void aTwentyKilobyteQueryIsRefused() throws IOException {
    assertProblem(
        400,
        "the query is too long: 20480 characters, at most 1000",
        raw("GET", "/api/search?q=" + "x".repeat(20 * 1024)));
  }

  @Test
  void fiveThousandOredTermsAreRefused() throws IOException {
    assertProblem(400, "the query is too long", raw("GET", "/api/search?q=" + words(5000, "+OR+")));
  }

  @Test
  void aQueryOfThreeHundredWordsGetsAnAnswer() throws IOException {
    Http.Response response = raw("GET", "/api/search?q=" + consonantPairs(330));
    assertEquals(200, response.status(), response.body());
    assertEquals(0, JSON.readTree(response.body()).get("total").asInt());
  }

  @ParameterizedTest
  @ValueSource(strings = {"*ation", "%2Fnat.*%2F", "title:%2F.*%2F"})
  void leadingWildcardsAndRegularExpressionsAreRefused(String query) throws IOException {
    assertProblem(400, "Cannot understand the query", raw("GET", "/api/search?q=" + query));
  }

  @Test
  void fuzzyTermsGetABoundedAnswer() throws IOException {
    Http.Response response = raw("GET", "/api/search?q=natp~1");
    assertEquals(200, response.status(), response.body());
    assertEquals(2, JSON.readTree(response.body()).get("total").asInt());
  }

  @Test
  void moreThanTenFuzzyOrPrefixTermsAreRefused() throws IOException {
    assertProblem(
        400,
        "Cannot understand the query",
        raw(
            "GET",
            "/api/search?q=" + String.join("+", java.util.Collections.nCopies(11, "nato~1"))));
    assertEquals(
        200,
        raw(
                "GET",
                "/api/search?q=" + String.join("+OR+", java.util.Collections.nCopies(10, "nat*")))
            .status());
  }

  @Test
  void unknownParametersAreIgnored() throws IOException {
    JsonNode body = JSON.readTree(raw("GET", "/api/search?q=NATO&frobnicate=1&x").body());
    assertEquals(2, body.get("total").asInt());
  }

  @Test
  void invalidUtf8InTheUrlIsA400Problem() throws IOException {
    assertProblem(
        400, "The URL's parameters are not valid UTF-8", raw("GET", "/api/search?q=%FF%FEnato"));
  }

  /**
   * Jetty refuses a URL that climbs above the root or is not UTF-8 (400) before any handler runs.
   */
  @ParameterizedTest
  @CsvSource({
    "/api/articles/..%2F..%2Fetc%2Fpasswd, 404",
    "/api/articles/%2e%2e, 404",
    "/api/articles/%FF, 400",
    "/..%5c..%5cpom.xml, 404",
    "/public/index.html, 404",
    "/WEB-INF/web.xml, 404",
    "/../../etc/passwd, 400",
    "/%2e%2e/%2e%2e/etc/passwd, 400",
    "/app.js/../../pom.xml, 400"
  })
  void pathTraversalFindsNothingAndRevealsNothing(String target, int status) throws IOException {
    Http.Response response = raw("GET", target);
    assertEquals(status, response.status(), target + " -> " + response.body());
    assertTrue(response.headers().contains("application/problem+json"), response.headers());
    assertTrue(response.headers().contains("nosniff"), response.headers());
    assertFalse(response.body().contains(dir.toString()), response.body());
    assertFalse(response.body().contains("at policysearch"), response.body());
    assertFalse(response.body().contains("root:"), response.body());
  }

  /** Status line and headers of a request written byte for byte. */
  static String rawHeaders(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int end = response.indexOf("\r\n\r\n");
      return end < 0 ? response : response.substring(0, end);
    }
  }

  /**
   * Jetty's own refusals (a URL or headers too long, a CONNECT, a path above the root) carry the
   * same security headers as every API answer: one place sets them for every response.
   */
  @ParameterizedTest
  @CsvSource({
    "long-url, 414",
    "long-header, 431",
    "connect, 400",
    "connect-without-host, 400",
    "options-star, 404",
    "above-root, 400",
    "search, 200",
    "unknown, 404"
  })
  void everyResponseCarriesTheSecurityHeaders(String request, int status) throws IOException {
    String host = "Host: localhost\r\nConnection: close\r\n";
    String raw =
        switch (request) {
          case "long-url" ->
              "GET /api/search?q=" + "x".repeat(70 * 1024) + " HTTP/1.1\r\n" + host + "\r\n";
          case "long-header" ->
              "GET /api/search HTTP/1.1\r\n"
                  + host
                  + "X-Big: "
                  + "y".repeat(70 * 1024)
                  + "\r\n\r\n";
          case "connect" -> "CONNECT /api/search HTTP/1.1\r\n" + host + "\r\n";
          case "connect-without-host" -> "CONNECT example.org:443 HTTP/1.1\r\n\r\n";
          case "options-star" -> "OPTIONS * HTTP/1.1\r\n" + host + "\r\n";
          case "above-root" -> "GET /../etc/passwd HTTP/1.1\r\n" + host + "\r\n";
          case "search" -> "GET /api/search?q=nato HTTP/1.1\r\n" + host + "\r\n";
          default -> "GET /no/such/page HTTP/1.1\r\n" + host + "\r\n";
        };
    String headers = rawHeaders(raw);

    assertTrue(headers.startsWith("HTTP/1.1 " + status), headers);
    assertTrue(headers.contains("Content-Security-Policy: " + WebServer.CSP), headers);
    assertTrue(headers.contains("X-Content-Type-Options: nosniff"), headers);
    assertTrue(headers.contains("Referrer-Policy: no-referrer"), headers);
  }

  @Test
  void writeRoutesDoNotExistWithoutAnAdminToken() throws IOException {
    assertEquals(404, raw("POST", "/api/articles").status());
    assertEquals(404, raw("DELETE", "/api/articles/nato-cyber").status());
  }
}
