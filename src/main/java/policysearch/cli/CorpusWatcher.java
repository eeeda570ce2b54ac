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

  private final List<Path> roots;
  private final ArticleUpdates updates;
  private final PrintStream out;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().daemon().name("corpus-watcher").unstarted(r));
  private CorpusSnapshot last;

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

  /** Never throws: a failed update is reported and retried at the next change. */
  private void poll() {
    try {
      CorpusSnapshot now = CorpusSnapshot.of(roots);
      if (now.equals(last)) {
        return;
      }
      IndexReport report = updates.reindex(roots, done -> {});
      last = now;
      out.print("corpus changed: ");
      IndexCommand.print(report, out);
    } catch (Exception e) {
      out.println("corpus changed, but the update failed (will retry): " + e.getMessage());
    }
  }

  @Override
  public void close() throws InterruptedException {
    timer.shutdownNow();
    timer.awaitTermination(1, TimeUnit.MINUTES);
  }
}
