package policysearch.extract;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Lines whose capitals say little about names: wire headlines in capitals ("PRESIDENT REAGAN SAYS
 * ..."), which are read in title case, and title-case headlines ("Jake Sullivan Previewing the
 * Trip"), where every word is capitalised and a name must show more than its capital to be one.
 */
final class Headlines {
  /** Words of this length or more decide whether a line is in title case ("of", "the" do not). */
  private static final int DECIDING_LENGTH = 4;

  private static final double TITLE_CASE_SHARE = 0.8;

  /** "President Joseph R. Biden, Jr." keeps a headline's comma. */
  private static final java.util.Set<String> SUFFIX_AFTER_COMMA = java.util.Set.of("Jr", "Sr");

  private final Gazetteer gazetteer;

  Headlines(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The text with every line in capitals written in title case, acronyms kept ("EC", "OPEC",
   * "U.S.", "BHP"); same length and offsets as {@code text}.
   */
  String normalise(String text) {
    char[] out = null;
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      if (inCapitals(text, lineStart, lineEnd)) {
        out = out == null ? text.toCharArray() : out;
        titleCase(text, lineStart, lineEnd, out);
      }
      lineStart = lineEnd + 1;
    }
    return out == null ? text : new String(out);
  }

  /** The tokens that stand on title-case lines. */
  static BitSet titleCaseTokens(String text, List<Token> tokens) {
    BitSet headline = new BitSet(tokens.size());
    int first = 0;
    while (first < tokens.size()) {
      int last = first + 1;
      while (last < tokens.size() && !NameScanner.lineBreakBefore(text, tokens, last)) {
        last++;
      }
      if (inTitleCase(tokens, first, last)) {
        headline.set(first, last);
      }
      first = last;
    }
    return headline;
  }

  /**
   * Most long words capitalised, no full stop at the end as a sentence would have, and no comma but
   * before "Jr.": "Samantha Power, Administrator of USAID" is a list's line, not a headline.
   */
  private static boolean inTitleCase(List<Token> tokens, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (tokens.get(i).text().equals(",")
          && !SUFFIX_AFTER_COMMA.contains(tokens.get(i + 1).text())) {
        return false;
      }
    }
    if (tokens.get(to - 1).text().equals(".")
        && to - from > 2
        && tokens.get(to - 2).text().length() > 2) {
      return false;
    }
    int deciding = 0;
    int capitalised = 0;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.word()
          && t.text().length() >= DECIDING_LENGTH
          && Character.isLetter(t.text().charAt(0))) {
        deciding++;
        capitalised += t.capitalized() ? 1 : 0;
      }
    }
    return deciding >= 2 && capitalised >= TITLE_CASE_SHARE * deciding;
  }

  /** True for a line with at least two words of two letters or more and no lower-case letter. */
  private static boolean inCapitals(String text, int from, int to) {
    int words = 0;
    int run = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        run++;
      } else {
        words += run >= 2 ? 1 : 0;
        run = 0;
      }
    }
    return words + (run >= 2 ? 1 : 0) >= 2;
  }

  private void titleCase(String text, int from, int to, char[] out) {
    int i = from;
    while (i < to) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < to && Character.isLetterOrDigit(text.charAt(end))) {
        end++;
      }
      String word = text.substring(i, end);
      String lower = word.toLowerCase(Locale.ROOT);
      if (i > from && gazetteer.isHeadlineSmallWord(lower)) {
        lower.getChars(0, lower.length(), out, i);
      } else if (!isAcronym(word)) {
        for (int k = i + 1; k < end; k++) {
          out[k] = Character.toLowerCase(text.charAt(k));
        }
      }
      i = end;
    }
  }

  /**
   * An acronym stays in capitals: a single letter, a word with a digit or without vowel ("BHP", not
   * "JR"), or a known name that is no common word ("EC", "GATT"; not "WHO" in "WHO WILL PAY").
   */
  private boolean isAcronym(String word) {
    if (word.length() == 1 || word.chars().anyMatch(Character::isDigit)) {
      return true;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0)
        && !gazetteer.isNameSuffix(word.charAt(0) + lower.substring(1))) {
      return true;
    }
    PhraseTrie.Match<Gazetteer.Entry> known = gazetteer.actorAt(List.of(new Token(word, 0, 0)), 0);
    return known != null
        && (!gazetteer.isCommonWord(lower) || known.value().type() == ActorType.COUNTRY);
  }
}
