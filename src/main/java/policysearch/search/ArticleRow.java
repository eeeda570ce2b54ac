package policysearch.search;

import java.util.List;

/** One exported article: what a citation needs, actors by name. */
public record ArticleRow(
    String id,
    String date,
    String title,
    String source,
    String url,
    List<String> actors,
    List<String> topics) {}
