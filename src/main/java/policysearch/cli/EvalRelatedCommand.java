package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import policysearch.index.IndexDirectory;
import policysearch.search.LuceneBackend;
import policysearch.search.RelatedWeights;

/**
 * {@code eval-related pool|grades|score}: the judged set of related statements. {@code pool} writes
 * the blind file judges grade, {@code grades} keeps the keys and grades of a graded pool in the
 * judgments file, {@code score} measures every method against the judgments. Judgment files live in
 * {@code eval/related/}, outside the jar.
 */
@Command(
    name = "eval-related",
    description =
        "The judged set of related statements: blind pools, graded judgments, P@10 and nDCG@10 of"
            + " lexical, semantic and hybrid ranking.",
    subcommands = {
      EvalRelatedCommand.Pool.class,
      EvalRelatedCommand.Grades.class,
      EvalRelatedCommand.Score.class,
      EvalRelatedCommand.Tune.class,
      EvalRelatedCommand.Latency.class
    })
final class EvalRelatedCommand implements Callable<Integer> {
  /**
   * The time limit of each query of a judged run: a measurement, not a user waiting, so a loaded
   * machine must not cut it short (the service keeps its own limit).
   */
  static final Duration OFFLINE_LIMIT = Duration.ofMinutes(1);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private final Streams streams;

  EvalRelatedCommand(Streams streams) {
    this.streams = streams;
  }

  /** No action: the usage, on stderr, status 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(streams.err());
    return 2;
  }

  /** {@code --queries FILE}. */
  static final class Queries {
    @Option(
        names = "--queries",
        paramLabel = "FILE",
        defaultValue = "eval/related/queries.tsv",
        description =
            "query statements: ARTICLE_ID@START, set and half (default: ${DEFAULT-VALUE})")
    Path queries;

    @Option(
        names = "--split",
        defaultValue = "half",
        paramLabel = "half|set",
        description =
            "group queries by their seeded half (tune, held-out) or by their set (v1, v2)"
                + " (default: ${DEFAULT-VALUE})")
    String split;

    /** Query keys and the group each belongs to (its half or its set), in file order. */
    Map<String, String> read() throws IOException {
      if (!Files.exists(queries)) {
        throw new UsageException("no query file " + queries);
      }
      if (!split.equals("half") && !split.equals("set")) {
        throw new UsageException("--split must be half or set, not '" + split + "'");
      }
      int column = split.equals("set") ? 1 : 2;
      Map<String, String> keys = new LinkedHashMap<>();
      for (String line : Files.readAllLines(queries)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        StatementKeys.start(cols[0]);
        if (cols.length <= column) {
          throw new UsageException(
              "query "
                  + cols[0]
                  + " has no "
                  + split
                  + " in "
                  + queries
                  + " (column "
                  + (column + 1)
                  + ")");
        }
        keys.put(cols[0], cols[column].strip());
      }
      return keys;
    }
  }

  /** {@code --judgments FILE}. */
  static final class JudgmentsFile {
    @Option(
        names = "--judgments",
        paramLabel = "FILE",
        defaultValue = "eval/related/judgments.tsv",
        description = "graded judgments, keys and grades (default: ${DEFAULT-VALUE})")
    Path judgments;
  }

  /** {@code pool}: the blind pool of the top results of every method, to grade. */
  @Command(
      name = "pool",
      description =
          "Write the blind pool: the top results of lexical, semantic and hybrid per query,"
              + " shuffled, no method names, with a grade column to fill.")
  static final class Pool implements Callable<Integer> {
    @Mixin Options.Index index;
    @Mixin Queries queries;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "pool file")
    Path out;

    @Option(
        names = "--unjudged",
        paramLabel = "FILE",
        description = "leave out the pairs this judgments file grades already (a follow-up pool)")
    Path judgments;

    @Option(
        names = "--depth",
        defaultValue = "10",
        description = "results per method and query (default: ${DEFAULT-VALUE})")
    int depth;

    @Option(
        names = "--weights",
        paramLabel = "NAME=W,...",
        description =
            "also pool the hybrid ranking with these weights (weights under trial); repeatable")
    List<String> weights = List.of();

    private final Streams streams;

