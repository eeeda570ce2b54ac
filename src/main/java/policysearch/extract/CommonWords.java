package policysearch.extract;

import java.util.Locale;

/** Tells whether a capitalised word is used as an ordinary word elsewhere in the same text. */
final class CommonWords {
  private CommonWords() {}

  /** True when {@code word} in lower case occurs in {@code text} as a whole word. */
  static boolean occursInLowerCase(String text, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals(word)) {
      return false;
    }
    for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
      int end = at + lower.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) {
        return true;
      }
    }
    return false;
  }
}
