package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import policysearch.index.Schema;
import policysearch.resolve.Fold;

/**
 * The names each entity of the index was written under, read from the {@link Schema#ACTOR_ALIAS}
 * terms of live articles when a searcher opens: a filter, an {@code actor:} scope or an actor page
 * given any of them finds the entity's canonical name. Names are matched without regard to case,
 * accents and punctuation ("al sisi" finds Abdel Fattah el-Sisi when the corpus wrote "Al Sisi").
 */
public final class EntityNames {
  private static final String SEP = "\u001f";

  private final Map<String, Set<String>> aliases = new HashMap<>();
  private final Map<String, Set<String>> canonicalByKey = new HashMap<>();

  private EntityNames() {}

  /**
   * The names of {@link Schema#ACTOR_ALIAS} terms read elsewhere (a cluster's live articles): the
   * same lookups for a backend that is not this Lucene index.
   */
  public static EntityNames ofAliasTerms(Collection<String> terms) {
    EntityNames names = new EntityNames();
    for (String term : terms) {
      String[] parts = term.split(SEP, 3);
      if (parts.length == 3) {
        names.add(parts[1], parts[2]);
      }
    }
    return names;
  }

  EntityNames(IndexReader reader) throws IOException {
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
        if (anyLive(postings, live)) {
          String[] parts = term.utf8ToString().split(SEP, 3);
          add(parts[1], parts[2]);
        }
      }
    }
  }

  private static boolean anyLive(PostingsEnum postings, Bits live) throws IOException {
    for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
      if (live == null || live.get(d)) {
        return true;
      }
    }
    return false;
  }

  private void add(String name, String canonical) {
    Set<String> names = aliases.computeIfAbsent(canonical, k -> new TreeSet<>());
    if (!name.equals(canonical)) {
      names.add(name);
    }
    canonicalByKey.computeIfAbsent(Fold.lookupKey(name), k -> new LinkedHashSet<>()).add(canonical);
    canonicalByKey
        .computeIfAbsent(Fold.lookupKey(canonical), k -> new LinkedHashSet<>())
        .add(canonical);
  }

  /**
   * The canonical name of the entity {@code value} names: itself when it is a canonical name, else
   * the one entity that has it among its names (folded), else {@code value} unchanged.
   */
  public String canonical(String value) {
    if (aliases.containsKey(value)) {
      return value;
    }
    Set<String> found = canonicalByKey.getOrDefault(Fold.lookupKey(value), Set.of());
    Set<String> exact = new LinkedHashSet<>();
    found.stream().filter(c -> Fold.lookupKey(c).equals(Fold.lookupKey(value))).forEach(exact::add);
    Set<String> pick = exact.size() == 1 ? exact : found;
    return pick.size() == 1 ? pick.iterator().next() : value;
  }

  /** {@code values} each under its canonical name, without repeats. */
  public List<String> canonical(List<String> values) {
    return new ArrayList<>(values.stream().map(this::canonical).distinct().toList());
  }

  /** Every name the entity {@code canonical} was written under, besides the canonical one. */
  public List<String> aliases(String canonical) {
    return List.copyOf(aliases.getOrDefault(canonical, Set.of()));
  }

  /** True when the index holds an entity under this canonical name. */
  public boolean contains(String canonical) {
    return aliases.containsKey(canonical);
  }
}
