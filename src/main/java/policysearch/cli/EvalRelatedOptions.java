package policysearch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options {@code eval-related}'s subcommands share: the query and judgment files. */
final class EvalRelatedOptions {
  private EvalRelatedOptions() {}

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
}
