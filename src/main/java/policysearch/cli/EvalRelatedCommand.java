package policysearch.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import policysearch.index.IndexDirectory;
import policysearch.search.LuceneBackend;

/**
 * {@code eval-related pool|grades|score|tune|latency}: the judged set of related statements. {@code
 * pool} and {@code grades} make judgments ({@link JudgingCommands}), {@code score}, {@code tune}
 * and {@code latency} measure against them ({@link MeasuringCommands}). Judgment files live in
 * {@code eval/related/}, outside the jar.
 */
@Command(
    name = "eval-related",
    description =
        "The judged set of related statements: blind pools, graded judgments, P@10 and nDCG@10 of"
            + " lexical, semantic and hybrid ranking.",
    subcommands = {
      JudgingCommands.Pool.class,
      JudgingCommands.Grades.class,
      MeasuringCommands.Score.class,
      MeasuringCommands.Tune.class,
      MeasuringCommands.Latency.class
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

  /** What a subcommand does with the index it reads. */
  interface OnIndex {
    void run(LuceneBackend search) throws IOException;
  }

  /** Opens the index with the evaluation's time limit, runs {@code work}, closes it. */
  static void onIndex(Options.Index index, OnIndex work) throws IOException {
    try (IndexDirectory directory = IndexDirectory.open(index.index);
        LuceneBackend search = Wiring.create().search(directory, OFFLINE_LIMIT)) {
      work.run(search);
    }
  }
}
