package policysearch.cli;

import java.io.PrintStream;
import java.util.function.IntConsumer;

/** Prints "articles done, articles/s" at most every two seconds, so long runs show progress. */
final class Progress implements IntConsumer {
  private static final long INTERVAL_NANOS = 2_000_000_000L;

  private final PrintStream out;
  private final long start = System.nanoTime();
  private long lastPrint = start;

  Progress(PrintStream out) {
    this.out = out;
  }

  @Override
  public synchronized void accept(int done) {
    long now = System.nanoTime();
    if (now - lastPrint >= INTERVAL_NANOS) {
      lastPrint = now;
      double seconds = (now - start) / 1e9;
      out.printf("  %,d articles, %,.0f articles/s%n", done, done / seconds);
    }
  }
}
