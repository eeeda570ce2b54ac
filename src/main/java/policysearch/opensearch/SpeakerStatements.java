package policysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import policysearch.extract.Actor;
import policysearch.extract.ActorType;
import policysearch.index.Schema;
import policysearch.search.ActorStatements;
import policysearch.search.FacetValue;
import policysearch.search.NotFoundException;
import policysearch.search.Occurrence;
import policysearch.search.SearchRequest;
import policysearch.search.SortOrder;
import policysearch.search.StatementHit;

/**
 * One actor's statements over time on OpenSearch, as the embedded index lists them: newest first, a
 * statement repeated in several articles once ({@code collapse} on its quote key, the other copies
 * as {@code also_in}, the total a count of distinct quote keys), with topic counts overall and per
 * year. Names are looked up as extracted: the cluster has no corpus-level resolution.
 */
final class SpeakerStatements {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int MAX_COPIES = 20;
  private static final int TOP_VALUES = 100;
  private static final int MAX_EXACT_COUNT = 40_000;

  private final OpenSearchBackend backend;
  private final Labels labels;
  private final Entities entities;

  SpeakerStatements(OpenSearchBackend backend, Labels labels, Entities entities) {
    this.backend = backend;
    this.labels = labels;
    this.entities = entities;
  }

  ActorStatements of(String asked, int page, int size) throws IOException {
    // Page and size have the bounds of every search: a bad one is a 400, not a negative offset.
    new SearchRequest("", List.of(asked), List.of(), null, null, SortOrder.DATE, page, size);
    String name = labels.indexed(asked);
    ActorType type = labels.type(name);
    if (type == null) {
      throw new NotFoundException("No actor named '" + name + "'");
    }
    ObjectNode body = JSON.objectNode();
    body.put("size", size);
    body.put("from", (page - 1) * size);
    ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
    filter.add(Narrowing.term(Schema.KIND, Schema.KIND_STATEMENT));
    filter.add(Narrowing.term(Schema.SPEAKER, name));
    ArrayNode sort = body.putArray("sort");
    sort.addObject().putObject(Schema.DATE).put("order", "desc");
    sort.addObject().putObject(Schema.ID).put("order", "asc");
    body.putObject("_source").set("includes", Narrowing.strings(Schema.STATEMENT_HIT_FIELDS));
    ObjectNode collapse = body.putObject("collapse").put("field", Schema.QUOTE_KEY);
    ObjectNode copies = collapse.putObject("inner_hits").put("name", "copies");
    copies.put("size", MAX_COPIES);
    copies.putArray("sort").addObject().putObject(Schema.DATE).put("order", "desc");
    copies
        .putObject("_source")
        .set("includes", Narrowing.strings(List.of(Schema.ARTICLE_ID, Schema.DATE)));
    ObjectNode aggs = body.putObject("aggs");
    aggs.putObject("distinct")
        .putObject("cardinality")
        .put("field", Schema.QUOTE_KEY)
        .put("precision_threshold", MAX_EXACT_COUNT);
    ObjectNode topics = terms(aggs, "topics", Schema.TOPIC);
    terms(aggs, "years", Schema.YEAR).putObject("aggs").set("topics", topics.deepCopy());
    JsonNode answer = backend.send(body);
    List<StatementHit> hits = new ArrayList<>();
    for (JsonNode hit : answer.path("hits").path("hits")) {
      hits.add(Sources.statement(hit).withAlsoIn(copies(hit)));
    }
    JsonNode found = answer.path("aggregations");
    List<ActorStatements.YearTopics> byYear = new ArrayList<>();
    for (JsonNode year : found.path("years").path("buckets")) {
      byYear.add(
          new ActorStatements.YearTopics(
              year.path("key").asText(),
              year.path("doc_count").asLong(),
              plain(counts(year.path("topics")))));
    }
    byYear.sort((a, b) -> b.year().compareTo(a.year()));
    return new ActorStatements(
        Actor.of(name, type),
        entities.names().aliases(name),
        found.path("distinct").path("value").asLong(),
        page,
        size,
        hits,
        labels.label(Schema.TOPIC, counts(found.path("topics"))),
        byYear);
  }

  private static ObjectNode terms(ObjectNode aggs, String name, String field) {
    ObjectNode agg = aggs.putObject(name);
    agg.set("terms", FacetedQuery.terms(field, TOP_VALUES));
    return agg;
  }

  private static Map<String, Long> counts(JsonNode agg) {
    Map<String, Long> counts = new LinkedHashMap<>();
    agg.path("buckets")
        .forEach(b -> counts.put(b.path("key").asText(), b.path("doc_count").asLong()));
    return counts;
  }

  /** Per-year topic counts are unlabelled in the embedded index's answer too. */
  private static List<FacetValue> plain(Map<String, Long> counts) {
    List<FacetValue> values = new ArrayList<>();
    counts.forEach((value, count) -> values.add(new FacetValue(value, count, null, null)));
    return values;
  }

  /** The other articles a collapsed statement appears in, newest first. */
  private static List<Occurrence> copies(JsonNode hit) {
    List<Occurrence> copies = new ArrayList<>();
    JsonNode inner = hit.path("inner_hits").path("copies").path("hits").path("hits");
    for (JsonNode copy : inner) {
      if (copy.path("_id").asText().equals(hit.path("_id").asText())) {
        continue;
      }
      JsonNode source = copy.path("_source");
      copies.add(
          new Occurrence(
              Sources.text(source, Schema.ARTICLE_ID), Sources.text(source, Schema.DATE)));
    }
    return copies;
  }
}
