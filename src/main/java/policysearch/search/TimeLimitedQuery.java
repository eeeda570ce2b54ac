package policysearch.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * Stops a query at a deadline by throwing {@link TimeExceeded} from its matching loop. A wrapper
 * rather than {@code IndexSearcher.setTimeout}: the searcher's timeout is one setting shared by all
 * requests, and it slices scoring into windows, which {@code DrillSideways} refuses. The deadline
 * travels with the query, so concurrent searches each have their own.
 */
final class TimeLimitedQuery extends Query {
  private static final int CHECK_EVERY = 1023;

  private final Query in;
  private final long deadline;

  /** The query ran past its deadline. */
  static final class TimeExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TimeExceeded() {
      super("query time limit exceeded", null, false, false);
    }
  }

  TimeLimitedQuery(Query in, long deadlineNanos) {
    this.in = in;
    this.deadline = deadlineNanos;
  }

  private void check() {
    if (System.nanoTime() - deadline > 0) {
      throw new TimeExceeded();
    }
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    check();
    Query rewritten = in.rewrite(searcher);
    return rewritten == in ? this : new TimeLimitedQuery(rewritten, deadline);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    return new FilterWeight(this, in.createWeight(searcher, scoreMode, boost)) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        check();
        ScorerSupplier supplier = in.scorerSupplier(context);
        return supplier == null ? null : new Supplier(supplier);
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  private final class Supplier extends ScorerSupplier {
    private final ScorerSupplier in;

    Supplier(ScorerSupplier in) {
      this.in = in;
    }

    @Override
    public Scorer get(long leadCost) throws IOException {
      Scorer scorer = in.get(leadCost);
      check();
      return new LimitedScorer(scorer);
    }

    @Override
    public long cost() {
      return in.cost();
    }

    @Override
    public void setTopLevelScoringClause() throws IOException {
      in.setTopLevelScoringClause();
    }
  }

  /** Checks the clock every {@link #CHECK_EVERY} + 1 documents; no two-phase shortcut. */
  private final class LimitedScorer extends Scorer {
    private final Scorer in;
    private final DocIdSetIterator docs;
    private int calls;

    LimitedScorer(Scorer in) {
      this.in = in;
      DocIdSetIterator delegate = in.iterator();
      this.docs =
          new DocIdSetIterator() {
            @Override
            public int docID() {
              return delegate.docID();
            }

            @Override
            public int nextDoc() throws IOException {
              tick();
              return delegate.nextDoc();
            }

            @Override
            public int advance(int target) throws IOException {
              tick();
              return delegate.advance(target);
            }

            @Override
            public long cost() {
              return delegate.cost();
            }
          };
    }

    private void tick() {
      if ((++calls & CHECK_EVERY) == 0) {
        check();
      }
    }

    @Override
    public int docID() {
      return docs.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return docs;
    }

    @Override
    public float score() throws IOException {
      return in.score();
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return in.getMaxScore(upTo);
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return in.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimeLimitedQuery t && t.in.equals(in) && t.deadline == deadline;
  }

  @Override
  public int hashCode() {
    return 31 * in.hashCode() + Long.hashCode(deadline);
  }
}
