package policysearch.search;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import policysearch.corpus.DocumentFacts;
import policysearch.embed.Embedder;
import policysearch.extract.Taxonomy;
import policysearch.index.IndexDirectory;
import policysearch.index.Schema;

/**
 * The embedded Lucene index behind {@link SearchBackend}: the default backend and the reference.
 */
public final class LuceneBackend implements SearchBackend {
  /** Stored fields a hit shows, and the body for the highlighter. */
  static final Set<String> HIT_FIELDS =
      Set.of(
          Schema.BODY,
          Schema.ID,
          Schema.DATE,
          Schema.TITLE,
          Schema.SOURCE,
          Schema.URL,
          Schema.ACTOR_STORED,
          Schema.TOPIC,
          Schema.DOCUMENT);

  static final Query ARTICLES = Filters.kind(Schema.KIND_ARTICLE);

  private static final int MAX_STATEMENTS = 1000;

  /** Time limit of one search when none is given. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(2);

  private final FacetSearcherFactory factory;
  private final SearcherManager manager;
  private final Searchers searchers;
  private final QueryFactory queries = new QueryFactory();
  private final FacetedSearch facets;
  private final StatementService statements;
  private final Related related;
  private final RelatedStatementSearch relatedStatements;
  private final Suggestions suggestions;
  private final Export export;
  private final Supplier<Embedder> embedder;
  private final BatchSearch batch;
  private final RefreshLag refreshLag;

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

  /** Opens searchers on the last commit of {@code index}; the index must exist. */
  public LuceneBackend(
      IndexDirectory index, Schema schema, Taxonomy taxonomy, Supplier<Embedder> embedder)
      throws IOException {
    this(index.directory(), schema, taxonomy, embedder);
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
    this.embedder = embedder;
    try {
      this.manager = opener.open(factory);
    } catch (IOException | RuntimeException e) {
      factory.close();
      throw e;
    }
    this.searchers = new Searchers(manager, timeLimit);
    this.facets = new FacetedSearch(schema.facetsConfig(), taxonomy);
    this.statements = new StatementService(searchers, schema.facetsConfig(), facets, embedder);
    this.related = new Related(searchers);
    this.relatedStatements =
        new RelatedStatementSearch(searchers, new ContentWords(), SpeakerNames.resolved());
    this.suggestions = new Suggestions(manager, timeLimit, taxonomy);
    this.export = new Export(searchers, schema.facetsConfig());
    this.batch = new BatchSearch(searchers, schema.facetsConfig());
    this.refreshLag = new RefreshLag(manager);
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
    return related.articles(id, size, ARTICLES);
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
    long start = System.nanoTime();
    FacetSearcher searcher = searchers.acquire();
    try {
      Query query = queries.parse(request.query(), searcher.names());
      Query base = Filters.of(query, ARTICLES, request.from(), request.to());
      FacetedSearch.Page page =
          facets.search(
              searcher,
              base,
              FacetedSearch.Selection.articles(request),
              List.of(Schema.ACTOR, Schema.TOPIC, Schema.YEAR));
      ScoreDoc[] docs = page.docs();
      List<Document> loaded = load(searcher, docs, HIT_FIELDS);
      List<List<Snippets.Snippet>> snippets = new Snippets(searcher).of(query, docs, loaded);
      List<Hit> hits = new ArrayList<>(docs.length);
      for (int i = 0; i < docs.length; i++) {
        hits.add(hit(loaded.get(i), snippets.get(i)));
      }
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      return new SearchResult(
          page.total(),
          tookMs,
          request.page(),
          request.size(),
          hits,
          page.facets(),
          page.nextAfter(),
          page.histogram());
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidRequestException(
          "The query has too many words or expands to too many terms: make it shorter.");
    } finally {
      searchers.release(searcher);
    }
  }

