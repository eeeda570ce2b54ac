package policysearch.extract;

import java.util.List;
import policysearch.corpus.Article;

/** An article with what extraction found in it: its actors and topic ids. */
public record Enriched(Article article, List<Actor> actors, List<String> topics) {}
