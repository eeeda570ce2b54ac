package policysearch.search;

import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.search.ReferenceManager;

/**
 * What the index holds and how far searches lag behind it, for health, readiness and metrics. All
 * without the request time limit: a count of one term must not answer a probe with "the query took
 * longer than 2000 ms".
 */
final class IndexStats implements ReferenceManager.RefreshListener {
  private final Searchers searchers;
  private volatile long lastRefresh = System.nanoTime();

  IndexStats(Searchers searchers) {
    this.searchers = searchers;
    searchers.addListener(this);
  }

  int articles() throws IOException {
    return searchers.readUnbounded(searcher -> searcher.count(Articles.ARTICLES));
  }

  int statements() throws IOException {
    return searchers.readUnbounded(searcher -> searcher.count(StatementService.STATEMENTS));
  }

  /** Bytes of the segments searches read now (not counting files about to be deleted). */
  long bytes() throws IOException {
    return searchers.readUnbounded(
        searcher -> {
          long bytes = 0;
          for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            if (leaf.reader() instanceof SegmentReader segment) {
              bytes += segment.getSegmentInfo().sizeInBytes();
            }
          }
          return bytes;
        });
  }

  /**
   * Zero when searches see every change, else the time since the last refresh, which bounds the age
   * of the oldest change they do not see yet.
   */
  Duration lag() throws IOException {
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
