package policysearch.search;

import java.util.Locale;

/**
 * How statements are found: by their words (BM25, MoreLikeThis), by meaning (nearest sentence
 * embeddings), or both fused and re-ranked by what they are about.
 */
public enum RetrievalMode {
  LEXICAL,
  SEMANTIC,
  HYBRID;

  /** The mode named {@code value} (any case); {@code fallback} when absent. */
  public static RetrievalMode parse(String value, RetrievalMode fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "mode must be lexical, semantic or hybrid, not '" + value + "'");
    }
  }
}