    Pool(Streams streams) {
      this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
      if (depth < 1) {
        throw new UsageException("--depth must be 1 or more, not " + depth);
      }
      List<String> keys = List.copyOf(queries.read().keySet());
      onIndex(
          index,
          search -> {
            Judgments judged = judgments == null ? Judgments.empty() : Judgments.read(judgments);
            List<RelatedWeights> tried = weights.stream().map(RelatedWeights::parse).toList();
            RelatedPool.write(search, keys, depth, judged, tried, out, streams.out());
          });
      return 0;
    }
  }

  /** {@code grades}: keeps a graded pool's keys and grades in the judgments file. */
  @Command(
      name = "grades",
      description = "Copy the grades of a graded pool into the judgments file (keys and grades).")
  static final class Grades implements Callable<Integer> {
    @Option(names = "--pool", required = true, paramLabel = "FILE", description = "graded pool")
    Path pool;

    @Mixin JudgmentsFile judgments;

    private final Streams streams;

    Grades(Streams streams) {
      this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
      if (!Files.exists(pool)) {
        throw new UsageException("no pool file " + pool);
      }
      return grades(pool, judgments.judgments, streams.out());
    }
  }

  /** {@code score}: P@10 and nDCG@10 of every method against the judgments. */
  @Command(
      name = "score",
      description =
          "P@10 (grade 2 and grade >= 1) and nDCG@10 of lexical, semantic and hybrid, per set and"
              + " overall.")
  static final class Score implements Callable<Integer> {
    @Mixin Options.Index index;
    @Mixin Queries queries;
    @Mixin JudgmentsFile judgments;

    @Option(names = "--per-query", description = "a line per query and method")
    boolean perQuery;

    @Option(
        names = "--weights",
        paramLabel = "NAME=W,...",
        defaultValue = "",
        description = "hybrid weights to try instead of the shipped ones, e.g. coverage=0.4")
    String weights;

    private final Streams streams;

    Score(Streams streams) {
      this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
      Map<String, String> keys = queries.read();
      Judgments judged = Judgments.read(judgments.judgments);
      RelatedWeights tried = RelatedWeights.parse(weights);
      onIndex(
          index, search -> RelatedScores.run(search, keys, judged, tried, perQuery, streams.out()));
      return 0;
    }
  }

  /** {@code tune}: fits the hybrid weights on one group of queries, reports them on all. */
  @Command(
      name = "tune",
      description =
          "Fit the hybrid weights on one group of queries (the tuning half) and report them on"
              + " every group and overall, next to the shipped weights.")
  static final class Tune implements Callable<Integer> {
    @Mixin Options.Index index;

    @Option(
        names = "--fit",
        defaultValue = "tune",
        paramLabel = "GROUP",
        description = "the group the weights are fitted on (default: ${DEFAULT-VALUE})")
    String fit;

    @Mixin Queries queries;
    @Mixin JudgmentsFile judgments;

    @Option(
        names = "--depth",
        defaultValue = "50",
        description = "candidates per method and query (default: ${DEFAULT-VALUE})")
    int depth;

    private final Streams streams;

    Tune(Streams streams) {
      this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
      Map<String, String> keys = queries.read();
      Judgments judged = Judgments.read(judgments.judgments);
      onIndex(
          index,
          search -> {
            if (!keys.containsValue(fit)) {
              throw new UsageException("no query is in group '" + fit + "'");
            }
            RelatedTuning.run(search, keys, judged, depth, fit, streams.out());
          });
      return 0;
    }
  }

  /** {@code latency}: related statements timed per mode for a sample of statements. */
  @Command(
      name = "latency",
      description =
          "Time related statements (service, no HTTP) of lexical, semantic and hybrid for a seeded"
              + " sample of statements: p50, p95, p99.")
  static final class Latency implements Callable<Integer> {
    @Mixin Options.Index index;

    @Option(
        names = "--sample",
        defaultValue = "300",
        description = "statements timed (default: ${DEFAULT-VALUE})")
    int sample;

    @Option(
        names = "--warm-up",
        defaultValue = "150",
        description = "other statements asked first, unmeasured (default: ${DEFAULT-VALUE})")
    int warmUp;

    @Option(
        names = "--seed",
        defaultValue = "20261207",
        description = "seed of the sample (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(
        names = "--weights",
        paramLabel = "NAME=W,...",
        defaultValue = "",
        description = "hybrid weights to time instead of the shipped ones")
    String weights;

    private final Streams streams;

    Latency(Streams streams) {
      this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
      if (sample < 1 || warmUp < 0) {
        throw new UsageException("--sample must be 1 or more and --warm-up 0 or more");
      }
      RelatedWeights tried = RelatedWeights.parse(weights);
      onIndex(
          index, search -> RelatedLatency.run(search, sample, warmUp, seed, tried, streams.out()));
      return 0;
    }
  }

  /** What a subcommand does with the index it reads. */
  private interface OnIndex {
    void run(LuceneBackend search) throws IOException;
  }

  /** Opens the index with the evaluation's time limit, runs {@code work}, closes it. */
  private static void onIndex(Options.Index index, OnIndex work) throws IOException {
    try (IndexDirectory directory = IndexDirectory.open(index.index);
        LuceneBackend search = Wiring.create().search(directory, OFFLINE_LIMIT)) {
      work.run(search);
    }
  }

  /** Copies the grades of a graded pool into the judgments file: keys and grades, no text. */
  private static int grades(Path pool, Path judgmentsFile, PrintStream out) throws IOException {
    List<String> lines = Files.readAllLines(pool);
    if (lines.isEmpty() || !lines.get(0).equals(String.join("\t", RelatedPool.COLUMNS))) {
      throw new UsageException(pool + " is not a pool file written by 'eval-related pool'");
    }
    Judgments judgments = Judgments.read(judgmentsFile);
    int graded = 0;
    int blank = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t", -1);
      if (cols.length < 4 || cols[3].isBlank()) {
        blank += cols.length < 2 ? 0 : 1;
        continue;
      }
      judgments.add(
          cols[0],
          new Judgments.Judged(cols[1], Integer.parseInt(cols[2]), Judgments.grade(cols[3])));
      graded++;
    }
    judgments.write(judgmentsFile);
    out.printf("%d grades kept in %s (%d pairs not graded)%n", graded, judgmentsFile, blank);
    return 0;
  }
}
