package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FloatVectorSimilarityQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import policysearch.index.Schema;

/**
 * Statement search by meaning. Semantic: the statements whose embedding's cosine with the query's
 * is at least {@value #MIN_SIMILARITY}, among those the filters allow (facet filters and dates
 * apply before the vector search, so "close to it, by Yellen" means that), most similar first.
 * Hybrid: those and every statement the words match (all words, as in lexical mode), ranked by
 * reciprocal rank fusion of the two rankings. The total and the facets count that set; sorted by
 * date, it is listed newest first.
 */
final class SemanticStatements {
  /**
   * The cosine from which a statement counts as close in meaning to a query of a few words: on the
   * White House corpus (a first look, to be judged), statements on a query's matter mostly score
   * 0.45 to 0.7, others on the same broad topic 0.3 to 0.5.
   */
  static final float MIN_SIMILARITY = 0.45f;

  /** Beyond the page, how deep each ranking is read for fusion. */
  private static final int DEPTH = 100;

  /** Reciprocal rank fusion's constant: rank r counts 1 / (60 + r). */
  private static final int FUSION_K = 60;

  private final FacetsConfig config;
  private final FacetedSearch facets;

  SemanticStatements(FacetsConfig config, FacetedSearch facets) {
    this.config = config;
    this.facets = facets;
  }

  /**
   * One page of the semantic or hybrid result set of {@code r} narrowed by {@code asked}, facets
   * counted over all of it.
   */
  FacetedSearch.Page search(
      FacetSearcher searcher,
      SearchRequest r,
      FacetedSearch.Selection asked,
      Query words,
      float[] vector,
      RetrievalMode mode)
      throws IOException {
    // Any name of an entity filters by its canonical name, in the vector search as in the counts.
    FacetedSearch.Selection selection = asked.resolved(searcher.names());
    Query filter =
        FacetedSearch.query(
            config,
            Filters.of(StatementService.STATEMENTS, StatementService.STATEMENTS, r.from(), r.to()),
            selection);
    // Lucene scores a dot product d as (1 + d) / 2; the graph walk looks a little wider.
    Query nearest =
        new FloatVectorSimilarityQuery.Explicit(
            Schema.STATEMENT_VECTOR,
            vector,
            (1 + MIN_SIMILARITY - 0.1f) / 2,
            (1 + MIN_SIMILARITY) / 2,
            filter);
    Query lexical = Filters.of(words, StatementService.STATEMENTS, r.from(), r.to());
    Query base =
        mode == RetrievalMode.SEMANTIC
            ? nearest
            : new BooleanQuery.Builder()
                .add(lexical, Occur.SHOULD)
                .add(nearest, Occur.SHOULD)
                .build();
    FacetedSearch.Page counted = facets.search(searcher, base, selection, Facet.OF_STATEMENTS);
    if (selection.byDate() || mode == RetrievalMode.SEMANTIC) {
      return counted; // newest first, or by similarity, which is the vector query's score
    }
    int window = r.page() * r.size();
    ScoreDoc[] byWords =
        searcher.search(FacetedSearch.query(config, lexical, selection), window + DEPTH).scoreDocs;
    ScoreDoc[] byMeaning = searcher.search(nearest, window + DEPTH).scoreDocs;
    ScoreDoc[] fused = fuse(byWords, byMeaning);
    int from = Math.min((r.page() - 1) * r.size(), fused.length);
    ScoreDoc[] page = Arrays.copyOfRange(fused, from, Math.min(fused.length, window));
    // Exact for this page: a statement ranked below window + DEPTH in both rankings has more than
    // a window of statements fused above it.
    return new FacetedSearch.Page(
        counted.total(), page, counted.facets(), null, counted.histogram());
  }

  /** Reciprocal rank fusion: each list adds 1 / (60 + rank); best first, ties by doc id. */
  static ScoreDoc[] fuse(ScoreDoc[]... rankings) {
    Map<Integer, Double> scores = new LinkedHashMap<>();
    for (ScoreDoc[] ranking : rankings) {
      for (int rank = 0; rank < ranking.length; rank++) {
        scores.merge(ranking[rank].doc, 1.0 / (FUSION_K + rank + 1), Double::sum);
      }
    }
    List<ScoreDoc> fused = new ArrayList<>();
    scores.forEach((doc, score) -> fused.add(new ScoreDoc(doc, score.floatValue())));
    fused.sort(
        (a, b) ->
            a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
    return fused.toArray(ScoreDoc[]::new);
  }
}
