package policysearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import policysearch.index.Schema;

/**
 * Where related statements' candidates come from besides the words' query ({@link LexicalQuery}):
 * the nearest vectors, the same matter near the source's date ({@link SameMatter}) and the source's
 * article family ({@link ArticleFamily}), all within one filter (other articles, other speakers,
 * the dates and speaker types asked for).
 */
final class CandidateSources {
  private CandidateSources() {}

  /**
   * Adds the candidates of the same matter: the source's rare words, phrases and actors near its
   * date, and the statements nearest to the source in its {@code context}.
   */
  static void sameMatter(
      FacetSearcher searcher,
      Map<Integer, Candidate> candidates,
      Candidate source,
      Aboutness about,
      Set<String> speakerNames,
      float[] context,
      int k,
      Query filter)
      throws IOException {
    List<String> actors = Arrays.asList(source.stored.getValues(Schema.STATEMENT_ACTOR));
    Optional<Query> matter =
        SameMatter.query(
            about, actors, speakerNames, source.day, searcher.getIndexReader(), filter);
    if (matter.isPresent()) {
      for (ScoreDoc hit : searcher.search(matter.get(), k).scoreDocs) {
        candidates.computeIfAbsent(hit.doc, Candidate::new);
      }
      // The same words in the event's own days, where the wider window's best may all lie outside.
      Query inWeek =
          new BooleanQuery.Builder()
              .add(matter.get(), Occur.MUST)
              .add(SameMatter.week(source.day, StatementService.STATEMENTS), Occur.FILTER)
              .build();
      for (ScoreDoc hit : searcher.search(inWeek, k).scoreDocs) {
        candidates.computeIfAbsent(hit.doc, Candidate::new);
      }
    }
    if (context != null) {
      for (ScoreDoc hit : nearest(searcher, Schema.STATEMENT_VECTOR, context, k, filter)) {
        candidates.computeIfAbsent(hit.doc, Candidate::new).contextSimilarity = 2 * hit.score - 1;
      }
      Query week = SameMatter.week(source.day, filter);
      for (ScoreDoc hit : nearest(searcher, Schema.STATEMENT_VECTOR, context, k, week)) {
        candidates.computeIfAbsent(hit.doc, Candidate::new).contextSimilarity = 2 * hit.score - 1;
      }
    }
  }

  /**
   * Adds the statements of the source's article family nearest to the source in its {@code
   * context}, and returns the family.
   */
  static ArticleFamily family(
      FacetSearcher searcher,
      ContentWords words,
      Map<Integer, Candidate> candidates,
      Candidate source,
      Aboutness about,
      Set<String> nameStems,
      float[] context,
      int k,
      Query filter)
      throws IOException {
    String title = source.stored.get(Schema.ARTICLE_TITLE);
    Aboutness titleAbout =
        Aboutness.of(title == null ? "" : title, words, nameStems, searcher.getIndexReader());
    ArticleFamily family =
        ArticleFamily.of(
            searcher, about, titleAbout, source.stored.get(Schema.ARTICLE_ID), source.day, filter);
    if (family.isEmpty()) {
      return family;
    }
    if (context != null) {
      for (ScoreDoc hit :
          nearest(searcher, Schema.STATEMENT_VECTOR, context, k, family.statements(filter))) {
        candidates.computeIfAbsent(hit.doc, Candidate::new).contextSimilarity = 2 * hit.score - 1;
      }
    }
    return family;
  }

  /** The vector of the title and lead of the article {@code statement} is in, if any. */
  static float[] articleVector(FacetSearcher searcher, Document statement) throws IOException {
    Optional<Integer> article =
        Filters.byId(searcher, statement.get(Schema.ARTICLE_ID), Articles.ARTICLES);
    return article.isEmpty()
        ? null
        : StoredVectors.of(searcher.getIndexReader(), Schema.ARTICLE_VECTOR, article.get());
  }

  /** The {@code k} nearest vectors of {@code field} within {@code filter}. */
  static ScoreDoc[] nearest(
      FacetSearcher searcher, String field, float[] vector, int k, Query filter)
      throws IOException {
    // Lucene scores a dot product d as (1 + d) / 2: callers take 2 * score - 1.
    return searcher.search(new KnnFloatVectorQuery(field, vector, k, filter), k).scoreDocs;
  }

  /** Other articles, other speakers (every name of each), the date range and speaker types. */
  static Query filter(
      Document source,
      Set<String> speakerNames,
      LocalDate from,
      LocalDate to,
      List<String> speakerTypes) {
    BooleanQuery.Builder filter =
        new BooleanQuery.Builder()
            .add(StatementService.STATEMENTS, Occur.FILTER)
            .add(
                new TermQuery(new Term(Schema.GROUP, source.get(Schema.ARTICLE_ID))),
                Occur.MUST_NOT);
    speakerNames.forEach(name -> filter.add(Filters.facet(Facet.SPEAKER, name), Occur.MUST_NOT));
    if (!speakerTypes.isEmpty()) {
      BooleanQuery.Builder types = new BooleanQuery.Builder();
      speakerTypes.forEach(t -> types.add(Filters.facet(Facet.SPEAKER_TYPE, t), Occur.SHOULD));
      filter.add(types.build(), Occur.FILTER);
    }
    if (from != null || to != null) {
      long lower = from == null ? Long.MIN_VALUE : from.toEpochDay();
      long upper = to == null ? Long.MAX_VALUE : to.toEpochDay();
      filter.add(LongPoint.newRangeQuery(Schema.DATE, lower, upper), Occur.FILTER);
    }
    return filter.build();
  }
}
