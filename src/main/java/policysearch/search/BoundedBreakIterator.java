package policysearch.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence (or whole-field) boundaries for the highlighter, but never more than {@code reach}
 * characters from the offset asked about: where the text has no boundary that close (a 28 MB text
 * without sentence punctuation), it breaks between words instead. The underlying iterator sees only
 * a window of twice the reach around each offset, so finding a boundary costs the same in a short
 * article and in a huge one.
 *
 * <p>A break after an initial ("President Donald J. Trump") is not a sentence end and is skipped.
 *
 * <p>A cut falls on a whitespace character: a passage that starts or ends on one was cut there
 * (sentences start after their predecessor's trailing space), which {@link Snippets} marks with an
 * ellipsis.
 */
final class BoundedBreakIterator extends BreakIterator {
  private final BreakIterator base;
  private final int reach;
  private String content = "";
  private CharacterIterator text = new StringCharacterIterator("");
  private int current;

  BoundedBreakIterator(BreakIterator base, int reach) {
    this.base = base;
    this.reach = reach;
  }

  @Override
  public void setText(String newText) {
    this.content = newText;
    this.text = new StringCharacterIterator(newText);
    this.current = 0;
  }

  /** Offsets are those of the content; other iterators are copied into a string first. */
  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      copy.append(c);
    }
    setText(copy.toString());
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int current() {
    return current;
  }

  @Override
  public int first() {
    return current = 0;
  }

  @Override
  public int last() {
    return current = content.length();
  }

  @Override
  public int next() {
    return current >= content.length() ? DONE : following(current);
  }

  @Override
  public int next(int n) {
    int result = current;
    for (int i = 0; i < n && result != DONE; i++) {
      result = next();
    }
    for (int i = 0; i > n && result != DONE; i--) {
      result = previous();
    }
    return result;
  }

  @Override
  public int previous() {
    return current <= 0 ? DONE : preceding(current);
  }

  @Override
  public int following(int offset) {
    int end = content.length();
    if (offset >= end) {
      current = end;
      return DONE;
    }
    int limit = (int) Math.min(end, (long) offset + reach);
    base.setText(window(Math.max(0, offset - reach), limit));
    int boundary = base.following(offset);
    while (boundary != DONE && boundary < limit && afterInitial(boundary)) {
      boundary = base.following(boundary);
    }
    if (boundary == DONE || (boundary >= limit && limit < end)) {
      boundary = wordEndBefore(limit, offset);
    }
    return current = boundary;
  }

  @Override
  public int preceding(int offset) {
    if (offset <= 0) {
      current = 0;
      return DONE;
    }
    int limit = Math.max(0, offset - reach);
    base.setText(window(limit, (int) Math.min(content.length(), (long) offset + reach)));
    int boundary = base.preceding(offset);
    while (boundary != DONE && boundary > limit && afterInitial(boundary)) {
      boundary = base.preceding(boundary);
    }
    if (boundary == DONE || (boundary <= limit && limit > 0)) {
      boundary = wordStartAfter(limit, offset);
    }
    return current = boundary;
  }

  /**
   * Whether the sentence break at {@code boundary} follows an initial ("Donald J. Trump", "the U.S.
   * envoy"): one capital letter and a full stop, not part of a longer word. Such a break cuts a
   * name in two, so the passage goes on to the next break.
   */
  private boolean afterInitial(int boundary) {
    int i = boundary - 1;
    while (i >= 0 && Character.isWhitespace(content.charAt(i))) {
      i--;
    }
    return i >= 1
        && content.charAt(i) == '.'
        && Character.isUpperCase(content.charAt(i - 1))
        && (i < 2 || !Character.isLetter(content.charAt(i - 2)));
  }

  private CharacterIterator window(int from, int to) {
    return new StringCharacterIterator(content, from, to, from);
  }

  /** The last space in (offset, limit], else limit. */
  private int wordEndBefore(int limit, int offset) {
    for (int i = Math.min(limit, content.length() - 1); i > offset; i--) {
      if (Character.isWhitespace(content.charAt(i))) {
        return i;
      }
    }
    return limit;
  }

  /** The first space in [limit, offset), else limit. */
  private int wordStartAfter(int limit, int offset) {
    for (int i = limit; i < offset; i++) {
      if (Character.isWhitespace(content.charAt(i))) {
        return i;
      }
    }
    return limit;
  }
}
