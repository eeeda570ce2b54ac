package policysearch.opensearch;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import policysearch.corpus.Article;
import policysearch.index.Schema;

/**
 * The policy-search index in a cluster: made with the generated mappings when missing, refused when
 * an older mapping layout made it, and read back as the articles it holds with their hashes.
 */
final class ClusterIndex {
  private static final int PAGE = 1000;
  private static final String KNN_PLUGIN = "opensearch-knn";

  /**
   * What the index holds for one article, or the tombstone of one deleted through the API ({@code
   * deleted} set), which stands while the article's content in its file is what was deleted.
   */
  record Existing(
      @JsonProperty(Schema.HASH) String hash,
      @JsonProperty(Schema.PATH) String path,
      @JsonProperty(Schema.STATEMENT_COUNT) int statements,
      @JsonProperty(Schema.DELETED) String deleted) {
    /** Whether {@code article}, whose documents would be made from {@code fullHash}, is as held. */
    boolean unchanged(Article article, String fullHash) {
      return path.equals(article.path())
          && (tombstone() ? hash.startsWith(article.hash()) : hash.equals(fullHash));
    }

    boolean tombstone() {
      return deleted != null;
    }
  }

  private final Connection connection;
  private final String name;

  ClusterIndex(Connection connection, String name) {
    this.connection = connection;
    this.name = name;
  }

  /** The index's name. */
  String name() {
    return name;
  }

  /**
   * Creates the index if it is missing: {@code shards} primaries with {@code replicas} copies each;
   * 0 shards means one per data node, with one replica when there are several nodes.
   */
  void ensure(int shards, int replicas) throws IOException {
    boolean exists;
    try {
      exists = connection.exists(name);
    } catch (IOException e) {
      throw new IOException("cannot reach OpenSearch at " + connection + ": " + e, e);
    }
    if (exists) {
      checkLayout();
      return;
    }
    int nodes = dataNodes();
    int primaries = shards > 0 ? shards : Math.max(1, nodes);
    int copies = shards > 0 ? replicas : (nodes > 1 ? 1 : 0);
    try {
      connection.send("PUT", name, new Mappings().createIndex(primaries, copies, hasKnn()));
    } catch (IOException e) {
      // Another run may have made it in the meantime.
      if (!e.getMessage().contains("resource_already_exists_exception")) {
        throw e;
      }
      checkLayout();
    }
  }

  /** How many data nodes the cluster has. */
  int dataNodes() throws IOException {
    return connection.send("GET", "_cluster/health", null).path("number_of_data_nodes").asInt();
  }

  /** Whether the cluster has the k-NN plugin; without it no field can hold vectors. */
  boolean hasKnn() throws IOException {
    for (JsonNode plugin : connection.send("GET", "_cat/plugins?format=json", null)) {
      if (KNN_PLUGIN.equals(plugin.path("component").asText())) {
        return true;
      }
    }
    return false;
  }

  /** What the index's {@code _meta} says about the cluster's k-NN support. */
  boolean madeWithKnn() throws IOException {
    return meta().path("knn").asBoolean(false);
  }

  private void checkLayout() throws IOException {
    String layout = meta().path("layout").asText("");
    if (!Mappings.LAYOUT.equals(layout)) {
      throw new IOException(
          "OpenSearch index '"
              + name
              + "' has mapping layout '"
              + layout
              + "', this version writes '"
              + Mappings.LAYOUT
              + "': delete that index (DELETE /"
              + name
              + ") to rebuild it, or write to another");
    }
  }

  private JsonNode meta() throws IOException {
    JsonNode mapping = connection.send("GET", name + "/_mapping", null);
    return mapping.path(name).path("mappings").path("_meta");
  }

  /** Deletes article {@code id} and its statements (every document of its group). */
  void deleteArticle(String id) throws IOException {
    ObjectNode body = new ObjectMapper().createObjectNode();
    body.putObject("query").putObject("term").put(Schema.GROUP, id);
    connection.send(
        "POST", name + "/_delete_by_query?routing=" + encode(id) + "&conflicts=proceed", body);
  }

  /**
   * Leaves the tombstone of corpus article {@code id} (read from {@code path} with {@code hash}) in
   * place of its documents, as the embedded index does: re-reading the unchanged file does not
   * bring the article back. Call after {@link #deleteArticle}.
   */
  void tombstone(String id, String path, String hash) throws IOException {
    ObjectNode doc = new ObjectMapper().createObjectNode();
    doc.put(Schema.ID, id);
    doc.put(Schema.GROUP, id);
    doc.put(Schema.KIND, Schema.KIND_DELETED);
    doc.put(Schema.PATH, path);
    doc.put(Schema.HASH, hash);
    doc.put(Schema.DELETED, Instant.now().toString());
    connection.send("PUT", name + "/_doc/" + encode(id) + "?routing=" + encode(id), doc);
  }

  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  /** Makes every write so far visible to searches. */
  void refresh() throws IOException {
    connection.send("POST", name + "/_refresh", null);
  }

  /** Every article document's and tombstone's id, hash, path and statement count. */
  Map<String, Existing> existing() throws IOException {
    refresh();
    Map<String, Existing> existing = new HashMap<>();
    List<FieldValue> after = List.of();
    while (true) {
      List<FieldValue> from = after;
      SearchResponse<Existing> page =
          connection
              .client()
              .search(
                  s -> {
                    s.index(name)
                        .size(PAGE)
                        .query(
                            q ->
                                q.terms(
                                    t ->
                                        t.field(Schema.KIND)
                                            .terms(
                                                v ->
                                                    v.value(
                                                        List.of(
                                                            FieldValue.of(Schema.KIND_ARTICLE),
                                                            FieldValue.of(Schema.KIND_DELETED))))))
                        .sort(o -> o.field(f -> f.field(Schema.ID).order(SortOrder.Asc)))
                        .source(
                            c ->
                                c.filter(
                                    f ->
                                        f.includes(
                                            Schema.HASH,
                                            Schema.PATH,
                                            Schema.STATEMENT_COUNT,
                                            Schema.DELETED)));
                    return from.isEmpty() ? s : s.searchAfter(from);
                  },
                  Existing.class);
      List<Hit<Existing>> hits = page.hits().hits();
      for (Hit<Existing> hit : hits) {
        existing.put(hit.id(), hit.source());
      }
      if (hits.size() < PAGE) {
        return existing;
      }
      after = hits.get(hits.size() - 1).sort();
    }
  }

  /** How many documents the index holds (articles and statements), after a refresh. */
  long count() throws IOException {
    refresh();
    return connection.send("GET", name + "/_count", null).path("count").asLong();
  }
}
