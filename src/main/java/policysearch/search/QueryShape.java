package policysearch.search;

import java.util.regex.Pattern;

/**
 * Whether a query is plain words, which may be matched by meaning, or uses the query syntax (quoted
 * phrases, AND/OR/NOT, {@code -word}, {@code field:}, wildcards, brackets), whose exact lexical
 * meaning must be kept.
 */
public final class QueryShape {
  private static final Pattern SYNTAX =
      Pattern.compile("[\"():*?~^\\[\\]{}\\\\/]|(^|\\s)[-+!]|\\b(AND|OR|NOT)\\b|&&|\\|\\|");

  private QueryShape() {}

  /** True for words only: "fentanyl from China", not {@code "fentanyl" AND china}. */
  static boolean plain(String query) {
    return !query.isBlank() && !SYNTAX.matcher(query).find();
  }

  /**
   * The mode a statement query runs in: as asked, or by default hybrid for plain words and lexical
   * otherwise; meaning cannot be asked of query syntax.
   */
  public static RetrievalMode resolve(String query, RetrievalMode asked) {
    if (query.isBlank()) {
      return RetrievalMode.LEXICAL; // no text: every statement, newest first
    }
    if (asked == null) {
      return plain(query) ? RetrievalMode.HYBRID : RetrievalMode.LEXICAL;
    }
    if (asked != RetrievalMode.LEXICAL && !plain(query)) {
      throw new InvalidRequestException(
          "mode="
              + asked.name().toLowerCase(java.util.Locale.ROOT)
              + " needs plain words: quoted phrases, AND/OR/NOT, -word, field: and wildcards"
              + " match exactly, with mode=lexical");
    }
    return asked;
  }
}
