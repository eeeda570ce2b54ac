package policysearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import policysearch.index.IndexReport;
import policysearch.search.ArticleUpdates;

/**
 * A corpus article deleted through the API stays deleted on the cluster, as in the embedded index:
 * its tombstone outlives re-reading the unchanged file, and goes when the article changes in it.
 */
@ExtendWith(OneNodeCluster.class)
class ClusterTombstoneTest {
  private static final String LINE =
      "{\"id\":\"%s\",\"date\":\"2024-03-0%d\",\"title\":\"%s\",\"text\":\"%s\"}\n";

  @TempDir Path dir;

  @Test
  void aDeletedCorpusArticleStaysDeletedUntilItChangesInItsFile(LocalCluster cluster)
      throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path file = corpus.resolve("a.jsonl");
    Files.writeString(
        file,
        LINE.formatted("t1", 1, "Ports", "The minister said the ports would reopen.")
            + LINE.formatted("t2", 2, "Rail", "The rail strike ended on Tuesday."));
    ClusterWrites writes = ClusterWrites.fresh(cluster, "tombstones");
    try (OpenSearchBackend search = writes.search()) {
      ArticleUpdates updates = new ArticleUpdates(writes.writer(), search);
      updates.reindex(List.of(corpus), n -> {});
      updates.delete("t1");
      assertEquals(1, search.articleCount());

      IndexReport again = updates.reindex(List.of(corpus), n -> {});
      assertEquals(List.of(0, 0, 0, 2), counts(again));
      assertEquals(1, search.articleCount());
      assertEquals(0, search.statementCount() - countStatementsOf(search, "t2"));

      Files.writeString(
          file,
          LINE.formatted("t1", 1, "Ports", "The minister said the ports would reopen in May.")
              + LINE.formatted("t2", 2, "Rail", "The rail strike ended on Tuesday."));
      IndexReport changed = updates.reindex(List.of(corpus), n -> {});
      assertEquals(List.of(0, 1, 0, 1), counts(changed));
      assertEquals(2, search.articleCount());

      Files.delete(file);
      updates.delete("t1");
      IndexReport gone = updates.reindex(List.of(corpus), n -> {});
      assertEquals(List.of(0, 0, 1, 0), counts(gone));
      assertEquals(0, search.articleCount());
    }
  }

  private static List<Integer> counts(IndexReport report) {
    return List.of(report.added(), report.updated(), report.removed(), report.unchanged());
  }

  private static int countStatementsOf(OpenSearchBackend search, String id) throws Exception {
    return search.article(id).orElseThrow().statements().size();
  }
}
