package policysearch.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words (runs of letters and digits) and single punctuation characters, so that
 * "U.S." and "Côte d'Ivoire" in a gazetteer and in an article give the same token sequence.
 */
public final class Tokenizer {
  private Tokenizer() {}

  /** Tokens of {@code text} with their offsets. */
  public static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
        int start = i;
        while (i < n
            && (Character.isLetterOrDigit(text.charAt(i))
                || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK
                || Character.isSurrogate(text.charAt(i)))) {
          i++;
        }
        tokens.add(new Token(text.substring(start, i), start, i));
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else {
        tokens.add(new Token(c == '’' || c == '‘' ? "'" : String.valueOf(c), i, i + 1));
        i++;
      }
    }
    return tokens;
  }

  /** The surface forms of {@code text}'s tokens, for building gazetteer keys. */
  public static List<String> words(String text) {
    return tokenize(text).stream().map(Token::text).toList();
  }
}
