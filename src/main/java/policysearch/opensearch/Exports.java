package policysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import policysearch.extract.Actor;
import policysearch.index.Schema;
import policysearch.search.ArticleRow;
import policysearch.search.BatchRow;
import policysearch.search.InvalidRequestException;
import policysearch.search.RowSink;
import policysearch.search.SearchBackend;
import policysearch.search.SearchRequest;
import policysearch.search.StatementRequest;
import policysearch.search.StatementRow;

/**
 * Whole result sets and batch counts on OpenSearch: an export pages through every hit with {@code
 * search_after} in passes of 10,000 (the cluster's result window), in the search's order; a batch
 * counts each line's articles and statements under the same filters ({@code _count}), within the
 * embedded index's 30 s budget for the whole batch.
 */
final class Exports {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int PASS = 10_000;
  private static final Duration BUDGET = Duration.ofSeconds(30);

  private final OpenSearchBackend backend;
  private final QueryText queries;
  private final Entities entities;

  Exports(OpenSearchBackend backend, QueryText queries, Entities entities) {
    this.backend = backend;
    this.queries = queries;
    this.entities = entities;
  }

  void articles(SearchRequest request, RowSink<ArticleRow> sink) throws IOException {
    each(
        Narrowing.articles(request, entities),
        queries.query(request.query(), entities.names()),
        Schema.ARTICLE_ROW_FIELDS,
        sink,
        s ->
            new ArticleRow(
                Sources.text(s, Schema.ID),
                Sources.text(s, Schema.DATE),
                Sources.text(s, Schema.TITLE),
                Sources.text(s, Schema.SOURCE),
                Sources.text(s, Schema.URL),
                names(s, Schema.ACTOR_STORED),
                Sources.strings(s, Schema.TOPIC)));
  }

  void statements(StatementRequest request, RowSink<StatementRow> sink) throws IOException {
    each(
        Narrowing.statements(request, entities),
        queries.query(request.base().query(), entities.names()),
        Schema.STATEMENT_ROW_FIELDS,
        sink,
        s ->
            new StatementRow(
                Sources.text(s, Schema.ID),
                Sources.text(s, Schema.DATE),
                names(s, Schema.SPEAKER_STORED),
                Sources.text(s, Schema.VERB),
                Sources.text(s, Schema.BODY),
                Sources.text(s, Schema.ARTICLE_ID),
                Sources.text(s, Schema.ARTICLE_TITLE),
                Sources.strings(s, Schema.TOPIC),
                Schema.decodeAttribution(Sources.text(s, Schema.ATTRIBUTION))));
  }

  private <T> void each(
      Narrowing narrowing,
      ObjectNode query,
      List<String> fields,
      RowSink<T> sink,
      Function<JsonNode, T> row)
      throws IOException {
    JsonNode after = null;
    boolean first = true;
    while (true) {
      ObjectNode body = JSON.objectNode();
      body.set("query", narrowing.all(query));
      body.put("size", PASS);
      body.put("track_total_hits", first);
      ArrayNode sort = body.putArray("sort");
      sort.addObject().putObject(narrowing.byDate() ? Schema.DATE : "_score").put("order", "desc");
      sort.addObject().putObject(Schema.ID).put("order", "asc");
      body.putObject("_source").set("includes", Narrowing.strings(fields));
      if (after != null) {
        body.set("search_after", after);
      }
      // The first pass is time-limited (a query too slow is refused before the download starts);
      // later ones are not, as in the embedded index.
      JsonNode answer = first ? backend.send(body) : backend.sendUnbounded(body);
      if (first) {
        sink.total(answer.path("hits").path("total").path("value").asLong());
        first = false;
      }
      JsonNode hits = answer.path("hits").path("hits");
      for (JsonNode hit : hits) {
        sink.accept(row.apply(hit.path("_source")));
      }
      if (hits.size() < PASS) {
        return;
      }
      after = hits.get(hits.size() - 1).path("sort");
    }
  }

  /** Each line's article and statement counts under {@code filters}, or why it was not counted. */
  List<BatchRow> batch(List<String> lines, StatementRequest filters) throws IOException {
    if (lines.size() > SearchBackend.MAX_BATCH_LINES) {
      throw new InvalidRequestException(
          "a batch holds at most " + SearchBackend.MAX_BATCH_LINES + " lines, not " + lines.size());
    }
    long end = System.nanoTime() + BUDGET.toNanos();
    List<BatchRow> rows = new ArrayList<>(lines.size());
    for (String line : lines) {
      String text = line == null ? "" : line.strip();
      if (text.isEmpty()) {
        rows.add(new BatchRow(text, null, null, "an empty line: write a name or some words"));
      } else if (System.nanoTime() - end > 0) {
        rows.add(
            new BatchRow(
                text,
                null,
                null,
                "not counted: the batch ran out of its " + BUDGET.toSeconds() + " s"));
      } else {
        rows.add(count(text, filters));
      }
    }
    return rows;
  }

  private BatchRow count(String text, StatementRequest filters) throws IOException {
    SearchRequest f = filters.base();
    try {
      SearchRequest articles =
          new SearchRequest(
              text,
              f.actors(),
              f.topics(),
              f.notActors(),
              f.notTopics(),
              f.from(),
              f.to(),
              f.sort(),
              1,
              1,
              null);
      ObjectNode query = queries.query(text, entities.names());
      return new BatchRow(
          text,
          count(Narrowing.articles(articles, entities).all(query)),
          count(
              Narrowing.statements(new StatementRequest(articles, filters.speakerTypes()), entities)
                  .all(query)),
          null);
    } catch (InvalidRequestException e) {
      return new BatchRow(text, null, null, e.getMessage());
    }
  }

  /** The exact number of hits, within the time limit (a line too slow is that line's error). */
  private long count(ObjectNode query) throws IOException {
    ObjectNode body = JSON.objectNode();
    body.set("query", query);
    body.put("size", 0);
    body.put("track_total_hits", true);
    return backend.send(body).path("hits").path("total").path("value").asLong();
  }

  private static List<String> names(JsonNode source, String field) {
    return Sources.strings(source, field).stream()
        .map(Schema::decodeActor)
        .map(Actor::name)
        .toList();
  }
}
