package policysearch.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import policysearch.index.Analyzers;
import policysearch.index.Schema;

/**
 * Sentence-sized, HTML-escaped snippets with {@code <mark>}ed query terms, from the offsets stored
 * in the postings (no re-analysis). The highlighter's length limit is lifted: a quarter of the
 * White House briefings are longer than its default 10,000 characters, and a match deep in a long
 * briefing must still get its snippet. Passages are bounded instead: at most {@link #REACH}
 * characters on each side of a match ({@link #STATEMENT_REACH} for a statement, shown whole up to
 * that), cut between words and marked "…" where a sentence is longer. A 28 MB text without sentence
 * punctuation was one 31.6 MB "snippet".
 */
final class Snippets {
  private static final int PASSAGES = 3;

  /** Most characters a passage reaches from its match, each way. */
  static final int REACH = 250;

  /** The same for a statement's text. */
  static final int STATEMENT_REACH = 600;

  private static final String ELLIPSIS = "…";

  private final Highlighter highlighter;

  Snippets(IndexSearcher searcher) {
    this(searcher, false);
  }

  /**
   * @param whole one passage of the whole field (for statements, which are a sentence or a
   *     paragraph) instead of up to three sentences
   */
  Snippets(IndexSearcher searcher, boolean whole) {
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, Analyzers.textIndex())
            .withMaxLength(Integer.MAX_VALUE - 1)
            .withMaxNoHighlightPassages(1)
            .withFormatter(new PassageList())
            .withBreakIterator(
                whole
                    ? () -> new BoundedBreakIterator(new WholeBreakIterator(), STATEMENT_REACH)
                    : () ->
                        new BoundedBreakIterator(
                            BreakIterator.getSentenceInstance(Locale.ROOT), REACH));
    this.highlighter = new Highlighter(builder);
  }

  /**
   * Up to three snippets per document, in the order of {@code docs}, from the bodies of {@code
   * loaded} (the same documents, stored fields read by the caller): with DEFLATE-compressed stored
   * fields every read inflates a block, so each hit is read once, not again by the highlighter.
   */
  List<List<Snippet>> of(Query query, ScoreDoc[] docs, List<Document> loaded) throws IOException {
    if (docs.length == 0) {
      return List.of();
    }
    int[] ids = Arrays.stream(docs).mapToInt(d -> d.doc).toArray();
    Map<Integer, String> bodies = new HashMap<>();
    for (int i = 0; i < docs.length; i++) {
      bodies.put(docs[i].doc, loaded.get(i).get(Schema.BODY));
    }
    Object[] perDoc =
        highlighter
            .passages(new String[] {Schema.BODY}, query, ids, new int[] {PASSAGES}, bodies)
            .get(Schema.BODY);
    List<List<Snippet>> snippets = new ArrayList<>(docs.length);
    for (Object value : perDoc) {
      @SuppressWarnings("unchecked")
      List<Snippet> passages = value == null ? List.of() : (List<Snippet>) value;
      snippets.add(passages);
    }
    return snippets;
  }

  /**
   * Exposes the per-passage objects that the public API would cast to one string, and highlights
   * bodies the caller has read already instead of reading them again.
   */
  private static final class Highlighter extends UnifiedHighlighter {
    private Map<Integer, String> bodies = Map.of();

    Highlighter(Builder builder) {
      super(builder);
    }

    Map<String, Object[]> passages(
        String[] fields, Query query, int[] docs, int[] maxPassages, Map<Integer, String> bodies)
        throws IOException {
      this.bodies = bodies;
      return highlightFieldsAsObjects(fields, query, docs, maxPassages);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docIter.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = docIter.nextDoc()) {
        String body = bodies.get(doc);
        values.add(new CharSequence[] {body == null ? "" : body});
      }
      return values;
    }
  }

  /**
   * One snippet: its HTML, and where it starts in the text (which tells its page).
   *
   * @param start character offset of the passage in the field's text
   */
  record Snippet(String html, int start) {}

  /**
   * Formats each passage on its own, so the page can show them as separate snippets, with "…" where
   * {@link BoundedBreakIterator} cut a sentence (a passage edge on a space), and keeps its offset.
   */
  private static final class PassageList extends PassageFormatter {
    private final DefaultPassageFormatter html =
        new DefaultPassageFormatter("<mark>", "</mark>", "", true);

    @Override
    public Object format(Passage[] passages, String content) {
      List<Snippet> formatted = new ArrayList<>(passages.length);
      for (Passage passage : passages) {
        int start = passage.getStartOffset();
        int end = passage.getEndOffset();
        boolean cutBefore = start > 0 && Character.isWhitespace(content.charAt(start));
        boolean cutAfter =
            end < content.length() && !Character.isWhitespace(content.charAt(end - 1));
        String text = html.format(new Passage[] {passage}, content).strip();
        formatted.add(
            new Snippet((cutBefore ? ELLIPSIS : "") + text + (cutAfter ? ELLIPSIS : ""), start));
      }
      return formatted;
    }
  }
}
