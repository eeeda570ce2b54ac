package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import policysearch.search.LuceneBackend;
import policysearch.search.RelatedStatement;
import policysearch.search.RelatedWeights;
import policysearch.search.RetrievalMode;
import policysearch.search.StatementHit;

/**
 * Precision at 10 (grade 2; grade 1 or 2) and nDCG at 10 (gain 2^grade - 1) of each method's
 * related statements against graded judgments; unjudged results count as grade 0, and how many
 * there were is reported so that a ranking that drifted from the judged pool shows.
 */
final class RelatedScores {
  static final int AT = 10;

  /** The figures of one method on one query. */
  record Score(double specific, double topic, double ndcg, int unjudged, int bySpeaker) {
    /** This score, counting the results that share a speaker (by name) with {@code query}. */
    Score bySpeakerOf(StatementHit query, List<RelatedStatement> related) {
      Set<String> names = new HashSet<>();
      query.speakers().forEach(a -> names.add(a.name()));
      int same =
          (int)
              related.stream()
                  .limit(AT)
                  .filter(
                      r ->
                          r.statement().speakers().stream().anyMatch(a -> names.contains(a.name())))
                  .count();
      return new Score(specific, topic, ndcg, unjudged, same);
    }
  }

  private RelatedScores() {}

  /** Scores every method on every query found; prints per query, per set and overall means. */
  static void run(
      LuceneBackend search,
      Map<String, String> queries,
      Judgments judgments,
      RelatedWeights weights,
      boolean perQuery,
      PrintStream out)
      throws IOException {
    Map<RetrievalMode, Map<String, Score>> scores = new LinkedHashMap<>();
    for (RetrievalMode mode : RetrievalMode.values()) {
      scores.put(mode, new LinkedHashMap<>());
    }
    for (String key : queries.keySet()) {
      Optional<StatementHit> query = StatementKeys.find(search, key);
      if (query.isEmpty()) {
        out.println("not a statement in this index: " + key);
        continue;
      }
      if (judgments.count(key) == 0) {
        out.println("not judged: " + key);
        continue;
      }
      for (RetrievalMode mode : RetrievalMode.values()) {
        List<RelatedStatement> related =
            search
                .relatedStatements(query.get().id(), AT, null, null, List.of(), mode, weights)
                .related();
        Score score =
            score(judgments, key, related.stream().map(RelatedStatement::statement).toList())
                .bySpeakerOf(query.get(), related);
        scores.get(mode).put(key, score);
        if (perQuery) {
          out.printf(Locale.ROOT, "%-36s %-8s %s%n", key, mode, line(score));
        }
      }
    }
    List<String> sets = new ArrayList<>(new java.util.TreeSet<>(queries.values()));
    sets.add("all");
    out.printf(
        Locale.ROOT,
        "%-8s %-8s %7s %12s %14s %9s %9s %10s%n",
        "set",
        "method",
        "queries",
        "P@10 grade 2",
        "P@10 grade>=1",
        "nDCG@10",
        "unjudged",
        "by speaker");
    for (String set : sets) {
      for (RetrievalMode mode : RetrievalMode.values()) {
        List<Score> in =
            scores.get(mode).entrySet().stream()
                .filter(e -> set.equals("all") || set.equals(queries.get(e.getKey())))
                .map(Map.Entry::getValue)
                .toList();
        out.printf(
            Locale.ROOT,
            "%-8s %-8s %7d %12.3f %14.3f %9.3f %9d %10d%n",
            set,
            mode.name().toLowerCase(Locale.ROOT),
            in.size(),
            in.stream().mapToDouble(Score::specific).average().orElse(0),
            in.stream().mapToDouble(Score::topic).average().orElse(0),
            in.stream().mapToDouble(Score::ndcg).average().orElse(0),
            in.stream().mapToInt(Score::unjudged).sum(),
            in.stream().mapToInt(Score::bySpeaker).sum());
      }
    }
  }

  /** The figures of one ranked list. */
  static Score score(Judgments judgments, String query, List<StatementHit> related) {
    int specific = 0;
    int topic = 0;
    int unjudged = 0;
    double dcg = 0;
    for (int i = 0; i < Math.min(AT, related.size()); i++) {
      Integer grade = judgments.grade(query, related.get(i));
      int g = grade == null ? 0 : grade;
      unjudged += grade == null ? 1 : 0;
      specific += g == 2 ? 1 : 0;
      topic += g >= 1 ? 1 : 0;
      dcg += gain(g) / log2(i + 2);
    }
    List<Integer> ideal =
        judgments.grades(query).stream().sorted(java.util.Comparator.reverseOrder()).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(AT, ideal.size()); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return new Score(
        specific / (double) AT, topic / (double) AT, idcg == 0 ? 0 : dcg / idcg, unjudged, 0);
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private static String line(Score s) {
    return String.format(
        Locale.ROOT,
        "P@10(2)=%.1f P@10(>=1)=%.1f nDCG@10=%.3f unjudged=%d by-speaker=%d",
        s.specific(),
        s.topic(),
        s.ndcg(),
        s.unjudged(),
        s.bySpeaker());
  }
}
