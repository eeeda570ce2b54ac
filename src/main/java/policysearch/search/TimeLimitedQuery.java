package policysearch.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterMatchesIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Stops a query at its request's deadline by throwing {@link QueryTimeoutException} from its
 * matching loops. The deadline travels with the query, so concurrent searches on one shared
 * searcher each have their own, and it works inside {@code DrillSideways}, which refuses Lucene's
 * windowed {@code IndexSearcher.setTimeout}.
 *
 * <p>The clock is read where the time goes: every {@value #MATCHES_PER_CHECK} costly match checks
 * (the second phase of phrases, sloppy phrases, spans: a sloppy phrase of common words spends a
 * millisecond on one long briefing) and every {@value #DOCS_PER_CHECK} cheap steps through
 * postings. Reading the clock every 1,024 matching documents let a search answer at 2.6 s against a
 * 2 s limit.
 */
final class TimeLimitedQuery extends Query {
  static final int MATCHES_PER_CHECK = 8;
  static final int DOCS_PER_CHECK = 256;

  private final Query in;
  private final Searchers.Deadline deadline;

  TimeLimitedQuery(Query in, Searchers.Deadline deadline) {
    this.in = in;
    this.deadline = deadline;
  }

  private void check() {
    if (deadline.passed()) {
      throw new QueryTimeoutException(deadline.limit());
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

      /** Highlighting walks the matches of each hit: bounded like matching. */
      @Override
      public Matches matches(LeafReaderContext context, int doc) throws IOException {
        check();
        Matches matches = in.matches(context, doc);
        return matches == null ? null : new LimitedMatches(matches);
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

  /** Counts steps and match checks, reading the clock every so many; keeps the two phases. */
  private final class LimitedScorer extends Scorer {
    private final Scorer in;
    private final DocIdSetIterator approximation;
    private final TwoPhaseIterator twoPhase;
    private final DocIdSetIterator docs;
    private int steps;
    private int matches;

    LimitedScorer(Scorer in) {
      this.in = in;
      TwoPhaseIterator inner = in.twoPhaseIterator();
      this.approximation = new Steps(inner == null ? in.iterator() : inner.approximation());
      this.twoPhase = inner == null ? null : new Checks(approximation, inner);
      this.docs = twoPhase == null ? approximation : TwoPhaseIterator.asDocIdSetIterator(twoPhase);
    }

    @Override
    public int docID() {
      return approximation.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return docs;
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return twoPhase;
    }

    @Override
    public float score() throws IOException {
      return in.score();
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return in.getMaxScore(upTo);
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      in.setMinCompetitiveScore(minScore);
    }

    private final class Steps extends DocIdSetIterator {
      private final DocIdSetIterator delegate;

      Steps(DocIdSetIterator delegate) {
        this.delegate = delegate;
      }

      @Override
      public int docID() {
        return delegate.docID();
      }

      @Override
      public int nextDoc() throws IOException {
        if (++steps % DOCS_PER_CHECK == 0) {
          check();
        }
        return delegate.nextDoc();
      }

      @Override
      public int advance(int target) throws IOException {
        if (++steps % DOCS_PER_CHECK == 0) {
          check();
        }
        return delegate.advance(target);
      }

      @Override
      public long cost() {
        return delegate.cost();
      }
    }

    private final class Checks extends TwoPhaseIterator {
      private final TwoPhaseIterator delegate;

      Checks(DocIdSetIterator approximation, TwoPhaseIterator delegate) {
        super(approximation);
        this.delegate = delegate;
      }

      @Override
      public boolean matches() throws IOException {
        if (++matches % MATCHES_PER_CHECK == 0) {
          check();
        }
        return delegate.matches();
      }

      @Override
      public float matchCost() {
        return delegate.matchCost();
      }
    }
  }

  /** The matches of one hit, whose positions are walked with the clock read every so often. */
  private final class LimitedMatches implements Matches {
    private final Matches in;

    LimitedMatches(Matches in) {
      this.in = in;
    }

    @Override
    public MatchesIterator getMatches(String field) throws IOException {
      MatchesIterator positions = in.getMatches(field);
      return positions == null
          ? null
          : new FilterMatchesIterator(positions) {
            private int steps;

            @Override
            public boolean next() throws IOException {
              if (++steps % DOCS_PER_CHECK == 0) {
                check();
              }
              return super.next();
            }
          };
    }

    @Override
    public java.util.Collection<Matches> getSubMatches() {
      return in.getSubMatches();
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return in.iterator();
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
    return other instanceof TimeLimitedQuery t && t.in.equals(in) && t.deadline.equals(deadline);
  }

  @Override
  public int hashCode() {
    return 31 * in.hashCode() + deadline.hashCode();
  }
}
