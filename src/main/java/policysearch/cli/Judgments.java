package policysearch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import policysearch.search.Occurrence;
import policysearch.search.StatementHit;

/**
 * Graded judgments of related statements, keys and grades only (no corpus text): per query
 * statement, the candidates judged 2 (the same specific matter), 1 (the same broad topic) or 0
 * (neither). A result nobody judged counts as not relevant.
 */
final class Judgments {
  static final String HEADER =
      """
      # Graded judgments of related statements: query key, candidate key, candidate end offset, grade.
      # Keys are ARTICLE_ID@START in the White House corpus (whitehouse_briefings.jsonl.gz); grades:
      # 2 = the same specific matter, 1 = the same broad topic, 0 = neither. Judged blind from pools
      # of the top 10 of lexical, semantic and hybrid ranking (eval-related pool); unjudged = 0.
      """;

  /** One judged candidate. */
  record Judged(String key, int end, int grade) {}

  private final Map<String, Map<String, Judged>> byQuery;

  private Judgments(Map<String, Map<String, Judged>> byQuery) {
    this.byQuery = byQuery;
  }

  /** No judgments. */
  static Judgments empty() {
    return new Judgments(new TreeMap<>());
  }

  /** The judgments in {@code file}; none if it does not exist. */
  static Judgments read(Path file) throws IOException {
    Map<String, Map<String, Judged>> byQuery = new TreeMap<>();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 4) {
          throw new UsageException(file + ": expected 4 tab-separated columns in '" + line + "'");
        }
        put(byQuery, cols[0], new Judged(cols[1], Integer.parseInt(cols[2]), grade(cols[3])));
      }
    }
    return new Judgments(byQuery);
  }

  static int grade(String value) {
    String v = value.strip();
    if (!v.equals("0") && !v.equals("1") && !v.equals("2")) {
      throw new UsageException("a grade is 0, 1 or 2, not '" + value + "'");
    }
    return Integer.parseInt(v);
  }

  private static void put(Map<String, Map<String, Judged>> byQuery, String query, Judged judged) {
    byQuery.computeIfAbsent(query, q -> new TreeMap<>()).put(judged.key(), judged);
  }

  /** Adds (or replaces) one judgment. */
  void add(String query, Judged judged) {
    put(byQuery, query, judged);
  }

  /** Writes every judgment to {@code file}, sorted by query and candidate. */
  void write(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    byQuery.forEach(
        (query, judged) ->
            judged
                .values()
                .forEach(
                    j -> lines.add(query + "\t" + j.key() + "\t" + j.end() + "\t" + j.grade())));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, HEADER + String.join("\n", lines) + "\n");
  }

  /** How many candidates are judged for {@code query}. */
  int count(String query) {
    return byQuery.getOrDefault(query, Map.of()).size();
  }

  /** Every grade given for {@code query}, for the ideal ranking of nDCG. */
  List<Integer> grades(String query) {
    return byQuery.getOrDefault(query, Map.of()).values().stream().map(Judged::grade).toList();
  }

  /**
   * The grade of {@code result} for {@code query}, or null if unjudged: by key; else a judged
   * statement of the same article whose text overlaps the result's by half of the shorter; else a
   * judged copy the result stands for (its {@code also_in}).
   */
  Integer grade(String query, StatementHit result) {
    Map<String, Judged> judged = byQuery.getOrDefault(query, Map.of());
    Judged exact = judged.get(StatementKeys.key(result));
    if (exact != null) {
      return exact.grade();
    }
    for (Judged j : judged.values()) {
      if (StatementKeys.article(j.key()).equals(result.articleId())
          && overlaps(StatementKeys.start(j.key()), j.end(), result.start(), result.end())) {
        return j.grade();
      }
    }
    Map<String, Integer> copies = new LinkedHashMap<>();
    for (Judged j : judged.values()) {
      copies.merge(StatementKeys.article(j.key()), j.grade(), Math::max);
    }
    return result.alsoIn().stream()
        .map(Occurrence::articleId)
        .filter(copies::containsKey)
        .map(copies::get)
        .max(Integer::compare)
        .orElse(null);
  }

  private static boolean overlaps(int startA, int endA, int startB, int endB) {
    int overlap = Math.min(endA, endB) - Math.max(startA, startB);
    int shorter = Math.min(endA - startA, endB - startB);
    return shorter > 0 && overlap * 2 >= shorter;
  }
}
