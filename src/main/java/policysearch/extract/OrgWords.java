package policysearch.extract;

import java.util.List;

/**
 * The words of an organisation's name as tokens: where a word ends (abbreviations' dots,
 * hyphen-joined parts, "Co-operation"), which words are heads ({@code org-heads.txt}), and whether
 * a head lies ahead among the capitalised words.
 */
final class OrgWords {
  private final Gazetteer gazetteer;

  OrgWords(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Skips an abbreviation's dot ("U.S.", "John D. and") and hyphen-joined parts ("Biden-Harris");
   * not after a head ("Inc.").
   */
  int wordEnd(List<Token> tokens, int i) {
    if (head(tokens, i)) {
      return i + 1; // "Safeway Stores Inc. The …": a head's full stop may end the sentence
    }
    int next = i + 1;
    if (tokens.get(i).capitalized()
        && tokens.get(i).text().length() <= 2
        && hyphenAfter(tokens, i)
        && next + 1 < tokens.size()
        && tokens.get(next + 1).start() == tokens.get(next).end()
        && tokens.get(next + 1).word()) {
      next += 2; // "Co-operation": a prefix and its word
    }
    while (next + 1 < tokens.size()
        && tokens.get(next).start() == tokens.get(next - 1).end()
        && (tokens.get(next).text().equals(".") || tokens.get(next).text().equals("-"))
        && tokens.get(next + 1).start() == tokens.get(next).end()
        && tokens.get(next + 1).capitalized()) {
      next += 2;
    }
    if (next < tokens.size()
        && tokens.get(next).text().equals(".")
        && tokens.get(next).start() == tokens.get(next - 1).end()
        && (tokens.get(next - 1).text().length() == 1
            || tokens.get(next - 1).text().length() <= 3
                && next + 1 < tokens.size()
                && tokens.get(next + 1).capitalized())) {
      next++;
    }
    return next;
  }

  /** True when the capitalised words from {@code i} contain a head: "X Center and Y Magazine". */
  boolean headAhead(List<Token> tokens, int i, int limit) {
    for (int k = i; k < Math.min(limit, tokens.size()) && tokens.get(k).capitalized(); ) {
      if (head(tokens, k)) {
        return true;
      }
      k = wordEnd(tokens, k);
    }
    return false;
  }

  /**
   * A head word, but not a short one that is a prefix ("Co" of "Co-operation", "Co-Chair"); a
   * longer head keeps its hyphen ("Federal Housing Administration-insured").
   */
  boolean head(List<Token> tokens, int i) {
    String word = tokens.get(i).text();
    return gazetteer.isOrgHead(word) && !(word.length() <= 2 && hyphenAfter(tokens, i));
  }

  /** The lower-case word of "Co-operation", after a short capitalised prefix and its hyphen. */
  static boolean prefixed(List<Token> tokens, int i) {
    return tokens.get(i - 2).capitalized()
        && tokens.get(i - 2).text().length() <= 2
        && hyphenAfter(tokens, i - 2)
        && tokens.get(i - 1).end() == tokens.get(i).start();
  }

  private static boolean hyphenAfter(List<Token> tokens, int i) {
    return i + 1 < tokens.size()
        && tokens.get(i + 1).text().equals("-")
        && tokens.get(i + 1).start() == tokens.get(i).end();
  }

  /**
   * After a possessive's "'s" ("Mary's Center", "America's Urban Families") or a plural's
   * apostrophe ("Veterans' Affairs") glued to the word ending at {@code i}, when a capitalised word
   * follows: the index of that word; else {@code i}.
   */
  static int possessiveEnd(List<Token> tokens, int i) {
    if (i + 2 >= tokens.size()
        || !tokens.get(i).text().equals("'")
        || tokens.get(i).start() != tokens.get(i - 1).end()) {
      return i;
    }
    Token s = tokens.get(i + 1);
    if (s.text().equals("s") && s.start() == tokens.get(i).end()) {
      return i + 3 < tokens.size() && tokens.get(i + 2).capitalized() ? i + 2 : i;
    }
    return tokens.get(i - 1).text().endsWith("s") && s.capitalized() && s.word() ? i + 1 : i;
  }

  /** A capitalised word, or a number ("Group of 77"), at {@code i} or after a "the" there. */
  static boolean capitalisedAfter(List<Token> tokens, int i) {
    int at = i < tokens.size() && tokens.get(i).text().equals("the") ? i + 1 : i;
    return at < tokens.size()
        && tokens.get(at).word()
        && (tokens.get(at).capitalized() || isNumber(tokens.get(at)));
  }

  /** "on March 23": a capitalised word and a number after a connector are a date. */
  static boolean dateAfter(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && tokens.get(i).capitalized() && isNumber(tokens.get(i + 1));
  }

  static boolean isNumber(Token t) {
    return Character.isDigit(t.text().charAt(0));
  }
}
