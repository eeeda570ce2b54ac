package policysearch.cli;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import policysearch.cli.EvalRelatedOptions.JudgmentsFile;
import policysearch.cli.EvalRelatedOptions.Queries;
import policysearch.search.RelatedWeights;

/**
 * {@code eval-related score|tune|latency}: measuring related statements against the judgments
 * (P@10, nDCG@10, fitted weights) and in time.
 */
final class MeasuringCommands {
  private MeasuringCommands() {}

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
      EvalRelatedCommand.onIndex(
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
      EvalRelatedCommand.onIndex(
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
      EvalRelatedCommand.onIndex(
          index, search -> RelatedLatency.run(search, sample, warmUp, seed, tried, streams.out()));
      return 0;
    }
  }
}
