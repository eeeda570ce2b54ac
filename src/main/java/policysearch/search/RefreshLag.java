package policysearch.search;

import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.ReferenceManager;

/**
 * How far searches lag behind the index: zero when they see every change, else the time since the
 * last refresh, which bounds the age of the oldest change they do not see yet.
 */
final class RefreshLag implements ReferenceManager.RefreshListener {
  private final Searchers searchers;
  private volatile long lastRefresh = System.nanoTime();

  RefreshLag(Searchers searchers) {
    this.searchers = searchers;
    searchers.addListener(this);
  }

  Duration now() throws IOException {
    boolean current =
        searchers.readUnbounded(s -> ((DirectoryReader) s.getIndexReader()).isCurrent());
    return current ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - lastRefresh);
  }

  @Override
  public void beforeRefresh() {}

  @Override
  public void afterRefresh(boolean didRefresh) {
    lastRefresh = System.nanoTime();
  }
}
