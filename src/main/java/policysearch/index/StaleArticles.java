package policysearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import policysearch.corpus.Article;

/** Re-indexes, on every core, the articles a resolution sync found under outdated names. */
final class StaleArticles {
  private StaleArticles() {}

  /** Rewrites the stale articles on every core (the gate is held: no other write runs). */
  static void rewrite(
      Map<String, Article> stale, Map<String, String> hashes, EntityResolution.Rewrite rewrite)
      throws IOException {
    if (stale.isEmpty()) {
      return;
    }
    int threads = Math.min(stale.size(), Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (Article article : stale.values()) {
        done.add(
            pool.submit(
                () -> {
                  rewrite.write(article, hashes.get(article.id()));
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while re-resolving names", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io
          ? io
          : new IOException("re-resolving names failed: " + e.getCause(), e.getCause());
    } finally {
      // Rewrites not begun are dropped; those under way finish. Never interrupt one: a Lucene
      // write interrupted in its I/O closes the IndexWriter for good.
      done.forEach(f -> f.cancel(false));
      awaitQuietly(pool);
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    pool.shutdown();
    boolean interrupted = false;
    while (!pool.isTerminated()) {
      try {
        pool.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
