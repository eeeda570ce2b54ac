package policysearch.opensearch;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.opensearch.client.opensearch._types.OpenSearchException;

/**
 * How long to wait before sending again what the cluster could not take: doubling from {@link
 * #first} up to {@link #max}, with jitter so that threads do not retry in step, and giving up after
 * {@link #attempts} tries. With the defaults that is about a minute, long enough for a cluster to
 * promote replicas after losing a node.
 */
record Backoff(Duration first, Duration max, int attempts) {
  static final Backoff DEFAULT = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(8), 12);

  /** Sleeps before try {@code attempt} (1 = the first retry), or gives up with {@code why}. */
  void pause(int attempt, String what, String why) throws IOException {
    if (attempt >= attempts) {
      throw new IOException("gave up on " + what + " after " + attempts + " tries: " + why);
    }
    long ceiling = Math.min(max.toMillis(), first.toMillis() << Math.min(attempt - 1, 20));
    long millis = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting to retry " + what, e);
    }
  }

  /** Whether an operation's HTTP status says "not now" (too many requests, node or shard down). */
  static boolean isTransient(int status) {
    return status == 429 || status >= 500;
  }

  /**
   * Whether a failed request may succeed if sent again: everything but an error status that says
   * the request itself is wrong. A node that went away fails with an I/O error, and one that dies
   * mid-answer can leave a reply the client cannot even parse; as every write is by id, sending
   * again is safe, and {@link #attempts} bounds it.
   */
  static boolean isTransient(Exception e) {
    return !(e instanceof OpenSearchException os) || isTransient(os.status());
  }
}
