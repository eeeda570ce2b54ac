package policysearch.extract;

import java.util.BitSet;
import java.util.List;

/**
 * One text being read for actors: its tokens, and which of them stand on title-case lines.
 *
 * @param headline the tokens on title-case lines (see {@link Headlines})
 */
record Scan(String text, List<Token> tokens, BitSet headline) {

  /** A mention of a gazetteer actor at tokens {@code [start, end)}. */
  Mention mention(Gazetteer.Entry entry, int start, int end) {
    return mention(entry, tokens, start, end);
  }

  /** A mention of a gazetteer actor at tokens {@code [start, end)} of {@code tokens}. */
  static Mention mention(Gazetteer.Entry entry, List<Token> tokens, int start, int end) {
    return new Mention(
        entry.name(), entry.type(), null, tokens.get(start).start(), tokens.get(end - 1).end());
  }
}
