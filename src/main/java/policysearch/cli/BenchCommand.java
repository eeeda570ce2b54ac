package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import policysearch.bench.BenchOptions;
import policysearch.bench.Benchmark;

/**
 * {@code bench [--corpus PATH...] [--scale-corpus PATH...] [--scale N...] [--queries N] [--warm-up
 * N] [--out DIR]}: indexing and search figures side by side with raw Lucene, printed and in
 * report.json.
 */
final class BenchCommand {
  private static final Path SHARED = Path.of("../shared/corpora");
  private static final Path GROWTH_CORPUS = SHARED.resolve("whitehouse_briefings.jsonl.gz");
  private static final int QUERY_MINIMUM = 10;

  private final Wiring wiring;

  BenchCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  int run(Args args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
    List<Path> corpus = paths(args, "corpus");
    if (corpus.isEmpty()) {
      corpus = Benchmark.corpora(SHARED);
      if (corpus.isEmpty()) {
        throw new UsageException(
            "no corpora: "
                + SHARED.toAbsolutePath().normalize()
                + " has no .jsonl.gz files; pass --corpus PATH...");
      }
    }
    List<Path> scaleCorpus = paths(args, "scale-corpus");
    if (scaleCorpus.isEmpty()) {
      scaleCorpus = corpus.contains(GROWTH_CORPUS) ? List.of(GROWTH_CORPUS) : corpus;
    }
    List<Integer> scales = new ArrayList<>(List.of(1));
    for (String value : args.has("scale") ? args.all("scale") : List.of("4", "16")) {
      int scale = scale(value);
      if (!scales.contains(scale)) {
        scales.add(scale);
      }
    }
    int queries = args.integer("queries", 300);
    if (queries < QUERY_MINIMUM) {
      throw new UsageException("--queries must be at least " + QUERY_MINIMUM + ", not " + queries);
    }
    int warmUp = args.integer("warm-up", BenchOptions.DEFAULT_WARM_UP_CALLS);
    if (warmUp < 0) {
      throw new UsageException("--warm-up must be 0 or more, not " + warmUp);
    }
    BenchOptions options =
        new BenchOptions(
            corpus, scaleCorpus, scales, queries, warmUp, Path.of(args.one("out", "target/bench")));
    new Benchmark(
            wiring.reader(),
            wiring.extractor(),
            wiring.schema(),
            wiring.mapper(),
            wiring.embedder())
        .run(options, out, err);
    return 0;
  }

  private static List<Path> paths(Args args, String name) throws IOException {
    List<Path> paths = args.all(name).stream().map(Path::of).toList();
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
