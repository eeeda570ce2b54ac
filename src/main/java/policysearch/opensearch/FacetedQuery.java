package policysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import policysearch.index.Schema;
import policysearch.search.FacetValue;
import policysearch.search.Histogram;

/**
 * One search request that answers a page of hits and its facet counts the way the embedded index's
 * drill-sideways search does: the facet filters are a {@code post_filter}, so each dimension is
 * counted with every filter but its own (multi-select); excluded values are {@code must_not} in the
 * query, and each is still listed with the hits its exclusion removed (a {@code global} aggregation
 * with the other exclusions); the histogram counts the hits per year and per month.
 */
final class FacetedQuery {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int TOP_VALUES = 100;
  private static final int TOP_YEARS = 500;
  private static final String DIM = "dim:";
  private static final String EXCLUDED = "not:";
  private static final String HITS = "hits";

  /** The hits of one page (their JSON), the total, the labelled counts and the histogram. */
  record Page(
      long total,
      List<JsonNode> hits,
      Map<String, List<FacetValue>> facets,
      String nextAfter,
      Histogram histogram) {}

  private final Searcher searcher;
  private final Labels labels;

  FacetedQuery(Searcher searcher, Labels labels) {
    this.searcher = searcher;
    this.labels = labels;
  }

  /**
   * One page of {@code query} narrowed by {@code narrowing}, with counts for {@code dims}, the
   * hits' {@code fields} from the source and {@code highlight} (null: none).
   */
  Page search(
      ObjectNode query,
      Narrowing narrowing,
      List<String> dims,
      List<String> fields,
      ObjectNode highlight)
      throws IOException {
    JsonNode after = PageCursor.parse(narrowing.after(), narrowing.byDate());
    ObjectNode body = JSON.objectNode();
    body.set("query", narrowing.base(query, null, null));
    body.set("post_filter", narrowing.includes(null));
    body.put("track_total_hits", true);
    body.put("size", narrowing.size());
    if (after == null) {
      body.put("from", (narrowing.page() - 1) * narrowing.size());
    } else {
      body.set("search_after", after);
    }
    ArrayNode sort = body.putArray("sort");
    sort.addObject().putObject(narrowing.byDate() ? Schema.DATE : "_score").put("order", "desc");
    sort.addObject().putObject(Schema.ID).put("order", "asc");
    ArrayNode source = body.putObject("_source").putArray("includes");
    fields.forEach(source::add);
    if (highlight != null) {
      body.set("highlight", highlight);
    }
    body.set("aggs", aggregations(query, narrowing, dims));
    JsonNode answer = searcher.send(body);
    return page(answer, narrowing, after != null, dims);
  }

  private ObjectNode aggregations(ObjectNode query, Narrowing narrowing, List<String> dims) {
    ObjectNode aggs = JSON.objectNode();
    for (String dim : dims) {
      ObjectNode agg = aggs.putObject(DIM + dim);
      agg.set("filter", narrowing.includes(dim));
      terms(agg.putObject("aggs"), "v", dim, dim.equals(Schema.YEAR) ? TOP_YEARS : TOP_VALUES);
      List<String> excluded = narrowing.exclude().getOrDefault(dim, List.of());
      for (int i = 0; i < excluded.size(); i++) {
        ObjectNode removed = aggs.putObject(EXCLUDED + dim + ":" + i);
        removed.putObject("global");
        ArrayNode all =
            removed
                .putObject("aggs")
                .putObject("v")
                .putObject("filter")
                .putObject("bool")
                .putArray("filter");
        all.add(narrowing.base(query, dim, excluded.get(i)));
        all.add(Narrowing.term(dim, excluded.get(i)));
        all.add(narrowing.includes(null));
      }
    }
    if (dims.contains(Schema.YEAR)) {
      ObjectNode hits = aggs.putObject(HITS);
      hits.set("filter", narrowing.includes(null));
      ObjectNode sub = hits.putObject("aggs");
      terms(sub, "years", Schema.YEAR, TOP_YEARS);
      sub.putObject("months")
          .putObject("date_histogram")
          .put("field", Schema.DATE)
          .put("calendar_interval", "month")
          .put("format", "yyyy-MM")
          .put("min_doc_count", 1);
    }
    return aggs;
  }

  private static void terms(ObjectNode aggs, String name, String field, int size) {
    aggs.putObject(name).set("terms", terms(field, size));
  }

  /**
   * Values each shard sends per {@code size} counted values. A terms aggregation over several
   * shards merges each shard's top {@code shard_size} values, so a value outside one shard's top is
   * undercounted by at most that shard's smallest count sent; at ten times what is shown
   * (OpenSearch's default is 1.5 × + 10) a value shown is exact unless a shard holds more than this
   * many distinct values among the hits. One shard (one data node) is always exact. See
   * docs/opensearch.md.
   */
  static final int SHARD_SIZE_FACTOR = 10;

  /** A terms aggregation of the top {@code size} values of {@code field}, see above. */
  static ObjectNode terms(String field, int size) {
    ObjectNode terms = JSON.objectNode();
    terms.put("field", field).put("size", size).put("shard_size", size * SHARD_SIZE_FACTOR);
    return terms;
  }

  private Page page(JsonNode answer, Narrowing narrowing, boolean byCursor, List<String> dims)
      throws IOException {
    long total = answer.path("hits").path("total").path("value").asLong();
    List<JsonNode> hits = new ArrayList<>();
    answer.path("hits").path("hits").forEach(hits::add);
    JsonNode aggs = answer.path("aggregations");
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (String dim : dims) {
      Map<String, Long> counts = new LinkedHashMap<>();
      aggs.path(DIM + dim)
          .path("v")
          .path("buckets")
          .forEach(b -> counts.put(b.path("key").asText(), b.path("doc_count").asLong()));
      List<String> excluded = narrowing.exclude().getOrDefault(dim, List.of());
      for (int i = 0; i < excluded.size(); i++) {
        counts.remove(excluded.get(i));
        counts.put(
            excluded.get(i),
            aggs.path(EXCLUDED + dim + ":" + i).path("v").path("doc_count").asLong());
      }
      List<FacetValue> values = labels.label(dim, counts);
      if (dim.equals(Schema.YEAR)) {
        values.sort((a, b) -> b.value().compareTo(a.value()));
      }
      facets.put(dim, values);
    }
    Histogram histogram =
        dims.contains(Schema.YEAR) ? histogram(aggs.path(HITS), narrowing) : Histogram.empty();
    boolean more =
        hits.size() == narrowing.size()
            && (byCursor || (long) narrowing.page() * narrowing.size() < total);
    String next =
        more ? PageCursor.after(hits.get(hits.size() - 1).path("sort"), narrowing.byDate()) : null;
    return new Page(total, hits, facets, next, histogram);
  }

  private static Histogram histogram(JsonNode hits, Narrowing narrowing) throws IOException {
    Map<Integer, Long> years = new HashMap<>();
    for (JsonNode bucket : hits.path("years").path("buckets")) {
      try {
        years.put(Integer.parseInt(bucket.path("key").asText()), bucket.path("doc_count").asLong());
      } catch (NumberFormatException e) {
        // Not a year: no bar for it, as in the embedded index.
      }
    }
    Map<String, Long> months = new HashMap<>();
    hits.path("months")
        .path("buckets")
        .forEach(b -> months.put(b.path("key_as_string").asText(), b.path("doc_count").asLong()));
    return Histogram.of(years, narrowing.from(), narrowing.to(), asked -> months);
  }
}
