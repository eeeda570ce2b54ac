package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.lucene.store.FSDirectory;
import policysearch.search.SearchService;
import policysearch.web.WebServer;

/** {@code serve}: brings the index up to date, then serves the API and the page until killed. */
final class ServeCommand {
  private final Wiring wiring;

  ServeCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  int run(Args args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
    Path index = Path.of(args.one("index", "index"));
    new IndexCommand(wiring).update(IndexCommand.corpus(args), index, out, err);
    String host = args.one("host", "127.0.0.1");
    int port = args.integer("port", 7070);
    try (FSDirectory directory = FSDirectory.open(index);
        SearchService search =
            new SearchService(directory, wiring.schema(), wiring.extractor().taxonomy());
        WebServer server = new WebServer(search, host, port).start()) {
      out.printf(
          "policy-search is serving %d articles at http://%s:%d%n",
          search.articleCount(), host, server.port());
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
    return 0;
  }
}
