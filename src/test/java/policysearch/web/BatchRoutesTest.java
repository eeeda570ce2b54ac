package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code POST /api/batch}: one row per line, counted as the search routes count, bad lines apart.
 */
class BatchRoutesTest extends FixtureServerTest {
  static HttpResponse<String> post(String body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(fixture.url("/api/batch")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode rows(String body) throws Exception {
    HttpResponse<String> response = post(body);
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body()).get("rows");
  }

  static long total(String route, String query, String filters) throws Exception {
    String q = URLEncoder.encode(query, StandardCharsets.UTF_8);
    return JSON.readTree(get(route + "?q=" + q + filters).body()).get("total").asLong();
  }

  @Test
  void goodLinesAreCountedAndBadLinesGetTheirOwnErrorInOrder() throws Exception {
    JsonNode rows =
        rows(
            "{\"queries\": [\"NATO\", \"cyber AND\", \"tariffs\", \"  \", \"\\\"unclosed\","
                + " \"Blinken\"]}");

    assertEquals(
        JSON.readTree(
            """
            [{"query": "NATO", "articles": 2, "statements": 3},
             {"query": "cyber AND", "error":
               "Cannot understand the query 'cyber AND': AND needs a word on each side."},
             {"query": "tariffs", "articles": 1, "statements": 0},
             {"query": "", "error": "an empty line: write a name or some words"},
             {"query": "\\"unclosed", "error":
               "Cannot understand the query '\\"unclosed': a quotation mark (\\") is not closed."},
             {"query": "Blinken", "articles": 1, "statements": 1}]
            """),
        rows);
  }

  @Test
  void countsEqualTheSearchRoutesTotalsUnderTheSameFilters() throws Exception {
    JsonNode rows =
        rows(
            "{\"queries\": [\"NATO\", \"security\", \"climate\", \"said\"],"
                + " \"topic\": [\"cybersecurity\", \"climate\"], \"from\": \"2023-01-01\", \"to\": \"2025-12-31\","
                + " \"speaker_type\": [\"person\"]}");

    String filters = "&topic=cybersecurity&topic=climate&from=2023-01-01&to=2025-12-31";
    for (JsonNode row : rows) {
      String query = row.get("query").asText();
      assertEquals(total("/api/search", query, filters), row.get("articles").asLong(), query);
      assertEquals(
          total("/api/statements", query, filters + "&speaker_type=person"),
          row.get("statements").asLong(),
          query);
    }
    assertFalse(rows.get(3).get("statements").asLong() == 0, rows.toString());
  }

  @Test
  void anActorFiltersArticlesByActorAndStatementsBySpeaker() throws Exception {
    JsonNode rows = rows("{\"queries\": [\"said\", \"Ukraine\"], \"actor\": [\"Antony Blinken\"]}");

    String name = URLEncoder.encode("Antony Blinken", StandardCharsets.UTF_8);
    for (JsonNode row : rows) {
      String query = row.get("query").asText();
      assertEquals(
          total("/api/search", query, "&actor=" + name), row.get("articles").asLong(), query);
      assertEquals(
          total("/api/statements", query, "&speaker=" + name),
          row.get("statements").asLong(),
          query);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "nope|the body is not JSON",
        "[]|the body must be a JSON object",
        "{}|queries is missing",
        "{\"queries\": 3}|queries must be a list of lines",
        "{\"queries\": [1]}|queries must hold texts, not number",
        "{\"queries\": [\"a\"], \"from\": \"yesterday\"}|from must be a date like 2024-02-27,"
            + " not 'yesterday'",
        "{\"queries\": [\"a\"], \"speaker_type\": [\"robot\"]}|speaker_type must be person,"
            + " country or organization, not 'robot'",
        "{\"queries\": [\"a\"], \"topic\": {\"x\": 1}}|topic must be a text, not object"
      })
  void aBadBodyOrFilterIsA400Problem(String body, String detail) throws Exception {
    HttpResponse<String> response = post(body);

    assertEquals(400, response.statusCode(), response.body());
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    String said = JSON.readTree(response.body()).get("detail").asText();
    assertEquals(detail, said.substring(0, Math.min(said.length(), detail.length())), said);
  }

  @Test
  void moreThanAThousandLinesAreRefusedWhole() throws Exception {
    String lines = String.join(",", Collections.nCopies(1_001, "\"nato\""));
    HttpResponse<String> response = post("{\"queries\": [" + lines + "]}");

    assertEquals(400, response.statusCode());
    assertEquals(
        "a batch holds at most 1000 lines, not 1001",
        JSON.readTree(response.body()).get("detail").asText());
    assertEquals(1_000, rows("{\"queries\": [" + lines.substring(7) + "]}").size());
  }
}
