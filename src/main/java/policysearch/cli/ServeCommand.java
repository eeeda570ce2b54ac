package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.FSDirectory;
import policysearch.corpus.CorpusSnapshot;
import policysearch.index.LiveIndex;
import policysearch.search.ArticleUpdates;
import policysearch.search.DocumentUploads;
import policysearch.search.SearchService;
import policysearch.web.WebServer;

/**
 * {@code serve}: serves the API and the page until stopped, and brings the index up to date. An
 * existing index is served at once and updated behind it (checking a large corpus takes longer than
 * a user waits); a new one is built first. The index stays open for writing (one writer,
 * near-real-time searchers) so API writes and {@code --watch} updates show at once.
 */
final class ServeCommand {
  /** Environment variable holding the admin token when {@code --admin-token} is not given. */
  static final String TOKEN_VARIABLE = "POLICY_SEARCH_ADMIN_TOKEN";

  private static final Duration CATCH_UP_DELAY = Duration.ofSeconds(5);

  private final Wiring wiring;

  ServeCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  int run(Args args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
    Path index = Path.of(args.one("index", "index"));
    List<Path> corpus = IndexCommand.corpus(args);
    String host = args.one("host", "127.0.0.1");
    int port = args.integer("port", 7070);
    String token = args.one("admin-token", System.getenv(TOKEN_VARIABLE));
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitClose(stopped, closed)));
    try (FSDirectory directory = FSDirectory.open(index);
        LiveIndex live = wiring.liveIndex(directory);
        SearchService search = wiring.search(live)) {
      ArticleUpdates updates = new ArticleUpdates(live, search);
      CorpusSnapshot indexed = CorpusSnapshot.of(corpus);
      boolean existing = search.articleCount() > 0;
      if (!existing) {
        catchUp(updates, corpus, index, out, err);
      }
      DocumentUploads uploads = uploads(args, corpus, updates);
      try (WebServer server = new WebServer(search, updates, uploads, token, host, port).start();
          CorpusWatcher watcher =
              args.has("watch") ? new CorpusWatcher(corpus, indexed, updates, out).start() : null) {
        out.printf(
            "policy-search is serving %d articles at http://%s:%d (writes %s, watch %s)%n",
            search.articleCount(),
            host,
            server.port(),
            token == null || token.isBlank() ? "off" : "on",
            watcher == null ? "off" : "on");
        if (existing) {
          Thread.ofPlatform()
              .name("index-update")
              .daemon(true)
              .start(() -> updateBehind(updates, corpus, index, out, err));
        }
        stopped.await();
      }
    } finally {
      closed.countDown();
    }
    return 0;
  }

  /**
   * Uploaded documents are kept in {@code --uploads DIR}, by default the folder "uploads" of the
   * first corpus folder (beside it when the first corpus path is a file): inside the corpus, an
   * upload is read again like any corpus file.
   */
  private DocumentUploads uploads(Args args, List<Path> corpus, ArticleUpdates updates) {
    Path first = corpus.get(0);
    Path home = Files.isRegularFile(first) ? first.toAbsolutePath().getParent() : first;
    Path folder = Path.of(args.one("uploads", home.resolve("uploads").toString()));
    return corpus.stream()
        .filter(Files::isDirectory)
        .filter(r -> normal(folder).startsWith(normal(r)))
        .findFirst()
        .map(root -> new DocumentUploads(root, folder, wiring.reader().documents(), updates))
        .orElseGet(
            () ->
                new DocumentUploads(
                    normal(folder).getParent(),
                    normal(folder),
                    wiring.reader().documents(),
                    updates));
  }

  private static Path normal(Path path) {
    return path.toAbsolutePath().normalize();
  }

  private static void catchUp(
      ArticleUpdates updates, List<Path> corpus, Path index, PrintStream out, PrintStream err)
      throws IOException {
    err.println("indexing " + corpus + " into " + index + " …");
    IndexCommand.print(updates.reindex(corpus, new Progress(err)), out);
  }

  private static void updateBehind(
      ArticleUpdates updates, List<Path> corpus, Path index, PrintStream out, PrintStream err) {
    try {
      // Reading and hashing the whole corpus takes both cores of a small machine: the first
      // searches (and the JIT warming up for them) go first.
      Thread.sleep(CATCH_UP_DELAY.toMillis());
      catchUp(updates, corpus, index, out, err);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      err.println("policy-search: updating the index failed, still serving it as it was: " + e);
    }
  }

  /** On Ctrl-C or kill, lets the main thread close the index cleanly before the JVM halts. */
  private static void awaitClose(CountDownLatch stopped, CountDownLatch closed) {
    stopped.countDown();
    try {
      closed.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
