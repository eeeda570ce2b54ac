package policysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import policysearch.index.Schema;
import policysearch.search.FacetValue;
import policysearch.search.Suggestion;
import policysearch.search.Suggestions;

/**
 * Search-box suggestions on OpenSearch, matched as the embedded index's infix suggester matches:
 * every typed word starts a word of the entry, the last one as a prefix. Up to six actors and three
 * topics by how many articles have them (one request: actor names with a word starting with the
 * last typed word, counted over the articles whose names hold every word), and five titles, newest
 * first. Nothing is built ahead: each request asks the cluster.
 */
final class Suggest {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int ACTORS = 6;
  private static final int TOPICS = 3;
  private static final int TITLES = 5;
  private static final int CANDIDATES = 1000;

  private final OpenSearchBackend backend;
  private final Labels labels;

  Suggest(OpenSearchBackend backend, Labels labels) {
    this.backend = backend;
    this.labels = labels;
  }

  List<Suggestion> suggest(String text) throws IOException {
    List<Suggestion> result = new ArrayList<>();
    String key = Suggestions.key(text);
    if (key == null) {
      return result;
    }
    List<String> words = words(key);
    if (words.isEmpty()) {
      return result;
    }
    ObjectNode body = JSON.objectNode();
    body.put("size", 0);
    body.set("query", Narrowing.term(Schema.KIND, Schema.KIND_ARTICLE));
    ObjectNode aggs = body.putObject("aggs");
    ObjectNode actors = aggs.putObject("actors");
    actors
        .putObject("filter")
        .putObject("match_bool_prefix")
        .putObject(Schema.ACTOR_TEXT)
        .put("query", key)
        .put("operator", "and");
    actors
        .putObject("aggs")
        .putObject("v")
        .putObject("terms")
        .put("field", Schema.ACTOR)
        .put("size", CANDIDATES)
        .put("include", wordPrefix(words.get(words.size() - 1)));
    aggs.putObject("topics").putObject("terms").put("field", Schema.TOPIC).put("size", CANDIDATES);
    JsonNode found = backend.send(body).path("aggregations");
    for (FacetValue actor : matching(Schema.ACTOR, found.path("actors").path("v"), words, ACTORS)) {
      result.add(
          new Suggestion("actor", actor.value(), actor.value(), actor.type(), actor.count(), null));
    }
    for (FacetValue topic : matching(Schema.TOPIC, found.path("topics"), words, TOPICS)) {
      result.add(new Suggestion("topic", topic.value(), topic.label(), null, topic.count(), null));
    }
    result.addAll(titles(key));
    return result;
  }

  /** The labelled values of a terms aggregation whose name or label every word starts a word of. */
  private List<FacetValue> matching(String dim, JsonNode agg, List<String> words, int max)
      throws IOException {
    Map<String, Long> counts = new LinkedHashMap<>();
    agg.path("buckets")
        .forEach(b -> counts.put(b.path("key").asText(), b.path("doc_count").asLong()));
    List<FacetValue> matching = new ArrayList<>();
    for (FacetValue value : labels.label(dim, counts)) {
      String shown = value.label() == null ? value.value() : value.label();
      if (matching.size() < max && matches(words(shown), words)) {
        matching.add(value);
      }
    }
    return matching;
  }

  private List<Suggestion> titles(String key) throws IOException {
    ObjectNode body = JSON.objectNode();
    body.put("size", TITLES);
    ObjectNode bool = body.putObject("query").putObject("bool");
    bool.putArray("filter").add(Narrowing.term(Schema.KIND, Schema.KIND_ARTICLE));
    bool.putArray("must")
        .addObject()
        .putObject("match_bool_prefix")
        .putObject(Schema.TITLE + ".exact")
        .put("query", key)
        .put("operator", "and");
    body.putArray("sort").addObject().putObject(Schema.DATE).put("order", "desc");
    body.putObject("_source")
        .set("includes", Narrowing.strings(List.of(Schema.ID, Schema.TITLE, Schema.DATE)));
    List<Suggestion> titles = new ArrayList<>();
    for (JsonNode hit : backend.send(body).path("hits").path("hits")) {
      JsonNode source = hit.path("_source");
      titles.add(
          new Suggestion(
              "title",
              Sources.text(source, Schema.ID),
              Sources.text(source, Schema.TITLE),
              null,
              null,
              Sources.text(source, Schema.DATE)));
    }
    return titles;
  }

  /** Whether each typed word starts some word of the entry's (the last typed one as a prefix). */
  static boolean matches(List<String> entry, List<String> typed) {
    for (int i = 0; i < typed.size(); i++) {
      String word = typed.get(i);
      boolean last = i == typed.size() - 1;
      if (entry.stream().noneMatch(e -> last ? e.startsWith(word) : e.equals(word))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }

  /** A terms-aggregation pattern: a name with a word starting with {@code word}, in any case. */
  private static String wordPrefix(String word) {
    StringBuilder pattern = new StringBuilder("(.*[^a-zA-Z0-9])?");
    for (char c : word.toCharArray()) {
      char upper = Character.toUpperCase(c);
      if (Character.isLetter(c) && upper != c) {
        pattern.append('[').append(c).append(upper).append(']');
      } else if (Character.isLetterOrDigit(c)) {
        pattern.append(c);
      } else {
        pattern.append('\\').append(c);
      }
    }
    return pattern.append(".*").toString();
  }
}
