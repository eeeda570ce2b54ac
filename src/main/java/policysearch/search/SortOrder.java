package policysearch.search;

import java.util.Locale;

/** How hits are ordered. */
public enum SortOrder {
  RELEVANCE,
  DATE;

  /** Parses "relevance" or "date"; null or empty means relevance. */
  public static SortOrder parse(String value) {
    if (value == null || value.isBlank()) {
      return RELEVANCE;
    }
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("sort must be 'relevance' or 'date', not '" + value + "'");
    }
  }
}
