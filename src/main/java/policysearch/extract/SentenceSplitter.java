package policysearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences at {@code . ! ?} followed by a space and an upper-case letter or a
 * quote, and at paragraph breaks — but not after abbreviations such as "Gen." or "U.S.", which
 * {@code java.text.BreakIterator} would split.
 */
final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Capt", "Adm", "Sen", "Rep", "Gov",
          "St", "Jr", "Sr", "No", "Vol", "Inc", "Ltd", "Co", "Corp", "Hon", "Amb", "Sgt", "Cpl",
          "Pvt", "Rev", "Prof", "Mt", "Ft", "vs", "etc", "e.g", "i.e");

  private SentenceSplitter() {}

  /** Sentence boundaries as {@code [start, end)} character ranges, whitespace trimmed. */
  static List<int[]> split(String text) {
    List<int[]> sentences = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean paragraph = c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n';
      if (paragraph || (c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
        int end = paragraph ? i : closingQuoteEnd(text, i + 1);
        add(sentences, text, start, end);
        start = end;
      }
    }
    add(sentences, text, start, n);
    return sentences;
  }

  private static boolean endsSentence(String text, int dot) {
    int next = closingQuoteEnd(text, dot + 1);
    if (next >= text.length()) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(next))) {
      return false;
    }
    int after = next;
    while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    if (after >= text.length()) {
      return true;
    }
    char first = text.charAt(after);
    boolean opensSentence =
        Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'(".indexOf(first) >= 0;
    return opensSentence && !(text.charAt(dot) == '.' && abbreviationBefore(text, dot));
  }

  private static boolean abbreviationBefore(String text, int dot) {
    int start = dot;
    while (start > 0
        && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
      start--;
    }
    String word = text.substring(start, dot);
    return ABBREVIATIONS.contains(word)
        || word.length() == 1 && Character.isUpperCase(word.charAt(0))
        || word.contains(".") && word.length() <= 4;
  }

  private static int closingQuoteEnd(String text, int i) {
    while (i < text.length() && "\"”’')".indexOf(text.charAt(i)) >= 0) {
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
