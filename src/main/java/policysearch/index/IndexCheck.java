package policysearch.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.NoLockFactory;

/** Runs Lucene's {@code CheckIndex} (read-only: it never repairs) and sums up what it found. */
public final class IndexCheck {
  /**
   * The outcome of a check.
   *
   * @param details CheckIndex's own per-segment report
   */
  public record Result(boolean clean, int segments, int documents, String details) {}

  private IndexCheck() {}

  /** Checks the last commit of the index in {@code directory}. */
  public static Result run(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return new Result(false, 0, 0, "no index (no commit) in " + directory);
    }
    ByteArrayOutputStream details = new ByteArrayOutputStream();
    // No write lock: the check only reads the last commit, so it may run while the server writes.
    Lock none = NoLockFactory.INSTANCE.obtainLock(directory, IndexWriter.WRITE_LOCK_NAME);
    try (CheckIndex check = new CheckIndex(directory, none);
        PrintStream info = new PrintStream(details, true, StandardCharsets.UTF_8)) {
      check.setInfoStream(info, false);
      CheckIndex.Status status = check.checkIndex();
      int documents = 0;
      for (CheckIndex.Status.SegmentInfoStatus segment : status.segmentInfos) {
        documents +=
            segment.maxDoc - (segment.liveDocStatus == null ? 0 : segment.liveDocStatus.numDeleted);
      }
      return new Result(
          status.clean, status.numSegments, documents, details.toString(StandardCharsets.UTF_8));
    }
  }
}
