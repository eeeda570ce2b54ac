package policysearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import policysearch.extract.Actor;
import policysearch.index.Schema;

/**
 * What the actor page shows beyond names, computed on the actor's filter: facet counts (topics,
 * co-actors, years), range facet counts per month on the date doc values, and the roles read from
 * the stored actors of the actor's own articles only.
 */
record ActorFacts(
    long articles,
    long statements,
    List<ActorView.Role> roles,
    List<ActorView.Month> byMonth,
    List<FacetValue> topics,
    List<ActorView.CoActor> coActors) {
  private static final int TOP = 10;

  static ActorFacts of(FacetSearcher searcher, FacetedSearch facets, String name)
      throws IOException {
    Query articleQuery = filter(Articles.ARTICLES, Facet.ACTOR, name);
    FacetsCollector articles = collect(searcher, articleQuery);
    FacetsCollector statements =
        collect(searcher, filter(StatementService.STATEMENTS, Facet.SPEAKER, name));
    Facets articleCounts = new SortedSetDocValuesFacetCounts(searcher.facetState(), articles);
    List<FacetValue> topics = new ArrayList<>();
    for (LabelAndValue lv : children(articleCounts.getTopChildren(TOP, Facet.TOPIC.key()))) {
      topics.add(facets.label(searcher, Facet.TOPIC, lv.label, lv.value.longValue()));
    }
    List<ActorView.CoActor> coActors = new ArrayList<>();
    for (LabelAndValue lv : children(articleCounts.getTopChildren(TOP + 1, Facet.ACTOR.key()))) {
      if (!lv.label.equals(name) && coActors.size() < TOP) {
        var type = searcher.actorType(lv.label);
        coActors.add(
            new ActorView.CoActor(
                lv.label, type == null ? null : type.toString(), lv.value.longValue()));
      }
    }
    return new ActorFacts(
        hits(articles),
        hits(statements),
        roles(searcher, articleQuery, name),
        months(searcher, articles, statements),
        topics,
        coActors);
  }

  private static Query filter(Query kind, Facet dim, String value) {
    return new BooleanQuery.Builder()
        .add(kind, Occur.FILTER)
        .add(Filters.facet(dim, value), Occur.FILTER)
        .build();
  }

  private static FacetsCollector collect(FacetSearcher searcher, Query query) throws IOException {
    return FacetsCollectorManager.search(searcher, query, 0, new FacetsCollectorManager())
        .facetsCollector();
  }

  private static long hits(FacetsCollector collector) {
    return collector.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
  }

  /**
   * Counts per month (range facets on the date doc values) for the months of the years the year
   * facet has, so an actor named over two centuries costs 12 ranges a year, not a loop over dates;
   * empty months are left out.
   */
  private static List<ActorView.Month> months(
      FacetSearcher searcher, FacetsCollector articles, FacetsCollector statements)
      throws IOException {
    Set<Integer> years = new TreeSet<>();
    for (FacetsCollector collector : List.of(articles, statements)) {
      Facets counts = new SortedSetDocValuesFacetCounts(searcher.facetState(), collector);
      for (LabelAndValue lv : children(counts.getAllChildren(Facet.YEAR.key()))) {
        years.add(Integer.parseInt(lv.label));
      }
    }
    List<LongRange> ranges = new ArrayList<>();
    for (int year : years) {
      for (int month = 1; month <= 12; month++) {
        YearMonth m = YearMonth.of(year, month);
        ranges.add(
            new LongRange(
                m.toString(), m.atDay(1).toEpochDay(), true, m.atEndOfMonth().toEpochDay(), true));
      }
    }
    LongRange[] all = ranges.toArray(LongRange[]::new);
    LabelAndValue[] articleMonths = monthCounts(articles, all);
    LabelAndValue[] statementMonths = monthCounts(statements, all);
    List<ActorView.Month> months = new ArrayList<>();
    for (int i = 0; i < all.length; i++) {
      long a = articleMonths[i].value.longValue();
      long s = statementMonths[i].value.longValue();
      if (a + s > 0) {
        months.add(new ActorView.Month(all[i].label, a, s));
      }
    }
    return months;
  }

  private static LabelAndValue[] monthCounts(FacetsCollector collector, LongRange[] ranges)
      throws IOException {
    if (ranges.length == 0) {
      return new LabelAndValue[0];
    }
    return new LongRangeFacetCounts(Schema.DATE, collector, ranges)
        .getAllChildren(Schema.DATE)
        .labelValues;
  }

  /**
   * The roles the actor's articles give it, with the first and last date of each: read from the
   * stored actors of those articles only (in document order, under the request's time limit), since
   * roles are stored for display, not indexed.
   */
  private static List<ActorView.Role> roles(FacetSearcher searcher, Query query, String name)
      throws IOException {
    Map<String, long[]> spans = new TreeMap<>();
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      NumericDocValues dates = DocValues.getNumeric(leaf.reader(), Schema.DATE);
      StoredFields stored = leaf.reader().storedFields();
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (!dates.advanceExact(doc)) {
          continue;
        }
        long day = dates.longValue();
        for (Actor actor : Schema.actors(stored.document(doc, Set.of(Schema.ACTOR_STORED)))) {
          if (actor.name().equals(name)) {
            for (String role : actor.roles()) {
              long[] span = spans.computeIfAbsent(role, r -> new long[] {day, day});
              span[0] = Math.min(span[0], day);
              span[1] = Math.max(span[1], day);
            }
          }
        }
      }
    }
    List<ActorView.Role> roles = new ArrayList<>();
    spans.forEach(
        (role, span) ->
            roles.add(
                new ActorView.Role(
                    role,
                    LocalDate.ofEpochDay(span[0]).toString(),
                    LocalDate.ofEpochDay(span[1]).toString())));
    roles.sort((a, b) -> a.from().compareTo(b.from()));
    return roles;
  }

  private static LabelAndValue[] children(FacetResult result) {
    return result == null ? new LabelAndValue[0] : result.labelValues;
  }
}
