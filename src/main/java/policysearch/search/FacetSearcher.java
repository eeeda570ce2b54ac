package policysearch.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import policysearch.extract.Actor;
import policysearch.extract.ActorType;
import policysearch.index.Schema;

/**
 * A searcher that carries what is costly to build per reader and cheap to reuse: the sorted-set
 * facet state (ordinal maps), the type of each actor name and the names of each entity. Built once
 * per (re)open; each request gets a view of it with its own deadline ({@link #until}), which every
 * query run through the view must meet.
 */
final class FacetSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;
  private final Map<String, ActorType> actorTypes;
  private final EntityNames names;
  private final ExecutorService pool;

  /** The searcher this is a view of (itself for the shared one). */
  private final FacetSearcher shared;

  /** Null for the shared searcher, whose queries run unbounded. */
  private final Searchers.Deadline deadline;

  /** True while a top-level weight is built, so its sub-queries are not wrapped again. */
  private boolean weighing;

  FacetSearcher(IndexReader reader, FacetsConfig config, ExecutorService pool) throws IOException {
    super(reader, pool);
    this.pool = pool;
    this.facetState =
        hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
    this.actorTypes = actorTypes(reader);
    this.names = new EntityNames(reader);
    this.shared = this;
    this.deadline = null;
  }

  private FacetSearcher(FacetSearcher shared, Searchers.Deadline deadline) {
    super(shared.getIndexReader(), shared.pool);
    this.pool = shared.pool;
    this.facetState = shared.facetState;
    this.actorTypes = shared.actorTypes;
    this.names = shared.names;
    this.shared = shared;
    this.deadline = deadline;
  }

  /** The names each entity of this reader's articles was written under. */
  EntityNames names() {
    return names;
  }

  /** A view for one request (one thread): every query it runs stops at {@code deadline}. */
  FacetSearcher until(Searchers.Deadline deadline) {
    return new FacetSearcher(shared, deadline);
  }

  /** The shared searcher of this view, which runs queries without a deadline. */
  FacetSearcher shared() {
    return shared;
  }

  /**
   * Every search, count and export goes through here with its top-level query, which is wrapped
   * once in a {@link TimeLimitedQuery}: one place bounds every query path. Lucene's own {@code
   * setTimeout} would not do: its windows of documents grow by half each time, so on a large
   * segment the clock is read too seldom to hold the limit, and {@code DrillSideways} refuses its
   * windows (facet filters).
   */
  @Override
  public Weight createWeight(Query query, ScoreMode scoreMode, float boost) throws IOException {
    if (deadline == null || weighing || query instanceof TimeLimitedQuery) {
      return super.createWeight(query, scoreMode, boost);
    }
    weighing = true;
    try {
      return super.createWeight(new TimeLimitedQuery(query, deadline), scoreMode, boost);
    } finally {
      weighing = false;
    }
  }

  /** {@code query} bounded by this view's deadline, for queries run by the shared searcher. */
  Query bounded(Query query) {
    return deadline == null ? query : new TimeLimitedQuery(query, deadline);
  }

  /** Null when the index has no facet values yet (an empty corpus). */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /** The pool this searcher searches segments with, for counting facets the same way. */
  ExecutorService pool() {
    return pool;
  }

  ActorType actorType(String name) {
    return actorTypes.get(name);
  }

  private static boolean hasFacets(IndexReader reader) {
    return reader.leaves().stream()
        .anyMatch(
            leaf ->
                leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
                    != null);
  }

  private static Map<String, ActorType> actorTypes(IndexReader reader) throws IOException {
    Map<String, ActorType> types = new HashMap<>();
    Terms terms = MultiTerms.getTerms(reader, Schema.ACTOR_TYPED);
    if (terms == null) {
      return types;
    }
    TermsEnum iterator = terms.iterator();
    for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
      Actor actor = Schema.fromTypedName(term.utf8ToString());
      types.putIfAbsent(actor.name(), actor.type());
    }
    return types;
  }
}
