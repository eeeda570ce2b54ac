package policysearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences at {@code . ! ?} followed by a space and an upper-case letter or a
 * quote, and at paragraph breaks — but not after abbreviations such as "Gen." or "U.S." ({@code
 * statements/abbreviations.txt}), which {@code java.text.BreakIterator} would split.
 */
final class SentenceSplitter {
  private final Set<String> abbreviations;

  /** Loads the abbreviations through {@code resources}. */
  SentenceSplitter(Resources resources) {
    this.abbreviations = resources.wordSet("statements/abbreviations.txt");
  }

  /** Sentence boundaries of the whole text. */
  List<int[]> split(String text) {
    return split(text, 0, text.length());
  }

  /**
   * Sentence boundaries within {@code [from, to)} of {@code text} as {@code [start, end)} character
   * ranges, whitespace trimmed.
   */
  List<int[]> split(String text, int from, int to) {
    List<int[]> sentences = new ArrayList<>();
    int start = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean paragraph = c == '\n' && i + 1 < to && text.charAt(i + 1) == '\n';
      if (paragraph || (c == '.' || c == '!' || c == '?') && endsSentence(text, i, to)) {
        int end = paragraph ? i : closingQuoteEnd(text, i + 1, to);
        add(sentences, text, start, end);
        start = end;
      }
    }
    add(sentences, text, start, to);
    return sentences;
  }

  private boolean endsSentence(String text, int dot, int to) {
    int next = closingQuoteEnd(text, dot + 1, to);
    if (next >= to) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(next))) {
      return false;
    }
    int after = next;
    while (after < to && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    if (after >= to) {
      return true;
    }
    char first = text.charAt(after);
    boolean opensSentence =
        Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'(".indexOf(first) >= 0;
    return opensSentence && !(text.charAt(dot) == '.' && abbreviationBefore(text, dot));
  }

  private boolean abbreviationBefore(String text, int dot) {
    int start = dot;
    while (start > 0
        && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
      start--;
    }
    String word = text.substring(start, dot);
    return abbreviations.contains(word)
        || word.length() == 1 && Character.isUpperCase(word.charAt(0))
        || word.contains(".") && word.length() <= 4;
  }

  private static int closingQuoteEnd(String text, int i, int to) {
    while (i < to && "\"”’')".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static void add(List<int[]> sentences, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      sentences.add(new int[] {start, end});
    }
  }
}
