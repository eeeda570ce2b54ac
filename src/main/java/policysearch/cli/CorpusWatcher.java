package policysearch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import policysearch.corpus.CorpusSnapshot;
import policysearch.index.IndexReport;
import policysearch.search.ArticleUpdates;

/**
 * {@code serve --watch}: polls the corpus files' sizes and modification times and re-indexes when
 * they change. Polling rather than a {@code WatchService}: it needs no registration of each new
 * sub-folder, sees changes on network and container file systems, and one directory walk every
 * second or two is cheap next to reading the files. The re-index only rewrites changed articles.
 */
final class CorpusWatcher implements AutoCloseable {
  /** How often the corpus is looked at: changes show in searches within about twice this. */
  static final Duration INTERVAL = Duration.ofSeconds(2);

  /** The longest wait before an update that failed is tried again on an unchanged corpus. */
  static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

  private final List<Path> roots;
  private final ArticleUpdates updates;
  private final PrintStream out;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().daemon().name("corpus-watcher").unstarted(r));

  private CorpusSnapshot last;
  private CorpusSnapshot failed;
  private Duration backoff = Duration.ZERO;
  private long retryAt;

  /** Watches {@code roots}, taking {@code indexed} as the state the index already reflects. */
  CorpusWatcher(List<Path> roots, CorpusSnapshot indexed, ArticleUpdates updates, PrintStream out) {
    this.roots = roots;
    this.last = indexed;
    this.updates = updates;
    this.out = out;
  }

  CorpusWatcher start() {
    long millis = INTERVAL.toMillis();
    timer.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    return this;
  }

  /**
   * Never throws, not even an {@code Error}: the scheduler would drop the task without a word and
   * the watcher would be dead while the server looks healthy. A failure is logged, shown by the
   * health route, and retried when the corpus changes again or after a wait that doubles up to
   * {@link #MAX_BACKOFF} (a failure that repeats must not flood the log every two seconds).
   */
  private void poll() {
    CorpusSnapshot now = null;
    try {
      now = CorpusSnapshot.of(roots);
      if (now.equals(last) || (now.equals(failed) && System.nanoTime() < retryAt)) {
        return;
      }
      IndexReport report = updates.reindex(roots, done -> {});
      last = now;
      out.print(failed == null ? "corpus changed: " : "corpus update recovered: ");
      IndexCommand.print(report, out);
      failed = null;
      backoff = Duration.ZERO;
    } catch (Exception | Error e) {
      updates.failed(e);
      failed = now;
      backoff = backoff.isZero() ? INTERVAL : min(backoff.multipliedBy(2), MAX_BACKOFF);
      retryAt = System.nanoTime() + backoff.toNanos();
      out.println(
          "corpus changed, but the update failed (retrying in "
              + backoff.toSeconds()
              + " s or at the next change): "
              + e);
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public void close() throws InterruptedException {
    timer.shutdownNow();
    timer.awaitTermination(1, TimeUnit.MINUTES);
  }
}
