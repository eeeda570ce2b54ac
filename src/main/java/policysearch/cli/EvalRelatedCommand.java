package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.store.FSDirectory;
import policysearch.search.RelatedStatement;
import policysearch.search.SearchService;
import policysearch.search.StatementHit;

/**
 * {@code eval-related --index DIR [--judgments FILE] [--pool N]}: precision@5 of related statements
 * against a judged set, or (with {@code --pool}) the top N candidates to judge. A statement is
 * named by its article id and start offset, which survive re-indexing.
 */
final class EvalRelatedCommand {
  private static final int AT = 5;
  private final Wiring wiring;

  EvalRelatedCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  int run(Args args, PrintStream out) throws IOException {
    Path judgments =
        Path.of(args.one("judgments", "src/main/resources/eval/related-statements.tsv"));
    int pool = args.integer("pool", 0);
    try (FSDirectory directory = FSDirectory.open(Path.of(args.one("index", "index")));
        SearchService search = wiring.search(directory)) {
      double sum = 0;
      int queries = 0;
      for (String line : Files.readAllLines(judgments)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        Optional<StatementHit> query = find(search, cols[0], Integer.parseInt(cols[1]));
        if (query.isEmpty()) {
          out.println("not found: " + cols[0] + "@" + cols[1]);
          continue;
        }
        List<RelatedStatement> related =
            search
                .relatedStatements(query.get().id(), Math.max(pool, AT), null, null, List.of())
                .related();
        if (pool > 0) {
          printPool(out, query.get(), related);
          continue;
        }
        Set<String> relevant =
            new HashSet<>(cols.length > 2 ? List.of(cols[2].split(",")) : List.of());
        long hits =
            related.stream().limit(AT).filter(r -> relevant.contains(key(r.statement()))).count();
        out.printf(Locale.ROOT, "%-40s P@5=%.2f%n", key(query.get()), hits / (double) AT);
        sum += hits / (double) AT;
        queries++;
      }
      if (pool == 0) {
        out.printf(
            Locale.ROOT,
            "mean precision@5 over %d statements: %.3f%n",
            queries,
            queries == 0 ? 0 : sum / queries);
      }
    }
    return 0;
  }

  private static Optional<StatementHit> find(SearchService search, String articleId, int start)
      throws IOException {
    return search
        .article(articleId)
        .flatMap(a -> a.statements().stream().filter(s -> s.start() == start).findFirst());
  }

  static String key(StatementHit hit) {
    return hit.articleId() + "@" + hit.start();
  }

  private static void printPool(
      PrintStream out, StatementHit query, List<RelatedStatement> related) {
    out.println("QUERY " + key(query) + " " + names(query) + ": " + plain(query.text()));
    for (RelatedStatement r : related) {
      out.println(
          "  "
              + key(r.statement())
              + " "
              + names(r.statement())
              + ": "
              + plain(r.statement().text()));
    }
  }

  private static String names(StatementHit hit) {
    return hit.speakers().stream().map(a -> a.name()).toList().toString();
  }

  private static String plain(String html) {
    return html.replaceAll("</?mark>", "")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}
