package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class StatementRoutesTest extends BothBackendsTest {
  @Test
  void statementSearchFiltersBySpeakerAndReturnsFacets() throws Exception {
    JsonNode body = JSON.readTree(get("/api/statements?q=said&speaker=Janet+Yellen").body());

    assertEquals(2, body.get("total").asInt());
    JsonNode first = body.get("hits").get(0);
    assertEquals("inflation", first.get("article_id").asText());
    assertEquals(
        "[{\"name\":\"Janet Yellen\",\"type\":\"person\",\"roles\":[]}]",
        first.get("speakers").toString());
    assertTrue(
        first.get("text").asText().contains("<mark>said</mark>"), first.get("text").asText());
    assertEquals(
        "{\"value\":\"Janet Yellen\",\"count\":2,\"type\":\"person\"}",
        body.get("facets").get("speaker").get(0).toString());
  }

  @Test
  void relatedStatementsSayWhyTheyMatched() throws Exception {
    JsonNode body = JSON.readTree(get("/api/statements/nato-cyber~s1/related?size=3").body());

    assertEquals("nato-cyber~s1", body.get("source").get("id").asText());
    JsonNode first = body.get("related").get(0);
    assertEquals("kyiv-aid~s1", first.get("statement").get("id").asText());
    if (onOpenSearch()) {
      // By words alone (the cluster has no vectors): the shared words in text order, no meaning.
      assertEquals(
          "[\"nato\",\"allies\",\"new\",\"defence\"]", first.get("shared_terms").toString());
      assertEquals(0.0, first.get("similarity").asDouble());
    } else {
      assertEquals(
          "[\"defence\",\"allies\",\"nato\",\"new\"]", first.get("shared_terms").toString());
    }
  }

  @Test
  void actorStatementsAndRelatedArticlesAnswerAndUnknownIdsAre404() throws Exception {
    JsonNode yellen = JSON.readTree(get("/api/actors/Janet%20Yellen/statements").body());
    assertEquals(2, yellen.get("total").asInt());
    assertEquals("2022", yellen.get("by_year").get(0).get("year").asText());

    assertEquals(200, get("/api/articles/kyiv-aid/related?size=2").statusCode());
    assertEquals(404, get("/api/statements/nope~s1/related").statusCode());
    assertEquals(404, get("/api/articles/nope/related").statusCode());
    assertEquals(404, get("/api/actors/Nobody/statements").statusCode());
  }

  @Test
  void anActorIsFoundByAnySpellingOfItsNameWithItsAliasesAndCounts() throws Exception {
    assertEquals(
        "{\"name\":\"Janet Yellen\",\"type\":\"person\",\"aliases\":[],\"roles\":[{\"role\":"
            + "\"Treasury Secretary\",\"from\":\"2022-08-08\",\"to\":\"2022-08-08\"}],\"articles\":1,"
            + "\"statements\":2,\"by_month\":[{\"month\":\"2022-08\",\"articles\":1,\"statements\":2}],"
            + "\"topics\":[{\"value\":\"economy\",\"count\":1,\"label\":\"Economy and finance\"}],"
            + "\"co_actors\":[]}",
        get("/api/actors/janet%20YELLEN").body());
    assertEquals(
        "{\"name\":\"Japan\",\"type\":\"country\",\"aliases\":[],\"roles\":[],\"articles\":2,\"statements\":0,\"by_month\":[{\"month\":\"2023-06\",\"articles\":1,\"statements\":0}"
            + ",{\"month\":\"2024-03\",\"articles\":1,\"statements\":0}],\"topics\":[{\"value\":\"cybersecurity\",\"count\":1,\"label\":\"Cybersecurity\"}"
            + ",{\"value\":\"diplomacy\",\"count\":1,\"label\":\"Diplomacy and alliances\"}"
            + ",{\"value\":\"maritime-security\",\"count\":1,\"label\":\"Maritime security\"}],\"co_actors\":[{\"name\":\"Antony Blinken\",\"type\":\"person\",\"count\":1}"
            + ",{\"name\":\"Australia\",\"type\":\"country\",\"count\":1}"
            + ",{\"name\":\"Department of State\",\"type\":\"organization\",\"count\":1}"
            + ",{\"name\":\"Estonia\",\"type\":\"country\",\"count\":1}"
            + ",{\"name\":\"Jens Stoltenberg\",\"type\":\"person\",\"count\":1}"
            + ",{\"name\":\"NATO\",\"type\":\"organization\",\"count\":1}"
            + ",{\"name\":\"Russia\",\"type\":\"country\",\"count\":1}"
            + ",{\"name\":\"United States\",\"type\":\"country\",\"count\":1}"
            + ",{\"name\":\"Yoko Kamikawa\",\"type\":\"person\",\"count\":1}]}",
        get("/api/actors/Japan").body());
    HttpResponse<String> unknown = get("/api/actors/Nobody");
    assertEquals(404, unknown.statusCode());
    assertEquals(
        "application/problem+json", unknown.headers().firstValue("Content-Type").orElse(""));
    assertEquals("No actor named 'Nobody'", JSON.readTree(unknown.body()).get("detail").asText());
  }

  @Test
  void badStatementParametersAre400Problems() throws Exception {
    HttpResponse<String> type = get("/api/statements?speaker_type=animal");
    assertEquals(400, type.statusCode());
    assertEquals(
        "speaker_type must be person, country or organization, not 'animal'",
        JSON.readTree(type.body()).get("detail").asText());
    assertEquals(400, get("/api/statements/nato-cyber~s1/related?size=500").statusCode());
  }

  @Test
  void everyRouteThatReturnsStatementsSaysHowTheSpeakerWasFound() throws Exception {
    JsonNode search = JSON.readTree(get("/api/statements?q=wages&speaker=Janet+Yellen").body());
    assertEquals(
        "{\"cue\":\"said\",\"mention\":\"Yellen\"}",
        search.get("hits").get(0).get("attribution").toString());

    JsonNode article = JSON.readTree(get("/api/articles/space-debris").body());
    assertEquals(
        "{\"cue\":\"agreed\",\"mention\":\"The European Space Agency and NASA\"}",
        article.get("statements").get(0).get("attribution").toString());

    JsonNode related = JSON.readTree(get("/api/statements/nato-cyber~s1/related?size=1").body());
    assertEquals(
        "{\"cue\":\"announced\",\"mention\":\"NATO Secretary General Jens Stoltenberg\"}",
        related.get("source").get("attribution").toString());
    assertEquals(
        "{\"cue\":\"thanked\",\"mention\":\"President Volodymyr Zelenskyy\"}",
        related.get("related").get(0).get("statement").get("attribution").toString());

    JsonNode yellen = JSON.readTree(get("/api/actors/Janet%20Yellen/statements").body());
    assertEquals("said", yellen.get("statements").get(0).get("attribution").get("cue").asText());
  }
}
