package policysearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import policysearch.extract.ActorType;
import policysearch.resolve.Candidate;
import policysearch.resolve.Cooccurrence;
import policysearch.resolve.NameCount;
import policysearch.resolve.NameData;
import policysearch.resolve.Resolution;
import policysearch.resolve.Resolver;
import policysearch.resolve.Shapes;

/**
 * A data editor's review of an index: the top actors and speakers (of the whole index or of a
 * search), what looks wrong with each by its shape, and the pairs of names that look alike but are
 * apart — the merges the resolver would still make, and the near misses it left.
 */
public final class Audit {
  /** One facet value with what looks wrong with it (nothing: an empty list). */
  public record Entry(String name, String type, long count, List<String> flags) {}

  /** Two names that look alike, their counts in the index, and why they are apart. */
  public record Pair(String a, long countA, String b, long countB, String type, String reason) {}

  /** The review of one query (empty: the whole index). */
  public record Report(
      String query,
      long articles,
      long statements,
      List<Entry> actors,
      List<Entry> speakers,
      List<Pair> pairs,
      int names) {}

  private final LuceneBackend service;
  private final Searchers searchers;
  private final NameData data;

  Audit(LuceneBackend service, Searchers searchers, NameData data) {
    this.service = service;
    this.searchers = searchers;
    this.data = data;
  }

  /** Reviews the top {@code top} (at most 100) actors and speakers of {@code query}. */
  public Report run(String query, int top) throws IOException {
    SearchResult articles = service.search(SearchRequest.of(query));
    StatementResult statements =
        service.statements(new StatementRequest(SearchRequest.of(query), List.of()));
    // The inventory and the co-occurrence counts read the whole index, one count per look-alike
    // pair: a review run by a data editor, not a request, so they run without the time limit.
    return searchers.readUnbounded(searcher -> review(searcher, query, top, articles, statements));
  }

  private Report review(
      FacetSearcher searcher,
      String query,
      int top,
      SearchResult articles,
      StatementResult statements)
      throws IOException {
    List<NameCount> names = inventory(searcher);
    Map<String, NameCount> byName = new HashMap<>();
    names.forEach(n -> byName.putIfAbsent(n.name(), n));
    Shapes shapes = new Shapes(data);
    Shapes.Context context = new Shapes.Context(names);
    List<Entry> actors = entries(articles.facets().get(Facet.ACTOR.key()), top, shapes, context);
    List<Entry> speakers =
        entries(statements.facets().get(Facet.SPEAKER.key()), top, shapes, context);
    Resolution resolution = new Resolver(data).resolve(names, cooccurrence(searcher));
    Set<String> shown = new java.util.HashSet<>();
    actors.forEach(e -> shown.add(e.name()));
    speakers.forEach(e -> shown.add(e.name()));
    List<Pair> pairs = pairs(resolution, names, shown, byName);
    return new Report(
        query, articles.total(), statements.total(), actors, speakers, pairs, names.size());
  }

  private static List<Entry> entries(
      List<FacetValue> values, int top, Shapes shapes, Shapes.Context context) {
    List<Entry> entries = new ArrayList<>();
    for (FacetValue v : values.subList(0, Math.min(top, values.size()))) {
      ActorType type = v.type() == null ? null : ActorType.parse(v.type());
      entries.add(
          new Entry(
              v.value(),
              v.type(),
              v.count(),
              type == null ? List.of() : shapes.flags(v.value(), type, context)));
    }
    return entries;
  }

  /** Every actor value of the index with its type and article count. */
  private static List<NameCount> inventory(FacetSearcher searcher) throws IOException {
    List<NameCount> names = new ArrayList<>();
    if (searcher.facetState() == null) {
      return names;
    }
    var collected =
        FacetsCollectorManager.search(searcher, Articles.ARTICLES, 0, new FacetsCollectorManager());
    FacetResult all =
        new SortedSetDocValuesFacetCounts(searcher.facetState(), collected.facetsCollector())
            .getAllChildren(Facet.ACTOR.key());
    if (all == null) {
      return names;
    }
    for (LabelAndValue lv : all.labelValues) {
      ActorType type = searcher.actorType(lv.label);
      if (type != null) {
        names.add(new NameCount(lv.label, type, lv.value.intValue()));
      }
    }
    names.sort(Comparator.comparing(NameCount::name));
    return names;
  }

  private static Cooccurrence cooccurrence(FacetSearcher searcher) {
    return (a, b) -> {
      try {
        return searcher.count(
            new BooleanQuery.Builder()
                .add(actor(a.name()), Occur.FILTER)
                .add(actor(b.name()), Occur.FILTER)
                .build());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private static TermQuery actor(String name) {
    return Filters.facet(Facet.ACTOR, name);
  }

  /**
   * Pairs with a shown name: names the resolver would merge but the index holds apart (an index
   * written before resolution), the resolver's near misses, and truncations ("Kim Jong" / "Kim Jong
   * Un"), most common first.
   */
  private List<Pair> pairs(
      Resolution resolution,
      List<NameCount> names,
      Set<String> shown,
      Map<String, NameCount> byName) {
    Map<String, Pair> pairs = new LinkedHashMap<>();
    for (NameCount n : names) {
      String to = resolution.canonical(n.name(), n.type(), null);
      if (!to.equals(n.name()) && (shown.contains(n.name()) || shown.contains(to))) {
        add(pairs, n.name(), to, n.type(), "not merged yet", byName);
      }
    }
    for (Candidate c : resolution.candidates()) {
      if (shown.contains(c.a()) || shown.contains(c.b())) {
        add(pairs, c.a(), c.b(), c.type(), c.reason(), byName);
      }
    }
    for (Pair p : Lookalikes.truncations(names, shown)) {
      add(pairs, p.a(), p.b(), ActorType.parse(p.type()), p.reason(), byName);
    }
    List<Pair> sorted = new ArrayList<>(pairs.values());
    sorted.sort(Comparator.comparingLong((Pair p) -> -(p.countA() + p.countB())));
    return sorted;
  }

  private static void add(
      Map<String, Pair> pairs,
      String a,
      String b,
      ActorType type,
      String reason,
      Map<String, NameCount> byName) {
    String key = a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    long countA = count(byName, a);
    long countB = count(byName, b);
    // The rarer name first: it is the one a data editor would merge into the other.
    pairs.putIfAbsent(
        key,
        countA <= countB
            ? new Pair(a, countA, b, countB, type.toString(), reason)
            : new Pair(b, countB, a, countA, type.toString(), reason));
  }

  private static long count(Map<String, NameCount> byName, String name) {
    NameCount n = byName.get(name);
    return n == null ? 0 : n.articles();
  }
}
