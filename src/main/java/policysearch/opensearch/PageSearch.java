package policysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import policysearch.index.Schema;
import policysearch.search.Hit;
import policysearch.search.QueryShape;
import policysearch.search.SearchRequest;
import policysearch.search.SearchResult;
import policysearch.search.StatementHit;
import policysearch.search.StatementRequest;
import policysearch.search.StatementResult;

/**
 * One page of articles or statements with facet counts, histogram and highlighted text: the query
 * text and filters under the entities' canonical names, one faceted request ({@link FacetedQuery}),
 * the hits as API records.
 */
final class PageSearch {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /**
   * Characters of a snippet: sentences are joined up to this length and a longer one is cut after
   * it (the embedded index shows one sentence, reaching at most as far each way from its match).
   */
  private static final int FRAGMENT = 250;

  private static final List<String> ARTICLE_DIMS = List.of(Schema.ACTOR, Schema.TOPIC, Schema.YEAR);
  private static final List<String> STATEMENT_DIMS =
      List.of(Schema.SPEAKER, Schema.SPEAKER_TYPE, Schema.TOPIC, Schema.YEAR);

  private final QueryText queries;
  private final Entities entities;
  private final FacetedQuery faceted;
  private final ArticleReads reads;

  PageSearch(QueryText queries, Entities entities, FacetedQuery faceted, ArticleReads reads) {
    this.queries = queries;
    this.entities = entities;
    this.faceted = faceted;
    this.reads = reads;
  }

  SearchResult articles(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    ObjectNode query = queries.query(request.query(), entities.names());
    FacetedQuery.Page page =
        faceted.search(
            query,
            Narrowing.articles(request, entities),
            ARTICLE_DIMS,
            Schema.ARTICLE_HIT_FIELDS,
            snippets(queries.highlight(request.query()), false));
    Map<String, String> bodies = reads.bodiesOfPaged(page.hits());
    List<Hit> hits = new ArrayList<>(page.hits().size());
    for (JsonNode hit : page.hits()) {
      hits.add(Sources.hit(hit, bodies.get(hit.path("_id").asText())));
    }
    return new SearchResult(
        page.total(),
        (System.nanoTime() - start) / 1_000_000,
        request.page(),
        request.size(),
        hits,
        page.facets(),
        page.nextAfter(),
        page.histogram());
  }

  /**
   * Statements match by their words only: the cluster holds no sentence vectors without the k-NN
   * plugin, so every mode answers lexically (a mode the query's syntax does not allow is still a
   * 400).
   */
  StatementResult statements(StatementRequest request) throws IOException {
    long start = System.nanoTime();
    SearchRequest r = request.base();
    QueryShape.resolve(r.query(), request.mode());
    ObjectNode query = queries.query(r.query(), entities.names());
    FacetedQuery.Page page =
        faceted.search(
            query,
            Narrowing.statements(request, entities),
            STATEMENT_DIMS,
            Schema.STATEMENT_HIT_FIELDS,
            snippets(queries.highlight(r.query()), true));
    List<StatementHit> hits = page.hits().stream().map(Sources::statement).toList();
    return new StatementResult(
        page.total(),
        (System.nanoTime() - start) / 1_000_000,
        r.page(),
        r.size(),
        hits,
        page.facets(),
        page.nextAfter(),
        page.histogram());
  }

  /**
   * The unified highlighter on the body with the embedded index's HTML escaping: up to three
   * sentence fragments of an article, or a statement's whole text.
   */
  private static ObjectNode snippets(ObjectNode query, boolean whole) {
    ObjectNode highlight = JSON.objectNode();
    highlight.put("encoder", "html");
    highlight.putArray("pre_tags").add("<mark>");
    highlight.putArray("post_tags").add("</mark>");
    highlight.set("highlight_query", query);
    ObjectNode body = highlight.putObject("fields").putObject(Schema.BODY);
    body.put("type", "unified");
    if (whole) {
      body.put("number_of_fragments", 0);
    } else {
      body.put("number_of_fragments", 3);
      body.put("fragment_size", FRAGMENT);
      body.put("boundary_scanner", "sentence");
      body.put("no_match_size", FRAGMENT);
    }
    return highlight;
  }
}
