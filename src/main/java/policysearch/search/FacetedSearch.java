package policysearch.search;

import java.io.IOException;
import java.time.LocalDate;
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
import org.apache.lucene.search.FieldDoc;
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
 * values still counts its other values (multi-select), and labels the counts. Excluded values are
 * MUST_NOT drill-down terms of the base query; each is still listed, counting the hits its
 * exclusion removed.
 */
final class FacetedSearch {
  static final Sort NEWEST_FIRST = new Sort(new SortField(Schema.DATE, SortField.Type.LONG, true));
  private static final int TOP_VALUES = 100;
  private static final int TOP_YEARS = 500;

  private final FacetsConfig config;
  private final Taxonomy taxonomy;

  /** The hits of one page, the total, the labelled facet counts and the histogram. */
  record Page(
      long total,
      ScoreDoc[] docs,
      Map<String, List<FacetValue>> facets,
      String nextAfter,
      Histogram histogram) {}

  /**
   * What to narrow to (dimension → values, OR'ed within a dimension), what to exclude, the date
   * range (already in the base query; used to shape the histogram), order and page.
   */
  record Selection(
      Map<Facet, List<String>> include,
      Map<Facet, List<String>> exclude,
      LocalDate from,
      LocalDate to,
      boolean byDate,
      int page,
      int size,
      String after) {

    /** The selection of an article search: its actor and topic filters and exclusions. */
    static Selection articles(SearchRequest request) {
      return of(request, Facet.included(request), Facet.excluded(request));
    }

    /**
     * This selection with actor and speaker values under their entities' canonical names, so a
     * filter by any name of an entity finds it.
     */
    Selection resolved(EntityNames names) {
      return new Selection(
          resolve(include, names), resolve(exclude, names), from, to, byDate, page, size, after);
    }

    private static Map<Facet, List<String>> resolve(
        Map<Facet, List<String>> values, EntityNames names) {
      Map<Facet, List<String>> resolved = new LinkedHashMap<>();
      values.forEach(
          (dim, list) -> resolved.put(dim, dim.namesEntities() ? names.canonical(list) : list));
      return resolved;
    }

    /** The selection of {@code request} with its facet filters named per dimension. */
    static Selection of(
        SearchRequest request, Map<Facet, List<String>> include, Map<Facet, List<String>> exclude) {
      return new Selection(
          include,
          exclude,
          request.from(),
          request.to(),
          request.query().isEmpty() || request.sort() == SortOrder.DATE,
          request.page(),
          request.size(),
          request.after());
    }
  }

  FacetedSearch(FacetsConfig config, Taxonomy taxonomy) {
    this.config = config;
    this.taxonomy = taxonomy;
  }

  /** One page of {@code base} narrowed by {@code selection}, with counts for {@code dims}. */
  Page search(FacetSearcher searcher, Query base, Selection asked, List<Facet> dims)
      throws IOException {
    Selection selection = asked.resolved(searcher.names());
    ScoreDoc after = Cursor.parse(selection.after(), selection.byDate());
    int topN = after == null ? selection.page() * selection.size() : selection.size();
    Exclusions exclusions = new Exclusions(config, base, selection.exclude());
    Query filtered = exclusions.apply();
    if (searcher.facetState() == null) {
      TopDocs top =
          selection.byDate()
              ? searcher.searchAfter(after, filtered, topN, NEWEST_FIRST)
              : searcher.searchAfter(after, filtered, topN);
      return page(top, selection, after, empty(dims), Histogram.empty());
    }
    DrillDownQuery query = drillDown(searcher.bounded(filtered), selection.include());
    DrillSideways sideways = new ConcurrentDrillSideways(searcher, config);
    DrillSideways.DrillSidewaysResult result;
    if (selection.byDate()) {
      result = sideways.search(query, null, (FieldDoc) after, topN, NEWEST_FIRST, false);
    } else {
      result = after == null ? sideways.search(query, topN) : sideways.search(after, query, topN);
    }
    Map<String, List<FacetValue>> counts = new LinkedHashMap<>();
    for (Facet dim : dims) {
      counts.put(dim.key(), counts(searcher, result, dim, selection, exclusions));
    }
    Histogram histogram =
        dims.contains(Facet.YEAR)
            ? Histogram.of(
                result.drillDownFacetsCollector,
                children(result.facets.getAllChildren(Facet.YEAR.key())),
                selection.from(),
                selection.to())
            : Histogram.empty();
    return page(result.hits, selection, after, counts, histogram);
  }

