package policysearch.opensearch;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import policysearch.index.Schema;

/**
 * What the index holds, for health, readiness, metrics and {@code more_like_this}'s document
 * frequency bound: exact counts and sizes, never time-limited (as in the embedded index).
 */
final class ClusterStats {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Connection connection;
  private final String index;

  ClusterStats(Connection connection, String index) {
    this.connection = connection;
    this.index = index;
  }

  /** Bytes of the index's primary shards on the cluster's disks (replicas not counted). */
  long sizeInBytes() throws IOException {
    return connection
        .send("GET", index + "/_stats/store", null)
        .path("_all")
        .path("primaries")
        .path("store")
        .path("size_in_bytes")
        .asLong();
  }

  /** How many documents of {@code kind} (articles, statements) the index holds. */
  int count(String kind) throws IOException {
    ObjectNode body = JSON.objectNode();
    body.set("query", Narrowing.term(Schema.KIND, kind));
    return connection.send("POST", index + "/_count", body).path("count").asInt();
  }

  /** How many documents (articles, statements, tombstones) the index holds. */
  long documents() throws IOException {
    return connection.send("GET", index + "/_count", null).path("count").asLong();
  }
}
