package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import policysearch.search.LuceneBackend;
import policysearch.search.RelatedCandidates;
import policysearch.search.RelatedWeights;
import policysearch.search.RetrievalMode;
import policysearch.search.StatementHit;

/**
 * Fits the hybrid ranking's weights on one group of judged queries (the tuning half) and reports
 * them on the others, so that no figure is only measured on what it was fitted to. Each query's
 * candidates are found once; every weighting of a grid then ranks the same candidates. The fit
 * maximises mean nDCG@10, then P@10 of grade 2.
 */
final class RelatedTuning {
  private static final double[] SIMILARITY = {1, 0.5};
  private static final double[] COVERAGE = {0.25, 0.5, 0.75, 1};
  private static final double[] PHRASE = {0, 0.15};
  private static final double[] ACTOR = {0, 0.05, 0.1};
  private static final double[] TOPIC = {0, 0.05};
  private static final double[] RARE = {0, 0.1, 0.2};
  private static final double[] CONTEXT = {0, 0.25};
  private static final double[] MATTER = {0, 0.2};
  private static final double[] FAMILY = {0, 0.1, 0.2, 0.4};

  /** Weight and decay (days) of being said close in time: none, within weeks, within months. */
  private static final double[][] DATE = {{0, 30}, {0.05, 14}, {0.05, 60}, {0.1, 30}, {0.2, 7}};

  private RelatedTuning() {}

  /** The best weights on group {@code fit}, and their figures on every group. */
  static void run(
      LuceneBackend search,
      Map<String, String> queries,
      Judgments judgments,
      int depth,
      String fit,
      PrintStream out)
      throws IOException {
    Map<String, RelatedCandidates> candidates = new LinkedHashMap<>();
    for (String key : queries.keySet()) {
      Optional<StatementHit> query = StatementKeys.find(search, key);
      if (query.isPresent() && judgments.count(key) > 0) {
        candidates.put(key, search.relatedCandidates(query.get().id(), depth));
      }
    }
    List<String> sets = new ArrayList<>(new TreeSet<>(queries.values()));
    List<RelatedWeights> grid = grid();
    out.printf(Locale.ROOT, "%d queries, %d weightings%n", candidates.size(), grid.size());
    RelatedWeights best = RelatedWeights.DEFAULT;
    double[] bestFit = mean(candidates, queries, judgments, best, fit);
    for (RelatedWeights weights : grid) {
      double[] figures = mean(candidates, queries, judgments, weights, fit);
      if (figures[2] > bestFit[2] || (figures[2] == bestFit[2] && figures[0] > bestFit[0])) {
        best = weights;
        bestFit = figures;
      }
    }
    out.println("fitted on " + fit + ": " + best);
    for (String set : with(sets, "all")) {
      out.printf(
          Locale.ROOT,
          "  %-8s ceiling  P@10 grade 2 %.3f (the best order of these candidates as judged)%n",
          set,
          ceiling(candidates, queries, judgments, set));
      print(out, set, "shipped", mean(candidates, queries, judgments, RelatedWeights.DEFAULT, set));
      print(out, set, "fitted", mean(candidates, queries, judgments, best, set));
    }
  }

  private static List<RelatedWeights> grid() {
    List<RelatedWeights> grid = new ArrayList<>();
    for (double similarity : SIMILARITY) {
      for (double coverage : COVERAGE) {
        for (double phrase : PHRASE) {
          for (double actor : ACTOR) {
            for (double topic : TOPIC) {
              for (double rare : RARE) {
                for (double[] date : DATE) {
                  for (double context : CONTEXT) {
                    for (double matter : MATTER) {
                      for (double family : FAMILY) {
                        grid.add(
                            new RelatedWeights(
                                similarity,
                                coverage,
                                phrase,
                                actor,
                                topic,
                                rare,
                                date[0],
                                date[1],
                                context,
                                matter,
                                family));
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return grid;
  }

  /** Mean P@10 (grade 2), P@10 (grade >= 1), nDCG@10 and total unjudged over {@code set}. */
  private static double[] mean(
      Map<String, RelatedCandidates> candidates,
      Map<String, String> queries,
      Judgments judgments,
      RelatedWeights weights,
      String set) {
    double[] sum = new double[4];
    int n = 0;
    for (Map.Entry<String, RelatedCandidates> e : candidates.entrySet()) {
      if (!set.equals("all") && !set.equals(queries.get(e.getKey()))) {
        continue;
      }
      List<StatementHit> ranked =
          e.getValue().ranking(RetrievalMode.HYBRID, weights, RelatedScores.AT);
      RelatedScores.Score score = RelatedScores.score(judgments, e.getKey(), ranked);
      sum[0] += score.specific();
      sum[1] += score.topic();
      sum[2] += score.ndcg();
      sum[3] += score.unjudged();
      n++;
    }
    return new double[] {sum[0] / n, sum[1] / n, sum[2] / n, sum[3]};
  }

  /**
   * The P@10 of grade 2 a perfect order of the candidates would reach: what re-ranking can gain
   * before more of them are judged.
   */
  private static double ceiling(
      Map<String, RelatedCandidates> candidates,
      Map<String, String> queries,
      Judgments judgments,
      String set) {
    double sum = 0;
    int n = 0;
    for (Map.Entry<String, RelatedCandidates> e : candidates.entrySet()) {
      if (!set.equals("all") && !set.equals(queries.get(e.getKey()))) {
        continue;
      }
      long specific =
          e
              .getValue()
              .ranking(RetrievalMode.HYBRID, RelatedWeights.DEFAULT, Integer.MAX_VALUE)
              .stream()
              .filter(hit -> Integer.valueOf(2).equals(judgments.grade(e.getKey(), hit)))
              .count();
      sum += Math.min(RelatedScores.AT, specific) / (double) RelatedScores.AT;
      n++;
    }
    return sum / n;
  }

  private static List<String> with(List<String> sets, String all) {
    List<String> with = new ArrayList<>(sets);
    with.add(all);
    return with;
  }

  private static void print(PrintStream out, String set, String weights, double[] f) {
    out.printf(
        Locale.ROOT,
        "  %-8s %-8s P@10 grade 2 %.3f  grade>=1 %.3f  nDCG@10 %.3f  unjudged %d%n",
        set,
        weights,
        f[0],
        f[1],
        f[2],
        (int) f[3]);
  }
}
