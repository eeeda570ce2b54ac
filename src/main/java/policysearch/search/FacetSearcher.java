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
import org.apache.lucene.util.BytesRef;
import policysearch.extract.Actor;
import policysearch.extract.ActorType;
import policysearch.index.Schema;

/**
 * A searcher that carries what is costly to build per reader and cheap to reuse: the sorted-set
 * facet state (ordinal maps), the type of each actor name and the names of each entity. Built once
 * per (re)open.
 */
final class FacetSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;
  private final Map<String, ActorType> actorTypes;
  private final EntityNames names;

  private final ExecutorService pool;

  FacetSearcher(IndexReader reader, FacetsConfig config, ExecutorService pool) throws IOException {
    super(reader, pool);
    this.pool = pool;
    this.facetState =
        hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
    this.actorTypes = actorTypes(reader);
    this.names = new EntityNames(reader);
  }

  /** The names each entity of this reader's articles was written under. */
  EntityNames names() {
    return names;
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
