package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import policysearch.Fixtures;

class WebServerTest extends BothBackendsTest {
  @Test
  void searchReturnsHitsSnippetsAndFacetsAsJson() throws Exception {
    HttpResponse<String> response = get("/api/search?q=NATO&actor=Russia&actor=Japan");
    JsonNode body = JSON.readTree(response.body());

    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals(2, body.get("total").asInt());
    assertTrue(body.has("took_ms"));
    JsonNode first = body.get("hits").get(0);
    assertEquals("nato-cyber", first.get("id").asText());
    assertEquals("2023-06-05", first.get("date").asText());
    assertTrue(
        first.get("snippets").get(0).asText().startsWith("<mark>NATO</mark> Secretary General"));
    assertEquals(
        "{\"name\":\"NATO\",\"type\":\"organization\",\"roles\":[]}",
        first.get("actors").get(0).toString());
    assertEquals("[\"cybersecurity\"]", first.get("topics").toString());
    assertEquals(
        "{\"value\":\"Russia\",\"count\":2,\"type\":\"country\"}",
        body.get("facets").get("actor").get(1).toString());
    assertEquals(
        "{\"value\":\"armed-conflict\",\"count\":1,\"label\":\"Armed conflict\"}",
        body.get("facets").get("topic").get(0).toString());
  }

  @Test
  void articleByIdAndUnknownIdAsProblem() throws Exception {
    JsonNode article = JSON.readTree(get("/api/articles/space-debris").body());
    assertEquals("2022-11-20", article.get("date").asText());
    assertTrue(
        article.get("text").asText().startsWith("The European Space Agency and NASA agreed"));

    HttpResponse<String> missing = get("/api/articles/nope");
    assertEquals(404, missing.statusCode());
    assertEquals(
        "application/problem+json", missing.headers().firstValue("Content-Type").orElse(""));
    assertEquals("No article with id 'nope'", JSON.readTree(missing.body()).get("detail").asText());
  }

  @Test
  void healthCountsArticles() throws Exception {
    JsonNode health = JSON.readTree(get("/api/health").body());
    assertEquals("ok", health.get("status").asText());
    assertEquals(Fixtures.ARTICLES, health.get("articles").asInt());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "q=cyber+AND|Cannot understand the query 'cyber AND': AND needs a word on each side.",
        "size=-1|size must be between 1 and 100, not -1",
        "size=100000|size must be between 1 and 100, not 100000",
        "size=ten|size must be a whole number, not 'ten'",
        "from=not-a-date|from must be a date like 2024-02-27, not 'not-a-date'",
        "from=2024-02-30|from must be a date like 2024-02-27, not '2024-02-30'",
        "page=0|page must be 1 or more, not 0",
        "page=10000000|page 10000000 is too deep: only the first 10000 hits can be paged",
        "sort=popular|sort must be 'relevance' or 'date', not 'popular'",
        "from=2024-05-01&to=2024-01-01|from (2024-05-01) is after to (2024-01-01)"
      })
  void badInputIsA400ProblemWithAClearMessage(String query, String detail) throws Exception {
    HttpResponse<String> response = get("/api/search?" + query);
    JsonNode problem = JSON.readTree(response.body());

    assertEquals(400, response.statusCode());
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    assertEquals(400, problem.get("status").asInt());
    assertTrue(problem.get("detail").asText().startsWith(detail), problem.get("detail").asText());
  }

  @Test
  void pageIsServedWithSecurityHeaders() throws Exception {
    HttpResponse<String> page = get("/");

    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<input id=\"q\""), page.body());
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(
        page.headers()
            .firstValue("Content-Security-Policy")
            .orElse("")
            .startsWith("default-src 'self'"));
  }

  @Test
  void unknownPathIsA404Problem() throws Exception {
    HttpResponse<String> response = get("/api/nothing-here");

    assertEquals(404, response.statusCode());
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
  }
}
