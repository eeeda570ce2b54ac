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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import policysearch.corpus.Skipped;
import policysearch.index.EntityResolution;
import policysearch.index.IndexDirectory;
import policysearch.index.IndexReport;
import policysearch.index.Indexer;
import policysearch.opensearch.Connection;
import policysearch.opensearch.OpenSearchIndexer;

/**
 * {@code index --corpus PATH... --index DIR}: brings the index up to date and prints a summary;
 * with {@code --opensearch URL} (or {@code POLICY_SEARCH_OPENSEARCH_URL}) the index is in that
 * OpenSearch cluster instead.
 */
@Command(
    name = "index",
    description = {
      "Bring the index up to date with the corpus: add new articles, replace changed ones, remove"
          + " those whose file is gone, keep unchanged ones; print the summary and each skipped"
          + " input.",
      "With --opensearch the articles are extracted here and indexed in that OpenSearch cluster"
          + " instead (phase 1: added and replaced, not yet removed)."
    })
final class IndexCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(IndexCommand.class);

  @Mixin Options.Corpus corpus;
  @Mixin Options.Index index;
  @Mixin Options.Parser parser;

  @Mixin Options.Cluster cluster;

  @Spec CommandSpec spec;

  private final Streams streams;

  IndexCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws IOException {
    String cluster = this.cluster.url(spec.commandLine().getParseResult());
    List<Path> roots = corpus.existing();
    Wiring wiring = Wiring.create(parser.limits());
    if (cluster != null) {
      return intoOpenSearch(roots, cluster, wiring);
    }
    LOG.info("indexing {} into {}", roots, index.index);
    try (IndexDirectory directory = IndexDirectory.open(index.index)) {
      Indexer indexer =
          directory.indexer(
              wiring.extractor(), wiring.schema(), wiring.reader(), wiring.embedder());
      IndexReport report = indexer.update(roots, new Progress());
      print(report, streams.out());
      streams.out().println(names(report.names()));
      streams
          .out()
          .printf("embedded %d texts (statements and article leads)%n", indexer.embedded());
    }
    return 0;
  }

  /** {@code --opensearch URL[,URL...]}: extraction here, the documents into that cluster. */
  private int intoOpenSearch(List<Path> roots, String cluster, Wiring wiring) throws IOException {
    try (Connection connection = open(cluster)) {
      LOG.info("indexing {} into OpenSearch {}", roots, cluster);
      OpenSearchIndexer indexer =
          new OpenSearchIndexer(
              connection, OpenSearchIndexer.INDEX, wiring.extractor(), wiring.reader());
      OpenSearchIndexer.Report report = indexer.update(roots, 0, 0, new Progress());
      PrintStream out = streams.out();
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

  /** "names: 35,046 distinct, 2,369 merged into 2,044 entities; 12 articles re-resolved (…)". */
  static String names(EntityResolution.Report names) {
    return String.format(
        "names: %,d distinct, %,d merged into %,d entities; %,d articles re-resolved"
            + " (%.1f s, %.1f s CPU)",
        names.names(),
        names.merged(),
        names.entities(),
        names.rewritten(),
        names.millis() / 1000.0,
        names.cpuMillis() / 1000.0);
  }

  /** The summary and each skipped input as log lines, for runs inside the server. */
  static void log(Logger log, String prefix, IndexReport report) {
    log.info("{}{}", prefix, summary(report));
    log.info("{}", names(report.names()));
    for (Skipped skipped : report.skipped()) {
      log.warn("skipped {}", skipped);
    }
  }
}
