package policysearch.search;

import java.util.List;
import policysearch.extract.Actor;

/**
 * One matching article.
 *
 * @param snippets HTML: article text escaped, query terms in {@code <mark>}
 * @param pages the page of each snippet, in the order of {@code snippets}; null for articles
 *     without pages
 */
public record Hit(
    String id,
    String date,
    String title,
    String source,
    String url,
    List<String> snippets,
    List<Actor> actors,
    List<String> topics,
    List<Integer> pages) {}
