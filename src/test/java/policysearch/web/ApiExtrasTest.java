package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Suggestions, exclusions, cursors, exports and the OpenAPI document over HTTP. */
class ApiExtrasTest extends BothBackendsTest {
  JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> response = get(pathAndQuery);
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  @Test
  void suggestListsActorsWithTypeAndCountThenTitles() throws Exception {
    JsonNode suggestions = json("/api/suggest?q=jap").get("suggestions");

    assertEquals(
        "[{\"kind\":\"actor\",\"value\":\"Japan\",\"label\":\"Japan\",\"type\":\"country\",\"count\":2},"
            + "{\"kind\":\"title\",\"value\":\"blinken-kamikawa\",\"label\":\"Secretary of State Antony"
            + " Blinken met Foreign Minister Yoko Kamikawa of Japan in Washington on Tuesday.\","
            + "\"date\":\"2024-03-12\"}]",
        suggestions.toString());
  }

  @Test
  void suggestFindsTopicsByLabelAndIgnoresOneLetter() throws Exception {
    JsonNode topic = json("/api/suggest?q=clim").get("suggestions").get(0);

    assertEquals(
        "{\"kind\":\"topic\",\"value\":\"climate\",\"label\":\"Climate change\",\"count\":2}",
        topic.toString());
    assertEquals("[]", json("/api/suggest?q=j").get("suggestions").toString());
  }

  @Test
  void notActorExcludesAndAfterCursorPages() throws Exception {
    JsonNode excluded = json("/api/search?q=NATO&not_actor=Japan");
    assertEquals(1, excluded.get("total").asInt());
    assertEquals("kyiv-aid", excluded.get("hits").get(0).get("id").asText());
    JsonNode actors = excluded.get("facets").get("actor");
    assertEquals(
        "{\"value\":\"Japan\",\"count\":1,\"type\":\"country\"}",
        actors.get(actors.size() - 1).toString());
    assertFalse(excluded.has("next_after"));

    JsonNode first = json("/api/search?sort=date&size=4");
    String after = first.get("next_after").asText();
    JsonNode second = json("/api/search?sort=date&size=4&page=2&after=" + after);
    assertEquals("nato-cyber", second.get("hits").get(0).get("id").asText());
    assertEquals(4, second.get("hits").size());
  }

  @Test
  void searchCsvIsQuotedAndHasEveryRow() throws Exception {
    HttpResponse<String> csv = get("/api/search.csv?q=United+Nations&sort=date");

    assertEquals(200, csv.statusCode());
    assertEquals("text/csv; charset=utf-8", csv.headers().firstValue("Content-Type").orElse(""));
    assertEquals(
        "attachment; filename=\"search.csv\"",
        csv.headers().firstValue("Content-Disposition").orElse(""));
    List<String> lines = List.of(csv.body().split("\r\n"));
    assertEquals("id,date,title,source,url,actors,topics", lines.get(0));
    assertEquals(
        "unga-climate,2023-09-19,\"At the United Nations General Assembly, President Joe Biden"
            + " urged leaders to cut greenhouse gas emissions faster and to keep the goals of the"
            + " Paris Agreement…\",corpus,,United Nations General Assembly; Joe Biden; United"
            + " Nations,climate",
        lines.get(1));
    assertEquals(2, lines.size());
  }

  @Test
  void statementsCsvHasSpeakerAndPlainText() throws Exception {
    String body = get("/api/statements.csv?speaker=Janet+Yellen&sort=date").body();

    assertEquals(
        "id,date,speakers,verb,text,article_id,article_title,topics,attribution\r\n"
            + "inflation~s1,2022-08-08,Janet Yellen,said,\"Treasury Secretary Janet Yellen said the"
            + " economy doesn’t face a recession this year, although inflation remains far above"
            + " the central bank’s target.\",inflation,\"Treasury Secretary Janet Yellen said the"
            + " economy doesn’t face a recession this year, although inflation remains far above"
            + " the central bank’s target.\",economy,said: Treasury Secretary Janet Yellen\r\n"
            + "inflation~s2,2022-08-08,Janet Yellen,said,Yellen said wages are rising and"
            + " unemployment is low.,inflation,\"Treasury Secretary Janet Yellen said the economy"
            + " doesn’t face a recession this year, although inflation remains far above the"
            + " central bank’s target.\",labour,said: Yellen\r\n",
        body);
  }

  @Test
  void jsonExportIsAnArrayOfRowsAndBadQueryIsAProblem() throws Exception {
    JsonNode rows = json("/api/search.json?q=NATO&not_topic=cybersecurity");
    assertEquals(
        "[{\"id\":\"kyiv-aid\",\"date\":\"2024-05-02\",\"title\":\"President Volodymyr Zelenskyy"
            + " thanked NATO allies for new air defence systems as Russia's invasion of Ukraine"
            + " entered its third spring.\",\"source\":\"corpus\",\"actors\":[\"Volodymyr"
            + " Zelenskyy\",\"NATO\",\"Russia\",\"Ukraine\"],\"topics\":[\"armed-conflict\","
            + "\"defence\",\"humanitarian\"]}]",
        rows.toString());
    assertEquals("[]", json("/api/statements.json?q=nothingmatchesthis").toString());

    HttpResponse<String> bad = get("/api/search.csv?q=AND+(");
    assertEquals(400, bad.statusCode());
    assertEquals("application/problem+json", bad.headers().firstValue("Content-Type").orElse(""));
  }

  @Test
  void exportsIgnorePageSizeAndAfterAsDocumented() throws Exception {
    String whole = get("/api/search.csv?q=NATO").body();

    for (String ignored :
        List.of("&size=1000", "&page=99999", "&size=0&page=-1", "&size=abc", "&after=junk")) {
      HttpResponse<String> csv = get("/api/search.csv?q=NATO" + ignored);
      assertEquals(200, csv.statusCode(), ignored + ": " + csv.body());
      assertEquals(whole, csv.body(), ignored);
    }
    assertEquals(200, get("/api/statements.json?size=1000&page=99999").statusCode());
  }

  @Test
  void openApiDocumentsEveryRouteAndNothingElse() throws Exception {
    JsonNode doc = json("/api/openapi.json");
    assertEquals("3.0.3", doc.get("openapi").asText());

    Set<String> documented = new TreeSet<>();
    doc.get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> documented.add(method.toUpperCase() + " " + path.getKey())));
    Set<String> served = new TreeSet<>(fixture().server().routes());
    List<String> undocumented = new ArrayList<>(served);
    undocumented.removeAll(documented);
    List<String> stale = new ArrayList<>(documented);
    stale.removeAll(served);
    // Served only with an admin token: WriteRoutesTest and DocumentRoutesTest check them.
    stale.removeAll(
        List.of("POST /api/articles", "DELETE /api/articles/{id}", "POST /api/documents"));
    assertEquals(List.of(), undocumented, "routes missing from openapi.json");
    assertEquals(List.of(), stale, "openapi.json paths with no route");
    assertTrue(served.contains("GET /api/search.csv"), served.toString());
  }
}
