package policysearch.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.store.FSDirectory;
import policysearch.FixtureIndex;
import policysearch.Fixtures;
import policysearch.index.LiveIndex;
import policysearch.index.Schema;
import policysearch.opensearch.FixtureCluster;
import policysearch.opensearch.LocalCluster;
import policysearch.opensearch.OpenSearchBackend;
import policysearch.search.ArticleUpdates;
import policysearch.search.LuceneBackend;
import policysearch.search.LuceneWriter;
import policysearch.search.SearchBackend;

/**
 * The real server on a random loopback port over the indexed fixture corpus: read-only over the
 * last commit, or live (one writer, near-real-time searches, write routes when a token is given).
 */
final class FixtureServer implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final SearchBackend service;
  private final ArticleUpdates updates;
  private final WebServer server;
  private final List<AutoCloseable> resources;

  private FixtureServer(
      SearchBackend service,
      ArticleUpdates updates,
      WebServer server,
      List<AutoCloseable> resources) {
    this.service = service;
    this.updates = updates;
    this.server = server;
    this.resources = resources;
  }

  static FixtureServer start(Path dir) throws IOException {
    FixtureIndex index = FixtureIndex.open(dir);
    return new FixtureServer(
        index.service(),
        null,
        new WebServer(index.service(), "127.0.0.1", 0).start(),
        List.of(index));
  }

  /** A read-only server over the fixture corpus in an index of {@code cluster}. */
  static FixtureServer startOpenSearch(LocalCluster cluster) throws IOException {
    OpenSearchBackend backend = FixtureCluster.open(cluster);
    return new FixtureServer(
        backend, null, new WebServer(backend, "127.0.0.1", 0).start(), List.of(backend));
  }

  /** A live server over a writer on {@code dir/index}; {@code token} null turns writes off. */
  static FixtureServer startLive(Path dir, String token) throws IOException {
    return startLive(dir, token, Operations.defaults());
  }

  /** The same, run as {@code ops} says (readiness, metrics token). */
  static FixtureServer startLive(Path dir, String token, Operations ops) throws IOException {
    return startLive(dir, token, ops, LuceneBackend.DEFAULT_TIME_LIMIT);
  }

  /** The same, each query stopped after {@code timeLimit}. */
  static FixtureServer startLive(Path dir, String token, Operations ops, Duration timeLimit)
      throws IOException {
    FSDirectory directory = FSDirectory.open(dir.resolve("index"));
    LiveIndex live =
        new LiveIndex(
            directory, Fixtures.extractor(), new Schema(), Fixtures.reader(), Fixtures.embedder());
    LuceneBackend service =
        new LuceneBackend(
            live.writer(),
            new Schema(),
            Fixtures.extractor().taxonomy(),
            Fixtures::embedder,
            timeLimit);
    ArticleUpdates updates = new ArticleUpdates(new LuceneWriter(live), service);
    updates.reindex(List.of(Fixtures.copyCorpus(dir)), done -> {});
    WebServer server = new WebServer(service, updates, token, ops, "127.0.0.1", 0).start();
    return new FixtureServer(service, updates, server, List.of(service, live, directory));
  }

  WebServer server() {
    return server;
  }

  /** The live server's writes (null for the read-only server). */
  ArticleUpdates updates() {
    return updates;
  }

  /** The embedded index's backend (every server but the OpenSearch one). */
  LuceneBackend service() {
    return (LuceneBackend) service;
  }

  String url(String pathAndQuery) {
    return "http://127.0.0.1:" + server.port() + pathAndQuery;
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url(pathAndQuery))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IOException(e);
      }
    }
  }
}
