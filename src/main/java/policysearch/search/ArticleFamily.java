package policysearch.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import policysearch.index.Analyzers;
import policysearch.index.Schema;

/**
 * The source's <em>article family</em>: the other articles of its event — the readout, the fact
 * sheet, the statement and the remarks of one call, visit or attack — found as the articles within
 * {@value #WINDOW_DAYS} days of it whose titles hold the rare words of the source or of its own
 * article's title ("Readout of ... Call with President Marcos of the Philippines", "Statement on
 * ... Second Thomas Shoal"). Titles name the matter where a statement's sentence may not.
 */
final class ArticleFamily {
  /** Days either side of the source's date an article of its event is looked for in. */
  static final int WINDOW_DAYS = 7;

  /** The family's size: the best-matching articles. */
  static final int MAX_ARTICLES = 8;

  /** Statements read per family article at most (a long briefing has many). */
  private static final int MAX_STATEMENTS = 200;

  private static final int MAX_TERMS = 12;

  /** A word in at most one title in this many can name an event. */
  private static final int TITLES_PER_WORD = 150;

  private static final String MARK = String.valueOf(Analyzers.STEM_MARK);

  /** Each family statement's doc id with its article's weight (1 for the best-matching article). */
  private final Map<Integer, Double> weights;

  private final Set<String> articleIds;

  private ArticleFamily(Map<Integer, Double> weights, Set<String> articleIds) {
    this.weights = weights;
    this.articleIds = articleIds;
  }

  /** No family (a source without rare words). */
  static final ArticleFamily NONE = new ArticleFamily(Map.of(), Set.of());

  /**
   * The family of a source said on {@code day} in article {@code articleId}, about {@code about}
   * (its statement) and {@code title} (its article's title), its statements within {@code filter}.
   */
  static ArticleFamily of(
      IndexSearcher searcher,
      Aboutness about,
      Aboutness title,
      String articleId,
      long day,
      Query filter)
      throws IOException {
    Set<String> words = new LinkedHashSet<>(title.terms().keySet());
    words.addAll(about.terms().keySet());
    List<String> stems = rareInTitles(searcher.getIndexReader(), words);
    if (stems.isEmpty()) {
      return NONE;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String stem : stems) {
      any.add(
          new SynonymQuery.Builder(Schema.TITLE)
              .addTerm(new Term(Schema.TITLE, stem))
              .addTerm(new Term(Schema.TITLE, MARK + stem))
              .build(),
          Occur.SHOULD);
    }
    Query articles =
        new BooleanQuery.Builder()
            .add(any.build(), Occur.MUST)
            .add(Articles.ARTICLES, Occur.FILTER)
            .add(
                LongPoint.newRangeQuery(Schema.DATE, day - WINDOW_DAYS, day + WINDOW_DAYS),
                Occur.FILTER)
            .add(new TermQuery(new Term(Schema.ID, articleId)), Occur.MUST_NOT)
            .build();
    ScoreDoc[] top = searcher.search(articles, MAX_ARTICLES).scoreDocs;
    if (top.length == 0) {
      return NONE;
    }
    Map<Integer, Double> weights = new HashMap<>();
    Set<String> ids = new LinkedHashSet<>();
    for (ScoreDoc article : top) {
      String id = searcher.storedFields().document(article.doc, Set.of(Schema.ID)).get(Schema.ID);
      ids.add(id);
      Query statements =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(Schema.GROUP, id)), Occur.FILTER)
              .add(filter, Occur.FILTER)
              .build();
      double weight = article.score / top[0].score;
      for (ScoreDoc s : searcher.search(statements, MAX_STATEMENTS).scoreDocs) {
        weights.merge(s.doc, weight, Math::max);
      }
    }
    return new ArticleFamily(weights, ids);
  }

  /**
   * Those of {@code stems} few article titles hold (at most one in {@value #TITLES_PER_WORD}, or
   * two: the source's and one other), fewest first, at most {@value #MAX_TERMS}: a briefer's name
   * or "Readout" is in hundreds of titles and names no event; "Singapore" or "Ransomware" does.
   */
  private static List<String> rareInTitles(IndexReader reader, Set<String> stems)
      throws IOException {
    long most = Math.max(2, reader.getDocCount(Schema.TITLE) / TITLES_PER_WORD);
    Map<String, Long> counts = new HashMap<>();
    for (String stem : stems) {
      long df =
          reader.docFreq(new Term(Schema.TITLE, stem))
              + (long) reader.docFreq(new Term(Schema.TITLE, MARK + stem));
      if (df > 0 && df <= most) {
        counts.put(stem, df);
      }
    }
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_TERMS)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The weight of the family article statement {@code doc} is in: 0 outside the family. */
  double weight(int doc) {
    return weights.getOrDefault(doc, 0.0);
  }

  /** Whether the family has no statement within the filter. */
  boolean isEmpty() {
    return weights.isEmpty();
  }

  /** The family's statements within {@code filter}, as a filter. */
  Query statements(Query filter) {
    BooleanQuery.Builder groups = new BooleanQuery.Builder();
    for (String id : articleIds) {
      groups.add(new TermQuery(new Term(Schema.GROUP, new BytesRef(id))), Occur.SHOULD);
    }
    return new BooleanQuery.Builder()
        .add(groups.build(), Occur.FILTER)
        .add(filter, Occur.FILTER)
        .build();
  }

  /** The family's article ids, best-matching first. */
  List<String> articles() {
    return List.copyOf(articleIds);
  }
}
