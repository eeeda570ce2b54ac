package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import policysearch.cli.EvalRelatedOptions.JudgmentsFile;
import policysearch.cli.EvalRelatedOptions.Queries;
import policysearch.search.RelatedWeights;

/**
 * {@code eval-related pool|grades}: making judgments — the blind pool judges grade, and the grades
 * of a graded pool kept (keys and grades only) in the judgments file.
 */
final class JudgingCommands {
  private JudgingCommands() {}

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
      EvalRelatedCommand.onIndex(
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
