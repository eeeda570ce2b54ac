package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Sentence breaks for snippets: an initial in a name is not the end of a sentence. */
class BoundedBreakIteratorTest {
  private static final String TEXT =
      "President Donald J. Trump met the U.S. envoy in Doha. Talks went on. Then A. B. Smith spoke.";

  private static BoundedBreakIterator sentences() {
    BoundedBreakIterator breaks =
        new BoundedBreakIterator(BreakIterator.getSentenceInstance(Locale.ROOT), 250);
    breaks.setText(TEXT);
    return breaks;
  }

  @Test
  void aSentenceGoesOnPastInitialsToItsFullStop() {
    BoundedBreakIterator breaks = sentences();

    assertEquals(TEXT.indexOf("Talks"), breaks.following(0));
    assertEquals(TEXT.indexOf("Then"), breaks.following(TEXT.indexOf("Talks")));
    assertEquals(TEXT.length(), breaks.following(TEXT.indexOf("Smith")));
  }

  @Test
  void theSentenceBeforeANameStartsWhereItsSentenceStarts() {
    BoundedBreakIterator breaks = sentences();

    assertEquals(0, breaks.preceding(TEXT.indexOf("Trump")));
    assertEquals(0, breaks.preceding(TEXT.indexOf("envoy")));
    assertEquals(TEXT.indexOf("Then"), breaks.preceding(TEXT.indexOf("Smith")));
  }
}
