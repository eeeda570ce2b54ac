package policysearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import policysearch.corpus.Article;
import policysearch.corpus.Submissions;
import policysearch.index.IndexReport;
import policysearch.index.RejectedArticleException;
import policysearch.search.ArticleUpdates;
import policysearch.search.ArticleView;
import policysearch.search.SearchRequest;

/**
 * API writes on the cluster keep the embedded index's promises: a corpus article deleted through
 * the API stays deleted (its tombstone outlives re-reading the unchanged file, and goes when the
 * article changes in it), and a batch the cluster refuses leaves nothing of itself behind.
 */
@ExtendWith(OneNodeCluster.class)
class ClusterWritesTest {
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

  @Test
  void aBatchTheClusterRefusesLeavesEveryArticleAsItWas(LocalCluster cluster) throws Exception {
    ClusterWrites writes = ClusterWrites.fresh(cluster, "refused-batch");
    try (OpenSearchBackend search = writes.search()) {
      String one = "Foreign Minister Anna Berg said: \"The ports will reopen next week.\"";
      writes.writer().upsert(List.of(article("kept", one)));
      Optional<String> hash = writes.writer().contentHash("kept");
      ArticleView was = search.article("kept").orElseThrow();
      // A 40,000-byte source is one keyword term over Lucene's 32,766-byte limit: the cluster
      // refuses that document, after the batch's other articles were written.
      Article refused =
          Article.of(
              "refused",
              LocalDate.parse("2024-03-02"),
              "Refused",
              "Refused.",
              "y".repeat(40_000),
              null,
              Submissions.PATH);
      List<Article> batch =
          List.of(
              article("kept", one + " Envoy Tom Lake said: \"The talks will resume on Monday.\""),
              article("added", "The envoy said this is new."),
              refused);

      RejectedArticleException e =
          assertThrows(RejectedArticleException.class, () -> writes.writer().upsert(batch));

      assertTrue(
          e.getMessage().startsWith("batch not indexed: OpenSearch refused"), e.getMessage());
      search.refresh();
      assertEquals(
          List.of("kept"),
          search.search(SearchRequest.of("")).hits().stream().map(h -> h.id()).toList());
      assertEquals(was, search.article("kept").orElseThrow());
      assertEquals(1, was.statements().size());
      assertEquals(1, search.statementCount());
      assertEquals(hash, writes.writer().contentHash("kept"));
      assertTrue(hash.isPresent());
    }
  }

  private static Article article(String id, String text) {
    return Article.of(id, LocalDate.parse("2024-03-01"), id, text, "test", null, Submissions.PATH);
  }

  private static List<Integer> counts(IndexReport report) {
    return List.of(report.added(), report.updated(), report.removed(), report.unchanged());
  }

  private static int countStatementsOf(OpenSearchBackend search, String id) throws Exception {
    return search.article(id).orElseThrow().statements().size();
  }
}
