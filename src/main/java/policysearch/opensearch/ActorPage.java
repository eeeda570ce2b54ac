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
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import policysearch.extract.Actor;
import policysearch.extract.ActorType;
import policysearch.index.Schema;
import policysearch.search.ActorView;
import policysearch.search.EntityNames;
import policysearch.search.FacetValue;

/**
 * The actor page's facts on OpenSearch, as the embedded index counts them: articles naming the
 * actor and statements by it (in all and per month), its top topics and co-actors (terms
 * aggregations on the actor's filter), and the roles its articles give it, read from their stored
 * actors page by page. A name is looked up among every name of its entity, and the page lists the
 * entity's other names.
 */
final class ActorPage {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int TOP = 10;
  private static final int PAGE = 1000;

  private final OpenSearchBackend backend;
  private final Labels labels;
  private final Entities entities;

  ActorPage(OpenSearchBackend backend, Labels labels, Entities entities) {
    this.backend = backend;
    this.labels = labels;
    this.entities = entities;
  }

  Optional<ActorView> of(String asked) throws IOException {
    String name = labels.indexed(asked);
    ActorType type = labels.type(name);
    if (type == null) {
      return Optional.empty();
    }
    EntityNames aliases = entities.names();
    JsonNode articles = counts(Schema.KIND_ARTICLE, Schema.ACTOR, name, true);
    JsonNode statements = counts(Schema.KIND_STATEMENT, Schema.SPEAKER, name, false);
    Map<String, Long> topics = new LinkedHashMap<>();
    articles
        .path("aggregations")
        .path("topics")
        .path("buckets")
        .forEach(b -> topics.put(b.path("key").asText(), b.path("doc_count").asLong()));
    Map<String, Long> others = new LinkedHashMap<>();
    for (JsonNode b : articles.path("aggregations").path("actors").path("buckets")) {
      if (!b.path("key").asText().equals(name) && others.size() < TOP) {
        others.put(b.path("key").asText(), b.path("doc_count").asLong());
      }
    }
    List<ActorView.CoActor> coActors = new ArrayList<>();
    for (FacetValue v : labels.label(Schema.ACTOR, others)) {
      coActors.add(new ActorView.CoActor(v.value(), v.type(), v.count()));
    }
    return Optional.of(
        new ActorView(
            name,
            type.toString(),
            aliases.aliases(name),
            roles(name),
            total(articles),
            total(statements),
            months(articles, statements),
            labels.label(Schema.TOPIC, topics),
            coActors));
  }

  private JsonNode counts(String kind, String field, String name, boolean facets)
      throws IOException {
    ObjectNode body = JSON.objectNode();
    body.put("size", 0);
    body.put("track_total_hits", true);
    body.set("query", filter(kind, field, name));
    ObjectNode aggs = body.putObject("aggs");
    aggs.putObject("months")
        .putObject("date_histogram")
        .put("field", Schema.DATE)
        .put("calendar_interval", "month")
        .put("format", "yyyy-MM")
        .put("min_doc_count", 1);
    if (facets) {
      aggs.putObject("topics").set("terms", FacetedQuery.terms(Schema.TOPIC, TOP));
      aggs.putObject("actors").set("terms", FacetedQuery.terms(Schema.ACTOR, TOP + 1));
    }
    return backend.send(body);
  }

  private static ObjectNode filter(String kind, String field, String name) {
    ObjectNode query = JSON.objectNode();
    ArrayNode filter = query.putObject("bool").putArray("filter");
    filter.add(Narrowing.term(Schema.KIND, kind));
    filter.add(Narrowing.term(field, name));
    return query;
  }

  private static long total(JsonNode answer) {
    return answer.path("hits").path("total").path("value").asLong();
  }

  private static List<ActorView.Month> months(JsonNode articles, JsonNode statements) {
    Map<String, long[]> counts = new TreeMap<>();
    articles
        .path("aggregations")
        .path("months")
        .path("buckets")
        .forEach(b -> month(counts, b)[0] = b.path("doc_count").asLong());
    statements
        .path("aggregations")
        .path("months")
        .path("buckets")
        .forEach(b -> month(counts, b)[1] = b.path("doc_count").asLong());
    List<ActorView.Month> months = new ArrayList<>();
    counts.forEach((m, c) -> months.add(new ActorView.Month(m, c[0], c[1])));
    return months;
  }

  private static long[] month(Map<String, long[]> counts, JsonNode bucket) {
    return counts.computeIfAbsent(bucket.path("key_as_string").asText(), k -> new long[2]);
  }

  /** The roles the actor's articles give it, with the first and last date of each. */
  private List<ActorView.Role> roles(String name) throws IOException {
    Map<String, TreeSet<String>> spans = new TreeMap<>();
    JsonNode after = null;
    while (true) {
      ObjectNode body = JSON.objectNode();
      body.put("size", PAGE);
      body.set("query", filter(Schema.KIND_ARTICLE, Schema.ACTOR, name));
      body.putArray("sort").addObject().putObject(Schema.ID).put("order", "asc");
      body.putObject("_source")
          .set("includes", Narrowing.strings(List.of(Schema.DATE, Schema.ACTOR_STORED)));
      if (after != null) {
        body.set("search_after", after);
      }
      JsonNode hits = backend.send(body).path("hits").path("hits");
      for (JsonNode hit : hits) {
        String date = Sources.text(hit.path("_source"), Schema.DATE);
        for (String stored : Sources.strings(hit.path("_source"), Schema.ACTOR_STORED)) {
          Actor actor = Schema.decodeActor(stored);
          if (actor.name().equals(name)) {
            actor.roles().forEach(r -> spans.computeIfAbsent(r, k -> new TreeSet<>()).add(date));
          }
        }
      }
      if (hits.size() < PAGE) {
        break;
      }
      after = hits.get(hits.size() - 1).path("sort");
    }
    List<ActorView.Role> roles = new ArrayList<>();
    spans.forEach(
        (role, dates) -> roles.add(new ActorView.Role(role, dates.first(), dates.last())));
    roles.sort((a, b) -> a.from().compareTo(b.from()));
    return roles;
  }
}
