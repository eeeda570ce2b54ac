package policysearch.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import policysearch.index.Analyzers;
import policysearch.index.Schema;

/** The words' side of related statements: the query that finds candidates by what they say. */
final class LexicalQuery {
  private static final int MAX_QUERY_TERMS = 25;
  private static final int MIN_COMMON_DOCS = 100;
  private static final float PHRASE_BOOST = 2f;
  private static final String MARK = String.valueOf(Analyzers.STEM_MARK);

  private LexicalQuery() {}

  /**
   * MoreLikeThis on the source's content words (stop words, filler, speech verbs, titles and the
   * speaker's names never chosen), or any of its key phrases word for word, within {@code filter}.
   */
  static Query of(
      FacetSearcher searcher,
      ContentWords words,
      String text,
      Set<String> nameStems,
      Aboutness about,
      Query filter)
      throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(words.analyzer());
    mlt.setFieldNames(new String[] {Schema.BODY});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMinWordLen(2);
    // Both forms of a stem ("border", "~border") may be among the best terms: see StemGroups.
    mlt.setMaxQueryTerms(2 * MAX_QUERY_TERMS);
    mlt.setBoost(true);
    // Words in more than a tenth of the documents say little about content; a small index keeps
    // them all, as a tenth of it is no evidence of commonness.
    mlt.setMaxDocFreq(Math.max(MIN_COMMON_DOCS, searcher.getIndexReader().numDocs() / 10));
    Set<String> stop = new HashSet<>();
    for (String stem : words.ignored()) {
      stop.add(stem);
      stop.add(MARK + stem);
    }
    for (String stem : nameStems) {
      stop.add(stem);
      stop.add(MARK + stem);
    }
    mlt.setStopWords(stop);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(
        StemGroups.of(mlt.like(Schema.BODY, new StringReader(text)), MAX_QUERY_TERMS),
        Occur.SHOULD);
    for (List<String> phrase : about.phrases()) {
      any.add(new BoostQuery(SameMatter.phrase(phrase), PHRASE_BOOST), Occur.SHOULD);
    }
    return new BooleanQuery.Builder()
        .add(any.build(), Occur.MUST)
        .add(filter, Occur.FILTER)
        .build();
  }
}
