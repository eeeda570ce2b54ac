package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import policysearch.corpus.Skipped;
import policysearch.index.IndexDirectory;
import policysearch.index.IndexReport;
import policysearch.index.Indexer;

/** {@code index --corpus PATH... --index DIR}: brings the index up to date and prints a summary. */
@Command(
    name = "index",
    description = {
      "Bring the index up to date with the corpus: add new articles, replace changed ones, remove"
          + " those whose file is gone, keep unchanged ones; print the summary and each skipped"
          + " input."
    })
final class IndexCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(IndexCommand.class);

  @Mixin Options.Corpus corpus;
  @Mixin Options.Index index;

  private final Streams streams;

  IndexCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws IOException {
    List<Path> roots = corpus.existing();
    Wiring wiring = Wiring.create();
    LOG.info("indexing {} into {}", roots, index.index);
    try (IndexDirectory directory = IndexDirectory.open(index.index)) {
      Indexer indexer =
          directory.indexer(
              wiring.extractor(), wiring.schema(), wiring.reader(), wiring.embedder());
      print(indexer.update(roots, new Progress()), streams.out());
      streams
          .out()
          .printf("embedded %d texts (statements and article leads)%n", indexer.embedded());
    }
    return 0;
  }

  static void print(IndexReport report, PrintStream out) {
    out.println(summary(report));
    for (Skipped skipped : report.skipped()) {
      out.println("  skipped " + skipped);
    }
  }

  /** "added 3, updated 1, removed 0, unchanged 10, skipped 2 (0.4 s)". */
  static String summary(IndexReport report) {
    return String.format(
        "added %d, updated %d, removed %d, unchanged %d, skipped %d (%.1f s)",
        report.added(),
        report.updated(),
        report.removed(),
        report.unchanged(),
        report.skipped().size(),
        report.tookMs() / 1000.0);
  }

  /** The summary and each skipped input as log lines, for runs inside the server. */
  static void log(Logger log, String prefix, IndexReport report) {
    log.info("{}{}", prefix, summary(report));
    for (Skipped skipped : report.skipped()) {
      log.warn("skipped {}", skipped);
    }
  }
}
