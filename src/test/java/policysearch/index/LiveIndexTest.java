package policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.corpus.Article;

class LiveIndexTest {
  @TempDir Path dir;

  static Article article(String id, String text) {
    return Article.of(id, LocalDate.of(2024, 6, 1), null, text, "api", null, "api");
  }

  /** Articles the index holds after its last commit. */
  int committed(String id) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(Schema.ID, id)));
    }
  }

  @Test
  void aBatchLuceneRefusesLeavesNothingBehindForALaterCommit() throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir);
        LiveIndex index =
            new LiveIndex(
                directory,
                Fixtures.extractor(),
                new Schema(),
                Fixtures.reader(),
                Fixtures.embedder())) {
      index.put(List.of(article("kept", "Version one.")));
      // A 40,000-byte id is one term over Lucene's 32,766-byte limit (the readers refuse such
      // ids; this is the index's own guard).
      List<Article> batch =
          List.of(article("kept", "Version two."), article("y".repeat(40_000), "Refused."));

      RejectedArticleException e =
          assertThrows(RejectedArticleException.class, () -> index.put(batch));
      index.put(List.of(article("later", "Later.")));

      assertTrue(
          e.getMessage()
              .startsWith("batch not indexed: Document contains at least one immense term"),
          e.getMessage());
    }
    assertEquals(1, committed("kept"));
    assertEquals(1, committed("later"));
    try (FSDirectory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertEquals(
          "Version one.",
          new IndexSearcher(reader)
              .storedFields()
              .document(
                  new IndexSearcher(reader)
                      .search(new TermQuery(new Term(Schema.ID, "kept")), 1)
                      .scoreDocs[0]
                      .doc)
              .get(Schema.BODY));
    }
  }
}
