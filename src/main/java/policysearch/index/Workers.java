package policysearch.index;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** Waits for a pool of indexing workers, the same way for both backends' indexers. */
public final class Workers {
  private Workers() {}

  /** Shuts {@code pool} down and waits for the work already handed to it. */
  public static void awaitAll(ExecutorService pool) throws IOException {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(1, TimeUnit.DAYS)) {
        throw new IOException("indexing did not finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while indexing", e);
    }
  }
}
