package policysearch.search;

import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.search.SearcherManager;

/**
 * The searchers of every query path, each with the same time limit: {@link #acquire()} hands out a
 * view of the current searcher whose queries stop at the request's deadline (see {@link
 * FacetSearcher#createWeight}). Search, statements, exports, related items, actors and suggestions
 * all acquire here, so one setting bounds them all.
 */
final class Searchers {
  private final SearcherManager manager;
  private final Duration limit;

  Searchers(SearcherManager manager, Duration limit) {
    this.manager = manager;
    this.limit = limit;
  }

  /** The current searcher for one request, its deadline the time limit from now. */
  FacetSearcher acquire() throws IOException {
    FacetSearcher shared = (FacetSearcher) manager.acquire();
    return shared.until(new Deadline(System.nanoTime() + limit.toNanos(), limit));
  }

  /** Gives back a searcher from {@link #acquire()}. */
  void release(FacetSearcher searcher) throws IOException {
    manager.release(searcher.shared());
  }

  /** The time limit of each request. */
  Duration limit() {
    return limit;
  }

  /** When a request's queries must stop, and the limit that set it (for the message). */
  record Deadline(long nanos, Duration limit) {
    boolean passed() {
      return System.nanoTime() - nanos > 0;
    }
  }
}