  /** The stored {@code fields} of {@code docs}, in their order. */
  static List<Document> load(IndexSearcher searcher, ScoreDoc[] docs, Set<String> fields)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    List<Document> loaded = new ArrayList<>(docs.length);
    for (ScoreDoc doc : docs) {
      loaded.add(stored.document(doc.doc, fields));
    }
    return loaded;
  }

  @Override
  public Optional<ArticleView> article(String id) throws IOException {
    FacetSearcher searcher = searchers.acquire();
    try {
      Optional<Integer> found = Filters.byId(searcher, id, ARTICLES);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      Document doc = searcher.storedFields().document(found.get());
      Hit hit = hit(doc, List.of());
      Query ofArticle =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(Schema.ARTICLE_ID, id)), BooleanClause.Occur.FILTER)
              .add(StatementService.STATEMENTS, BooleanClause.Occur.FILTER)
              .build();
      // Statements are indexed right after their article, so doc order is text order.
      TopDocs statements = searcher.search(ofArticle, MAX_STATEMENTS, Sort.INDEXORDER);
      return Optional.of(
          new ArticleView(
              hit.id(),
              hit.date(),
              hit.title(),
              hit.source(),
              hit.url(),
              doc.get(Schema.BODY),
              hit.actors(),
              hit.topics(),
              StatementService.hits(searcher, new MatchNoDocsQuery(), statements.scoreDocs),
              Schema.documentFacts(doc),
              Extraction.of(doc)));
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public OriginalFile original(String id) throws IOException {
    FacetSearcher searcher = (FacetSearcher) searchers.acquire();
    try {
      Optional<Integer> found = Filters.byId(searcher, id, ARTICLES);
      if (found.isEmpty()) {
        throw new NotFoundException("No article with id '" + id + "'");
      }
      Document doc =
          searcher.storedFields().document(found.get(), Set.of(Schema.PATH, Schema.DOCUMENT));
      DocumentFacts facts = Schema.documentFacts(doc);
      if (facts == null) {
        throw new NotFoundException("Article '" + id + "' was not read from a document file");
      }
      return new OriginalFile(
          java.nio.file.Path.of(doc.get(Schema.PATH)), facts.format(), facts.fileHash());
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public Optional<ActorView> actor(String name) throws IOException {
    FacetSearcher searcher = searchers.acquire();
    try {
      return ActorView.of(searcher, facets, name);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public int articleCount() throws IOException {
    return count(ARTICLES);
  }

  @Override
  public int statementCount() throws IOException {
    return count(StatementService.STATEMENTS);
  }

  /**
   * Counted without the request time limit: health, readiness and metrics ask, and a count of one
   * term must not answer a probe with "the query took longer than 2000 ms".
   */
  private int count(Query query) throws IOException {
    FacetSearcher searcher = searchers.acquire();
    try {
      return searcher.shared().count(query);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public long sizeInBytes() throws IOException {
    FacetSearcher searcher = searchers.acquire();
    try {
      long bytes = 0;
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        if (leaf.reader() instanceof SegmentReader segment) {
          bytes += segment.getSegmentInfo().sizeInBytes();
        }
      }
      return bytes;
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public Duration refreshLag() throws IOException {
    return refreshLag.now();
  }

  @Override
  public void refresh() throws IOException {
    manager.maybeRefreshBlocking();
  }

  private static Hit hit(Document doc, List<Snippets.Snippet> snippets) {
    DocumentFacts facts = Schema.documentFacts(doc);
    return new Hit(
        doc.get(Schema.ID),
        Schema.date(doc),
        doc.get(Schema.TITLE),
        doc.get(Schema.SOURCE),
        doc.get(Schema.URL),
        snippets.stream().map(Snippets.Snippet::html).toList(),
        Schema.actors(doc),
        Arrays.asList(doc.getValues(Schema.TOPIC)),
        facts == null || !facts.paged()
            ? null
            : snippets.stream().map(s -> facts.pageOf(s.start())).toList());
  }

  @Override
  public void close() throws IOException {
    try {
      suggestions.close();
      manager.close();
    } finally {
      factory.close();
    }
  }
}
