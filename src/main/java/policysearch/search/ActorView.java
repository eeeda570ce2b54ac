package policysearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import policysearch.extract.ActorType;
import policysearch.index.Schema;

/**
 * One entity: its canonical name, type, the other names the index has it under, and how many
 * articles name it and how many statements it made.
 */
public record ActorView(
    String name, String type, List<String> aliases, long articles, long statements) {

  /** The entity {@code name} (any of its names) names in {@code searcher}'s index, if any. */
  static Optional<ActorView> of(FacetSearcher searcher, String name) throws IOException {
    String canonical = searcher.names().canonical(name);
    ActorType type = searcher.actorType(canonical);
    if (type == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ActorView(
            canonical,
            type.toString(),
            searcher.names().aliases(canonical),
            count(searcher, SearchService.ARTICLES, Schema.ACTOR, canonical),
            count(searcher, StatementService.STATEMENTS, Schema.SPEAKER, canonical)));
  }

  private static long count(FacetSearcher searcher, Query kind, String dim, String value)
      throws IOException {
    return searcher.count(
        new BooleanQuery.Builder()
            .add(kind, Occur.FILTER)
            .add(
                new TermQuery(
                    DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, dim, value)),
                Occur.FILTER)
            .build());
  }
}
