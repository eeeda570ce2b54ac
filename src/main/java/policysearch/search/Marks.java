package policysearch.search;

import java.util.List;
import java.util.Set;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import policysearch.index.StatementTerms;

/**
 * A short text as HTML with given stems in {@code <mark>}: the words of a related statement it
 * shares with the source. The text is analysed once here (a sentence or a paragraph) instead of
 * asking the highlighter, which looks every source term up in the index for every statement; the
 * escaping and marking are the highlighter's own formatter's.
 */
final class Marks {
  private static final DefaultPassageFormatter HTML =
      new DefaultPassageFormatter("<mark>", "</mark>", "", true);

  private Marks() {}

  /** {@code text}, escaped, with every word whose stem is in {@code stems} marked. */
  static String of(String text, Set<String> stems) {
    Passage passage = new Passage();
    passage.setStartOffset(0);
    passage.setEndOffset(text.length());
    if (!stems.isEmpty()) {
      StatementTerms.Tokens tokens = StatementTerms.analyze(text);
      List<String> found = tokens.stems();
      for (int i = 0; i < found.size(); i++) {
        String stem = found.get(i);
        if (stem != null && stems.contains(stem)) {
          passage.addMatch(tokens.starts().get(i), tokens.ends().get(i), new BytesRef(stem), 1);
        }
      }
    }
    return HTML.format(new Passage[] {passage}, text).strip();
  }
}
