package policysearch.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import policysearch.index.Schema;
import policysearch.search.SearchRequest;
import policysearch.search.SortOrder;
import policysearch.search.StatementRequest;

/**
 * What a search narrows to, as the embedded index's faceted search has it: facet values to keep
 * (OR'ed within a dimension, dimensions AND'ed), values to exclude, the date range, order and page;
 * and the same as OpenSearch filters.
 */
record Narrowing(
    String kind,
    Map<String, List<String>> include,
    Map<String, List<String>> exclude,
    LocalDate from,
    LocalDate to,
    boolean byDate,
    int page,
    int size,
    String after) {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /**
   * The narrowing of an article search: its actor and topic filters and exclusions, actors under
   * their entities' canonical names (a filter by any name of an entity finds it).
   */
  static Narrowing articles(SearchRequest request, Entities names) throws IOException {
    return of(
        Schema.KIND_ARTICLE,
        request,
        Map.of(Schema.ACTOR, names.canonical(request.actors()), Schema.TOPIC, request.topics()),
        Map.of(
            Schema.ACTOR, names.canonical(request.notActors()), Schema.TOPIC, request.notTopics()));
  }

  /** The narrowing of a statement search: speakers (canonical), speaker types and topics. */
  static Narrowing statements(StatementRequest request, Entities names) throws IOException {
    SearchRequest r = request.base();
    return of(
        Schema.KIND_STATEMENT,
        r,
        Map.of(
            Schema.SPEAKER,
            names.canonical(r.actors()),
            Schema.SPEAKER_TYPE,
            request.speakerTypes(),
            Schema.TOPIC,
            r.topics()),
        Map.of(Schema.SPEAKER, names.canonical(r.notActors()), Schema.TOPIC, r.notTopics()));
  }

  /** {@code query} with every filter and exclusion: the hits themselves, for counts and exports. */
  ObjectNode all(ObjectNode query) {
    ObjectNode node = JSON.objectNode();
    ObjectNode bool = node.putObject("bool");
    bool.putArray("must").add(base(query, null, null));
    bool.putArray("filter").add(includes(null));
    return node;
  }

  /** The narrowing of {@code request} over documents of {@code kind}, its filters per dimension. */
  static Narrowing of(
      String kind,
      SearchRequest request,
      Map<String, List<String>> include,
      Map<String, List<String>> exclude) {
    return new Narrowing(
        kind,
        new LinkedHashMap<>(include),
        new LinkedHashMap<>(exclude),
        request.from(),
        request.to(),
        request.query().isEmpty() || request.sort() == SortOrder.DATE,
        request.page(),
        request.size(),
        request.after());
  }

  /**
   * {@code query} restricted to the kind and dates, without the excluded values except {@code
   * keepDim}'s {@code keepValue} (null: none kept): what the hits are before the facet filters.
   */
  ObjectNode base(ObjectNode query, String keepDim, String keepValue) {
    ObjectNode node = JSON.objectNode();
    ObjectNode bool = node.putObject("bool");
    bool.putArray("must").add(query);
    ArrayNode filter = bool.putArray("filter");
    filter.add(term(Schema.KIND, kind));
    dates(filter, from, to);
    ArrayNode mustNot = bool.putArray("must_not");
    exclude.forEach(
        (dim, values) ->
            values.stream()
                .filter(v -> !(dim.equals(keepDim) && v.equals(keepValue)))
                .forEach(v -> mustNot.add(term(dim, v))));
    return node;
  }

  /** The facet filters of every dimension but {@code skipDim} (null: all of them), AND'ed. */
  ObjectNode includes(String skipDim) {
    ObjectNode node = JSON.objectNode();
    ArrayNode filter = node.putObject("bool").putArray("filter");
    include.forEach(
        (dim, values) -> {
          if (!values.isEmpty() && !dim.equals(skipDim)) {
            ArrayNode any = filter.addObject().putObject("terms").putArray(dim);
            values.forEach(any::add);
          }
        });
    return node;
  }

  /** Adds to {@code filter} the range of dates from {@code from} to {@code to} (null: open). */
  static void dates(ArrayNode filter, LocalDate from, LocalDate to) {
    if (from != null || to != null) {
      ObjectNode range = filter.addObject().putObject("range").putObject(Schema.DATE);
      if (from != null) {
        range.put("gte", from.toString());
      }
      if (to != null) {
        range.put("lte", to.toString());
      }
    }
  }

  /** {@code values} as a JSON array, for {@code terms} filters and {@code _source} includes. */
  static ArrayNode strings(List<String> values) {
    ArrayNode array = JSON.arrayNode();
    values.forEach(array::add);
    return array;
  }

  static ObjectNode term(String field, String value) {
    ObjectNode node = JSON.objectNode();
    node.putObject("term").put(field, value);
    return node;
  }
}
