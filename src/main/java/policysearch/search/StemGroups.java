package policysearch.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import policysearch.index.Analyzers;

/**
 * Regroups a MoreLikeThis query by stem. The text fields hold words as written and their differing
 * stems marked with {@code ~}, so one stem is two terms ("border" as written, "~border" from
 * "borders"); MoreLikeThis weighs them apart. Here the best {@code maxStems} stems (a stem ranks by
 * its better form) each become one {@link SynonymQuery} of both forms, scored as one term.
 */
final class StemGroups {
  private static final String MARK = String.valueOf(Analyzers.STEM_MARK);

  private StemGroups() {}

  /**
   * The best {@code maxStems} stems of {@code moreLikeThis} (built with {@code setBoost(true)}, so
   * each term's boost is its MoreLikeThis score), each a {@link SynonymQuery} of both forms, all
   * unboosted as MoreLikeThis's own terms would be.
   */
  static Query of(Query moreLikeThis, int maxStems) {
    if (!(moreLikeThis instanceof BooleanQuery terms)) {
      return moreLikeThis;
    }
    List<Map.Entry<Term, Float>> scored = new ArrayList<>();
    for (BooleanClause clause : terms.clauses()) {
      if (clause.query() instanceof BoostQuery boosted
          && boosted.getQuery() instanceof TermQuery term) {
        scored.add(Map.entry(term.getTerm(), boosted.getBoost()));
      }
    }
    scored.sort(Map.Entry.<Term, Float>comparingByValue().reversed());
    Set<Term> stems = new LinkedHashSet<>();
    for (Map.Entry<Term, Float> term : scored) {
      String text = term.getKey().text();
      String stem = text.startsWith(MARK) ? text.substring(MARK.length()) : text;
      if (stems.size() < maxStems) {
        stems.add(new Term(term.getKey().field(), stem));
      }
    }
    if (stems.isEmpty()) {
      return moreLikeThis;
    }
    BooleanQuery.Builder grouped = new BooleanQuery.Builder();
    for (Term stem : stems) {
      grouped.add(
          new SynonymQuery.Builder(stem.field())
              .addTerm(stem)
              .addTerm(new Term(stem.field(), MARK + stem.text()))
              .build(),
          Occur.SHOULD);
    }
    return grouped.build();
  }

  /** The terms of {@link #of}'s query, both forms of each stem. */
  static Set<String> terms(Query grouped) {
    Set<String> stems = new HashSet<>();
    if (grouped instanceof BooleanQuery terms) {
      for (BooleanClause clause : terms.clauses()) {
        if (clause.query() instanceof SynonymQuery synonym) {
          synonym.getTerms().forEach(term -> stems.add(term.text()));
        }
      }
    }
    return stems;
  }
}
