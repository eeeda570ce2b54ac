package policysearch.cli;

import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
  private static final Logger LOG = LoggerFactory.getLogger(CorpusWatcher.class);

  /** How often the corpus is looked at: changes show in searches within about twice this. */
  static final Duration INTERVAL = Duration.ofSeconds(2);

  /** The longest wait before an update that failed is tried again on an unchanged corpus. */
  static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

  private final List<Path> roots;
  private final ArticleUpdates updates;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().daemon().name("corpus-watcher").unstarted(r));

  private CorpusSnapshot last;
  private CorpusSnapshot failed;
  private Duration backoff = Duration.ZERO;
  private long retryAt;

  /** Watches {@code roots}, taking {@code indexed} as the state the index already reflects. */
  CorpusWatcher(List<Path> roots, CorpusSnapshot indexed, ArticleUpdates updates) {
    this.roots = roots;
    this.last = indexed;
    this.updates = updates;
  }

  CorpusWatcher start() {
    long millis = INTERVAL.toMillis();
    timer.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    return this;
  }

  /**
   * Never throws, not even an {@code Error}: the scheduler would drop the task without a word and
   * the watcher would be dead while the server looks healthy. A failure is logged, shown by the
   * health and readiness routes, and retried when the corpus changes again or after a wait that
   * doubles up to {@link #MAX_BACKOFF} (a failure that repeats must not flood the log every two
   * seconds).
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
      IndexCommand.log(
          LOG, failed == null ? "corpus changed: " : "corpus update recovered: ", report);
      failed = null;
      backoff = Duration.ZERO;
    } catch (InterruptedIOException stopping) {
      LOG.info("corpus update stopped for shutdown");
    } catch (Exception | Error e) {
      updates.failed(e);
      failed = now;
      backoff = backoff.isZero() ? INTERVAL : min(backoff.multipliedBy(2), MAX_BACKOFF);
      retryAt = System.nanoTime() + backoff.toNanos();
      // The exception's text, not the exception: a stack trace every retry would flood the log.
      LOG.error(
          "corpus changed, but the update failed (retrying in {} s or at the next change): {}",
          backoff.toSeconds(),
          e.toString());
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** Stops polling; an update in progress is interrupted (committed articles stay). */
  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
