package policysearch.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Lower-case words for cue matching: letters and digits, with apostrophes and hyphens kept inside a
 * word ("cyber-attack", "doesn't"); curly apostrophes fold to straight ones.
 */
final class Words {
  private Words() {}

  static String[] of(String text) {
    return of(text, 0, text.length());
  }

  /** The words of {@code text[start, end)}, without copying the range first. */
  static String[] of(String text, int start, int end) {
    List<String> words = new ArrayList<>((end - start) / 6 + 1);
    StringBuilder word = new StringBuilder(24);
    int n = end;
    for (int i = start; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else if ((c == '\'' || c == '’' || c == '-')
          && word.length() > 0
          && i + 1 < n
          && Character.isLetterOrDigit(text.charAt(i + 1))) {
        word.append(c == '-' ? '-' : '\'');
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words.toArray(String[]::new);
  }
}
