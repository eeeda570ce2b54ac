package policysearch.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import policysearch.index.Schema;

/**
 * The candidates of one source's related statements, found by words and by meaning, with what each
 * shares with the source: ranking them is cheap, so that the weights can be fitted against
 * judgments by ranking the same candidates many ways.
 */
public final class RelatedCandidates {
  final Candidate source;
  final Aboutness about;
  final List<Candidate> candidates;

  RelatedCandidates(Candidate source, Aboutness about, List<Candidate> candidates) {
    this.source = source;
    this.about = about;
    this.candidates = candidates;
  }

  /** The best {@code size}, ranked the {@code mode} way, repeats folded into the first copy. */
  List<NearDuplicates.Kept> rank(RetrievalMode mode, RelatedWeights weights, int size) {
    List<Candidate> ranked = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      // A lexical ranking holds only what the words found; a semantic one, the nearest vectors.
      if ((mode != RetrievalMode.LEXICAL || c.foundByWords())
          && (mode != RetrievalMode.SEMANTIC || c.foundByMeaning)) {
        ranked.add(c);
      }
    }
    ranked.sort(order(mode, weights));
    return NearDuplicates.collapse(ranked, source, size);
  }

  /**
   * Like {@link #rank}, as statements (plain text, repeats in {@code alsoIn}), for evaluation
   * tools; every candidate's stored fields were read when it was found.
   */
  public List<StatementHit> ranking(RetrievalMode mode, RelatedWeights weights, int size) {
    return rank(mode, weights, size).stream()
        .map(
            k ->
                StatementService.hit(k.candidate().stored, k.candidate().stored.get(Schema.BODY))
                    .withAlsoIn(alsoIn(k)))
        .toList();
  }

  /** The other articles {@code kept}'s repeats come from, each once, with their dates. */
  static List<Occurrence> alsoIn(NearDuplicates.Kept kept) {
    String article = kept.candidate().stored.get(Schema.ARTICLE_ID);
    List<Occurrence> also = new ArrayList<>();
    for (Candidate repeat : kept.repeats()) {
      Occurrence other =
          new Occurrence(
              repeat.stored.get(Schema.ARTICLE_ID), LocalDate.ofEpochDay(repeat.day).toString());
      if (!Objects.equals(article, other.articleId()) && !also.contains(other)) {
        also.add(other);
      }
    }
    return List.copyOf(also);
  }

  /**
   * Best first by the mode's score; ties (a statement and its repeats) earliest first, so the
   * original is shown and its repeats listed.
   */
  private static Comparator<Candidate> order(RetrievalMode mode, RelatedWeights weights) {
    return Comparator.comparingDouble((Candidate c) -> -c.score(mode, weights))
        .thenComparingLong(c -> c.day)
        .thenComparingInt(c -> c.doc);
  }
}
