package policysearch.search;

import java.util.List;
import policysearch.extract.Actor;

/**
 * One statement: who said it, where and when.
 *
 * @param text HTML: the statement escaped, query terms in {@code <mark>}
 */
public record StatementHit(
    String id,
    String articleId,
    String articleTitle,
    String date,
    List<Actor> speakers,
    String text,
    String verb,
    List<String> topics) {}
