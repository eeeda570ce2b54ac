package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import policysearch.embed.Embedder;

/**
 * The one path of article and statement searches: the words parsed, the documents of one kind
 * within the dates, the facets counted over the whole result set (multi-select, exclusions) while
 * one page is ranked — by words, or for statements also by meaning — then the page's stored fields
 * read and highlighted. All of it on one searcher lease, within the request time limit.
 */
final class SearchPipeline {
  /** What differs between articles and statements: documents, facets, stored fields, hits. */
  record Kind<H>(Query documents, List<Facet> facets, Set<String> fields, Hits<H> hits) {}

  /** Turns a page's documents into hits, their text highlighted for the query. */
  @FunctionalInterface
  interface Hits<H> {
    List<H> of(FacetSearcher searcher, Query query, ScoreDoc[] docs, List<Document> loaded)
        throws IOException;
  }

  /** One page found, as both result records hold it. */
  record Found<H>(
      long total,
      long tookMs,
      List<H> hits,
      Map<String, List<FacetValue>> facets,
      String nextAfter,
      Histogram histogram) {}

  private final Searchers searchers;
  private final FacetedSearch facets;
  private final SemanticStatements semantic;
  private final Supplier<Embedder> embedder;
  private final QueryFactory queries = new QueryFactory();

  SearchPipeline(
      Searchers searchers,
      FacetedSearch facets,
      SemanticStatements semantic,
      Supplier<Embedder> embedder) {
    this.searchers = searchers;
    this.facets = facets;
    this.semantic = semantic;
    this.embedder = embedder;
  }

  /** One page of {@code kind}'s documents {@code request} finds, narrowed by {@code selection}. */
  <H> Found<H> run(
      Kind<H> kind, SearchRequest request, FacetedSearch.Selection selection, RetrievalMode mode)
      throws IOException {
    long start = System.nanoTime();
    // The query is embedded before the lease: the model's time is not the index's.
    float[] vector = mode == RetrievalMode.LEXICAL ? null : embedder.get().embed(request.query());
    try {
      return searchers.read(
          searcher -> {
            Query query = queries.parse(request.query(), searcher.names());
            FacetedSearch.Page page =
                vector == null
                    ? facets.search(
                        searcher,
                        Filters.of(query, kind.documents(), request.from(), request.to()),
                        selection,
                        kind.facets())
                    : semantic.search(searcher, request, selection, query, vector, mode);
            ScoreDoc[] docs = page.docs();
            List<H> hits =
                kind.hits().of(searcher, query, docs, load(searcher, docs, kind.fields()));
            return new Found<>(
                page.total(),
                (System.nanoTime() - start) / 1_000_000,
                hits,
                page.facets(),
                page.nextAfter(),
                page.histogram());
          });
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidRequestException(
          "The query has too many words or expands to too many terms: make it shorter.");
    }
  }

  /** The stored {@code fields} of {@code docs}, in their order. */
  static List<Document> load(IndexSearcher searcher, ScoreDoc[] docs, Set<String> fields)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    List<Document> loaded = new ArrayList<>(docs.length);
    for (ScoreDoc doc : docs) {
      loaded.add(stored.document(doc.doc, fields));
    }
    return loaded;
  }
}
