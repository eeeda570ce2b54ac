package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import policysearch.search.RelatedWeights;
import policysearch.search.SearchService;

/**
 * {@code eval-related pool|grades|score}: the judged set of related statements. {@code pool} writes
 * the blind file judges grade, {@code grades} keeps the keys and grades of a graded pool in the
 * judgments file, {@code score} measures every method against the judgments. Judgment files live in
 * {@code eval/related/}, outside the jar.
 */
final class EvalRelatedCommand {
  static final Set<String> OPTIONS =
      Set.of("index", "queries", "judgments", "depth", "out", "pool", "weights", "per-query");
  private static final String QUERIES = "eval/related/queries.tsv";
  private static final String JUDGMENTS = "eval/related/judgments.tsv";

  private final Wiring wiring;

  EvalRelatedCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  int run(Args args, PrintStream out) throws IOException {
    String action = args.positional().isEmpty() ? "" : args.positional().get(0);
    Path judgmentsFile = Path.of(args.one("judgments", JUDGMENTS));
    return switch (action) {
      case "grades" -> grades(Path.of(required(args, "pool")), judgmentsFile, out);
      case "pool", "score" -> {
        Map<String, String> queries = queries(Path.of(args.one("queries", QUERIES)));
        Path index = Path.of(args.one("index", "index"));
        try (FSDirectory directory = FSDirectory.open(index)) {
          if (!DirectoryReader.indexExists(directory)) {
            throw new UsageException("no index at " + index + ": run 'index' first");
          }
          try (SearchService search = wiring.search(directory)) {
            if (action.equals("pool")) {
              Path file = Path.of(required(args, "out"));
              RelatedPool.write(
                  search, List.copyOf(queries.keySet()), args.integer("depth", 10), file, out);
            } else {
              RelatedScores.run(
                  search,
                  queries,
                  Judgments.read(judgmentsFile),
                  RelatedWeights.parse(args.one("weights", "")),
                  args.has("per-query"),
                  out);
            }
          }
        }
        yield 0;
      }
      default ->
          throw new UsageException(
              "eval-related needs pool, grades or score, not '" + action + "'");
    };
  }

  private static String required(Args args, String name) {
    String value = args.one(name, null);
    if (value == null) {
      throw new UsageException("eval-related needs --" + name);
    }
    return value;
  }

  /** Query keys and the set each belongs to ("v1", "v2"), in file order. */
  static Map<String, String> queries(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new UsageException("no query file " + file);
    }
    Map<String, String> queries = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      StatementKeys.start(cols[0]);
      queries.put(cols[0], cols.length > 1 ? cols[1].strip() : "");
    }
    return queries;
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
