package policysearch.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Excluded facet values ("not United States") as MUST_NOT drill-down terms, and the query of the
 * hits one exclusion removes (so the page can show what excluding cost).
 */
final class Exclusions {
  private final FacetsConfig config;
  private final Query base;
  private final Map<Facet, List<String>> exclude;

  Exclusions(FacetsConfig config, Query base, Map<Facet, List<String>> exclude) {
    this.config = config;
    this.base = base;
    this.exclude = exclude;
  }

  /** The base query without any excluded value. */
  Query apply() {
    if (exclude.values().stream().allMatch(List::isEmpty)) {
      return base;
    }
    return without(null, null).build();
  }

  /** The hits that excluding {@code value} of {@code dim} removed: all other exclusions hold. */
  Query removedBy(Facet dim, String value) {
    return without(dim, value).add(term(dim, value), Occur.FILTER).build();
  }

  private BooleanQuery.Builder without(Facet skipDim, String skipValue) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder().add(base, Occur.MUST);
    exclude.forEach(
        (dim, values) ->
            values.stream()
                .filter(v -> !(dim == skipDim && v.equals(skipValue)))
                .forEach(v -> builder.add(term(dim, v), Occur.MUST_NOT)));
    return builder;
  }

  private TermQuery term(Facet dim, String value) {
    String field = config.getDimConfig(dim.key()).indexFieldName;
    return new TermQuery(DrillDownQuery.term(field, dim.key(), value));
  }
}
