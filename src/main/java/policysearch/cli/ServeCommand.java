package policysearch.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import policysearch.corpus.CorpusSnapshot;
import policysearch.index.IndexDirectory;
import policysearch.search.ArticleUpdates;
import policysearch.search.DocumentUploads;
import policysearch.search.SearchBackend;
import policysearch.web.Operations;
import policysearch.web.Readiness;
import policysearch.web.WebServer;

/**
 * {@code serve}: serves the API and the page until stopped, and brings the index up to date. It
 * listens at once, so that liveness answers during a long first build; {@code /api/ready} says 503
 * until the index has caught up with the corpus. An existing index is searchable meanwhile (a new
 * one fills when the build ends). The index stays open for writing (one writer, near-real-time
 * searchers) so API writes and {@code --watch} updates show at once. On SIGTERM or Ctrl-C it stops
 * accepting, lets requests in flight finish (up to 10 s), stops a running update, commits and
 * closes the index.
 */
@Command(
    name = "serve",
    description = {
      "Serve the search page and the API, and bring the index up to date with the corpus.",
      "Every option can also come from the environment variable named with it; a flag wins."
    })
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  /** An existing index waits this long before it is checked against the corpus. */
  private static final Duration CATCH_UP_DELAY = Duration.ofSeconds(5);

  /** How long Ctrl-C or SIGTERM waits for the clean stop before the JVM exits anyway. */
  private static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(30);

  @Mixin Options.Corpus corpus;
  @Mixin Options.Index index;
  @Mixin Options.Cluster cluster;
  @Spec CommandSpec spec;
  @Mixin Options.Parser parser;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "${env:POLICY_SEARCH_PORT:-7070}",
      description = "port to listen on; 0 picks a free one (default: 7070; env POLICY_SEARCH_PORT)")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "${env:POLICY_SEARCH_HOST:-127.0.0.1}",
      description =
          "address to listen on; 0.0.0.0 for every interface (default: 127.0.0.1;"
              + " env POLICY_SEARCH_HOST)")
  String host;

  @Option(
      names = "--watch",
      defaultValue = "${env:POLICY_SEARCH_WATCH:-false}",
      fallbackValue = "true",
      arity = "0..1",
      description =
          "re-index when corpus files are added, changed or removed (env POLICY_SEARCH_WATCH=true)")
  boolean watch;

  @Option(
      names = "--admin-token",
      paramLabel = "T",
      defaultValue = "${env:POLICY_SEARCH_ADMIN_TOKEN}",
      showDefaultValue = Visibility.NEVER,
      description =
          "turns the write routes on for 'Authorization: Bearer T' (env POLICY_SEARCH_ADMIN_TOKEN,"
              + " which keeps it out of ps)")
  String adminToken;

  @Option(
      names = "--metrics-token",
      paramLabel = "T",
      defaultValue = "${env:POLICY_SEARCH_METRICS_TOKEN}",
      showDefaultValue = Visibility.NEVER,
      description =
          "/metrics for 'Authorization: Bearer T' from any host; without it, for this machine only"
              + " (env POLICY_SEARCH_METRICS_TOKEN)")
  String metricsToken;

  @Option(
      names = "--access-log",
      negatable = true,
      defaultValue = "${env:POLICY_SEARCH_ACCESS_LOG:-true}",
      fallbackValue = "true",
      description = "a log line per request (default: on; env POLICY_SEARCH_ACCESS_LOG=false)")
  boolean accessLog;

  @Option(
      names = "--uploads",
      paramLabel = "DIR",
      defaultValue = "${env:POLICY_SEARCH_UPLOADS}",
      showDefaultValue = Visibility.NEVER,
      description =
          "where documents uploaded with POST /api/documents are kept (default: the folder"
              + " uploads of the first corpus folder; env POLICY_SEARCH_UPLOADS)")
  Path uploadsFolder;

  @Override
  public Integer call() throws IOException, InterruptedException {
    String url = cluster.url(spec.commandLine().getParseResult());
    List<Path> missing = corpus.missing();
    List<Path> roots = new ArrayList<>(corpus.corpus);
    roots.removeAll(missing);
    Wiring wiring = Wiring.create(parser.limits());
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitClose(stopped, closed)));
    try {
      if (url != null) {
        // The cluster's index is made if missing: it "exists" once it holds articles.
        try (ServedBackend backend = ServedBackend.opensearch(wiring, url)) {
          boolean existing = backend.search().articleCount() > 0;
          warnMissing(missing, existing, url);
          serve(wiring, backend, roots, existing, "OpenSearch " + url, stopped);
        }
        LOG.info("stopped");
        return 0;
      }
      try (IndexDirectory directory = IndexDirectory.open(index.index)) {
        boolean existing = directory.exists();
        warnMissing(missing, existing, index.index.toString());
        try (ServedBackend backend = ServedBackend.lucene(wiring, directory)) {
          serve(wiring, backend, roots, existing, index.index.toString(), stopped);
          LOG.info("committing and closing the index");
        }
        LOG.info("index closed; stopped");
      }
    } finally {
      closed.countDown();
    }
    return 0;
  }

  private static void warnMissing(List<Path> missing, boolean existing, String where) {
    if (missing.isEmpty()) {
      return;
    }
    String paths = Options.Corpus.join(missing);
    if (!existing) {
      throw new UsageException(
          "no such file or folder: " + paths + " (--corpus), and no index at " + where);
    }
    LOG.warn("no such file or folder: {} (--corpus); serving the index without it", paths);
  }

  private void serve(
      Wiring wiring,
      ServedBackend backend,
      List<Path> roots,
      boolean existing,
      String where,
      CountDownLatch stopped)
      throws IOException, InterruptedException {
    Readiness readiness = Readiness.starting();
    Thread update;
    SearchBackend search = backend.search();
    ArticleUpdates updates = new ArticleUpdates(backend.writer(), search);
    CorpusSnapshot indexed = CorpusSnapshot.of(roots);
    Operations ops = new Operations(readiness, metricsToken, accessLog);
    DocumentUploads uploads = uploads(wiring, updates);
    try (WebServer server =
            new WebServer(search, updates, uploads, adminToken, ops, host, port).start();
        CorpusWatcher watcher = watch ? new CorpusWatcher(roots, indexed, updates).start() : null) {
      LOG.info(
          "policy-search {} is serving {} articles at http://{}:{} from {} (writes {}, watch {})",
          Version.current(),
          search.articleCount(),
          host,
          server.port(),
          where,
          adminToken == null || adminToken.isBlank() ? "off" : "on",
          watcher == null ? "off" : "on");
      update =
          Thread.ofPlatform()
              .name("index-update")
              .start(() -> catchUp(updates, roots, existing, readiness, where));
      stopped.await();
      LOG.info(
          "stopping: no new connections; requests in flight get up to {} s",
          WebServer.STOP_GRACE.toSeconds());
      update.interrupt();
    }
    update.join();
  }

  /**
   * Brings the index up to date once. An existing index waits a few seconds: reading and hashing a
   * large corpus takes both cores of a small machine, and the first searches (and the JIT warming
   * up for them) go first.
   */
  private void catchUp(
      ArticleUpdates updates,
      List<Path> roots,
      boolean existing,
      Readiness readiness,
      String where) {
    try {
      readiness.catchingUp();
      if (existing) {
        Thread.sleep(CATCH_UP_DELAY.toMillis());
      }
      if (!roots.isEmpty()) {
        LOG.info("indexing {} into {}", roots, where);
        IndexCommand.log(LOG, "", updates.reindex(roots, new Progress(readiness::progress)));
      }
      readiness.caughtUp();
    } catch (InterruptedException | InterruptedIOException e) {
      LOG.info("index update stopped for shutdown; the next start resumes it");
    } catch (IOException | RuntimeException | Error e) {
      // An Error (out of memory on a huge file) too: the server goes on serving the index.
      LOG.error("updating the index failed, still serving it as it was: {}", e.toString());
      readiness.updateFailed();
    }
  }

  /**
   * Uploaded documents are kept in {@code --uploads DIR}, by default the folder "uploads" of the
   * first corpus folder (beside it when the first corpus path is a file): inside the corpus, an
   * upload is read again like any corpus file.
   */
  private DocumentUploads uploads(Wiring wiring, ArticleUpdates updates) {
    Path first = corpus.corpus.get(0);
    Path home = Files.isRegularFile(first) ? first.toAbsolutePath().getParent() : first;
    Path folder = normal(uploadsFolder == null ? home.resolve("uploads") : uploadsFolder);
    Path root =
        corpus.corpus.stream()
            .filter(Files::isDirectory)
            .filter(path -> folder.startsWith(normal(path)))
            .findFirst()
            .orElse(folder.getParent());
    return new DocumentUploads(root, folder, wiring.reader().documents(), updates);
  }

  private static Path normal(Path path) {
    return path.toAbsolutePath().normalize();
  }

  /** On Ctrl-C or SIGTERM, lets the main thread stop cleanly before the JVM halts. */
  private static void awaitClose(CountDownLatch stopped, CountDownLatch closed) {
    stopped.countDown();
    try {
      closed.await(SHUTDOWN_LIMIT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
