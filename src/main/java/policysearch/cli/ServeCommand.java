package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import policysearch.search.SearchService;
import policysearch.web.WebServer;

/**
 * {@code serve}: serves the API and the page until killed, and brings the index up to date. An
 * existing index is served at once and updated behind it (checking a large corpus takes longer than
 * a user waits), a new one is built first.
 */
final class ServeCommand {
  private final Wiring wiring;

  ServeCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  int run(Args args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
    Path index = Path.of(args.one("index", "index"));
    List<Path> corpus = IndexCommand.corpus(args);
    boolean existing;
    try (FSDirectory directory = FSDirectory.open(index)) {
      existing = DirectoryReader.indexExists(directory);
    }
    if (!existing) {
      new IndexCommand(wiring).update(corpus, index, out, err);
    }
    String host = args.one("host", "127.0.0.1");
    int port = args.integer("port", 7070);
    try (FSDirectory directory = FSDirectory.open(index);
        SearchService search =
            new SearchService(directory, wiring.schema(), wiring.extractor().taxonomy());
        WebServer server = new WebServer(search, host, port).start()) {
      out.printf(
          "policy-search is serving %d articles at http://%s:%d%n",
          search.articleCount(), host, server.port());
      if (existing) {
        Thread.ofPlatform()
            .name("index-update")
            .daemon()
            .start(() -> updateBehind(search, corpus, index, out, err));
      }
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
    return 0;
  }

  private void updateBehind(
      SearchService search, List<Path> corpus, Path index, PrintStream out, PrintStream err) {
    try {
      new IndexCommand(wiring).update(corpus, index, out, err);
      search.refresh();
    } catch (IOException | RuntimeException e) {
      err.println("policy-search: updating the index failed, still serving it as it was: " + e);
    }
  }
}
