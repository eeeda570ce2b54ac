package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import policysearch.index.IndexDirectory;
import policysearch.search.Audit;
import policysearch.search.LuceneBackend;

/**
 * {@code audit [--index DIR] [--query Q] [--top N] [--pairs N]}: the top actors and speakers with
 * what looks wrong by shape, and the names that look alike but are apart, for a data editor.
 */
@Command(
    name = "audit",
    description =
        "Top actors and speakers with what looks wrong by shape, and names that look alike but are"
            + " apart: for reviewing entity resolution (docs/entities.md).")
final class AuditCommand implements Callable<Integer> {
  private static final int MAX_TOP = 100;

  @Mixin Options.Index index;

  @Option(
      names = "--query",
      paramLabel = "Q",
      defaultValue = "",
      description = "audit the articles and statements of this search (default: the whole index)")
  String query;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "100",
      description = "actors and speakers to look at, 1 to 100 (default: ${DEFAULT-VALUE})")
  int top;

  @Option(
      names = "--pairs",
      paramLabel = "N",
      defaultValue = "40",
      description = "look-alike pairs to print (default: ${DEFAULT-VALUE})")
  int pairs;

  private final Streams streams;

  AuditCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws IOException {
    if (top < 1 || top > MAX_TOP) {
      throw new UsageException("--top must be between 1 and " + MAX_TOP + ", not " + top);
    }
    if (pairs < 0) {
      throw new UsageException("--pairs must be 0 or more, not " + pairs);
    }
    Wiring wiring = Wiring.create();
    try (IndexDirectory directory = IndexDirectory.open(index.index);
        LuceneBackend service = wiring.search(directory)) {
      print(service.audit().run(query, top), index.index, pairs, streams.out());
    }
    return 0;
  }

  private static void print(Audit.Report r, Path index, int maxPairs, PrintStream out) {
    out.printf(
        "audit of %s, %s: %,d articles, %,d statements; %,d distinct actor names in the index%n",
        index,
        r.query().isEmpty() ? "whole index" : "query '" + r.query() + "'",
        r.articles(),
        r.statements(),
        r.names());
    section("actors", r.actors(), out);
    section("speakers", r.speakers(), out);
    out.printf("%nnames that look alike but are apart: %d%n", r.pairs().size());
    for (Audit.Pair p : r.pairs().subList(0, Math.min(maxPairs, r.pairs().size()))) {
      out.printf(
          "  %s (%,d) ~ %s (%,d)  %s: %s%n",
          p.a(), p.countA(), p.b(), p.countB(), p.type(), p.reason());
    }
    if (r.pairs().size() > maxPairs) {
      out.printf("  … %d more (--pairs N shows more)%n", r.pairs().size() - maxPairs);
    }
  }

  private static void section(String what, List<Audit.Entry> entries, PrintStream out) {
    long flagged = entries.stream().filter(e -> !e.flags().isEmpty()).count();
    out.printf("%ntop %d %s: %d look wrong%n", entries.size(), what, flagged);
    for (int i = 0; i < entries.size(); i++) {
      Audit.Entry e = entries.get(i);
      if (!e.flags().isEmpty()) {
        out.printf(
            "  #%-3d %s (%s, %,d): %s%n",
            i + 1, e.name(), e.type(), e.count(), String.join("; ", e.flags()));
      }
    }
  }
}