  /**
   * The counts of {@code dim}'s values, each excluded value listed with the hits its exclusion
   * removed.
   */
  private List<FacetValue> counts(
      FacetSearcher searcher,
      DrillSideways.DrillSidewaysResult result,
      Facet dim,
      Selection selection,
      Exclusions exclusions)
      throws IOException {
    int top = dim == Facet.YEAR ? TOP_YEARS : TOP_VALUES;
    List<FacetValue> values = values(searcher, dim, result.facets.getTopChildren(top, dim.key()));
    for (String excluded : selection.exclude().getOrDefault(dim, List.of())) {
      Query removed = drillDown(exclusions.removedBy(dim, excluded), selection.include());
      values.removeIf(v -> v.value().equals(excluded));
      values.add(label(searcher, dim, excluded, searcher.count(removed)));
    }
    return values;
  }

  /** The query of {@code selection}'s hits, for plain (facet-less) searches such as exports. */
  static Query query(FacetsConfig config, Query base, Selection selection) {
    Query filtered = new Exclusions(config, base, selection.exclude()).apply();
    DrillDownQuery query = new DrillDownQuery(config, filtered);
    selection
        .include()
        .forEach((dim, values) -> values.forEach(value -> query.add(dim.key(), value)));
    return query;
  }

  private DrillDownQuery drillDown(Query base, Map<Facet, List<String>> include) {
    DrillDownQuery query = new DrillDownQuery(config, base);
    include.forEach((dim, values) -> values.forEach(value -> query.add(dim.key(), value)));
    return query;
  }

  private static Page page(
      TopDocs top,
      Selection selection,
      ScoreDoc after,
      Map<String, List<FacetValue>> facets,
      Histogram histogram) {
    ScoreDoc[] docs =
        after == null ? slice(top, selection.page(), selection.size()) : top.scoreDocs;
    long total = top.totalHits.value();
    boolean more =
        docs.length == selection.size()
            && (after != null || (long) selection.page() * selection.size() < total);
    String next = more ? Cursor.after(docs[docs.length - 1], selection.byDate()) : null;
    return new Page(total, docs, facets, next, histogram);
  }

  private static ScoreDoc[] slice(TopDocs top, int page, int size) {
    int from = Math.min((page - 1) * size, top.scoreDocs.length);
    return Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
  }

  private List<FacetValue> values(FacetSearcher searcher, Facet dim, FacetResult result) {
    List<FacetValue> values = new ArrayList<>();
    if (result == null) {
      return values;
    }
    for (LabelAndValue lv : result.labelValues) {
      values.add(label(searcher, dim, lv.label, lv.value.longValue()));
    }
    if (dim == Facet.YEAR) {
      values.sort((a, b) -> b.value().compareTo(a.value()));
    }
    return values;
  }

  /** {@code value} of {@code dim} with its count, labelled with its actor type or topic label. */
  FacetValue label(FacetSearcher searcher, Facet dim, String value, long count) {
    return switch (dim) {
      case ACTOR, SPEAKER -> {
        ActorType type = searcher.actorType(value);
        yield new FacetValue(value, count, type == null ? null : type.toString(), null);
      }
      case TOPIC ->
          new FacetValue(value, count, null, taxonomy.get(value).map(Topic::label).orElse(value));
      default -> new FacetValue(value, count, null, null);
    };
  }

  private static LabelAndValue[] children(FacetResult result) {
    return result == null ? new LabelAndValue[0] : result.labelValues;
  }

  private static Map<String, List<FacetValue>> empty(List<Facet> dims) {
    Map<String, List<FacetValue>> empty = new LinkedHashMap<>();
    dims.forEach(dim -> empty.put(dim.key(), List.of()));
    return empty;
  }
}
