package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import policysearch.bench.BackendBench;
import policysearch.opensearch.Connection;
import policysearch.opensearch.OpenSearchBackend;
import policysearch.opensearch.OpenSearchIndexer;
import policysearch.search.SearchBackend;

/**
 * {@code bench --opensearch URL...}: the corpus ingested afresh into the embedded index and into
 * each cluster (index {@code bench}, extraction here), then the same query set searched on all of
 * them side by side: ratios against the embedded index, measured in one run.
 */
final class ClusterBench {
  /** The index the bench writes in each cluster (deleted first). */
  static final String INDEX = "bench";

  private ClusterBench() {}

  static void run(
      Wiring wiring,
      List<Path> corpus,
      List<String> clusters,
      int queries,
      int warmUp,
      Path out,
      PrintStream print,
      PrintStream log)
      throws IOException, InterruptedException {
    List<BackendBench.Target> targets = new ArrayList<>();
    try {
      log.println("indexing " + corpus + " into the embedded index (no vectors) …");
      Path index = out.resolve("index-backends");
      targets.add(
          BackendBench.embedded(
              index,
              corpus,
              wiring.reader(),
              wiring.extractor(),
              wiring.schema(),
              wiring.embedders()));
      for (String url : clusters) {
        targets.add(cluster(wiring, corpus, url, log));
      }
      log.println("searching …");
      BackendBench.run(index, targets, queries, warmUp, out, wiring.mapper(), print);
    } finally {
      for (BackendBench.Target target : targets) {
        target.search().close();
      }
    }
  }

  private static BackendBench.Target cluster(
      Wiring wiring, List<Path> corpus, String url, PrintStream log) throws IOException {
    int nodes;
    OpenSearchIndexer.Report report;
    long start;
    try (Connection connection = Connection.open(url)) {
      nodes = OpenSearchIndexer.dropIndex(connection, INDEX);
      log.println(
          "indexing into OpenSearch ("
              + nodes
              + (nodes == 1 ? " node" : " nodes")
              + ") at "
              + url
              + " …");
      start = System.nanoTime();
      report =
          new OpenSearchIndexer(connection, INDEX, wiring.extractor(), wiring.reader())
              .update(corpus, 0, 0, n -> {});
    } catch (IllegalArgumentException e) {
      throw new UsageException("--opensearch: " + e.getMessage());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    SearchBackend search = OpenSearchBackend.open(url, INDEX, wiring.extractor().taxonomy());
    String name = "OpenSearch " + nodes + (nodes == 1 ? " node" : " nodes");
    log.printf(
        "  %s: %d articles in %.1f s, %d retries%n",
        name, report.index().added(), seconds, report.retries());
    return new BackendBench.Target(name, search, report.index().added(), seconds);
  }
}
