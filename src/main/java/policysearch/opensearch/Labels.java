package policysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import policysearch.extract.Actor;
import policysearch.extract.ActorType;
import policysearch.extract.Taxonomy;
import policysearch.extract.Topic;
import policysearch.index.Schema;
import policysearch.resolve.Fold;
import policysearch.search.FacetValue;

/**
 * Labels facet values as the embedded index does: an actor or speaker with its type (from the
 * articles' {@link Schema#ACTOR_TYPED} terms; a name found is remembered, one not found is asked
 * again, as an ingest running meanwhile may add it), a topic with its label.
 */
final class Labels {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int MAX_REMEMBERED = 100_000;
  private static final int CANDIDATES = 1000;

  private final Connection connection;
  private final String index;
  private final Taxonomy taxonomy;
  private final Map<String, ActorType> types = new ConcurrentHashMap<>();
  private final Entities entities;

  Labels(Connection connection, String index, Taxonomy taxonomy, Entities entities) {
    this.connection = connection;
    this.index = index;
    this.taxonomy = taxonomy;
    this.entities = entities;
  }

  /** {@code counts} of dimension {@code dim}, in their order, labelled. */
  List<FacetValue> label(String dim, Map<String, Long> counts) throws IOException {
    boolean actors = dim.equals(Schema.ACTOR) || dim.equals(Schema.SPEAKER);
    if (actors) {
      learn(counts.keySet().stream().filter(name -> !types.containsKey(name)).toList());
    }
    List<FacetValue> values = new ArrayList<>(counts.size());
    counts.forEach(
        (value, count) -> {
          if (actors) {
            String type = types.containsKey(value) ? types.get(value).toString() : null;
            values.add(new FacetValue(value, count, type, null));
          } else if (dim.equals(Schema.TOPIC)) {
            values.add(
                new FacetValue(
                    value, count, null, taxonomy.get(value).map(Topic::label).orElse(value)));
          } else {
            values.add(new FacetValue(value, count, null, null));
          }
        });
    return values;
  }

  /**
   * The name as the index writes it of the actor {@code asked} names in any case, accents or
   * punctuation ("janet YELLEN"), as the embedded index looks names up; {@code asked} itself when
   * no article names such an actor.
   */
  String indexed(String asked) throws IOException {
    String entity = entities.names().canonical(asked);
    if (entities.names().contains(entity) && type(entity) != null) {
      return entity;
    }
    if (type(asked) != null) {
      return asked;
    }
    ObjectNode body = JSON.objectNode();
    body.put("size", 0);
    ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
    filter.add(Narrowing.term(Schema.KIND, Schema.KIND_ARTICLE));
    filter.addObject().putObject("match").putObject(Schema.ACTOR_TEXT).put("query", asked);
    body.putObject("aggs")
        .putObject("names")
        .putObject("terms")
        .put("field", Schema.ACTOR)
        .put("size", CANDIDATES);
    String key = Fold.lookupKey(asked);
    for (JsonNode bucket :
        connection
            .send("POST", index + "/_search", body)
            .path("aggregations")
            .path("names")
            .path("buckets")) {
      String name = bucket.path("key").asText();
      if (Fold.lookupKey(name).equals(key)) {
        return name;
      }
    }
    return asked;
  }

  /** The type of the actor named {@code name} in some article, or null when none names it. */
  ActorType type(String name) throws IOException {
    if (!types.containsKey(name)) {
      learn(List.of(name));
    }
    return types.get(name);
  }

  /** Looks up the types of {@code names} in one request: their typed terms, if any article has. */
  private void learn(List<String> names) throws IOException {
    if (names.isEmpty()) {
      return;
    }
    if (types.size() > MAX_REMEMBERED) {
      types.clear();
    }
    ObjectNode body = JSON.objectNode();
    body.put("size", 0);
    ObjectNode terms =
        body.putObject("aggs")
            .putObject("typed")
            .putObject("terms")
            .put("field", Schema.ACTOR_TYPED);
    terms.put("size", names.size() * ActorType.values().length);
    ArrayNode include = terms.putArray("include");
    for (String name : names) {
      for (ActorType type : ActorType.values()) {
        include.add(Schema.typedName(Actor.of(name, type)));
      }
    }
    JsonNode answer = connection.send("POST", index + "/_search", body);
    // The first type in term order wins, as in the embedded index's look-up.
    TreeSet<String> found = new TreeSet<>();
    answer
        .path("aggregations")
        .path("typed")
        .path("buckets")
        .forEach(b -> found.add(b.path("key").asText()));
    for (String term : found) {
      Actor actor = Schema.fromTypedName(term);
      types.putIfAbsent(actor.name(), actor.type());
    }
  }
}
