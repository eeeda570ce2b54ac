package policysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import policysearch.search.InvalidRequestException;
import policysearch.search.QueryTimeoutException;

/**
 * The one place user searches go to the cluster, with the embedded index's time limit: each {@code
 * _search} carries the limit as its {@code timeout} (every shard stops collecting when it runs out
 * and says {@code timed_out}) and as {@code cancel_after_time_interval} (the cluster cancels the
 * whole search task, the reduce included). Either way, or when the answer arrives after the limit
 * anyway, the user gets the same {@link QueryTimeoutException} (a 400) as from the embedded index;
 * partial results are never shown as if whole. A request the cluster refuses as bad (400: a query
 * it cannot run, too many clauses) is the user's 400 too, with its reason.
 */
final class Searcher {
  private static final String CANCELLED = "task_cancelled_exception";

  private final Connection connection;
  private final String index;
  private final Duration limit;

  Searcher(Connection connection, String index, Duration limit) {
    this.connection = connection;
    this.index = index;
    this.limit = limit;
  }

  /** Runs a user's search within the time limit. */
  JsonNode send(ObjectNode body) throws IOException {
    long start = System.nanoTime();
    String millis = limit.toMillis() + "ms";
    body.put("timeout", millis);
    JsonNode answer = run(index + "/_search?cancel_after_time_interval=" + millis, body, true);
    if (answer.path("timed_out").asBoolean()
        || cancelledShards(answer)
        || System.nanoTime() - start > limit.toNanos()) {
      throw new QueryTimeoutException(limit);
    }
    return answer;
  }

  /**
   * Runs a search without a time limit: the later passes of an export, whose first pass was
   * limited, as in the embedded index.
   */
  JsonNode sendUnbounded(ObjectNode body) throws IOException {
    return run(index + "/_search", body, false);
  }

  private JsonNode run(String endpoint, ObjectNode body, boolean limited) throws IOException {
    try {
      return connection.send("POST", endpoint, body);
    } catch (Connection.Refused e) {
      if (limited && e.cancelled()) {
        throw new QueryTimeoutException(limit);
      }
      if (e.status() == 400) {
        throw new InvalidRequestException("OpenSearch cannot run this query: " + e.reason());
      }
      throw e;
    } catch (IOException e) {
      // A search whose every shard was cancelled is a 500 the client raises as its own exception.
      if (limited && String.valueOf(e.getMessage()).contains(CANCELLED)) {
        throw new QueryTimeoutException(limit);
      }
      throw e;
    }
  }

  /** Shards that failed because the search task was cancelled (partial results allowed). */
  private static boolean cancelledShards(JsonNode answer) {
    for (JsonNode failure : answer.path("_shards").path("failures")) {
      if (failure.toString().contains(CANCELLED)) {
        return true;
      }
    }
    return false;
  }
}
