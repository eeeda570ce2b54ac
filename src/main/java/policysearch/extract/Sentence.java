package policysearch.extract;

import java.util.List;

/** One sentence of a text: its tokens {@code [first, last)}, characters {@code [start, end)}. */
final class Sentence {
  final List<Token> tokens;
  final List<Token> lower;
  final int first;
  final int last;
  final int start;
  final int end;
  private final String source;
  private final boolean[] quotedChars;

  Sentence(
      String source,
      List<Token> tokens,
      List<Token> lower,
      int first,
      int last,
      int start,
      int end) {
    this.source = source;
    this.tokens = tokens;
    this.lower = lower;
    this.first = first;
    this.last = last;
    this.start = start;
    this.end = end;
    this.quotedChars = quotedOrBracketed(source, start, end);
  }

  String text() {
    return source.substring(start, end);
  }

  /** Characters {@code [from, to)} of the source text. */
  String source(int from, int to) {
    return source.substring(from, to);
  }

  int length() {
    return last - first;
  }

  boolean quoted(int token) {
    return quotedOrBracketed(tokens.get(token).start());
  }

  boolean quotedOrBracketed(int offset) {
    return offset >= start && offset < end && quotedChars[offset - start];
  }

  /** Marks characters inside “quotes”, "quotes" and (brackets). */
  private static boolean[] quotedOrBracketed(String text, int start, int end) {
    boolean[] inside = new boolean[end - start];
    boolean straight = false;
    boolean curly = false;
    int brackets = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        straight = !straight;
      } else if (c == '“') {
        curly = true;
      } else if (c == '”') {
        curly = false;
      } else if (c == '(') {
        brackets++;
      } else if (c == ')' && brackets > 0) {
        brackets--;
      }
      inside[i - start] = straight || curly || brackets > 0 || c == '"' || c == '”' || c == ')';
    }
    return inside;
  }
}
