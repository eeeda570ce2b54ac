package policysearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.corpus.Article;
import policysearch.index.Analyzers;
import policysearch.index.IndexReport;
import policysearch.index.Schema;
import policysearch.index.SchemaFields;

@ExtendWith(OneNodeCluster.class)
class OpenSearchIndexerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static OpenSearchIndexer indexer(Connection connection, String index) {
    return new OpenSearchIndexer(connection, index, Fixtures.extractor(), Fixtures.reader());
  }

  static long count(Connection connection, String index, String field, String value)
      throws IOException {
    ObjectNode query = JSON.createObjectNode();
    query.putObject("query").putObject("term").put(field, value);
    return connection.send("POST", index + "/_count", query).path("count").asLong();
  }

  private static List<Article> read(Path corpus) {
    List<Article> articles = new ArrayList<>();
    Fixtures.reader().read(List.of(corpus), articles::add);
    return articles;
  }

  private static int statements(List<Article> articles) {
    return articles.stream()
        .mapToInt(a -> Fixtures.extractor().extract(a).statements().size())
        .sum();
  }

  @Test
  void everyArticleAndStatementIsWrittenOnceAndASecondRunSendsNothing(LocalCluster cluster)
      throws IOException {
    Path corpus = Fixtures.copyCorpus(dir);
    try (Connection connection = Connection.open(cluster.url())) {
      IndexReport first =
          indexer(connection, "ingest").update(List.of(corpus), 0, 0, n -> {}).index();
      IndexReport second =
          indexer(connection, "ingest").update(List.of(corpus), 0, 0, n -> {}).index();

      assertEquals(Fixtures.ARTICLES, first.added());
      assertEquals(3, first.skipped().size());
      assertEquals(0, second.added() + second.updated());
      assertEquals(Fixtures.ARTICLES, second.unchanged());
      assertEquals(
          Fixtures.ARTICLES, count(connection, "ingest", Schema.KIND, Schema.KIND_ARTICLE));
      assertEquals(
          statements(read(corpus)),
          count(connection, "ingest", Schema.KIND, Schema.KIND_STATEMENT));
    }
  }

  @Test
  void anArticleThatLosesStatementsLosesTheirDocuments(LocalCluster cluster) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path file = corpus.resolve("talks.txt");
    Files.writeString(
        file,
        " date 2024-05-02 Secretary Antony Blinken said the talks in Berlin were useful."
            + " Chancellor Olaf Scholz said the aid to Ukraine would continue.\n\n"
            + "Blinken said the ministers would meet again in June.\n");
    try (Connection connection = Connection.open(cluster.url())) {
      indexer(connection, "shrink").update(List.of(corpus), 0, 0, n -> {});
      String id = read(corpus).get(0).id();
      long before = count(connection, "shrink", Schema.ARTICLE_ID, id);
      Files.writeString(
          file,
          " date 2024-05-02 Secretary Antony Blinken said the talks in Berlin were useful.\n");
      IndexReport update =
          indexer(connection, "shrink").update(List.of(corpus), 0, 0, n -> {}).index();

      assertEquals(1, update.updated());
      assertEquals(3, before);
      assertEquals(statements(read(corpus)), count(connection, "shrink", Schema.ARTICLE_ID, id));
      assertEquals(1, count(connection, "shrink", Schema.ID, Schema.statementId(id, 1)));
      assertEquals(0, count(connection, "shrink", Schema.ID, Schema.statementId(id, 2)));
    }
  }

  @Test
  void theMappingNamesEverySchemaFieldWithItsUse(LocalCluster cluster) throws IOException {
    try (Connection connection = Connection.open(cluster.url())) {
      new ClusterIndex(connection, "mapping").ensure(2, 0);
      JsonNode mappings = connection.send("GET", "mapping/_mapping", null).path("mapping");
      JsonNode properties = mappings.path("mappings").path("properties");
      JsonNode settings =
          connection.send("GET", "mapping/_settings", null).path("mapping").path("settings");

      assertEquals(SchemaFields.ALL.size(), properties.size());
      for (SchemaFields.Field field : SchemaFields.ALL) {
        assertEquals(
            expectedType(field.use()),
            properties.path(field.name()).path("type").asText(),
            field.name());
      }
      assertEquals("offsets", properties.path(Schema.BODY).path("index_options").asText());
      assertEquals(
          "ps_exact",
          properties.path(Schema.BODY).path("fields").path("exact").path("analyzer").asText());
      assertEquals("strict", mappings.path("mappings").path("dynamic").asText());
      assertEquals(
          Mappings.LAYOUT, mappings.path("mappings").path("_meta").path("layout").asText());
      assertEquals("2", settings.path("index").path("number_of_shards").asText());
      // The runner's nodes have no k-NN plugin: the index records that no vectors can be held.
      assertFalse(new ClusterIndex(connection, "mapping").madeWithKnn());
    }
  }

  private static String expectedType(SchemaFields.Use use) {
    return switch (use) {
      case KEYWORD, FACET, STORED -> "keyword";
      case TEXT, NAMES -> "text";
      case DATE -> "date";
      case STORED_NUMBER -> "integer";
      // The runner's nodes have no k-NN plugin: vectors are floats in the source.
      case VECTOR -> "float";
      case BINARY -> "binary";
    };
  }

  @Test
  void quotedPhrasesAndNamesAreAnalysedAsTheLuceneIndexDoes(LocalCluster cluster)
      throws IOException {
    String text = "The President’s “Zeitenwende” speech: Bundesländer doesn’t RATIFY treaties.";
    try (Connection connection = Connection.open(cluster.url())) {
      new ClusterIndex(connection, "analysis").ensure(1, 0);

      assertEquals(
          lucene(Analyzers.exactQuery(), text), opensearch(connection, "body.exact", text));
      assertEquals(lucene(Analyzers.names(), text), opensearch(connection, "actor_text", text));
      // Unquoted words: the same stems (Lucene marks them with ~ to keep them apart from words).
      assertEquals(
          new TreeSet<>(
              lucene(Analyzers.textQuery(), text).stream().map(t -> t.replace("~", "")).toList()),
          new TreeSet<>(opensearchQuery(connection, text)));
    }
  }

  private static List<String> opensearch(Connection connection, String field, String text)
      throws IOException {
    ObjectNode request = JSON.createObjectNode().put("field", field).put("text", text);
    return tokens(connection.send("POST", "analysis/_analyze", request));
  }

  private static List<String> opensearchQuery(Connection connection, String text)
      throws IOException {
    ObjectNode request = JSON.createObjectNode().put("analyzer", "ps_text_query").put("text", text);
    return tokens(connection.send("POST", "analysis/_analyze", request));
  }

  private static List<String> tokens(JsonNode analysis) {
    List<String> tokens = new ArrayList<>();
    analysis.path("tokens").forEach(t -> tokens.add(t.path("token").asText()));
    return tokens;
  }

  private static List<String> lucene(Analyzer analyzer, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(Schema.BODY, new StringReader(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    }
    return tokens;
  }
}
