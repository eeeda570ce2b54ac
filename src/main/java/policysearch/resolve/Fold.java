package policysearch.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Spelling-insensitive forms of names: accents, case, apostrophes and punctuation do not tell two
 * names apart ("Año" / "Ano", "El-Sisi" / "el Sisi"), so they are folded away before comparing.
 */
public final class Fold {
  private Fold() {}

  /** Lower case, accents removed, letters without a decomposition mapped by hand ("ı", "ø"). */
  public static String fold(String text) {
    if (text.chars().allMatch(c -> c < 128)) {
      return text.toLowerCase(Locale.ROOT); // most names: nothing to decompose
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      switch (c) {
        case 'ı' -> out.append('i');
        case 'ø', 'Ø' -> out.append('o');
        case 'ł', 'Ł' -> out.append('l');
        case 'đ', 'Đ' -> out.append('d');
        case 'ß' -> out.append("ss");
        case 'æ', 'Æ' -> out.append("ae");
        case '’', '‘', '`' -> out.append('\'');
        case '‐', '‑', '–', '—' -> out.append('-');
        default -> {
          if (Character.getType(c) != Character.NON_SPACING_MARK) {
            out.append(c);
          }
        }
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The words of a name, folded, split at spaces, hyphens, slashes and full stops ("H.W." → h, w),
   * with other punctuation and apostrophes dropped ("O'Brien" → obrien) and "&" read as "and".
   */
  public static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (char c : fold(name).toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (c == '\'') {
        continue;
      } else {
        flush(word, words);
        if (c == '&') {
          words.add("and");
        }
      }
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (!word.isEmpty()) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static final java.util.Set<String> ARTICLES =
      java.util.Set.of("al", "el", "ul", "as", "es", "ad", "ed", "ash", "at", "an", "az", "ar");

  /**
   * A looser key for looking a name up: words run together, an Arabic article before a word read as
   * "al" ("Rashid el-Qadiri", "Rashid Al Qadiri" and "rashid al-qadiri" look alike).
   */
  public static String lookupKey(String name) {
    List<String> words = words(name);
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      key.append(i + 1 < words.size() && ARTICLES.contains(w) ? "al" : w);
    }
    return key.toString();
  }

  /** One key for names that differ only in case, accents, punctuation and spacing. */
  public static String key(String name) {
    return String.join(" ", words(name));
  }

  /**
   * True when {@code a} becomes {@code b} by one insertion, deletion, substitution or swap of two
   * neighbouring letters (optimal string alignment distance 1).
   */
  public static boolean oneEditApart(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int prefix = 0;
    while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    String ra = a.substring(prefix);
    String rb = b.substring(prefix);
    if (ra.length() == rb.length()) {
      return ra.substring(1).equals(rb.substring(1))
          || (ra.length() >= 2
              && ra.charAt(0) == rb.charAt(1)
              && ra.charAt(1) == rb.charAt(0)
              && ra.substring(2).equals(rb.substring(2)));
    }
    return ra.length() > rb.length() ? ra.substring(1).equals(rb) : rb.substring(1).equals(ra);
  }
}
