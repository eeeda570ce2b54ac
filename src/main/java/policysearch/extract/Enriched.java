package policysearch.extract;

import java.util.List;
import policysearch.corpus.Article;

/** An article with what extraction found in it: its actors, topic ids and statements. */
public record Enriched(
    Article article, List<Actor> actors, List<String> topics, List<Statement> statements) {}
