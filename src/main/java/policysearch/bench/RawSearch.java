package policysearch.bench;

import java.io.IOException;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import policysearch.index.Schema;
import policysearch.search.QueryFactory;
import policysearch.search.SearchRequest;
import policysearch.search.SortOrder;

/**
 * The baseline: the same Lucene query the service runs (parsed text, articles only, date range,
 * facet filters as drill-down terms), top 10 from a plain {@code IndexSearcher} — no facet counts,
 * no snippets, no stored fields. The benchmark is the one package besides index and search that
 * uses Lucene's search API, because measuring it is its job.
 */
final class RawSearch {
  private static final Sort NEWEST_FIRST =
      new Sort(new SortField(Schema.DATE, SortField.Type.LONG, true));

  private final IndexSearcher searcher;
  private final FacetsConfig config;
  private final QueryFactory queries = new QueryFactory();

  RawSearch(IndexSearcher searcher, FacetsConfig config) {
    this.searcher = searcher;
    this.config = config;
  }

  /** Runs the request; returns the total hit count. */
  long search(SearchRequest request) throws IOException {
    BooleanQuery.Builder base =
        new BooleanQuery.Builder()
            .add(queries.parse(request.query()), BooleanClause.Occur.MUST)
            .add(
                new TermQuery(new Term(Schema.KIND, Schema.KIND_ARTICLE)),
                BooleanClause.Occur.FILTER);
    if (request.from() != null || request.to() != null) {
      long lower = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
      long upper = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      base.add(LongPoint.newRangeQuery(Schema.DATE, lower, upper), BooleanClause.Occur.FILTER);
    }
    Query query = base.build();
    if (!request.actors().isEmpty() || !request.topics().isEmpty()) {
      DrillDownQuery drill = new DrillDownQuery(config, query);
      request.actors().forEach(actor -> drill.add(Schema.ACTOR, actor));
      request.topics().forEach(topic -> drill.add(Schema.TOPIC, topic));
      query = drill;
    }
    boolean byDate = request.query().isEmpty() || request.sort() == SortOrder.DATE;
    TopDocs top =
        byDate
            ? searcher.search(query, request.size(), NEWEST_FIRST)
            : searcher.search(query, request.size());
    return top.totalHits.value();
  }
}
