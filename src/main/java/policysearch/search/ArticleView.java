package policysearch.search;

import java.util.List;
import policysearch.extract.Actor;

/**
 * A whole article with what extraction found in it.
 *
 * @param statements its statements in text order, text HTML-escaped
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
    List<StatementHit> statements) {}
