package policysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import policysearch.corpus.CorpusReader;
import policysearch.corpus.DocumentFacts;
import policysearch.extract.Extractor;
import policysearch.extract.Taxonomy;
import policysearch.index.Schema;
import policysearch.search.ActorStatements;
import policysearch.search.ActorView;
import policysearch.search.ArticleRow;
import policysearch.search.ArticleView;
import policysearch.search.BatchRow;
import policysearch.search.Hit;
import policysearch.search.InvalidRequestException;
import policysearch.search.NotFoundException;
import policysearch.search.OriginalFile;
import policysearch.search.QueryShape;
import policysearch.search.RelatedArticle;
import policysearch.search.RelatedStatements;
import policysearch.search.RetrievalMode;
import policysearch.search.RowSink;
import policysearch.search.SearchBackend;
import policysearch.search.SearchRequest;
import policysearch.search.SearchResult;
import policysearch.search.StatementHit;
import policysearch.search.StatementRequest;
import policysearch.search.StatementResult;
import policysearch.search.StatementRow;
import policysearch.search.Suggestion;

/**
 * The search side on an OpenSearch cluster: article and statement search with facets, highlighted
 * snippets and cursors, the article view and counts, answered from the index {@link
 * OpenSearchIndexer} writes, in the same API records as the embedded index.
 */
public final class OpenSearchBackend implements SearchBackend {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int MAX_STATEMENTS = 1000;
  private static final Duration REFRESH_INTERVAL = Duration.ofSeconds(1);

  /**
   * Characters of a snippet: sentences are joined up to this length and a longer one is cut after
   * it (the embedded index shows one sentence, reaching at most as far each way from its match).
   */
  private static final int FRAGMENT = 250;

  private static final List<String> ARTICLE_DIMS = List.of(Schema.ACTOR, Schema.TOPIC, Schema.YEAR);
  private static final List<String> STATEMENT_DIMS =
      List.of(Schema.SPEAKER, Schema.SPEAKER_TYPE, Schema.TOPIC, Schema.YEAR);

  private final Connection connection;
  private final String index;
  private final QueryText queries = new QueryText();
  private final Labels labels;
  private final FacetedQuery faceted;
  private final LikeThis likeThis;
  private final SpeakerStatements speakers;
  private final Suggest suggest;
  private final ActorPage actors;
  private final Exports exports;

  /**
   * Searches index {@code index} of the cluster at {@code urls}, made (empty) if missing; an index
   * of another mapping layout is refused.
   */
  public static OpenSearchBackend open(String urls, String index, Taxonomy taxonomy)
      throws IOException {
    Connection connection = Connection.open(urls);
    try {
      new ClusterIndex(connection, index).ensure(0, 0);
    } catch (IOException | RuntimeException e) {
      connection.close();
      throw e;
    }
    return new OpenSearchBackend(connection, index, taxonomy);
  }

  /** An indexer into this backend's index, through its connection. */
  public OpenSearchIndexer indexer(Extractor extractor, CorpusReader reader) {
    return new OpenSearchIndexer(connection, index, extractor, reader);
  }

  OpenSearchBackend(Connection connection, String index, Taxonomy taxonomy) {
    this.connection = connection;
    this.index = index;
    this.labels = new Labels(connection, index, taxonomy);
    this.faceted = new FacetedQuery(connection, index, labels);
    this.likeThis = new LikeThis(this, index);
    this.speakers = new SpeakerStatements(this, labels);
    this.suggest = new Suggest(this, labels);
    this.actors = new ActorPage(this, labels);
    this.exports = new Exports(this, queries);
  }

