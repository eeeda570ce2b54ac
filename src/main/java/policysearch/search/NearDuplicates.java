package policysearch.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import policysearch.index.Schema;

/**
 * The same statement repeated in several articles (wire repeats, a readout and its fact sheet): two
 * statements are one if their words are the same (the index's quote key) or nearly so (four in five
 * of their distinct stems shared), so a list shows each once.
 */
final class NearDuplicates {
  private static final double MIN_OVERLAP = 0.8;

  /** A candidate kept in a list, with the other articles its repeats came from. */
  record Kept(Candidate candidate, List<Occurrence> alsoIn) {}

  private NearDuplicates() {}

  /** Whether {@code a} and {@code b} say the same thing word for word, or nearly. */
  static boolean same(Candidate a, Candidate b) {
    String keyA = a.stored.get(Schema.QUOTE_KEY);
    if (keyA != null && keyA.equals(b.stored.get(Schema.QUOTE_KEY))) {
      return true;
    }
    Set<String> wordsA = words(a);
    Set<String> wordsB = words(b);
    Set<String> shared = new HashSet<>(wordsA);
    shared.retainAll(wordsB);
    int union = wordsA.size() + wordsB.size() - shared.size();
    return union > 0 && shared.size() >= MIN_OVERLAP * union;
  }

  private static Set<String> words(Candidate c) {
    Set<String> words = new HashSet<>(c.tokens.stems());
    words.remove(null);
    return words;
  }

  /**
   * The first {@code limit} of {@code ranked} with each repeat folded into the best-ranked copy
   * (its article and date in that copy's {@code alsoIn}); repeats of {@code source} itself are
   * dropped, as they are not someone else saying something like it.
   */
  static List<Kept> collapse(List<Candidate> ranked, Candidate source, int limit) {
    List<Kept> kept = new ArrayList<>();
    for (Candidate candidate : ranked) {
      if (same(candidate, source)) {
        continue;
      }
      Kept first =
          kept.stream().filter(k -> same(k.candidate(), candidate)).findFirst().orElse(null);
      if (first == null) {
        if (kept.size() < limit) {
          kept.add(new Kept(candidate, new ArrayList<>()));
        }
      } else {
        Occurrence also = new Occurrence(articleOf(candidate), Schema.date(candidate.stored));
        if (!Objects.equals(articleOf(first.candidate()), also.articleId())
            && !first.alsoIn().contains(also)) {
          first.alsoIn().add(also);
        }
      }
    }
    return kept;
  }

  private static String articleOf(Candidate c) {
    return c.stored.get(Schema.ARTICLE_ID);
  }
}
