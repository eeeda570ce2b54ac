package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.FSDirectory;
import policysearch.corpus.Skipped;
import policysearch.index.IndexReport;
import policysearch.index.Indexer;

/** {@code index --corpus PATH... --index DIR}: brings the index up to date and prints a summary. */
final class IndexCommand {
  private final Wiring wiring;

  IndexCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  int run(Args args, PrintStream out, PrintStream err) throws IOException {
    update(corpus(args), Path.of(args.one("index", "index")), out, err);
    return 0;
  }

  IndexReport update(List<Path> corpus, Path index, PrintStream out, PrintStream err)
      throws IOException {
    err.println("indexing " + corpus + " into " + index + " …");
    IndexReport report;
    try (FSDirectory directory = FSDirectory.open(index)) {
      Indexer indexer =
          new Indexer(
              directory, wiring.extractor(), wiring.schema(), wiring.reader(), wiring.embedder());
      report = indexer.update(corpus, new Progress(err));
      print(report, out);
      out.printf("embedded %d texts (statements and article leads)%n", indexer.embedded());
    }
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
