package policysearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import policysearch.corpus.Article;

/**
 * What the index held when an indexing run started: each article's hash, path and embedding model,
 * and the vectors of its texts for reuse. Reads a point-in-time reader, so what the run writes
 * meanwhile does not show.
 */
final class IndexedArticles {
  private static final Set<String> STATE_FIELDS =
      Set.of(Schema.ID, Schema.HASH, Schema.PATH, Schema.VECTOR_MODEL, Schema.DELETED);
  private static final Set<String> TEXT_FIELDS = Set.of(Schema.TITLE, Schema.BODY);

  /**
   * One indexed article: its hash, path, and the model of its vectors (null: none); or the
   * tombstone of one deleted through the API ({@code deleted}), which stands while the article's
   * content in its file is what was deleted.
   */
  record Existing(String hash, String path, String model, boolean deleted) {
    boolean unchanged(Article article, String fullHash) {
      return path.equals(article.path())
          && (deleted ? hash.startsWith(article.hash()) : hash.equals(fullHash));
    }
  }

  private final DirectoryReader reader;

  IndexedArticles(DirectoryReader reader) {
    this.reader = reader;
  }

  /** Id, hash, path, vector model and tombstone mark of every live article or tombstone. */
  Map<String, Existing> all() throws IOException {
    Map<String, Existing> existing = new HashMap<>();
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document fields = stored.document(doc, STATE_FIELDS);
          if (fields.get(Schema.HASH) != null) {
            existing.put(
                fields.get(Schema.ID),
                new Existing(
                    fields.get(Schema.HASH),
                    fields.get(Schema.PATH),
                    fields.get(Schema.VECTOR_MODEL),
                    fields.get(Schema.DELETED) != null));
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return existing;
  }

  /** The vectors of article {@code id}'s texts (its lead and its statements), by text. */
  Map<String, float[]> vectors(String id) throws IOException {
    Map<String, float[]> vectors = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader segment = leaf.reader();
      PostingsEnum docs = segment.postings(new Term(Schema.GROUP, new BytesRef(id)));
      if (docs == null) {
        continue;
      }
      Bits live = segment.getLiveDocs();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live == null || live.get(doc)) {
          read(segment, doc, vectors);
        }
      }
    }
    return vectors;
  }

  /**
   * Like {@link #vectors(String)}, but only when the article's vectors came from {@code model}
   * (none otherwise: an article indexed with another model is embedded afresh).
   */
  Map<String, float[]> vectors(String id, String model) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader segment = leaf.reader();
      PostingsEnum docs = segment.postings(new Term(Schema.ID, new BytesRef(id)));
      if (docs == null) {
        continue;
      }
      Bits live = segment.getLiveDocs();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live == null || live.get(doc)) {
          Document stored = segment.storedFields().document(doc, Set.of(Schema.VECTOR_MODEL));
          return model.equals(stored.get(Schema.VECTOR_MODEL)) ? vectors(id) : Map.of();
        }
      }
    }
    return Map.of();
  }

  private static void read(LeafReader segment, int doc, Map<String, float[]> vectors)
      throws IOException {
    float[] statement = vector(segment, Schema.STATEMENT_VECTOR, doc);
    Document text = segment.storedFields().document(doc, TEXT_FIELDS);
    if (statement != null) {
      vectors.put(text.get(Schema.BODY), statement);
      return;
    }
    float[] article = vector(segment, Schema.ARTICLE_VECTOR, doc);
    if (article != null) {
      vectors.put(ArticleEmbedder.lead(text.get(Schema.TITLE), text.get(Schema.BODY)), article);
    }
  }

  private static float[] vector(LeafReader segment, String field, int doc) throws IOException {
    FloatVectorValues values = segment.getFloatVectorValues(field);
    if (values == null) {
      return null;
    }
    KnnVectorValues.DocIndexIterator iterator = values.iterator();
    if (iterator.advance(doc) != doc) {
      return null;
    }
    return values.vectorValue(iterator.index()).clone();
  }
}
