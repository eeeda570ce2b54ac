package policysearch.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Marks the unstemmed copy of a word with a {@code =} prefix, so that one field holds both the
 * stemmed and the exact form at the same position: quoted phrases match exactly, and the
 * UnifiedHighlighter highlights both from the same postings offsets.
 */
final class ExactVariantFilter extends TokenFilter {
  static final char MARK = '=';

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final boolean everyToken;

  /**
   * @param everyToken mark every token (query side) rather than only the keyword-marked copies that
   *     {@code KeywordRepeatFilter} emits (index side)
   */
  ExactVariantFilter(TokenStream input, boolean everyToken) {
    super(input);
    this.everyToken = everyToken;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (everyToken || keyword.isKeyword()) {
      int length = term.length();
      term.resizeBuffer(length + 1);
      char[] buffer = term.buffer();
      System.arraycopy(buffer, 0, buffer, 1, length);
      buffer[0] = MARK;
      term.setLength(length + 1);
      keyword.setKeyword(true);
    }
    return true;
  }
}
