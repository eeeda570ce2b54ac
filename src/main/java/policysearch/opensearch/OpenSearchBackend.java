package policysearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import policysearch.corpus.CorpusReader;
import policysearch.extract.Extractor;
import policysearch.extract.Taxonomy;
import policysearch.index.Schema;
import policysearch.search.ActorStatements;
import policysearch.search.ActorView;
import policysearch.search.ArticleRow;
import policysearch.search.ArticleView;
import policysearch.search.BatchRow;
import policysearch.search.EntityNames;
import policysearch.search.LuceneBackend;
import policysearch.search.OriginalFile;
import policysearch.search.QueryShape;
import policysearch.search.RelatedArticle;
import policysearch.search.RelatedStatements;
import policysearch.search.RetrievalMode;
import policysearch.search.RowSink;
import policysearch.search.SearchBackend;
import policysearch.search.SearchRequest;
import policysearch.search.SearchResult;
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
  private static final Duration REFRESH_INTERVAL = Duration.ofSeconds(1);

  private final Connection connection;
  private final String index;
  private final Searcher searcher;
  private final ClusterStats stats;
  private final Entities entities;
  private final ArticleReads reads;
  private final PageSearch pages;
  private final LikeThis likeThis;
  private final SpeakerStatements speakers;
  private final Suggest suggest;
  private final ActorPage actors;
  private final Exports exports;

  /**
   * Searches index {@code index} of the cluster at {@code urls}, made (empty) if missing; an index
   * of another mapping layout is refused. Each search stops after the embedded index's time limit.
   */
  public static OpenSearchBackend open(String urls, String index, Taxonomy taxonomy)
      throws IOException {
    return open(urls, index, taxonomy, LuceneBackend.DEFAULT_TIME_LIMIT);
  }

  /** The same, each user search stopped after {@code timeLimit}. */
  public static OpenSearchBackend open(
      String urls, String index, Taxonomy taxonomy, Duration timeLimit) throws IOException {
    Connection connection = Connection.open(urls);
    try {
      new ClusterIndex(connection, index).ensure(0, 0);
    } catch (IOException | RuntimeException e) {
      connection.close();
      throw e;
    }
    return new OpenSearchBackend(connection, index, taxonomy, timeLimit);
  }

  /** An indexer into this backend's index, through its connection. */
  public OpenSearchIndexer indexer(Extractor extractor, CorpusReader reader) {
    return new OpenSearchIndexer(connection, index, extractor, reader);
  }

  OpenSearchBackend(Connection connection, String index, Taxonomy taxonomy, Duration timeLimit) {
    this.connection = connection;
    this.index = index;
    this.searcher = new Searcher(connection, index, timeLimit);
    this.stats = new ClusterStats(connection, index);
    this.entities = new Entities(connection, index);
    Labels labels = new Labels(connection, index, taxonomy, entities);
    QueryText queries = new QueryText();
    this.reads = new ArticleReads(searcher);
    this.pages = new PageSearch(queries, entities, new FacetedQuery(searcher, labels), reads);
    this.likeThis = new LikeThis(this, index);
    this.speakers = new SpeakerStatements(this, labels, entities);
    this.suggest = new Suggest(this, labels);
    this.actors = new ActorPage(this, labels, entities);
    this.exports = new Exports(this, queries, entities);
  }

  /** One page of articles with facet counts, histogram and snippets. */
  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    return pages.articles(request);
  }

  /** One page of statements with speaker, speaker type, topic and year counts, by words only. */
  @Override
  public StatementResult statements(StatementRequest request) throws IOException {
    return pages.statements(request);
  }

  /** The whole article with its statements, if the id is known. */
  @Override
  public Optional<ArticleView> article(String id) throws IOException {
    return reads.article(id);
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
    return reads.original(id);
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
    return stats.sizeInBytes();
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
    entities.invalidate();
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
    return stats.count(Schema.KIND_ARTICLE);
  }

  /** How many statements the index holds. */
  @Override
  public int statementCount() throws IOException {
    return stats.count(Schema.KIND_STATEMENT);
  }

  /** The connection to the cluster, for a writer beside these searches. */
  Connection connection() {
    return connection;
  }

  /** The name of the index searched. */
  String index() {
    return index;
  }

  /** How many documents (articles, statements, tombstones) the index holds. */
  long documentCount() throws IOException {
    return stats.documents();
  }

  /** The document of {@code kind} with this id, its {@code fields} (empty: all), or null. */
  JsonNode byId(String id, String kind, List<String> fields) throws IOException {
    return reads.byId(id, kind, fields);
  }

  /** Runs a user's search within the time limit ({@link Searcher}). */
  JsonNode send(ObjectNode body) throws IOException {
    return searcher.send(body);
  }

  /** Runs a search without a time limit: an export's later passes. */
  JsonNode sendUnbounded(ObjectNode body) throws IOException {
    return searcher.sendUnbounded(body);
  }

  /** The names of the index's entities, for lookups by any name. */
  EntityNames names() throws IOException {
    return entities.names();
  }

  @Override
  public void close() throws IOException {
    connection.close();
  }
}
