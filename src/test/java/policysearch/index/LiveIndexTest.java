package policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
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
        LiveIndex index = Fixtures.liveIndex(directory)) {
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

  /** Documents of {@code kind} with {@code id} in the last commit of {@code index}. */
  static int count(Path index, String id, String kind) throws IOException {
    try (FSDirectory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return new IndexSearcher(reader)
          .count(
              new BooleanQuery.Builder()
                  .add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.FILTER)
                  .add(new TermQuery(new Term(Schema.KIND, kind)), BooleanClause.Occur.FILTER)
                  .build());
    }
  }

  @Test
  void aCorpusArticleDeletedThroughTheApiStaysDeletedUntilItChangesInItsFile() throws Exception {
    Path corpus = Fixtures.copyCorpus(dir.resolve("data"));
    Path index = dir.resolve("index");
    try (FSDirectory directory = FSDirectory.open(index);
        LiveIndex live = Fixtures.liveIndex(directory)) {
      live.update(List.of(corpus), done -> {});
      live.delete("nato-cyber");
      IndexReport rescan = live.update(List.of(corpus), done -> {});
      assertEquals(List.of(0, 0, 0), List.of(rescan.added(), rescan.updated(), rescan.removed()));
    }
    // A restart re-indexes with a writer of its own: the tombstone holds there too.
    IndexReport restart = Fixtures.index(corpus, index);
    assertEquals(List.of(0, 0, 0), List.of(restart.added(), restart.updated(), restart.removed()));
    assertEquals(0, count(index, "nato-cyber", Schema.KIND_ARTICLE));
    assertEquals(1, count(index, "nato-cyber", Schema.KIND_DELETED));

    Files.writeString(
        corpus.resolve("nato-cyber.txt"), " date 2023-07-11 NATO revised its cyber doctrine.\n");
    IndexReport changed = Fixtures.index(corpus, index);
    assertEquals(1, changed.updated());
    assertEquals(1, count(index, "nato-cyber", Schema.KIND_ARTICLE));
    assertEquals(0, count(index, "nato-cyber", Schema.KIND_DELETED));
  }

  @Test
  void aTombstoneGoesWithItsFileAndAnApiArticleLeavesNone() throws Exception {
    Path corpus = Fixtures.copyCorpus(dir.resolve("data"));
    Path index = dir.resolve("index");
    try (FSDirectory directory = FSDirectory.open(index);
        LiveIndex live = Fixtures.liveIndex(directory)) {
      live.update(List.of(corpus), done -> {});
      live.put(List.of(article("api-1", "Written through the API.")));
      live.delete("api-1");
      live.delete("space-debris");
      Files.delete(corpus.resolve("space-debris.txt"));
      IndexReport gone = live.update(List.of(corpus), done -> {});
      assertEquals(0, gone.removed());
    }
    assertEquals(0, count(index, "space-debris", Schema.KIND_DELETED));
    assertEquals(0, count(index, "api-1", Schema.KIND_DELETED));
    assertEquals(0, count(index, "api-1", Schema.KIND_ARTICLE));
  }
}
