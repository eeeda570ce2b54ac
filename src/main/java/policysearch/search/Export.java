package policysearch.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import policysearch.extract.Actor;
import policysearch.index.Schema;

/**
 * The whole result set of a search (up to {@link #MAX_ROWS}, in the search's order) handed row by
 * row to a sink. The query runs once, within the request's time limit, for the ids of all rows (a
 * few hundred kilobytes); rows are then read (in document order) and streamed. Batches of {@code
 * searchAfter} ran the whole query again for each batch: twenty times for 10,000 rows, 36 s for a
 * query that takes 1.6 s.
 */
public final class Export {
  /** Most rows one export returns. */
  public static final int MAX_ROWS = 10_000;

  private static final Set<String> ARTICLE_FIELDS =
      Set.of(
          Schema.ID,
          Schema.DATE,
          Schema.TITLE,
          Schema.SOURCE,
          Schema.URL,
          Schema.ACTOR_STORED,
          Schema.TOPIC);
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

  private final Searchers searchers;
  private final FacetsConfig config;
  private final QueryFactory queries = new QueryFactory();

  Export(Searchers searchers, FacetsConfig config) {
    this.searchers = searchers;
    this.config = config;
  }

  /** The articles {@code request} finds (its page and size ignored). */
  public void articles(SearchRequest request, Sink<ArticleRow> sink) throws IOException {
    FacetedSearch.Selection selection =
        FacetedSearch.Selection.of(
            request,
            Map.of(Schema.ACTOR, request.actors(), Schema.TOPIC, request.topics()),
            Map.of(Schema.ACTOR, request.notActors(), Schema.TOPIC, request.notTopics()));
    each(
        searcher -> {
          Query query = queries.parse(request.query(), searcher.names());
          Query base = Filters.of(query, SearchService.ARTICLES, request.from(), request.to());
          return FacetedSearch.query(config, base, selection.resolved(searcher.names()));
        },
        selection.byDate(),
        ARTICLE_FIELDS,
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
    FacetedSearch.Selection selection = StatementService.selection(request);
    each(
        searcher -> {
          Query query = queries.parse(r.query(), searcher.names());
          Query base = Filters.of(query, StatementService.STATEMENTS, r.from(), r.to());
          return FacetedSearch.query(config, base, selection.resolved(searcher.names()));
        },
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

  private void each(
      java.util.function.Function<FacetSearcher, Query> queryOf,
      boolean byDate,
      Set<String> fields,
      Sink<Document> sink)
      throws IOException {
    FacetSearcher searcher = searchers.acquire();
    try {
      Query query = queryOf.apply(searcher);
      TopDocs top =
          byDate
              ? searcher.search(query, MAX_ROWS, FacetedSearch.NEWEST_FIRST)
              : searcher.search(query, MAX_ROWS);
      for (Document row : inDocOrder(searcher.storedFields(), top.scoreDocs, fields)) {
        sink.accept(row);
      }
    } finally {
      searchers.release(searcher);
    }
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
