package policysearch.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The same statement repeated in several articles (wire repeats, a readout and its fact sheet): two
 * statements are one if their words are the same (the index's quote key) or nearly so (four in five
 * of their distinct stems shared), so a list shows each once.
 */
final class NearDuplicates {
  private static final double MIN_OVERLAP = 0.8;

  /** A candidate kept in a list, with its repeats folded into it. */
  record Kept(Candidate candidate, List<Candidate> repeats) {}

  private NearDuplicates() {}

  /** Whether {@code a} and {@code b} say the same thing word for word, or nearly. */
  static boolean same(Candidate a, Candidate b) {
    if (a.quoteKey != null && a.quoteKey.equals(b.quoteKey)) {
      return true;
    }
    int[] x = a.distinctStems;
    int[] y = b.distinctStems;
    int shared = 0;
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] == y[j]) {
        shared++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = x.length + y.length - shared;
    return union > 0 && shared >= MIN_OVERLAP * union;
  }

  /**
   * The first {@code limit} of {@code ranked} with each repeat folded into the best-ranked copy;
   * repeats of {@code source} itself are dropped, as they are not someone else saying something
   * like it.
   */
  static List<Kept> collapse(List<Candidate> ranked, Candidate source, int limit) {
    List<Kept> kept = new ArrayList<>();
    for (Candidate candidate : ranked) {
      if (same(candidate, source)) {
        continue;
      }
      Kept first = null;
      for (Kept k : kept) {
        if (same(k.candidate(), candidate)) {
          first = k;
          break;
        }
      }
      if (first != null) {
        first.repeats().add(candidate);
      } else if (kept.size() < limit) {
        kept.add(new Kept(candidate, new ArrayList<>()));
      }
    }
    return kept;
  }
}
