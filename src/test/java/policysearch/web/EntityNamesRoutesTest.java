package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import policysearch.Fixtures;
import policysearch.corpus.Article;
import policysearch.index.LiveIndex;
import policysearch.opensearch.ClusterWrites;
import policysearch.opensearch.LocalCluster;
import policysearch.opensearch.OneNodeCluster;
import policysearch.search.ArticleUpdates;
import policysearch.search.LuceneWriter;
import policysearch.search.SearchBackend;

/**
 * One entity under several spellings, served by each backend from a live index of its own: one
 * facet value under the canonical name, found by any of its names (filters, {@code actor:}, the
 * actor page with its aliases), its statements counted under it, and a later article with a new
 * spelling joining it.
 */
@ParameterizedClass
@EnumSource(BothBackendsTest.Backend.class)
@ExtendWith(OneNodeCluster.class)
class EntityNamesRoutesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String CORPUS =
      """
      {"id":"e1","date":"2024-03-01","title":"Talks in Cairo","text":"Rashid al-Qadiri met the delegation in Cairo on Monday.\\n\\nRashid al-Qadiri said the talks on water security were productive."}
      {"id":"e2","date":"2024-03-05","title":"Water summit","text":"Rashid Al Qadiri spoke at the water summit.\\n\\nRashid Al Qadiri said that the river agreement would hold."}
      {"id":"e3","date":"2024-03-06","title":"River","text":"Rashid al-Qadiri visited the river.\\n\\nRashid al-Qadiri said the flood season had begun."}
      {"id":"e4","date":"2024-03-07","title":"Dam dispute","text":"Officials from the U.S. Maritime Safety Board visited the dam.\\n\\nThe United States Maritime Safety Board said the inspection was complete."}
      """;

  @Parameter BothBackendsTest.Backend backend;
  @TempDir Path dir;
  private final List<AutoCloseable> open = new ArrayList<>();
  private ArticleUpdates updates;
  private WebServer server;

  @BeforeEach
  void serve(LocalCluster cluster) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("articles.jsonl"), CORPUS);
    SearchBackend search;
    if (backend == BothBackendsTest.Backend.LUCENE) {
      FSDirectory directory = FSDirectory.open(dir.resolve("index"));
      LiveIndex live = Fixtures.liveIndex(directory);
      search = Fixtures.backend(live);
      updates = new ArticleUpdates(new LuceneWriter(live), search);
      open.addAll(List.of(search, live, directory));
    } else {
      ClusterWrites writes = ClusterWrites.fresh(cluster, "entities");
      search = writes.search();
      updates = new ArticleUpdates(writes.writer(), search);
      open.add(search);
    }
    updates.reindex(List.of(corpus), done -> {});
    server = new WebServer(search, "127.0.0.1", 0).start();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  private JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), pathAndQuery + ": " + response.body());
    return JSON.readTree(response.body());
  }

  private static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The facet values of {@code dim}, the corpus's places left out. */
  private static List<String> facet(JsonNode result, String dim) {
    List<String> values = new ArrayList<>();
    for (JsonNode v : result.path("facets").path(dim)) {
      String value = v.path("value").asText();
      if (!value.equals("United States") && !value.equals("Egypt")) {
        values.add(value + "=" + v.path("count").asLong());
      }
    }
    return values;
  }

  private static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.path("hits").forEach(h -> ids.add(h.path("id").asText()));
    return ids;
  }

  @Test
  void spellingsOfOneEntityAreOneFacetValueFoundByAnyOfItsNames() throws Exception {
    assertEquals(
        List.of("Rashid al-Qadiri=3", "United States Maritime Safety Board=1"),
        facet(get("/api/search?q="), "actor"));
    assertEquals(List.of("e3", "e2", "e1"), ids(get("/api/search?actor=" + q("Rashid Al Qadiri"))));
    assertEquals(List.of("e3", "e2", "e1"), ids(get("/api/search?actor=" + q("rashid el-qadiri"))));
    assertEquals(List.of("e4"), ids(get("/api/search?actor=" + q("U.S. Maritime Safety Board"))));
    assertEquals(List.of("e4"), ids(get("/api/search?q=dam&not_actor=" + q("Rashid Al Qadiri"))));
    assertEquals(3, get("/api/search?q=" + q("actor:\"al qadiri\"")).path("total").asInt());
    assertEquals(
        "[{\"name\":\"Rashid al-Qadiri\",\"type\":\"person\",\"roles\":[]}]",
        get("/api/articles/e2").path("actors").toString());
    assertEquals(
        List.of("Rashid al-Qadiri=3", "United States Maritime Safety Board=1"),
        facet(get("/api/statements?q=&mode=lexical"), "speaker"));
    assertEquals(
        3,
        get("/api/statements?q=&mode=lexical&speaker=" + q("Rashid Al Qadiri"))
            .path("total")
            .asInt());
    JsonNode actor = get("/api/actors/" + q("rashid el-qadiri").replace("+", "%20"));
    assertEquals(
        "Rashid al-Qadiri person [\"Rashid Al Qadiri\"] 3 3",
        actor.path("name").asText()
            + " "
            + actor.path("type").asText()
            + " "
            + actor.path("aliases")
            + " "
            + actor.path("articles").asLong()
            + " "
            + actor.path("statements").asLong());
    JsonNode said = get("/api/actors/" + q("Rashid Al Qadiri").replace("+", "%20") + "/statements");
    assertEquals(
        "Rashid al-Qadiri [\"Rashid Al Qadiri\"] 3",
        said.path("actor").path("name").asText()
            + " "
            + said.path("aliases")
            + " "
            + said.path("total").asLong());
  }

  @Test
  void aLaterArticleWithANewSpellingJoinsTheEntity() throws Exception {
    updates.put(
        List.of(
            Article.of(
                "e5",
                LocalDate.parse("2024-03-08"),
                "Dam",
                "Rashid El-Qadiri said the dam was safe.",
                "test",
                null,
                "api")));
    assertEquals(
        List.of("Rashid al-Qadiri=4"),
        facet(get("/api/search?actor=" + q("Rashid El-Qadiri")), "actor").stream()
            .filter(v -> v.startsWith("Rashid"))
            .toList());
    assertEquals(
        List.of("e5", "e3", "e2", "e1"), ids(get("/api/search?actor=" + q("Rashid El-Qadiri"))));
  }
}
