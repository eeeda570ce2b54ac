package policysearch.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.apache.lucene.index.IndexWriter;
import policysearch.corpus.Article;
import policysearch.corpus.ReadSummary;
import policysearch.corpus.Skipped;
import policysearch.index.IndexedArticles.Existing;

/**
 * One run of the {@link Indexer} over the corpus: hands changed articles to a worker per core,
 * counts what it added, replaced, left alone and skipped, and commits every few seconds.
 */
final class IndexRun implements AutoCloseable {
  private static final long COMMIT_INTERVAL_NANOS = 5_000_000_000L;

  private final Indexer indexer;
  private final IndexWriter writer;
  private final IndexedArticles indexed;
  private final Map<String, Existing> existing;
  private final IntConsumer progress;
  private final long start;
  // Only the reading thread adds to it, and the run reads it after every worker is done.
  private final Set<String> seen = new HashSet<>();
  private final AtomicInteger added = new AtomicInteger();
  private final AtomicInteger updated = new AtomicInteger();
  private final AtomicInteger unchanged = new AtomicInteger();
  private final AtomicInteger done = new AtomicInteger();
  private final int threads = Runtime.getRuntime().availableProcessors();
  private final ExecutorService pool = Executors.newFixedThreadPool(threads);
  private final Semaphore inFlight = new Semaphore(threads * 4);
  private final AtomicReference<Exception> failure = new AtomicReference<>();
  private final List<Skipped> rejected = Collections.synchronizedList(new ArrayList<>());
  private long lastCommit = System.nanoTime();

  IndexRun(
      Indexer indexer,
      IndexWriter writer,
      IndexedArticles indexed,
      IntConsumer progress,
      long start)
      throws IOException {
    this.indexer = indexer;
    this.writer = writer;
    this.indexed = indexed;
    this.existing = indexed.all();
    this.progress = progress;
    this.start = start;
  }

  /** Takes one article from the reading thread: unchanged ones are counted, others written. */
  void article(Article article) {
    if (Thread.currentThread().isInterrupted()) {
      throw new Stopped();
    }
    seen.add(article.id());
    String hash = indexer.hash(article);
    Existing before = existing.get(article.id());
    if (before != null && before.unchanged(article, hash)) {
      unchanged.incrementAndGet();
      progress.accept(done.incrementAndGet());
      return;
    }
    maybeCommit();
    inFlight.acquireUninterruptibly();
    pool.execute(() -> write(article, hash, before));
  }

  private void write(Article article, String hash, Existing before) {
    try {
      indexer.write(writer, article, hash, indexer.reusable(indexed, before, article));
      (before == null ? added : updated).incrementAndGet();
    } catch (RejectedArticleException e) {
      rejected.add(new Skipped(article.path(), 0, e.getMessage()));
    } catch (IOException | RuntimeException e) {
      failure.compareAndSet(null, e);
    } catch (Error e) {
      // An Error (out of memory) would otherwise end the worker silently and lose the article:
      // fail the run, naming the article, instead.
      failure.compareAndSet(null, new IOException("article " + article.id() + ": " + e, e));
    } finally {
      progress.accept(done.incrementAndGet());
      inFlight.release();
    }
  }

  /**
   * Whether the document file at {@code path} is indexed as it is (same id, path and content hash),
   * so the reader need not parse it again; such an article counts as seen and unchanged.
   */
  boolean known(String id, String path, String articleHash) {
    Existing before = existing.get(id);
    if (before == null
        || !before.hash().equals(indexer.hash(articleHash))
        || !before.path().equals(path)) {
      return false;
    }
    seen.add(id);
    unchanged.incrementAndGet();
    progress.accept(done.incrementAndGet());
    return true;
  }

  /** Commits from the reading thread while workers keep adding: a commit never blocks adds. */
  private void maybeCommit() {
    long now = System.nanoTime();
    if (now - lastCommit < COMMIT_INTERVAL_NANOS) {
      return;
    }
    lastCommit = now;
    try {
      writer.commit();
    } catch (IOException | RuntimeException e) {
      failure.compareAndSet(null, e);
    }
  }

  /** Waits for the workers; the first failure of any of them fails the run. */
  void finishWrites() throws IOException {
    Workers.awaitAll(pool);
    if (failure.get() != null) {
      throw new IOException("indexing failed: " + failure.get().getMessage(), failure.get());
    }
  }

  /**
   * Ends a run its caller interrupted: articles handed to the workers are written whole; nothing is
   * removed; the caller commits.
   */
  InterruptedIOException stopped() throws IOException {
    Thread.interrupted();
    Workers.awaitAll(pool);
    Thread.currentThread().interrupt();
    return new InterruptedIOException("indexing stopped after " + done.get() + " articles");
  }

  Map<String, Existing> existing() {
    return existing;
  }

  Set<String> seen() {
    return seen;
  }

  /** What the run did, with what the reader skipped and what the resolution sync rewrote. */
  IndexReport report(ReadSummary summary, int removed, EntityResolution.Report resolved) {
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    List<Skipped> skipped = new ArrayList<>(summary.skipped());
    skipped.addAll(rejected);
    return new IndexReport(
        added.get(),
        updated.get(),
        removed,
        unchanged.get(),
        List.copyOf(skipped),
        tookMs,
        resolved);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  /** Thrown from the reading thread when its caller interrupted the run. */
  static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("stopped", null, false, false);
    }
  }
}
