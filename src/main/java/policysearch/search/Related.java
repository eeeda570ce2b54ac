package policysearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import policysearch.extract.Actor;
import policysearch.index.Analyzers;
import policysearch.index.Schema;

/**
 * Articles like an article, found the way related statements are: by words (MoreLikeThis over title
 * and body) and by meaning (nearest embeddings of title and lead), fused by reciprocal rank, with
 * the similarity, topics and actors they share.
 */
public final class Related {
  private static final int MAX_QUERY_TERMS = 25;
  private static final int MIN_COMMON_DOCS = 100;
  private static final int CANDIDATES = 50;

  private final Searchers searchers;
  private final Analyzer analyzer = Analyzers.textQuery();

  Related(Searchers searchers) {
    this.searchers = searchers;
  }

  /** Articles like article {@code id}, with the topics and actors they share. */
  public List<RelatedArticle> articles(String id, int size, Query articles) throws IOException {
    return searchers.read(searcher -> articles(searcher, id, size, articles));
  }

  private List<RelatedArticle> articles(FacetSearcher searcher, String id, int size, Query articles)
      throws IOException {
    int docId = find(searcher, id, articles, "article");
    Document source = searcher.storedFields().document(docId);
    MoreLikeThis mlt = moreLikeThis(searcher);
    mlt.setFieldNames(new String[] {Schema.TITLE, Schema.BODY});
    Query others =
        new BooleanQuery.Builder()
            .add(articles, Occur.FILTER)
            .add(new TermQuery(new Term(Schema.ID, id)), Occur.MUST_NOT)
            .build();
    Query query =
        new BooleanQuery.Builder()
            .add(StemGroups.of(mlt.like(docId), MAX_QUERY_TERMS), Occur.MUST)
            .add(others, Occur.FILTER)
            .build();
    int depth = Math.max(CANDIDATES, 2 * size);
    ScoreDoc[] byWords = searcher.search(query, depth).scoreDocs;
    float[] vector = StoredVectors.of(searcher.getIndexReader(), Schema.ARTICLE_VECTOR, docId);
    ScoreDoc[] byMeaning =
        vector == null
            ? new ScoreDoc[0]
            : searcher.search(
                    new KnnFloatVectorQuery(Schema.ARTICLE_VECTOR, vector, depth, others), depth)
                .scoreDocs;
    ScoreDoc[] fused = SemanticStatements.fuse(byWords, byMeaning);
    List<String> topics = Arrays.asList(source.getValues(Schema.TOPIC));
    List<String> actors = Schema.actors(source).stream().map(Actor::name).toList();
    List<RelatedArticle> result = new ArrayList<>();
    for (ScoreDoc hit : Arrays.copyOf(fused, Math.min(size, fused.length))) {
      float[] theirs =
          vector == null
              ? null
              : StoredVectors.of(searcher.getIndexReader(), Schema.ARTICLE_VECTOR, hit.doc);
      Document doc =
          searcher
              .storedFields()
              .document(
                  hit.doc,
                  Set.of(Schema.ID, Schema.DATE, Schema.TITLE, Schema.TOPIC, Schema.ACTOR_STORED));
      List<String> hitTopics = Arrays.asList(doc.getValues(Schema.TOPIC));
      result.add(
          new RelatedArticle(
              doc.get(Schema.ID),
              Schema.date(doc),
              doc.get(Schema.TITLE),
              hit.score,
              theirs == null ? 0 : Math.round(StoredVectors.cosine(vector, theirs) * 1000) / 1000.0,
              hitTopics,
              hitTopics.stream().filter(topics::contains).toList(),
              Schema.actors(doc).stream().map(Actor::name).filter(actors::contains).toList()));
    }
    return result;
  }

  private MoreLikeThis moreLikeThis(FacetSearcher searcher) {
    try {
      MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
      mlt.setAnalyzer(analyzer);
      mlt.setFieldNames(new String[] {Schema.BODY});
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(2);
      mlt.setMinWordLen(3);
      // Both forms of a stem ("border", "~border") may be among the best terms: see StemGroups.
      mlt.setMaxQueryTerms(2 * MAX_QUERY_TERMS);
      mlt.setBoost(true);
      // Words in more than a tenth of the documents ("have", "need") say nothing about content;
      // a small index keeps them all, as a tenth of it is no evidence of commonness.
      mlt.setMaxDocFreq(Math.max(MIN_COMMON_DOCS, searcher.getIndexReader().numDocs() / 10));
      return mlt;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int find(FacetSearcher searcher, String id, Query kind, String what)
      throws IOException {
    return Filters.byId(searcher, id, kind)
        .orElseThrow(() -> new NotFoundException("No " + what + " with id '" + id + "'"));
  }
}
