package policysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import policysearch.corpus.DocumentFacts;
import policysearch.index.Schema;
import policysearch.search.ArticleView;
import policysearch.search.NotFoundException;
import policysearch.search.OriginalFile;
import policysearch.search.StatementHit;

/**
 * Articles read whole from the cluster by id: the article view with its statements in text order,
 * the original file an article was read from, and the bodies that paged hits' snippets need.
 */
final class ArticleReads {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int MAX_STATEMENTS = 1000;

  private final Searcher searcher;

  ArticleReads(Searcher searcher) {
    this.searcher = searcher;
  }

  /** The whole article with its statements, if the id is known. */
  Optional<ArticleView> article(String id) throws IOException {
    JsonNode found = byId(id, Schema.KIND_ARTICLE, List.of());
    if (found == null) {
      return Optional.empty();
    }
    ObjectNode body = JSON.objectNode();
    body.put("size", MAX_STATEMENTS);
    ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
    filter.add(Narrowing.term(Schema.KIND, Schema.KIND_STATEMENT));
    filter.add(Narrowing.term(Schema.ARTICLE_ID, id));
    body.putObject("_source").set("includes", Narrowing.strings(Schema.STATEMENT_HIT_FIELDS));
    List<StatementHit> statements = new ArrayList<>();
    for (JsonNode hit : searcher.send(body).path("hits").path("hits")) {
      statements.add(Sources.statement(hit));
    }
    // Offsets are kept in the source only (no doc values to sort by): text order here.
    statements.sort(Comparator.comparingInt(StatementHit::start));
    return Optional.of(Sources.article(found.path("_source"), statements));
  }

  /** The document file article {@code id} was read from. */
  OriginalFile original(String id) throws IOException {
    JsonNode found = byId(id, Schema.KIND_ARTICLE, List.of(Schema.PATH, Schema.DOCUMENT));
    if (found == null) {
      throw new NotFoundException("No article with id '" + id + "'");
    }
    JsonNode source = found.path("_source");
    DocumentFacts facts = Schema.decodeDocumentFacts(Sources.text(source, Schema.DOCUMENT));
    if (facts == null) {
      throw new NotFoundException("Article '" + id + "' was not read from a document file");
    }
    return new OriginalFile(
        Path.of(Sources.text(source, Schema.PATH)), facts.format(), facts.fileHash());
  }

  /** The document of {@code kind} with this id, its {@code fields} (empty: all), or null. */
  JsonNode byId(String id, String kind, List<String> fields) throws IOException {
    ObjectNode body = JSON.objectNode();
    body.put("size", 1);
    ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
    filter.add(Narrowing.term(Schema.KIND, kind));
    filter.add(Narrowing.term(Schema.ID, id));
    if (!fields.isEmpty()) {
      body.putObject("_source").set("includes", Narrowing.strings(fields));
    }
    JsonNode hits = searcher.send(body).path("hits").path("hits");
    return hits.isEmpty() ? null : hits.get(0);
  }

  /** The bodies of the hits read from paged documents, by id: their snippets' pages need them. */
  Map<String, String> bodiesOfPaged(List<JsonNode> hits) throws IOException {
    List<String> ids =
        hits.stream().filter(Sources::paged).map(h -> h.path("_id").asText()).toList();
    Map<String, String> bodies = new HashMap<>();
    if (ids.isEmpty()) {
      return bodies;
    }
    ObjectNode body = JSON.objectNode();
    body.put("size", ids.size());
    ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
    filter.add(Narrowing.term(Schema.KIND, Schema.KIND_ARTICLE));
    filter.addObject().putObject("terms").set(Schema.ID, Narrowing.strings(ids));
    body.putObject("_source").set("includes", Narrowing.strings(List.of(Schema.BODY)));
    for (JsonNode hit : searcher.send(body).path("hits").path("hits")) {
      bodies.put(hit.path("_id").asText(), Sources.text(hit.path("_source"), Schema.BODY));
    }
    return bodies;
  }
}
