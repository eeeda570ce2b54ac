package policysearch.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parses the document files of one read a few ahead, one per parser process, and hands their
 * articles back in file order on the reading thread: the reader's sink stays single-threaded while
 * both cores parse. Each file is first inspected on the reading thread; an unchanged one (same
 * content hash in the index) is never parsed.
 */
final class DocumentQueue implements AutoCloseable {
  /** What the reader does with each outcome, on the reading thread. */
  interface Outcome {
    void article(Article article, Path file);

    void unchanged(String id, Path file);

    void skipped(Path file, String reason);
  }

  private record Pending(Path file, Future<Article> article) {}

  private final DocumentFormat format;
  private final KnownDocuments known;
  private final Outcome outcome;
  private final ExecutorService workers;
  private final int window;
  private final Deque<Pending> pending = new ArrayDeque<>();

  DocumentQueue(DocumentFormat format, KnownDocuments known, Outcome outcome) {
    this.format = format;
    this.known = known;
    this.outcome = outcome;
    int parsers = format.parallelism();
    this.workers = Executors.newFixedThreadPool(parsers, Thread.ofPlatform().daemon().factory());
    this.window = parsers * 2;
  }

  /** Inspects {@code file} now and parses it soon, unless the index has it as it is. */
  void add(Path root, Path file) {
    DocumentFormat.Candidate candidate;
    try {
      candidate = format.inspect(root, file);
    } catch (BadInputException e) {
      outcome.skipped(file, e.getMessage());
      return;
    } catch (IOException e) {
      outcome.skipped(file, "cannot read: " + e.getMessage());
      return;
    }
    if (known.current(candidate.id(), file.toString(), candidate.hash())) {
      outcome.unchanged(candidate.id(), file);
      return;
    }
    pending.add(new Pending(file, workers.submit(() -> format.read(candidate))));
    while (pending.size() > window) {
      completeFirst();
    }
  }

  /** Waits for every file still being parsed. */
  void finish() {
    while (!pending.isEmpty()) {
      completeFirst();
    }
  }

  private void completeFirst() {
    Pending first = pending.removeFirst();
    try {
      outcome.article(first.article().get(), first.file());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      outcome.skipped(
          first.file(),
          cause instanceof BadInputException
              ? cause.getMessage()
              : cause instanceof IOException
                  ? "cannot read: " + cause.getMessage()
                  : "cannot be read: " + cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      outcome.skipped(first.file(), "interrupted");
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
