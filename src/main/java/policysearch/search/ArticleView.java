package policysearch.search;

import java.util.List;
import policysearch.corpus.DocumentFacts;
import policysearch.extract.Actor;

/**
 * A whole article with what extraction found in it.
 *
 * @param statements its statements in text order, text HTML-escaped
 * @param document what is known of the document file it was read from; null for other articles
 * @param extraction what of the text extraction did not read, and why; null when it read it all
 */
public record ArticleView(
    String id,
    String date,
    String title,
    String source,
    String url,
    String text,
    List<Actor> actors,
    List<String> topics,
    List<StatementHit> statements,
    DocumentFacts document,
    Extraction extraction) {}
