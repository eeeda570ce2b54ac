package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.FSDirectory;
import policysearch.corpus.Skipped;
import policysearch.index.IndexReport;
import policysearch.index.Indexer;
import policysearch.opensearch.Connection;
import policysearch.opensearch.OpenSearchIndexer;

/**
 * {@code index --corpus PATH... --index DIR}: brings the index up to date and prints a summary;
 * with {@code --opensearch URL} (or {@code POLICY_SEARCH_OPENSEARCH_URL}) the index is in that
 * OpenSearch cluster instead.
 */
final class IndexCommand {
  /** Environment variable naming the cluster when neither --opensearch nor --index is given. */
  static final String OPENSEARCH_ENV = "POLICY_SEARCH_OPENSEARCH_URL";

  private final Wiring wiring;

  IndexCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  int run(Args args, PrintStream out, PrintStream err) throws IOException {
    String cluster =
        args.one("opensearch", args.has("index") ? null : System.getenv(OPENSEARCH_ENV));
    if (cluster != null) {
      return intoOpenSearch(corpus(args), cluster, out, err);
    }
    update(corpus(args), Path.of(args.one("index", "index")), out, err);
    return 0;
  }

  /** {@code --opensearch URL[,URL...]}: extraction here, the documents into that cluster. */
  private int intoOpenSearch(List<Path> corpus, String cluster, PrintStream out, PrintStream err)
      throws IOException {
    try (Connection connection = open(cluster)) {
      err.println("indexing " + corpus + " into OpenSearch " + cluster + " …");
      OpenSearchIndexer indexer =
          new OpenSearchIndexer(
              connection, OpenSearchIndexer.INDEX, wiring.extractor(), wiring.reader());
      OpenSearchIndexer.Report report = indexer.update(corpus, 0, 0, new Progress(err));
      print(report.index(), out);
      out.printf(
          "OpenSearch index '%s': %,d documents, %d retries%n",
          OpenSearchIndexer.INDEX, indexer.documents(), report.retries());
    }
    return 0;
  }

  private static Connection open(String cluster) {
    try {
      return Connection.open(cluster);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--opensearch: " + e.getMessage());
    }
  }

  IndexReport update(List<Path> corpus, Path index, PrintStream out, PrintStream err)
      throws IOException {
    err.println("indexing " + corpus + " into " + index + " …");
    IndexReport report;
    try (FSDirectory directory = FSDirectory.open(index)) {
      Indexer indexer =
          new Indexer(directory, wiring.extractor(), wiring.schema(), wiring.reader());
      report = indexer.update(corpus, new Progress(err));
    }
    print(report, out);
    return report;
  }

  static void print(IndexReport report, PrintStream out) {
    out.printf(
        "added %d, updated %d, removed %d, unchanged %d, skipped %d (%.1f s)%n",
        report.added(),
        report.updated(),
        report.removed(),
        report.unchanged(),
        report.skipped().size(),
        report.tookMs() / 1000.0);
    for (Skipped skipped : report.skipped()) {
      out.println("  skipped " + skipped);
    }
  }

  static List<Path> corpus(Args args) {
    List<String> values = args.all("corpus");
    return (values.isEmpty() ? List.of("corpus") : values).stream().map(Path::of).toList();
  }
}
