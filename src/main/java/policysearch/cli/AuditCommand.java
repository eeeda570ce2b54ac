package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import policysearch.search.Audit;
import policysearch.search.SearchService;

/**
 * {@code audit --index DIR [--query Q] [--top N] [--pairs N]}: the top actors and speakers with
 * what looks wrong by shape, and the names that look alike but are apart, for a data editor.
 */
final class AuditCommand {
  private static final int MAX_TOP = 100;

  private final Wiring wiring;

  AuditCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  int run(Args args, PrintStream out) throws IOException {
    Path index = Path.of(args.one("index", "index"));
    String query = args.one("query", "");
    int top = args.integer("top", MAX_TOP);
    int maxPairs = args.integer("pairs", 40);
    if (top < 1 || top > MAX_TOP) {
      throw new UsageException("--top must be between 1 and " + MAX_TOP + ", not " + top);
    }
    try (FSDirectory directory = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IOException("no index at " + index + ": run 'index' first");
      }
      try (SearchService service =
          new SearchService(directory, wiring.schema(), wiring.extractor().taxonomy())) {
        print(service.audit().run(query, top), index, top, maxPairs, out);
      }
    }
    return 0;
  }

  private static void print(Audit.Report r, Path index, int top, int maxPairs, PrintStream out) {
    out.printf(
        "audit of %s, %s: %,d articles, %,d statements; %,d distinct actor names in the index%n",
        index,
        r.query().isEmpty() ? "whole index" : "query '" + r.query() + "'",
        r.articles(),
        r.statements(),
        r.names());
    section("actors", r.actors(), top, out);
    section("speakers", r.speakers(), top, out);
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

  private static void section(String what, List<Audit.Entry> entries, int top, PrintStream out) {
    long flagged = entries.stream().filter(e -> !e.flags().isEmpty()).count();
    out.printf("%ntop %d %s: %d look wrong%n", Math.min(top, entries.size()), what, flagged);
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
