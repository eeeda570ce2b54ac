package policysearch.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Index side of the text fields: every word as written (lower-cased, folded), and at the same
 * position its stem marked with {@code ~}, only where the stem differs from the word and the word
 * is not a stop word. Quoted phrases search the words as written, other queries both forms ({@link
 * StemSynonymFilter}). Most words are their own stem or stop words, so this holds 78 % of the
 * postings that an unmarked stem plus a marked copy of every word held.
 *
 * <p>Expects the keyword copy of each word, then its stemmed copy, as {@code KeywordRepeatFilter}
 * followed by a stemmer emits them.
 */
final class StemVariantFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final CharArraySet stopWords;
  private char[] word = new char[16];
  private int wordLength;

  StemVariantFilter(TokenStream input, CharArraySet stopWords) {
    super(input);
    this.stopWords = stopWords;
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      if (keyword.isKeyword()) {
        remember();
        return true;
      }
      // The stemmed copy sits at the word's position (increment 0): dropping it moves nothing.
      if (!stopWords.contains(word, 0, wordLength) && !sameAsWord()) {
        mark(term);
        return true;
      }
    }
    return false;
  }

  private void remember() {
    if (word.length < term.length()) {
      word = new char[term.length()];
    }
    System.arraycopy(term.buffer(), 0, word, 0, term.length());
    wordLength = term.length();
  }

  private boolean sameAsWord() {
    return Arrays.equals(term.buffer(), 0, term.length(), word, 0, wordLength);
  }

  /** Prefixes the term with {@link Analyzers#STEM_MARK}. */
  static void mark(CharTermAttribute term) {
    int length = term.length();
    char[] buffer = term.resizeBuffer(length + 1);
    System.arraycopy(buffer, 0, buffer, 1, length);
    buffer[0] = Analyzers.STEM_MARK;
    term.setLength(length + 1);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    wordLength = 0;
  }
}
