package policysearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import policysearch.index.Schema;

/** The non-scoring parts of a query: document kind, date range, one facet value. */
final class Filters {
  private Filters() {}

  /** Matches documents of one kind (articles or statements). */
  static Query kind(String kind) {
    return new TermQuery(new Term(Schema.KIND, kind));
  }

  /** Matches documents with {@code value} in facet {@code dim}. */
  static TermQuery facet(Facet dim, String value) {
    return new TermQuery(
        DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, dim.key(), value));
  }

  /** The document with this id and kind, if there is one. */
  static Optional<Integer> byId(IndexSearcher searcher, String id, Query kind) throws IOException {
    Query byId =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.FILTER)
            .add(kind, BooleanClause.Occur.FILTER)
            .build();
    TopDocs top = searcher.search(byId, 1);
    return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(top.scoreDocs[0].doc);
  }

  /** {@code query} restricted to {@code kind} and the inclusive range {@code [from, to]}. */
  static Query of(Query query, Query kind, LocalDate from, LocalDate to) {
    BooleanQuery.Builder builder =
        new BooleanQuery.Builder()
            .add(query, BooleanClause.Occur.MUST)
            .add(kind, BooleanClause.Occur.FILTER);
    if (from != null || to != null) {
      long lower = from == null ? Long.MIN_VALUE : from.toEpochDay();
      long upper = to == null ? Long.MAX_VALUE : to.toEpochDay();
      builder.add(LongPoint.newRangeQuery(Schema.DATE, lower, upper), BooleanClause.Occur.FILTER);
    }
    return builder.build();
  }
}
