package policysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import policysearch.index.Schema;

/**
 * The {@link Schema#ACTOR_ALIAS} terms of a cluster's articles with the number of articles holding
 * each: the names as extracted and the canonical names they are indexed under, which both the
 * resolution of names and the searches' name lookups read (the Lucene index reads its terms
 * dictionary for the same). A composite aggregation pages through them all, 10,000 at a time.
 */
final class AliasTerms {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int PAGE = 10_000;

  private AliasTerms() {}

  /** Every alias term of the live articles of {@code index}, with its number of articles. */
  static Map<String, Integer> read(Connection connection, String index) throws IOException {
    Map<String, Integer> terms = new LinkedHashMap<>();
    JsonNode after = null;
    while (true) {
      ObjectNode body = JSON.objectNode();
      body.put("size", 0);
      body.set("query", Narrowing.term(Schema.KIND, Schema.KIND_ARTICLE));
      ObjectNode composite =
          body.putObject("aggs").putObject("names").putObject("composite").put("size", PAGE);
      composite
          .putArray("sources")
          .addObject()
          .putObject("t")
          .putObject("terms")
          .put("field", Schema.ACTOR_ALIAS);
      if (after != null) {
        composite.set("after", after);
      }
      JsonNode names =
          connection.send("POST", index + "/_search", body).path("aggregations").path("names");
      for (JsonNode bucket : names.path("buckets")) {
        terms.put(bucket.path("key").path("t").asText(), bucket.path("doc_count").asInt());
      }
      after = names.get("after_key");
      if (after == null || names.path("buckets").size() < PAGE) {
        return terms;
      }
    }
  }
}
