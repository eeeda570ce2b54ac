package policysearch.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;

/** Reads the vector a document holds in a vector field. */
final class StoredVectors {
  private StoredVectors() {}

  /** The vector of {@code doc} (a top-level id) in {@code field}, or null if it has none. */
  static float[] of(IndexReader reader, String field, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
    if (values == null) {
      return null;
    }
    int local = doc - leaf.docBase;
    KnnVectorValues.DocIndexIterator iterator = values.iterator();
    if (iterator.advance(local) != local) {
      return null;
    }
    return values.vectorValue(iterator.index()).clone();
  }

  /** The dot product of two unit vectors: their cosine similarity. */
  static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }
}
