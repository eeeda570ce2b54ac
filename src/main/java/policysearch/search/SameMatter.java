package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import policysearch.index.Analyzers;
import policysearch.index.Schema;

/**
 * Finding statements of the same matter. The query: what the source is about and nothing else — its
 * rare words, its key phrases word for word and the rarest actors it names — said within {@value
 * #WINDOW_DAYS} days of it, the closer the better. MoreLikeThis weighs every content word and ranks
 * a statement of the same topic from any year as high; the same event is talked about in the same
 * weeks and under the same names ("Second Thomas Shoal", "Odysseus").
 */
final class SameMatter {
  /** Days either side of the source's date a statement of the same matter is looked for in. */
  static final int WINDOW_DAYS = 60;

  /** Days either side of the source's date of its event's own reporting. */
  static final int WEEK_DAYS = 7;

  /** A word in at most about one document in 90 is rare enough to say what the matter is. */
  static final double RARE_IDF = 4.5;

  /** Rare words counted as all of them when measuring how many a candidate shares. */
  static final int ENOUGH_RARE = 3;

  private static final int MAX_RARE = 12;
  private static final float PHRASE_BOOST = 2f;

  /** An actor named in more than this share of statements (the United States) is no matter. */
  private static final double MAX_ACTOR_SHARE = 0.02;

  /** The boost of the same day over a statement {@value #PIVOT_DAYS} days apart (half of it). */
  private static final float DATE_WEIGHT = 4f;

  private static final long PIVOT_DAYS = 14;
  private static final String MARK = String.valueOf(Analyzers.STEM_MARK);

  private SameMatter() {}

  /**
   * Statements within {@code filter} said within the window of {@code day} that share a rare word,
   * a key phrase or a rare actor of the source; empty if the source has none of them.
   */
  static Optional<Query> query(
      Aboutness about,
      List<String> actors,
      Set<String> speakerNames,
      long day,
      IndexReader reader,
      Query filter)
      throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (String stem : about.rare(RARE_IDF, MAX_RARE)) {
      any.add(
          new SynonymQuery.Builder(Schema.BODY)
              .addTerm(new Term(Schema.BODY, stem))
              .addTerm(new Term(Schema.BODY, MARK + stem))
              .build(),
          Occur.SHOULD);
      clauses++;
    }
    for (List<String> phrase : about.phrases()) {
      any.add(new BoostQuery(phrase(phrase), PHRASE_BOOST), Occur.SHOULD);
      clauses++;
    }
    for (String actor : rareActors(actors, speakerNames, reader)) {
      any.add(new TermQuery(new Term(Schema.STATEMENT_ACTOR, actor)), Occur.SHOULD);
      clauses++;
    }
    if (clauses == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new BooleanQuery.Builder()
            .add(any.build(), Occur.MUST)
            .add(
                LongField.newDistanceFeatureQuery(Schema.DATE, DATE_WEIGHT, day, PIVOT_DAYS),
                Occur.SHOULD)
            .add(
                LongPoint.newRangeQuery(Schema.DATE, day - WINDOW_DAYS, day + WINDOW_DAYS),
                Occur.FILTER)
            .add(filter, Occur.FILTER)
            .build());
  }

  /**
   * {@code filter} within {@value #WEEK_DAYS} days either side of {@code day}: the days an event is
   * reported in, where the statements nearest the source in meaning are of its matter more often
   * than the nearest of any year.
   */
  static Query week(long day, Query filter) {
    return new BooleanQuery.Builder()
        .add(LongPoint.newRangeQuery(Schema.DATE, day - WEEK_DAYS, day + WEEK_DAYS), Occur.FILTER)
        .add(filter, Occur.FILTER)
        .build();
  }

  /**
   * The source statement in its context: the mean of its vector and its article's title-and-lead
   * vector, as a unit vector (null without the statement's; the statement's alone without the
   * article's). The title of a statement, readout or fact sheet names its matter ("... on the
   * Conflict in Sudan") where the statement's sentence may not ("We condemn these attacks").
   */
  static float[] context(float[] statement, float[] article) {
    if (statement == null || article == null) {
      return statement;
    }
    float[] sum = new float[statement.length];
    double norm = 0;
    for (int i = 0; i < sum.length; i++) {
      sum[i] = statement[i] + article[i];
      norm += sum[i] * sum[i];
    }
    float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < sum.length; i++) {
      sum[i] *= scale;
    }
    return sum;
  }

  /** A key phrase word for word, each word as written or as its stem. */
  static Query phrase(List<String> stems) {
    MultiPhraseQuery.Builder exact = new MultiPhraseQuery.Builder();
    for (String stem : stems) {
      exact.add(new Term[] {new Term(Schema.BODY, stem), new Term(Schema.BODY, MARK + stem)});
    }
    return exact.build();
  }

  /** The source's actors other than its speakers that few statements name. */
  private static List<String> rareActors(
      List<String> actors, Set<String> speakerNames, IndexReader reader) throws IOException {
    int docs = Math.max(1, reader.getDocCount(Schema.STATEMENT_ACTOR));
    List<String> rare = new ArrayList<>();
    for (String actor : actors) {
      int df = reader.docFreq(new Term(Schema.STATEMENT_ACTOR, actor));
      if (!speakerNames.contains(actor) && df > 0 && df <= MAX_ACTOR_SHARE * docs) {
        rare.add(actor);
      }
    }
    return rare;
  }
}
