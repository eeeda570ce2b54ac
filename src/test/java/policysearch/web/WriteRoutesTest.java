package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.index.Schema;
import policysearch.search.LuceneBackend;

class WriteRoutesTest {
  static final String TOKEN = "s3cret-token";
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  FixtureServer fixture;
  LuceneBackend service;
  WebServer server;

  @BeforeEach
  void start() throws IOException {
    fixture = FixtureServer.startLive(dir, TOKEN);
    service = fixture.service();
    server = fixture.server();
  }

  @AfterEach
  void stop() throws IOException {
    fixture.close();
  }

  @Test
  void writeRoutesAreDocumentedInOpenApi() throws Exception {
    JsonNode paths =
        JSON.readTree(send("GET", "/api/openapi.json", null, null, null).body()).get("paths");
    for (String route : server.routes()) {
      String[] methodAndPath = route.split(" ", 2);
      JsonNode path = paths.get(methodAndPath[1]);
      assertTrue(
          path != null && path.has(methodAndPath[0].toLowerCase(java.util.Locale.ROOT)),
          route + " missing from openapi.json");
    }
    assertTrue(server.routes().contains("POST /api/articles"), server.routes().toString());
  }

  HttpResponse<String> send(String method, String path, String token, String type, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (type != null) {
      request.header("Content-Type", type);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Whether the last commit on disk (what survives a crash) holds the article {@code id}. */
  boolean committed(String id) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir.resolve("index"));
        DirectoryReader reader = DirectoryReader.open(directory)) {
      Query article =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.FILTER)
              .add(
                  new TermQuery(new Term(Schema.KIND, Schema.KIND_ARTICLE)),
                  BooleanClause.Occur.FILTER)
              .build();
      return new IndexSearcher(reader).count(article) == 1;
    }
  }

  static String detail(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body()).get("detail").asText();
  }

  @Test
  void anAcceptedArticleIsCommittedAndSearchableWhenTheResponseArrives() throws Exception {
    String article =
        "{\"id\":\"wire-900\",\"date\":\"2024-06-01\",\"title\":\"Quokka summit\","
            + "\"text\":\"Ministers met at the quokka summit in Perth.\"}";
    HttpResponse<String> response =
        send("POST", "/api/articles", TOKEN, "application/json", article);

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("{\"written\":1}", response.body());
    assertTrue(committed("wire-900"));
    JsonNode hits = JSON.readTree(send("GET", "/api/search?q=quokka", null, null, null).body());
    assertEquals("wire-900", hits.get("hits").get(0).get("id").asText());
  }

  @Test
  void aBatchIsWrittenWholeOrRefusedWhole() throws Exception {
    String good =
        "{\"id\":\"b1\",\"date\":\"2024-06-01\",\"text\":\"First.\"}\n"
            + "{\"id\":\"b2\",\"date\":\"2024-06-02\",\"text\":\"Second.\"}\n";
    assertEquals(
        "{\"written\":2}",
        send("POST", "/api/articles", TOKEN, "application/x-ndjson", good).body());

    String bad =
        "{\"id\":\"b3\",\"date\":\"2024-06-01\",\"text\":\"Third.\"}\n"
            + "{\"id\":\"b4\",\"date\":\"2024-02-30\",\"text\":\"Fourth.\"}\n";
    HttpResponse<String> refused =
        send("POST", "/api/articles", TOKEN, "application/x-ndjson", bad);
    assertEquals(400, refused.statusCode());
    assertEquals(
        "Article not accepted: line 2: invalid date '2024-02-30' (expected YYYY-MM-DD)",
        detail(refused));
    assertEquals(404, send("GET", "/api/articles/b3", null, null, null).statusCode());
    assertEquals(Fixtures.ARTICLES + 2, service.articleCount());
  }

  @Test
  void severalObjectsPostedAsOneJsonBodyAreRefusedNotCutToTheFirst() throws Exception {
    String lines =
        "{\"id\":\"m1\",\"date\":\"2024-06-01\",\"text\":\"One.\"}\n"
            + "{\"id\":\"m2\",\"date\":\"2024-06-01\",\"text\":\"Two.\"}\n";
    HttpResponse<String> refused = send("POST", "/api/articles", TOKEN, "application/json", lines);

    assertEquals(400, refused.statusCode());
    assertEquals(
        "Article not accepted: the body holds more than one JSON value: send one object, or"
            + " several as JSON Lines with Content-Type application/x-ndjson",
        detail(refused));
    assertEquals(404, send("GET", "/api/articles/m1", null, null, null).statusCode());
  }

  @Test
  void aBatchWithAnOverlongIdIsRefusedWholeAndNothingOfItAppearsLater() throws Exception {
    String batch =
        "{\"id\":\"g1\",\"date\":\"2024-06-01\",\"text\":\"Good.\"}\n"
            + "{\"id\":\""
            + "x".repeat(40_000)
            + "\",\"date\":\"2024-06-01\",\"text\":\"Long id.\"}\n";
    HttpResponse<String> refused =
        send("POST", "/api/articles", TOKEN, "application/x-ndjson", batch);
    send(
        "POST",
        "/api/articles",
        TOKEN,
        "application/json",
        "{\"id\":\"later\",\"date\":\"2024-06-02\",\"text\":\"Later.\"}");

    assertEquals(400, refused.statusCode());
    assertEquals(
        "Article not accepted: line 2: id longer than 512 characters (40000)", detail(refused));
    assertEquals(404, send("GET", "/api/articles/g1", null, null, null).statusCode());
    assertTrue(!committed("g1"));
    assertEquals(Fixtures.ARTICLES + 1, service.articleCount());
  }

  @Test
  void anIdWithAControlCharacterIsRefused() throws Exception {
    HttpResponse<String> refused =
        send(
            "POST",
            "/api/articles",
            TOKEN,
            "application/json",
            "{\"id\":\"a\\u0000b\",\"date\":\"2024-06-01\",\"text\":\"x\"}");

    assertEquals(400, refused.statusCode());
    assertEquals("Article not accepted: id contains a control character (U+0000)", detail(refused));
  }

  @Test
  void badBodiesAre400Problems() throws Exception {
    assertEquals(
        "Article not accepted: not valid JSON: Unexpected character ('n' (code 110)):"
            + " was expecting double-quote to start field name",
        detail(send("POST", "/api/articles", TOKEN, "application/json", "{nope}")));
    assertEquals(
        "Article not accepted: no id",
        detail(send("POST", "/api/articles", TOKEN, null, "{\"text\":\"x\"}")));
    assertEquals(
        "Article not accepted: empty body",
        detail(send("POST", "/api/articles", TOKEN, "application/json", "")));
  }

  @Test
  void aBodyOverTheLimitIsRefusedWith413() throws Exception {
    String huge = "{\"id\":\"x\",\"text\":\"" + "a".repeat((int) WebServer.MAX_BODY_BYTES) + "\"}";
    HttpResponse<String> response = send("POST", "/api/articles", TOKEN, "application/json", huge);
    assertEquals(413, response.statusCode());
    assertEquals(Fixtures.ARTICLES, service.articleCount());
  }

  @Test
  void writesNeedTheAdminToken() throws Exception {
    String article = "{\"id\":\"x\",\"date\":\"2024-06-01\",\"text\":\"x\"}";
    HttpResponse<String> none = send("POST", "/api/articles", null, "application/json", article);
    HttpResponse<String> wrong =
        send("POST", "/api/articles", "guess", "application/json", article);
    HttpResponse<String> delete = send("DELETE", "/api/articles/nato-cyber", "guess", null, null);

    assertEquals(401, none.statusCode());
    assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));
    assertEquals(401, wrong.statusCode());
    assertEquals(401, delete.statusCode());
    assertEquals(Fixtures.ARTICLES, service.articleCount());
  }

  @Test
  void deleteRemovesAnArticleDurablyAndAnUnknownIdIs404() throws Exception {
    HttpResponse<String> deleted = send("DELETE", "/api/articles/nato-cyber", TOKEN, null, null);

    assertEquals(200, deleted.statusCode());
    assertEquals("{\"deleted\":\"nato-cyber\"}", deleted.body());
    assertEquals(404, send("GET", "/api/articles/nato-cyber", null, null, null).statusCode());
    assertTrue(!committed("nato-cyber"));
    HttpResponse<String> unknown = send("DELETE", "/api/articles/nope", TOKEN, null, null);
    assertEquals(404, unknown.statusCode());
    assertEquals("No article with id 'nope'", detail(unknown));
  }

  @Test
  void articlesWrittenThroughTheApiSurviveACorpusRescan() throws Exception {
    send(
        "POST",
        "/api/articles",
        TOKEN,
        "application/json",
        "{\"id\":\"api-1\",\"date\":\"2024-06-01\",\"text\":\"Kept.\"}");
    fixture.updates().reindex(List.of(dir.resolve("corpus")), done -> {});

    assertEquals(200, send("GET", "/api/articles/api-1", null, null, null).statusCode());
    assertEquals(Fixtures.ARTICLES + 1, service.articleCount());
  }

  @Test
  void aCorpusArticleDeletedThroughTheApiDoesNotComeBackWithARescan() throws Exception {
    assertEquals(200, send("DELETE", "/api/articles/nato-cyber", TOKEN, null, null).statusCode());
    fixture.updates().reindex(List.of(dir.resolve("corpus")), done -> {});

    assertEquals(404, send("GET", "/api/articles/nato-cyber", null, null, null).statusCode());
    assertEquals(404, send("DELETE", "/api/articles/nato-cyber", TOKEN, null, null).statusCode());
    assertEquals(Fixtures.ARTICLES - 1, service.articleCount());
  }
}
