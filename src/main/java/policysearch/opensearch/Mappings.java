package policysearch.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import policysearch.embed.Embedder;
import policysearch.index.SchemaFields;

/**
 * The OpenSearch index settings and mappings, generated from {@link SchemaFields}: the same
 * analysis intent as the Lucene index, in OpenSearch's terms. Prose is indexed as words plus their
 * Porter stems at the same position ({@code keyword_repeat}, {@code porter_stem}, {@code
 * remove_duplicates}) and searched stemmed with stop words dropped; an {@code exact} sub-field
 * keeps words as written for quoted phrases; both carry offsets for the unified highlighter. Curly
 * quotes are folded first, as in {@code Analyzers}. The mapping is strict: a document field that
 * the schema does not name is refused instead of guessed.
 */
final class Mappings {
  /**
   * Version of these mappings, in {@code _meta} and in every article's hash: documents written
   * under another layout are re-sent, and an index made by another layout is refused. OS2 came
   * twice (on two branches): vector and signature fields; {@code actor_alias}. OS3: both. OS4:
   * statements carry their quote key (repeats listed once).
   */
  static final String LAYOUT = "OS4";

  private static final String TEXT = "ps_text";
  private static final String TEXT_QUERY = "ps_text_query";
  private static final String EXACT = "ps_exact";
  private static final String QUOTES = "ps_quotes";
  private static final String POSSESSIVE = "ps_possessive";

  private final ObjectMapper json = new ObjectMapper();

  /**
   * The body of the create-index request.
   *
   * @param knn whether the cluster has the k-NN plugin (recorded in {@code _meta}): vectors are
   *     then {@code knn_vector} fields, otherwise floats kept in the source only
   */
  ObjectNode createIndex(int shards, int replicas, boolean knn) {
    ObjectNode body = json.createObjectNode();
    ObjectNode settings = body.putObject("settings");
    settings.put("number_of_shards", shards);
    settings.put("number_of_replicas", replicas);
    settings.set("analysis", analysis());
    ObjectNode mappings = body.putObject("mappings");
    mappings.put("dynamic", "strict");
    ObjectNode meta = mappings.putObject("_meta");
    meta.put("layout", LAYOUT);
    meta.put("knn", knn);
    ObjectNode properties = mappings.putObject("properties");
    for (SchemaFields.Field field : SchemaFields.ALL) {
      properties.set(field.name(), mapping(field.use(), knn));
    }
    return body;
  }

  private ObjectNode mapping(SchemaFields.Use use, boolean knn) {
    ObjectNode field = json.createObjectNode();
    switch (use) {
      case KEYWORD, FACET -> field.put("type", "keyword");
      case DATE -> field.put("type", "date").put("format", "strict_date");
      case TEXT -> {
        text(field, TEXT).put("search_analyzer", TEXT_QUERY);
        text(field.putObject("fields").putObject("exact"), EXACT);
      }
      case NAMES -> field.put("type", "text").put("analyzer", EXACT);
      case STORED -> field.put("type", "keyword").put("index", false).put("doc_values", false);
      case STORED_NUMBER ->
          field.put("type", "integer").put("index", false).put("doc_values", false);
      case VECTOR -> {
        if (knn) {
          field.put("type", "knn_vector").put("dimension", Embedder.DIMENSIONS);
        } else {
          field.put("type", "float").put("index", false).put("doc_values", false);
        }
      }
      case BINARY -> field.put("type", "binary");
    }
    return field;
  }

  private static ObjectNode text(ObjectNode field, String analyzer) {
    return field.put("type", "text").put("analyzer", analyzer).put("index_options", "offsets");
  }

  private ObjectNode analysis() {
    ObjectNode analysis = json.createObjectNode();
    analysis
        .putObject("char_filter")
        .putObject(QUOTES)
        .put("type", "mapping")
        .set("mappings", json.valueToTree(List.of("’=>'", "‘=>'", "“=>\"", "”=>\"")));
    analysis
        .putObject("filter")
        .putObject(POSSESSIVE)
        .put("type", "stemmer")
        .put("language", "possessive_english");
    ObjectNode analyzers = analysis.putObject("analyzer");
    analyzer(
        analyzers,
        TEXT,
        "lowercase",
        "asciifolding",
        "keyword_repeat",
        "porter_stem",
        "remove_duplicates");
    analyzer(analyzers, TEXT_QUERY, "lowercase", "asciifolding", "stop", "porter_stem");
    analyzer(analyzers, EXACT, "lowercase", "asciifolding");
    return analysis;
  }

  private void analyzer(ObjectNode analyzers, String name, String... filters) {
    ObjectNode analyzer = analyzers.putObject(name);
    analyzer.put("type", "custom");
    analyzer.set("char_filter", json.valueToTree(List.of(QUOTES)));
    analyzer.put("tokenizer", "standard");
    analyzer.withArray("filter").add(POSSESSIVE);
    for (String filter : filters) {
      analyzer.withArray("filter").add(filter);
    }
  }
}
