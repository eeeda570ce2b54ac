package policysearch.cli;

import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs "articles done, articles/s" at most every two seconds, so long runs show progress. */
final class Progress implements IntConsumer {
  private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
  private static final long INTERVAL_NANOS = 2_000_000_000L;

  private final IntConsumer also;
  private final long start = System.nanoTime();
  private long lastLog = start;

  Progress() {
    this(done -> {});
  }

  /** Also hands each count to {@code also} (the server's readiness). */
  Progress(IntConsumer also) {
    this.also = also;
  }

  @Override
  public synchronized void accept(int done) {
    also.accept(done);
    long now = System.nanoTime();
    if (now - lastLog >= INTERVAL_NANOS) {
      lastLog = now;
      double seconds = (now - start) / 1e9;
      LOG.info(String.format("%,d articles, %,.0f articles/s", done, done / seconds));
    }
  }
}
