package policysearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import policysearch.extract.Actor;
import policysearch.extract.ActorType;
import policysearch.resolve.Cooccurrence;
import policysearch.resolve.NameCount;

/**
 * The names of an index as extracted, read from its {@link Schema#ACTOR_ALIAS} terms: each distinct
 * name with the number of live articles naming it, and each (name, canonical name) pair in use.
 * Deleted documents are skipped, so an article replaced a moment ago is not counted twice.
 */
final class IndexedNames {
  /** A name as extracted and the canonical name it is indexed under, in {@code docs} (live). */
  record Pair(Actor raw, String canonical, List<int[]> docs) {}

  private final List<Pair> pairs = new ArrayList<>();
  private final Map<String, Integer> counts = new HashMap<>();
  private final Map<String, Actor> actors = new HashMap<>();
  private final IndexSearcher searcher;

  IndexedNames(IndexReader reader) throws IOException {
    this.searcher = new IndexSearcher(reader);
    Map<String, List<int[]>> docsByTerm = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(Schema.ACTOR_ALIAS);
      if (terms == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      TermsEnum it = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = it.next(); term != null; term = it.next()) {
        postings = it.postings(postings, PostingsEnum.NONE);
        List<int[]> docs = null;
        for (int d = postings.nextDoc();
            d != DocIdSetIterator.NO_MORE_DOCS;
            d = postings.nextDoc()) {
          if (live == null || live.get(d)) {
            if (docs == null) {
              docs = docsByTerm.computeIfAbsent(term.utf8ToString(), k -> new ArrayList<>());
            }
            docs.add(new int[] {leaf.ord, d});
          }
        }
      }
    }
    docsByTerm.forEach(this::add);
  }

  private void add(String term, List<int[]> docs) {
    String[] parts = ActorFields.splitAlias(term);
    Actor raw = Actor.of(parts[1], ActorType.parse(parts[0]));
    pairs.add(new Pair(raw, parts[2], docs));
    String key = ActorFields.aliasPrefix(raw);
    counts.merge(key, docs.size(), Integer::sum);
    actors.put(key, raw);
  }

  /** Every (name, canonical name) pair with its live documents. */
  List<Pair> pairs() {
    return pairs;
  }

  /** Every distinct name as extracted with its number of articles. */
  List<NameCount> names() {
    List<NameCount> names = new ArrayList<>(counts.size());
    counts.forEach(
        (key, count) -> {
          Actor actor = actors.get(key);
          names.add(new NameCount(actor.name(), actor.type(), count));
        });
    names.sort(java.util.Comparator.comparing(NameCount::type).thenComparing(NameCount::name));
    return names;
  }

  /** Articles naming both names, counted with one query over the alias terms. */
  Cooccurrence cooccurrence() {
    return (a, b) -> {
      try {
        return searcher.count(
            new BooleanQuery.Builder()
                .add(prefix(a), Occur.FILTER)
                .add(prefix(b), Occur.FILTER)
                .build());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
  }

  private static PrefixQuery prefix(NameCount name) {
    return new PrefixQuery(
        new Term(Schema.ACTOR_ALIAS, ActorFields.aliasPrefix(Actor.of(name.name(), name.type()))));
  }
}
