package policysearch.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import policysearch.extract.Actor;
import policysearch.index.Schema;

/**
 * The whole result set of a search, in the search's order, handed row by row to a sink: no cap.
 * Rows come in passes of {@link #PASS} with a {@code searchAfter} cursor, on one point-in-time
 * searcher, so memory holds one pass at a time whatever the total. The first pass counts every
 * match (the sink hears the total before any row) and is bounded by the request's time limit: a
 * query too slow is refused before the download starts. Later passes run the same query from the
 * cursor without the limit, since each costs no more than the first did and stopping one would cut
 * the download short; a client that hangs up stops them (its next write fails). Rows are read in
 * document order within a pass, so each compressed block of stored fields is inflated once.
 */
public final class Export {
  /** Rows per pass: small passes would run the whole query again too often (see the docs). */
  public static final int PASS = 10_000;

  private static final Set<String> ARTICLE_FIELDS = Set.copyOf(Schema.ARTICLE_ROW_FIELDS);
  private static final Set<String> STATEMENT_FIELDS = Set.copyOf(Schema.STATEMENT_ROW_FIELDS);

  /** Turns a row's stored fields into the row. */
  private interface Row<T> {
    T of(Document doc);
  }

  private final Searchers searchers;
  private final FacetsConfig config;
  private final QueryFactory queries = new QueryFactory();

  Export(Searchers searchers, FacetsConfig config) {
    this.searchers = searchers;
    this.config = config;
  }

  /** The articles {@code request} finds (its page and size ignored). */
  public void articles(SearchRequest request, RowSink<ArticleRow> sink) throws IOException {
    FacetedSearch.Selection selection = FacetedSearch.Selection.articles(request);
    each(
        searcher -> {
          Query query = queries.parse(request.query(), searcher.names());
          Query base = Filters.of(query, Articles.ARTICLES, request.from(), request.to());
          return FacetedSearch.query(config, base, selection.resolved(searcher.names()));
        },
        selection.byDate(),
        ARTICLE_FIELDS,
        sink,
        doc ->
            new ArticleRow(
                doc.get(Schema.ID),
                date(doc),
                doc.get(Schema.TITLE),
                doc.get(Schema.SOURCE),
                doc.get(Schema.URL),
                Schema.actors(doc).stream().map(Actor::name).toList(),
                Arrays.asList(doc.getValues(Schema.TOPIC))));
  }

  /** The statements {@code request} finds (its page and size ignored). */
  public void statements(StatementRequest request, RowSink<StatementRow> sink) throws IOException {
    SearchRequest r = request.base();
    FacetedSearch.Selection selection = StatementService.selection(request);
    each(
        searcher -> {
          Query query = queries.parse(r.query(), searcher.names());
          Query base = Filters.of(query, StatementService.STATEMENTS, r.from(), r.to());
          return FacetedSearch.query(config, base, selection.resolved(searcher.names()));
        },
        selection.byDate(),
        STATEMENT_FIELDS,
        sink,
        doc ->
            new StatementRow(
                doc.get(Schema.ID),
                date(doc),
                Schema.speakers(doc).stream().map(Actor::name).toList(),
                doc.get(Schema.VERB),
                doc.get(Schema.BODY),
                doc.get(Schema.ARTICLE_ID),
                doc.get(Schema.ARTICLE_TITLE),
                Arrays.asList(doc.getValues(Schema.TOPIC)),
                Schema.attribution(doc)));
  }

  private <T> void each(
      Function<FacetSearcher, Query> queryOf,
      boolean byDate,
      Set<String> fields,
      RowSink<T> sink,
      Row<T> row)
      throws IOException {
    searchers.read(searcher -> pages(searcher, queryOf.apply(searcher), byDate, fields, sink, row));
  }

  /** Every pass of {@code query}'s hits into {@code sink}; the first within the time limit. */
  private static <T> Void pages(
      FacetSearcher searcher,
      Query query,
      boolean byDate,
      Set<String> fields,
      RowSink<T> sink,
      Row<T> row)
      throws IOException {
    TopDocs top = pass(searcher, query, byDate, null, Integer.MAX_VALUE);
    sink.total(top.totalHits.value());
    StoredFields stored = searcher.storedFields();
    while (true) {
      for (Document doc : inDocOrder(stored, top.scoreDocs, fields)) {
        sink.accept(row.of(doc));
      }
      if (top.scoreDocs.length < PASS) {
        return null;
      }
      ScoreDoc last = top.scoreDocs[top.scoreDocs.length - 1];
      top = pass(searcher.shared(), query, byDate, last, PASS);
    }
  }

  /**
   * The {@link #PASS} hits after {@code after} (null: the first), counted exactly up to {@code
   * countUpTo} matches (beyond it Lucene may skip documents that cannot make the pass).
   */
  private static TopDocs pass(
      FacetSearcher searcher, Query query, boolean byDate, ScoreDoc after, int countUpTo)
      throws IOException {
    return byDate
        ? searcher.search(
            query,
            new TopFieldCollectorManager(
                FacetedSearch.NEWEST_FIRST, PASS, (FieldDoc) after, countUpTo))
        : searcher.search(query, new TopScoreDocCollectorManager(PASS, after, countUpTo));
  }

  /**
   * The stored fields of {@code hits}, in their order but read in document order: a compressed
   * block of stored fields then is inflated once for all its rows, not once per row.
   */
  private static List<Document> inDocOrder(StoredFields stored, ScoreDoc[] hits, Set<String> fields)
      throws IOException {
    Integer[] byDoc = new Integer[hits.length];
    Arrays.setAll(byDoc, i -> i);
    Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
    Document[] rows = new Document[hits.length];
    for (int i : byDoc) {
      rows[i] = stored.document(hits[i].doc, fields);
    }
    return Arrays.asList(rows);
  }

  private static String date(Document doc) {
    return Schema.date(doc);
  }
}
