package policysearch.search;

import java.util.concurrent.atomic.LongAdder;
import policysearch.index.IndexReport;

/** What the served index took in since start-up: corpus updates and API writes, summed. */
public final class IngestCounts {
  private final LongAdder added = new LongAdder();
  private final LongAdder updated = new LongAdder();
  private final LongAdder removed = new LongAdder();
  private final LongAdder unchanged = new LongAdder();
  private final LongAdder skipped = new LongAdder();
  private final LongAdder written = new LongAdder();
  private final LongAdder deleted = new LongAdder();
  private final LongAdder failedUpdates = new LongAdder();

  void record(IndexReport report) {
    added.add(report.added());
    updated.add(report.updated());
    removed.add(report.removed());
    unchanged.add(report.unchanged());
    skipped.add(report.skipped().size());
  }

  void recordWritten(int articles) {
    written.add(articles);
  }

  void recordDeleted() {
    deleted.increment();
  }

  void recordFailedUpdate() {
    failedUpdates.increment();
  }

  /** Articles corpus updates added. */
  public long added() {
    return added.sum();
  }

  /** Articles corpus updates replaced because they changed. */
  public long updated() {
    return updated.sum();
  }

  /** Articles corpus updates removed because their file was gone. */
  public long removed() {
    return removed.sum();
  }

  /** Articles corpus updates found unchanged. */
  public long unchanged() {
    return unchanged.sum();
  }

  /** Bad files and lines corpus updates skipped. */
  public long skipped() {
    return skipped.sum();
  }

  /** Articles written through the API. */
  public long written() {
    return written.sum();
  }

  /** Articles deleted through the API. */
  public long deleted() {
    return deleted.sum();
  }

  /** Corpus updates that failed (the index stayed as it was). */
  public long failedUpdates() {
    return failedUpdates.sum();
  }
}
