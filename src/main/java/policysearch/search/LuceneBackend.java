package policysearch.search;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import policysearch.embed.Embedder;
import policysearch.extract.Taxonomy;
import policysearch.index.Schema;

/**
 * The embedded Lucene index behind {@link SearchBackend}: the default backend and the reference.
 * Every query runs on a lease from {@link Searchers}, within the request time limit; article and
 * statement searches go through one {@link SearchPipeline}.
 */
public final class LuceneBackend implements SearchBackend {

  /** Time limit of one search when none is given. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(2);

  private final FacetSearcherFactory factory;
  private final Searchers searchers;
  private final FacetedSearch facets;
  private final SearchPipeline pipeline;
  private final StatementService statements;
  private final Related related;
  private final RelatedStatementSearch relatedStatements;
  private final Suggestions suggestions;
  private final Export export;
  private final BatchSearch batch;
  private final IndexStats stats;

  /** Opens searchers on the last commit in {@code directory}; the index must exist. */
  public LuceneBackend(
      Directory directory, Schema schema, Taxonomy taxonomy, Supplier<Embedder> embedder)
      throws IOException {
    this(directory, schema, taxonomy, embedder, DEFAULT_TIME_LIMIT);
  }

  /** The same, each query stopped after {@code timeLimit}. */
  public LuceneBackend(
      Directory directory,
      Schema schema,
      Taxonomy taxonomy,
      Supplier<Embedder> embedder,
      Duration timeLimit)
      throws IOException {
    this(
        new FacetSearcherFactory(schema.facetsConfig()),
        factory -> new SearcherManager(directory, factory),
        schema,
        taxonomy,
        embedder,
        timeLimit);
  }

  /**
   * Opens near-real-time searchers on {@code writer}: {@link #refresh()} shows its changes, even
   * uncommitted ones, and never a half-written article (each is one atomic update).
   */
  public LuceneBackend(
      IndexWriter writer,
      Schema schema,
      Taxonomy taxonomy,
      Supplier<Embedder> embedder,
      Duration timeLimit)
      throws IOException {
    this(
        new FacetSearcherFactory(schema.facetsConfig()),
        factory -> new SearcherManager(writer, factory),
        schema,
        taxonomy,
        embedder,
        timeLimit);
  }

  /** Opens the searcher manager on the factory's searchers. */
  private interface Opener {
    SearcherManager open(FacetSearcherFactory factory) throws IOException;
  }

  private LuceneBackend(
      FacetSearcherFactory factory,
      Opener opener,
      Schema schema,
      Taxonomy taxonomy,
      Supplier<Embedder> embedder,
      Duration timeLimit)
      throws IOException {
    this.factory = factory;
    try {
      this.searchers = new Searchers(opener.open(factory), timeLimit);
    } catch (IOException | RuntimeException e) {
      factory.close();
      throw e;
    }
    this.facets = new FacetedSearch(schema.facetsConfig(), taxonomy);
    this.pipeline =
        new SearchPipeline(
            searchers, facets, new SemanticStatements(schema.facetsConfig(), facets), embedder);
    this.statements = new StatementService(searchers, schema.facetsConfig(), facets, pipeline);
    this.related = new Related(searchers);
    this.relatedStatements =
        new RelatedStatementSearch(searchers, new ContentWords(), SpeakerNames.resolved());
    this.suggestions = new Suggestions(searchers, taxonomy);
    this.export = new Export(searchers, schema.facetsConfig());
    this.batch = new BatchSearch(searchers, schema.facetsConfig());
    this.stats = new IndexStats(searchers);
  }

  @Override
  public void exportArticles(SearchRequest request, RowSink<ArticleRow> sink) throws IOException {
    export.articles(request, sink);
  }

  @Override
  public void exportStatements(StatementRequest request, RowSink<StatementRow> sink)
      throws IOException {
    export.statements(request, sink);
  }

  @Override
  public List<BatchRow> batch(List<String> lines, StatementRequest filters) throws IOException {
    return batch.count(lines, filters);
  }

  @Override
  public List<Suggestion> suggest(String text) throws IOException {
    return suggestions.suggest(text);
  }

  @Override
  public void prepare() {
    suggestions.prepare();
  }

  @Override
  public Rebuilds suggestionRebuilds() {
    return new Rebuilds(suggestions.rebuildCount(), suggestions.rebuildNanos());
  }

  /** A data editor's review of the index: suspicious names and names left apart. */
  public Audit audit() {
    return new Audit(this, searchers, policysearch.resolve.NameData.load());
  }

  @Override
  public StatementResult statements(StatementRequest request) throws IOException {
    return statements.search(request);
  }

  @Override
  public ActorStatements actorStatements(String name, int page, int size) throws IOException {
    return statements.byActor(name, page, size);
  }

  @Override
  public List<RelatedArticle> relatedArticles(String id, int size) throws IOException {
    return related.articles(id, size, Articles.ARTICLES);
  }

  @Override
  public RelatedStatements relatedStatements(
      String id,
      int size,
      LocalDate from,
      LocalDate to,
      List<String> speakerTypes,
      RetrievalMode mode)
      throws IOException {
    return relatedStatements(id, size, from, to, speakerTypes, mode, RelatedWeights.DEFAULT);
  }

  /**
   * Like {@link #relatedStatements(String, int, LocalDate, LocalDate, List, RetrievalMode)}, ranked
   * with {@code weights} (for fitting them).
   */
  public RelatedStatements relatedStatements(
      String id,
      int size,
      LocalDate from,
      LocalDate to,
      List<String> speakerTypes,
      RetrievalMode mode,
      RelatedWeights weights)
      throws IOException {
    return relatedStatements.find(id, size, from, to, speakerTypes, mode, weights);
  }

  /**
   * The candidates of statement {@code id}'s related statements, {@code depth} from each method,
   * with what each shares with it: for fitting the ranking's weights.
   */
  public RelatedCandidates relatedCandidates(String id, int depth) throws IOException {
    return relatedStatements.candidates(id, depth);
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    SearchPipeline.Found<Hit> found =
        pipeline.run(
            Articles.KIND,
            request,
            FacetedSearch.Selection.articles(request),
            RetrievalMode.LEXICAL);
    return new SearchResult(
        found.total(),
        found.tookMs(),
        request.page(),
        request.size(),
        found.hits(),
        found.facets(),
        found.nextAfter(),
        found.histogram());
  }

  @Override
  public Optional<ArticleView> article(String id) throws IOException {
    return searchers.read(searcher -> Articles.view(searcher, id));
  }

  @Override
  public OriginalFile original(String id) throws IOException {
    return searchers.read(searcher -> Articles.original(searcher, id));
  }

  @Override
  public Optional<ActorView> actor(String name) throws IOException {
    return searchers.read(searcher -> ActorView.of(searcher, facets, name));
  }

  @Override
  public int articleCount() throws IOException {
    return stats.articles();
  }

  @Override
  public int statementCount() throws IOException {
    return stats.statements();
  }

  @Override
  public long sizeInBytes() throws IOException {
    return stats.bytes();
  }

  @Override
  public Duration refreshLag() throws IOException {
    return stats.lag();
  }

  @Override
  public void refresh() throws IOException {
    searchers.refresh();
  }

  @Override
  public void close() throws IOException {
    try {
      suggestions.close();
      searchers.close();
    } finally {
      factory.close();
    }
  }
}
