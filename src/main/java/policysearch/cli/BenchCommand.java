package policysearch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import policysearch.bench.BenchOptions;
import policysearch.bench.Benchmark;

/**
 * {@code bench [--corpus PATH...] [--scale-corpus PATH...] [--scale N...] [--queries N] [--warm-up
 * N] [--pdf-pages N] [--pdf-only] [--opensearch URL...] [--out DIR]}: indexing and search figures
 * side by side with raw Lucene, printed and in report.json; PDF ingest over generated pages in
 * documents.json; with {@code --opensearch}, the embedded index beside OpenSearch clusters.
 */
@Command(
    name = "bench",
    description =
        "Indexing and search figures side by side with raw Lucene: a table and report.json;"
            + " PDF ingest (pages/s) over generated PDFs: documents.json (not a test; see"
            + " docs/benchmark.md and docs/documents.md).")
final class BenchCommand implements Callable<Integer> {
  private static final Path SHARED = Path.of("../shared/corpora");
  private static final Path GROWTH_CORPUS = SHARED.resolve("whitehouse_briefings.jsonl.gz");
  private static final int QUERY_MINIMUM = 10;

  @Option(
      names = "--corpus",
      arity = "1..*",
      paramLabel = "PATH",
      description = "corpus of the scale-1 index (default: every .jsonl.gz in ../shared/corpora)")
  List<Path> corpusPaths = List.of();

  @Option(
      names = "--scale-corpus",
      arity = "1..*",
      paramLabel = "PATH",
      description = "corpus repeated for larger scales (default: the White House briefings)")
  List<Path> scaleCorpusPaths = List.of();

  @Option(
      names = "--scale",
      arity = "1..*",
      paramLabel = "N",
      description = "scales to search at besides 1 (default: 4 16)")
  List<String> scaleValues = List.of("4", "16");

  @Option(
      names = "--queries",
      defaultValue = "300",
      paramLabel = "N",
      description = "queries in the set (default: ${DEFAULT-VALUE})")
  int queries;

  @Option(
      names = "--warm-up",
      paramLabel = "N",
      description = "unmeasured calls per way before timing (default: 12000)")
  int warmUp = BenchOptions.DEFAULT_WARM_UP_CALLS;

  @Option(
      names = "--pdf-pages",
      defaultValue = "500",
      paramLabel = "N",
      description = "pages of generated PDFs to index; 0 for none (default: ${DEFAULT-VALUE})")
  int pdfPages;

  @Option(
      names = "--pdf-only",
      description = "only the PDF ingest figures, not indexing and search")
  boolean pdfOnly;

  @Option(
      names = "--opensearch",
      arity = "1..*",
      paramLabel = "URL[,URL...]",
      description =
          "instead: the search figures of the embedded index and of each of these OpenSearch"
              + " clusters (one argument per cluster, its node URLs comma-separated) side by side,"
              + " with bulk ingest articles/s; writes index 'bench' in each cluster (see"
              + " docs/opensearch.md)")
  List<String> clusters = List.of();

  @Option(
      names = "--out",
      defaultValue = "target/bench",
      paramLabel = "DIR",
      description = "where indexes and report.json go (default: ${DEFAULT-VALUE})")
  Path out;

  private final Streams streams;

  BenchCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<Path> corpus = paths(corpusPaths, "corpus");
    if (corpus.isEmpty()) {
      corpus = Benchmark.corpora(SHARED);
      if (corpus.isEmpty()) {
        throw new UsageException(
            "no corpora: "
                + SHARED.toAbsolutePath().normalize()
                + " has no .jsonl.gz files; pass --corpus PATH...");
      }
    }
    List<Path> scaleCorpus = paths(scaleCorpusPaths, "scale-corpus");
    if (scaleCorpus.isEmpty()) {
      scaleCorpus = corpus.contains(GROWTH_CORPUS) ? List.of(GROWTH_CORPUS) : corpus;
    }
    List<Integer> scales = new ArrayList<>(List.of(1));
    for (String value : scaleValues) {
      int scale = scale(value);
      if (!scales.contains(scale)) {
        scales.add(scale);
      }
    }
    if (queries < QUERY_MINIMUM) {
      throw new UsageException("--queries must be at least " + QUERY_MINIMUM + ", not " + queries);
    }
    if (warmUp < 0) {
      throw new UsageException("--warm-up must be 0 or more, not " + warmUp);
    }
    if (pdfPages < 0) {
      throw new UsageException("--pdf-pages must be 0 or more, not " + pdfPages);
    }
    Wiring wiring = Wiring.create();
    // Every benchmark here extracts; the vocabularies load before any of their clocks start.
    wiring.extractor().loaded();
    if (!clusters.isEmpty()) {
      ClusterBench.run(
          wiring, corpus, clusters, queries, warmUp, out, streams.out(), streams.err());
      return 0;
    }
    BenchOptions options = new BenchOptions(corpus, scaleCorpus, scales, queries, warmUp, out);
    Benchmark benchmark =
        new Benchmark(
            wiring.reader(),
            wiring.extractor(),
            wiring.schema(),
            wiring.mapper(),
            wiring.embedder());
    if (!pdfOnly) {
      benchmark.run(options, streams.out(), streams.err());
    }
    if (pdfPages > 0) {
      benchmark.runDocuments(corpus, pdfPages, out, streams.out(), streams.err());
    }
    return 0;
  }

  private static List<Path> paths(List<Path> paths, String name) {
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new UsageException("--" + name + ": no such file or folder " + path);
      }
    }
    return paths;
  }

  private static int scale(String value) {
    try {
      int scale = Integer.parseInt(value);
      if (scale >= 1) {
        return scale;
      }
    } catch (NumberFormatException notANumber) {
      // falls through to the usage message
    }
    throw new UsageException("--scale takes whole numbers of 1 or more, not '" + value + "'");
  }
}
