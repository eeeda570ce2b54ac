package policysearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;

/**
 * The one place searchers are leased and given back. {@link #read} hands work a view of the current
 * searcher whose queries stop at the request's deadline (see {@link FacetSearcher#createWeight}):
 * search, statements, exports, batches, related items, actors and articles all read here, so one
 * setting bounds them all. {@link #readUnbounded} is for what is not a user's query: counts for
 * probes and metrics, suggestion rebuilds, a data editor's review.
 */
final class Searchers implements Closeable {
  private final SearcherManager manager;
  private final Duration limit;

  /** Work done on one searcher lease. */
  @FunctionalInterface
  interface Work<T> {
    T on(FacetSearcher searcher) throws IOException;
  }

  Searchers(SearcherManager manager, Duration limit) {
    this.manager = manager;
    this.limit = limit;
  }

  /** Runs {@code work} on the current searcher, its queries within the time limit from now. */
  <T> T read(Work<T> work) throws IOException {
    return lease(
        shared -> work.on(shared.until(new Deadline(System.nanoTime() + limit.toNanos(), limit))));
  }

  /** Runs {@code work} on the current searcher without a time limit. */
  <T> T readUnbounded(Work<T> work) throws IOException {
    return lease(work);
  }

  private <T> T lease(Work<T> work) throws IOException {
    FacetSearcher shared = (FacetSearcher) manager.acquire();
    try {
      return work.on(shared);
    } finally {
      manager.release(shared);
    }
  }

  /** The time limit of each request. */
  Duration limit() {
    return limit;
  }

  /** Makes changes committed since the last call visible to the next leases. */
  void refresh() throws IOException {
    manager.maybeRefreshBlocking();
  }

  /** Tells {@code listener} of every refresh. */
  void addListener(ReferenceManager.RefreshListener listener) {
    manager.addListener(listener);
  }

  /** Stops telling {@code listener} of refreshes. */
  void removeListener(ReferenceManager.RefreshListener listener) {
    manager.removeListener(listener);
  }

  @Override
  public void close() throws IOException {
    manager.close();
  }

  /** When a request's queries must stop, and the limit that set it (for the message). */
  record Deadline(long nanos, Duration limit) {
    boolean passed() {
      return System.nanoTime() - nanos > 0;
    }
  }
}
