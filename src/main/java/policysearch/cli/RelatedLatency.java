package policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import policysearch.search.LuceneBackend;
import policysearch.search.RelatedWeights;
import policysearch.search.RetrievalMode;
import policysearch.search.SearchRequest;
import policysearch.search.SortOrder;
import policysearch.search.StatementHit;
import policysearch.search.StatementRequest;

/**
 * Times related statements in the service (no HTTP) for a seeded sample of statements, each mode in
 * turn per statement, after unmeasured calls on other statements: a quick check of a ranking change
 * against the budget without the whole {@code bench}, which re-indexes every corpus.
 */
final class RelatedLatency {
  private static final int RELATED = 10;

  private RelatedLatency() {}

  /** Times {@code count} sampled statements after {@code warmUp} others; prints percentiles. */
  static void run(
      LuceneBackend search,
      int count,
      int warmUp,
      long seed,
      RelatedWeights weights,
      PrintStream out)
      throws IOException {
    List<String> ids = sample(search, count + warmUp, new Random(seed));
    RetrievalMode[] modes = RetrievalMode.values();
    List<List<Long>> nanos = new ArrayList<>();
    for (int m = 0; m < modes.length; m++) {
      nanos.add(new ArrayList<>());
    }
    for (int i = 0; i < ids.size(); i++) {
      for (int m = 0; m < modes.length; m++) {
        long t = System.nanoTime();
        search.relatedStatements(ids.get(i), RELATED, null, null, List.of(), modes[m], weights);
        if (i >= warmUp) {
          nanos.get(m).add(System.nanoTime() - t);
        }
      }
    }
    out.printf(Locale.ROOT, "%d statements timed after %d others (service time)%n", count, warmUp);
    for (int m = 0; m < modes.length; m++) {
      long[] sorted = nanos.get(m).stream().mapToLong(Long::longValue).sorted().toArray();
      out.printf(
          Locale.ROOT,
          "%-8s p50 %.1f ms  p95 %.1f ms  p99 %.1f ms%n",
          modes[m].name().toLowerCase(Locale.ROOT),
          rank(sorted, 0.50),
          rank(sorted, 0.95),
          rank(sorted, 0.99));
    }
  }

  /**
   * {@code count} statements drawn at random (seeded) from those an empty statement search can page
   * to (the first {@value SearchRequest#MAX_WINDOW}), each used again if there are fewer.
   */
  private static List<String> sample(LuceneBackend search, int count, Random random)
      throws IOException {
    List<String> all = new ArrayList<>();
    int size = SearchRequest.MAX_SIZE;
    for (int page = 1; page * size <= SearchRequest.MAX_WINDOW; page++) {
      SearchRequest listing =
          new SearchRequest("", List.of(), List.of(), null, null, SortOrder.RELEVANCE, page, size);
      List<StatementHit> hits = search.statements(new StatementRequest(listing, List.of())).hits();
      hits.forEach(hit -> all.add(hit.id()));
      if (hits.size() < size) {
        break;
      }
    }
    Collections.shuffle(all, random);
    List<String> ids = new ArrayList<>(count);
    for (int i = 0; i < count && !all.isEmpty(); i++) {
      ids.add(all.get(i % all.size()));
    }
    return ids;
  }

  private static double rank(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
  }
}
