package policysearch.extract;

import java.util.List;

/**
 * Companies as wire copy marks them: in angle brackets ("&lt;Sherwood Securities Corp&gt;") or
 * right before their ticker ("Supermarkets General &lt;SGL&gt;"); a ticker itself names no actor.
 */
final class WireCompanies {
  private static final int MAX_TOKENS = 16;
  private static final int MAX_TICKER_NAME = 6;

  private final Gazetteer gazetteer;

  WireCompanies(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * A company as wire copy marks it, in angle brackets ("&lt;Sherwood Securities Corp&gt;"): the
   * name starting at {@code from} right after a "&lt;", or null; tickers ("&lt;BTY.L&gt;") have no
   * lower-case letter and are no name.
   */
  PhraseTrie.Match<String> bracketed(String text, List<Token> tokens, int from) {
    if (from == 0 || !tokens.get(from - 1).text().equals("<") || !tokens.get(from).capitalized()) {
      return null;
    }
    boolean lowerCase = false;
    for (int k = from; k < Math.min(tokens.size(), from + MAX_TOKENS); k++) {
      if (k > from && NameScanner.lineBreakBefore(text, tokens, k)) {
        return null;
      }
      String word = tokens.get(k).text();
      if (word.equals(">")) {
        return lowerCase && k > from
            ? new PhraseTrie.Match<>(NameScanner.span(text, tokens, from, k), from, k)
            : null;
      }
      lowerCase |= word.chars().anyMatch(Character::isLowerCase);
    }
    return null;
  }

  /**
   * A company as wire copy names it before its ticker ("Supermarkets General &lt;SGL&gt;", "First
   * Interstate Bancorp &lt;I&gt;"): capitalised words from {@code from} up to a bracketed ticker on
   * the same line, or null.
   */
  PhraseTrie.Match<String> beforeTicker(String text, List<Token> tokens, int from) {
    if (!tokens.get(from).capitalized()
        || !tokens.get(from).word()
        || !runStart(text, tokens, from)
        || gazetteer.isOrgHead(tokens.get(from).text())) {
      return null;
    }
    int k = from;
    while (k < Math.min(tokens.size(), from + MAX_TICKER_NAME)
        && (tokens.get(k).capitalized() || tokens.get(k).text().equals("&"))
        && (k == from || !NameScanner.lineBreakBefore(text, tokens, k))) {
      k++;
    }
    if (k == from || k >= tokens.size() || !isTicker(tokens, k)) {
      return null;
    }
    return new PhraseTrie.Match<>(NameScanner.span(text, tokens, from, k), from, k);
  }

  /**
   * True when a name may start at {@code from}: first on its line, or after a lower-case word or a
   * comma, colon or bracket — not inside "Royal Dutch/Shell Group".
   */
  private static boolean runStart(String text, List<Token> tokens, int from) {
    if (from == 0 || NameScanner.lineBreakBefore(text, tokens, from)) {
      return true;
    }
    Token before = tokens.get(from - 1);
    return before.word() ? !before.capitalized() : ",;:(\"“".contains(before.text());
  }

  /** The index after a ticker in angle brackets at {@code k} ("&lt;UN.AS&gt;"), or {@code k}. */
  static int tickerEnd(List<Token> tokens, int k) {
    if (!isTicker(tokens, k)) {
      return k;
    }
    int j = k + 1;
    while (!tokens.get(j).text().equals(">")) {
      j++;
    }
    return j + 1;
  }

  /**
   * "&lt;SGL&gt;", "&lt;BTY.L&gt;": a bracket, capitals, dots and digits, and its closing bracket.
   */
  private static boolean isTicker(List<Token> tokens, int k) {
    if (!tokens.get(k).text().equals("<")) {
      return false;
    }
    for (int j = k + 1; j < Math.min(tokens.size(), k + 5); j++) {
      String t = tokens.get(j).text();
      if (t.equals(">")) {
        return j > k + 1;
      }
      if (t.chars().anyMatch(Character::isLowerCase)) {
        return false;
      }
    }
    return false;
  }
}
