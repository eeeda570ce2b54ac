package policysearch.search;

import java.util.List;
import policysearch.extract.Actor;
import policysearch.extract.Attribution;

/**
 * One statement: who said it, where and when, and how its speaker was found.
 *
 * @param text HTML: the statement escaped, query terms in {@code <mark>}
 * @param start character offset of the statement in its article's text
 * @param end end offset (exclusive) in the article's text
 * @param page the page it is on, for statements of paged documents (PDF); else null
 * @param alsoIn other articles where the same statement appears, when a list shows it once
 */
public record StatementHit(
    String id,
    String articleId,
    String articleTitle,
    String date,
    List<Actor> speakers,
    String text,
    int start,
    int end,
    String verb,
    List<String> topics,
    Attribution attribution,
    Integer page,
    List<Occurrence> alsoIn) {

  /** This statement, also appearing in {@code others}. */
  public StatementHit withAlsoIn(List<Occurrence> others) {
    return new StatementHit(
        id,
        articleId,
        articleTitle,
        date,
        speakers,
        text,
        start,
        end,
        verb,
        topics,
        attribution,
        page,
        others);
  }
}
