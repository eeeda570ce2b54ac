package policysearch.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import policysearch.extract.Actor;
import policysearch.index.Schema;

/**
 * The whole result set of a search (up to {@link #MAX_ROWS}, in the search's order) handed row by
 * row to a sink, read in {@code searchAfter} batches so memory stays flat while the caller streams.
 */
public final class Export {
  /** Most rows one export returns. */
  public static final int MAX_ROWS = 10_000;

  private static final int BATCH = 500;
  private static final Set<String> STATEMENT_FIELDS =
      Set.of(
          Schema.ID,
          Schema.DATE,
          Schema.SPEAKER_STORED,
          Schema.VERB,
          Schema.BODY,
          Schema.ARTICLE_ID,
          Schema.ARTICLE_TITLE,
          Schema.TOPIC);

  /** Receives rows; may fail writing them. */
  public interface Sink<T> {
    /** Takes one row. */
    void accept(T row) throws IOException;
  }

  private final SearcherManager searchers;
  private final FacetsConfig config;
  private final QueryFactory queries = new QueryFactory();

  Export(SearcherManager searchers, FacetsConfig config) {
    this.searchers = searchers;
    this.config = config;
  }

  /** The articles {@code request} finds (its page and size ignored). */
  public void articles(SearchRequest request, Sink<ArticleRow> sink) throws IOException {
    Query query = queries.parse(request.query());
    Query base = Filters.of(query, SearchService.ARTICLES, request.from(), request.to());
    FacetedSearch.Selection selection =
        FacetedSearch.Selection.of(
            request,
            Map.of(Schema.ACTOR, request.actors(), Schema.TOPIC, request.topics()),
            Map.of(Schema.ACTOR, request.notActors(), Schema.TOPIC, request.notTopics()));
    each(
        FacetedSearch.query(config, base, selection),
        selection.byDate(),
        SearchService.HIT_FIELDS,
        doc ->
            sink.accept(
                new ArticleRow(
                    doc.get(Schema.ID),
                    date(doc),
                    doc.get(Schema.TITLE),
                    doc.get(Schema.SOURCE),
                    doc.get(Schema.URL),
                    Schema.actors(doc).stream().map(Actor::name).toList(),
                    Arrays.asList(doc.getValues(Schema.TOPIC)))));
  }

  /** The statements {@code request} finds (its page and size ignored). */
  public void statements(StatementRequest request, Sink<StatementRow> sink) throws IOException {
    SearchRequest r = request.base();
    Query query = queries.parse(r.query());
    Query base = Filters.of(query, StatementService.STATEMENTS, r.from(), r.to());
    FacetedSearch.Selection selection = StatementService.selection(request);
    each(
        FacetedSearch.query(config, base, selection),
        selection.byDate(),
        STATEMENT_FIELDS,
        doc ->
            sink.accept(
                new StatementRow(
                    doc.get(Schema.ID),
                    date(doc),
                    Schema.speakers(doc).stream().map(Actor::name).toList(),
                    doc.get(Schema.VERB),
                    doc.get(Schema.BODY),
                    doc.get(Schema.ARTICLE_ID),
                    doc.get(Schema.ARTICLE_TITLE),
                    Arrays.asList(doc.getValues(Schema.TOPIC)))));
  }

  private void each(Query query, boolean byDate, Set<String> fields, Sink<Document> sink)
      throws IOException {
    FacetSearcher searcher = (FacetSearcher) searchers.acquire();
    try {
      StoredFields stored = searcher.storedFields();
      ScoreDoc after = null;
      int rows = 0;
      while (rows < MAX_ROWS) {
        int batch = Math.min(BATCH, MAX_ROWS - rows);
        TopDocs top =
            byDate
                ? searcher.searchAfter(after, query, batch, FacetedSearch.NEWEST_FIRST)
                : searcher.searchAfter(after, query, batch);
        for (ScoreDoc hit : top.scoreDocs) {
          sink.accept(stored.document(hit.doc, fields));
        }
        rows += top.scoreDocs.length;
        if (top.scoreDocs.length < batch) {
          break;
        }
        after = top.scoreDocs[top.scoreDocs.length - 1];
      }
    } finally {
      searchers.release(searcher);
    }
  }

  private static String date(Document doc) {
    return Schema.date(doc);
  }
}