  /** One page of articles with facet counts, histogram and snippets. */
  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    ObjectNode query = queries.query(request.query());
    Narrowing narrowing = Narrowing.articles(request);
    FacetedQuery.Page page =
        faceted.search(
            query,
            narrowing,
            ARTICLE_DIMS,
            Sources.HIT_FIELDS,
            snippets(queries.highlight(request.query()), false));
    Map<String, String> bodies = bodiesOfPaged(page.hits());
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
   * One page of statements with speaker, speaker type, topic and year counts. Statements match by
   * their words only: the cluster holds no sentence vectors without the k-NN plugin, so every mode
   * answers lexically (a mode the query's syntax does not allow is still a 400).
   */
  @Override
  public StatementResult statements(StatementRequest request) throws IOException {
    long start = System.nanoTime();
    SearchRequest r = request.base();
    QueryShape.resolve(r.query(), request.mode());
    ObjectNode query = queries.query(r.query());
    Narrowing narrowing = Narrowing.statements(request);
    FacetedQuery.Page page =
        faceted.search(
            query,
            narrowing,
            STATEMENT_DIMS,
            Sources.STATEMENT_FIELDS,
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

  /** The whole article with its statements, if the id is known. */
  @Override
  public Optional<ArticleView> article(String id) throws IOException {
    JsonNode found = byId(id, Schema.KIND_ARTICLE, List.of());
    if (found == null) {
      return Optional.empty();
    }
    ObjectNode body = JSON.objectNode();
    body.put("size", MAX_STATEMENTS);
    ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
    filter.add(Narrowing.term(Schema.KIND, Schema.KIND_STATEMENT));
    filter.add(Narrowing.term(Schema.ARTICLE_ID, id));
    body.putObject("_source").set("includes", strings(Sources.STATEMENT_FIELDS));
    List<StatementHit> statements = new ArrayList<>();
    for (JsonNode hit : send(body).path("hits").path("hits")) {
      statements.add(Sources.statement(hit));
    }
    // Offsets are kept in the source only (no doc values to sort by): text order here.
    statements.sort(Comparator.comparingInt(StatementHit::start));
    return Optional.of(Sources.article(found.path("_source"), statements));
  }

  /** Articles like article {@code id}, by words ({@code more_like_this}), see {@link LikeThis}. */
  @Override
  public List<RelatedArticle> relatedArticles(String id, int size) throws IOException {
    return likeThis.articles(id, size);
  }

  /**
   * Statements like statement {@code id} by other speakers in other articles, by words only: the
   * index holds no vectors without the k-NN plugin, so every mode falls back to {@code
   * more_like_this}, see {@link LikeThis}.
   */
  @Override
  public RelatedStatements relatedStatements(
      String id,
      int size,
      LocalDate from,
      LocalDate to,
      List<String> speakerTypes,
      RetrievalMode mode)
      throws IOException {
    return likeThis.statements(id, size, from, to, speakerTypes);
  }

  /** An actor's statements, newest first, repeats once, with topic counts overall and per year. */
  @Override
  public ActorStatements actorStatements(String name, int page, int size) throws IOException {
    return speakers.of(name, page, size);
  }

  /** Search-box suggestions: actors, topics and titles matching {@code text}. */
  @Override
  public List<Suggestion> suggest(String text) throws IOException {
    return suggest.suggest(text);
  }

  @Override
  public Optional<ActorView> actor(String name) throws IOException {
    return actors.of(name);
  }

  @Override
  public OriginalFile original(String id) throws IOException {
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

  @Override
  public void exportArticles(SearchRequest request, RowSink<ArticleRow> sink) throws IOException {
    exports.articles(request, sink);
  }

  @Override
  public void exportStatements(StatementRequest request, RowSink<StatementRow> sink)
      throws IOException {
    QueryShape.resolve(request.base().query(), request.mode());
    exports.statements(request, sink);
  }

  @Override
  public List<BatchRow> batch(List<String> lines, StatementRequest filters) throws IOException {
    return exports.batch(lines, filters);
  }

  /** Bytes of the index's primary shards on the cluster's disks (replicas not counted). */
  @Override
  public long sizeInBytes() throws IOException {
    return connection
        .send("GET", index + "/_stats/store", null)
        .path("_all")
        .path("primaries")
        .path("store")
        .path("size_in_bytes")
        .asLong();
  }

  /**
   * The cluster makes writes visible at its refresh interval (one second by default), whoever wrote
   * them: searches may lag that much behind an ingest running meanwhile.
   */
  @Override
  public Duration refreshLag() {
    return REFRESH_INTERVAL;
  }

  @Override
  public void refresh() throws IOException {
    connection.send("POST", index + "/_refresh", null);
  }

  /** Nothing to prepare: suggestions are aggregations asked for each time. */
  @Override
  public void prepare() {}

  /** Suggestions are never rebuilt: each is asked of the cluster. */
  @Override
  public Rebuilds suggestionRebuilds() {
    return new Rebuilds(0, 0);
  }

  /** How many articles the index holds. */
  @Override
  public int articleCount() throws IOException {
    return count(Schema.KIND_ARTICLE);
  }

  /** How many statements the index holds. */
  @Override
  public int statementCount() throws IOException {
    return count(Schema.KIND_STATEMENT);
  }

  /** The connection to the cluster, for a writer beside these searches. */
  Connection connection() {
    return connection;
  }

  /** The name of the index searched. */
  String index() {
    return index;
  }

  /** How many documents (articles and statements) the index holds. */
  long documentCount() throws IOException {
    return connection.send("GET", index + "/_count", null).path("count").asLong();
  }

  /** The number of documents a {@code _count} body finds. */
  long count(ObjectNode body) throws IOException {
    return connection.send("POST", index + "/_count", body).path("count").asLong();
  }

  private int count(String kind) throws IOException {
    ObjectNode body = JSON.objectNode();
    body.set("query", Narrowing.term(Schema.KIND, kind));
    return connection.send("POST", index + "/_count", body).path("count").asInt();
  }

  /** The document of {@code kind} with this id, its {@code fields} (empty: all), or null. */
  JsonNode byId(String id, String kind, List<String> fields) throws IOException {
    ObjectNode body = JSON.objectNode();
    body.put("size", 1);
    ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
    filter.add(Narrowing.term(Schema.KIND, kind));
    filter.add(Narrowing.term(Schema.ID, id));
    if (!fields.isEmpty()) {
      body.putObject("_source").set("includes", strings(fields));
    }
    JsonNode hits = send(body).path("hits").path("hits");
    return hits.isEmpty() ? null : hits.get(0);
  }

  /**
   * Runs a search; a request the cluster refuses as bad (400: a query it cannot run, too many
   * clauses) is the user's 400 too, with the cluster's reason.
   */
  JsonNode send(ObjectNode body) throws IOException {
    try {
      return connection.send("POST", index + "/_search", body);
    } catch (Connection.Refused e) {
      if (e.status() == 400) {
        throw new InvalidRequestException("OpenSearch cannot run this query: " + e.reason());
      }
      throw e;
    }
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

  /** The bodies of the hits read from paged documents, by id: their snippets' pages need them. */
  private Map<String, String> bodiesOfPaged(List<JsonNode> hits) throws IOException {
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
    filter.addObject().putObject("terms").set(Schema.ID, strings(ids));
    body.putObject("_source").set("includes", strings(List.of(Schema.BODY)));
    for (JsonNode hit : send(body).path("hits").path("hits")) {
      bodies.put(hit.path("_id").asText(), Sources.text(hit.path("_source"), Schema.BODY));
    }
    return bodies;
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode array = JSON.arrayNode();
    values.forEach(array::add);
    return array;
  }

  @Override
  public void close() throws IOException {
    connection.close();
  }
}
