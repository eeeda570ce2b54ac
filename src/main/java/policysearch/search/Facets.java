package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import policysearch.extract.ActorType;
import policysearch.extract.Taxonomy;
import policysearch.extract.Topic;
import policysearch.index.Schema;

/**
 * Runs a query with facet filters through {@code DrillSideways}, so that a facet with selected
 * values still counts its other values (multi-select), and labels the counts.
 */
final class Facets {
  static final Sort NEWEST_FIRST = new Sort(new SortField(Schema.DATE, SortField.Type.LONG, true));
  private static final int TOP_VALUES = 100;
  private static final int TOP_YEARS = 500;

  private final FacetsConfig config;
  private final Taxonomy taxonomy;

  /** The hits of one page, the total and the labelled facet counts. */
  record Page(long total, ScoreDoc[] docs, Map<String, List<FacetValue>> facets) {}

  Facets(FacetsConfig config, Taxonomy taxonomy) {
    this.config = config;
    this.taxonomy = taxonomy;
  }

  /**
   * One page of {@code base} narrowed by {@code filters} (dimension → values, OR'ed within a
   * dimension), with counts for {@code dims}.
   */
  Page search(
      FacetSearcher searcher,
      Query base,
      Map<String, List<String>> filters,
      List<String> dims,
      boolean byDate,
      int page,
      int size)
      throws IOException {
    int topN = page * size;
    if (searcher.facetState() == null) {
      TopDocs top =
          byDate ? searcher.search(base, topN, NEWEST_FIRST) : searcher.search(base, topN);
      return new Page(top.totalHits.value(), slice(top, page, size), empty(dims));
    }
    DrillDownQuery query = new DrillDownQuery(config, base);
    filters.forEach((dim, values) -> values.forEach(value -> query.add(dim, value)));
    DrillSideways sideways = new DrillSideways(searcher, config, searcher.facetState());
    DrillSideways.DrillSidewaysResult result =
        byDate
            ? sideways.search(query, null, null, topN, NEWEST_FIRST, false)
            : sideways.search(query, topN);
    Map<String, List<FacetValue>> counts = new LinkedHashMap<>();
    for (String dim : dims) {
      int top = dim.equals(Schema.YEAR) ? TOP_YEARS : TOP_VALUES;
      counts.put(dim, values(searcher, dim, result.facets.getTopChildren(top, dim)));
    }
    return new Page(result.hits.totalHits.value(), slice(result.hits, page, size), counts);
  }

  private static ScoreDoc[] slice(TopDocs top, int page, int size) {
    int from = Math.min((page - 1) * size, top.scoreDocs.length);
    return Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
  }

  private List<FacetValue> values(FacetSearcher searcher, String dim, FacetResult result) {
    List<FacetValue> values = new ArrayList<>();
    if (result == null) {
      return values;
    }
    for (LabelAndValue lv : result.labelValues) {
      long count = lv.value.longValue();
      switch (dim) {
        case Schema.ACTOR, Schema.SPEAKER -> {
          ActorType type = searcher.actorType(lv.label);
          values.add(new FacetValue(lv.label, count, type == null ? null : type.toString(), null));
        }
        case Schema.TOPIC ->
            values.add(
                new FacetValue(
                    lv.label,
                    count,
                    null,
                    taxonomy.get(lv.label).map(Topic::label).orElse(lv.label)));
        default -> values.add(new FacetValue(lv.label, count, null, null));
      }
    }
    if (dim.equals(Schema.YEAR)) {
      values.sort((a, b) -> b.value().compareTo(a.value()));
    }
    return values;
  }

  private static Map<String, List<FacetValue>> empty(List<String> dims) {
    Map<String, List<FacetValue>> empty = new LinkedHashMap<>();
    dims.forEach(dim -> empty.put(dim, List.of()));
    return empty;
  }
}
