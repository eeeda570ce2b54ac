package policysearch.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import policysearch.FixtureIndex;
import policysearch.search.SearchService;

/** The real server on a random loopback port over the indexed fixture corpus. */
final class FixtureServer implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final FixtureIndex index;
  private final WebServer server;

  private FixtureServer(FixtureIndex index, WebServer server) {
    this.index = index;
    this.server = server;
  }

  static FixtureServer start(Path dir) throws IOException {
    FixtureIndex index = FixtureIndex.open(dir);
    return new FixtureServer(index, new WebServer(index.service(), "127.0.0.1", 0).start());
  }

  WebServer server() {
    return server;
  }

  SearchService service() {
    return index.service();
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
    index.close();
  }
}
