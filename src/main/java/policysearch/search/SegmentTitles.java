package policysearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import policysearch.index.Schema;

/**
 * The titles of each segment's articles, read once per segment: segments never change, so the
 * suggester rebuilt after a write reads the stored fields of the new segment only, not of every
 * article (which inflates every compressed block of text in the index). Used by one thread.
 */
final class SegmentTitles {
  private static final Set<String> FIELDS = Set.of(Schema.ID, Schema.TITLE, Schema.DATE);

  private record Title(int doc, String id, String title, long day) {}

  private Map<IndexReader.CacheKey, List<Title>> bySegment = new HashMap<>();

  /** Adds the title of every live article of {@code reader} to {@code entries}. */
  void addTo(IndexReader reader, SuggestionEntries entries) throws IOException {
    Map<IndexReader.CacheKey, List<Title>> current = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
      IndexReader.CacheKey key = helper == null ? null : helper.getKey();
      List<Title> titles = key == null ? null : bySegment.get(key);
      if (titles == null) {
        titles = read(leaf.reader());
      }
      if (key != null) {
        current.put(key, titles);
      }
      Bits live = leaf.reader().getLiveDocs();
      for (Title title : titles) {
        if (live == null || live.get(title.doc())) {
          entries.title(
              title.id(), title.title(), LocalDate.ofEpochDay(title.day()).toString(), title.day());
        }
      }
    }
    // Merged-away segments are forgotten.
    bySegment = current;
  }

  private static List<Title> read(LeafReader reader) throws IOException {
    List<Title> titles = new ArrayList<>();
    PostingsEnum articles =
        reader.postings(new Term(Schema.KIND, Schema.KIND_ARTICLE), PostingsEnum.NONE);
    if (articles == null) {
      return titles;
    }
    StoredFields stored = reader.storedFields();
    for (int doc = articles.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = articles.nextDoc()) {
      Document article = stored.document(doc, FIELDS);
      if (article.get(Schema.TITLE) != null) {
        titles.add(
            new Title(
                doc,
                article.get(Schema.ID),
                article.get(Schema.TITLE),
                article.getField(Schema.DATE).numericValue().longValue()));
      }
    }
    return titles;
  }
}
