package policysearch.bench;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs work items on every core with a bounded queue, as the indexer does, so that the bare loop,
 * extraction alone and the real indexer are compared at the same parallelism.
 */
final class Parallel<T> implements Consumer<T>, AutoCloseable {
  /** Work that may fail with an I/O error. */
  interface Work<T> {
    void accept(T item) throws IOException;
  }

  private final int threads = Runtime.getRuntime().availableProcessors();
  private final ExecutorService pool = Executors.newFixedThreadPool(threads);
  private final Semaphore inFlight = new Semaphore(threads * 4);
  private final AtomicReference<Exception> failure = new AtomicReference<>();
  private final Work<T> work;

  Parallel(Work<T> work) {
    this.work = work;
  }

  @Override
  public void accept(T item) {
    inFlight.acquireUninterruptibly();
    pool.execute(
        () -> {
          try {
            work.accept(item);
          } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, e);
          } finally {
            inFlight.release();
          }
        });
  }

  /** Waits for every item; rethrows the first failure. */
  @Override
  public void close() throws IOException {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(1, TimeUnit.DAYS)) {
        throw new IOException("work did not finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (failure.get() != null) {
      throw new IOException(failure.get().getMessage(), failure.get());
    }
  }
}
