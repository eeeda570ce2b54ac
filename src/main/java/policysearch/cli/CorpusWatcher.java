package policysearch.cli;

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

  private final List<Path> roots;
  private final ArticleUpdates updates;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().daemon().name("corpus-watcher").unstarted(r));
  private CorpusSnapshot last;

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

  /** Never throws: a failed update is reported and retried at the next change. */
  private void poll() {
    try {
      CorpusSnapshot now = CorpusSnapshot.of(roots);
      if (now.equals(last)) {
        return;
      }
      IndexReport report = updates.reindex(roots, done -> {});
      last = now;
      IndexCommand.log(LOG, "corpus changed: ", report);
    } catch (java.io.InterruptedIOException stopping) {
      LOG.info("corpus update stopped for shutdown");
    } catch (Exception e) {
      LOG.error("corpus changed, but the update failed (will retry): {}", e.getMessage());
    }
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
