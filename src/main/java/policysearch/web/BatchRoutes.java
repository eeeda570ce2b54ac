package policysearch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import policysearch.search.InvalidRequestException;
import policysearch.search.SearchBackend;
import policysearch.search.SearchRequest;
import policysearch.search.SortOrder;
import policysearch.search.StatementRequest;

/**
 * {@code POST /api/batch}: {@code {"queries": [...], actor, not_actor, topic, not_topic,
 * speaker_type, from, to}} → {@code {rows: [{query, articles, statements} or {query, error}]}}. A
 * bad body or filter is a 400; a bad line gets its own error in its row.
 */
final class BatchRoutes implements RouteGroup {
  private static final String SHAPE =
      "the body must be a JSON object like {\"queries\": [\"tariffs\", \"Ana Lopez\"]}";

  private final SearchBackend search;
  private final ObjectMapper mapper;

  BatchRoutes(SearchBackend search, ObjectMapper mapper) {
    this.search = search;
    this.mapper = mapper;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.post("/api/batch", this::batch);
  }

  private void batch(Context ctx) throws IOException {
    JsonNode body = body(ctx);
    JsonNode queries = body.get("queries");
    if (queries == null || queries.isNull()) {
      throw new InvalidRequestException("queries is missing: " + SHAPE);
    }
    if (!queries.isArray()) {
      throw new InvalidRequestException("queries must be a list of lines: " + SHAPE);
    }
    if (queries.size() > SearchBackend.MAX_BATCH_LINES) {
      throw new InvalidRequestException(
          "a batch holds at most "
              + SearchBackend.MAX_BATCH_LINES
              + " lines, not "
              + queries.size());
    }
    List<String> lines = texts(queries, "queries");
    ctx.json(Map.of("rows", search.batch(lines, filters(body))));
  }

  private JsonNode body(Context ctx) {
    try {
      JsonNode body = mapper.readTree(ctx.bodyAsBytes());
      if (body == null || !body.isObject()) {
        throw new InvalidRequestException(SHAPE);
      }
      return body;
    } catch (JsonProcessingException e) {
      throw new InvalidRequestException("the body is not JSON: " + SHAPE);
    } catch (IOException e) {
      throw new InvalidRequestException(SHAPE);
    }
  }

  private static StatementRequest filters(JsonNode body) {
    SearchRequest request =
        new SearchRequest(
            "",
            list(body, "actor"),
            list(body, "topic"),
            list(body, "not_actor"),
            list(body, "not_topic"),
            SearchParams.date("from", text(body, "from")),
            SearchParams.date("to", text(body, "to")),
            SortOrder.RELEVANCE,
            1,
            1,
            null);
    return new StatementRequest(request, SearchParams.speakerTypes(list(body, "speaker_type")));
  }

  /** A filter given as a list of texts or one text; absent is empty. */
  private static List<String> list(JsonNode body, String name) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      return List.of();
    }
    List<String> values = node.isArray() ? texts(node, name) : List.of(text(body, name));
    return values.stream().filter(v -> !v.isBlank()).toList();
  }

  private static List<String> texts(JsonNode array, String name) {
    List<String> texts = new ArrayList<>(array.size());
    for (JsonNode item : array) {
      if (!item.isTextual()) {
        throw new InvalidRequestException(name + " must hold texts, not " + kind(item));
      }
      texts.add(item.asText());
    }
    return texts;
  }

  private static String text(JsonNode body, String name) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new InvalidRequestException(name + " must be a text, not " + kind(node));
    }
    return node.asText();
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
