package policysearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import policysearch.corpus.DocumentFacts;
import policysearch.index.Schema;

/** Articles in the Lucene index: as hits of the search pipeline, whole by id, their files. */
final class Articles {
  /** The article documents (not statements or tombstones). */
  static final Query ARTICLES = Filters.kind(Schema.KIND_ARTICLE);

  /** Stored fields a hit shows, and the body for the highlighter. */
  static final Set<String> HIT_FIELDS =
      Stream.concat(Schema.ARTICLE_HIT_FIELDS.stream(), Stream.of(Schema.BODY))
          .collect(Collectors.toUnmodifiableSet());

  /** What the search pipeline needs to search articles. */
  static final SearchPipeline.Kind<Hit> KIND =
      new SearchPipeline.Kind<>(ARTICLES, Facet.OF_ARTICLES, HIT_FIELDS, Articles::hits);

  private static final int MAX_STATEMENTS = 1000;

  private Articles() {}

  /** The articles at {@code docs}, with snippets highlighted for {@code query}. */
  static List<Hit> hits(FacetSearcher searcher, Query query, ScoreDoc[] docs, List<Document> loaded)
      throws IOException {
    List<List<Snippets.Snippet>> snippets = new Snippets(searcher).of(query, docs, loaded);
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      hits.add(hit(loaded.get(i), snippets.get(i)));
    }
    return hits;
  }

  /** The whole article {@code id} with its statements in text order, if the id is known. */
  static Optional<ArticleView> view(FacetSearcher searcher, String id) throws IOException {
    Optional<Integer> found = Filters.byId(searcher, id, ARTICLES);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Document doc = searcher.storedFields().document(found.get());
    Hit hit = hit(doc, List.of());
    Query ofArticle =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Schema.ARTICLE_ID, id)), BooleanClause.Occur.FILTER)
            .add(StatementService.STATEMENTS, BooleanClause.Occur.FILTER)
            .build();
    // Statements are indexed right after their article, so doc order is text order.
    TopDocs statements = searcher.search(ofArticle, MAX_STATEMENTS, Sort.INDEXORDER);
    return Optional.of(
        new ArticleView(
            hit.id(),
            hit.date(),
            hit.title(),
            hit.source(),
            hit.url(),
            doc.get(Schema.BODY),
            hit.actors(),
            hit.topics(),
            StatementService.hits(searcher, new MatchNoDocsQuery(), statements.scoreDocs),
            Schema.documentFacts(doc),
            Extraction.of(doc)));
  }

  /**
   * The original file of article {@code id}: unknown ids raise {@link NotFoundException}, and so do
   * articles that were not read from a document file.
   */
  static OriginalFile original(FacetSearcher searcher, String id) throws IOException {
    Optional<Integer> found = Filters.byId(searcher, id, ARTICLES);
    if (found.isEmpty()) {
      throw new NotFoundException("No article with id '" + id + "'");
    }
    Document doc =
        searcher.storedFields().document(found.get(), Set.of(Schema.PATH, Schema.DOCUMENT));
    DocumentFacts facts = Schema.documentFacts(doc);
    if (facts == null) {
      throw new NotFoundException("Article '" + id + "' was not read from a document file");
    }
    return new OriginalFile(Path.of(doc.get(Schema.PATH)), facts.format(), facts.fileHash());
  }

  private static Hit hit(Document doc, List<Snippets.Snippet> snippets) {
    DocumentFacts facts = Schema.documentFacts(doc);
    return new Hit(
        doc.get(Schema.ID),
        Schema.date(doc),
        doc.get(Schema.TITLE),
        doc.get(Schema.SOURCE),
        doc.get(Schema.URL),
        snippets.stream().map(Snippets.Snippet::html).toList(),
        Schema.actors(doc),
        Arrays.asList(doc.getValues(Schema.TOPIC)),
        facts == null || !facts.paged()
            ? null
            : snippets.stream().map(s -> facts.pageOf(s.start())).toList());
  }
}
