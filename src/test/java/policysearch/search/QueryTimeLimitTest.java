package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.index.LiveIndex;
import policysearch.index.Schema;

/** Every query path has the same time limit: with none left, each one says so (no stack trace). */
class QueryTimeLimitTest {
  static final String STOPPED =
      "The query took longer than 0 ms and was stopped: use fewer wildcards or more specific"
          + " words.";

  @TempDir Path dir;

  @Test
  void everyQueryPathStopsAtItsTimeLimitAndSaysSo() throws Exception {
    Fixtures.index(Fixtures.copyCorpus(dir), dir.resolve("index"));
    try (FSDirectory directory = FSDirectory.open(dir.resolve("index"));
        LiveIndex live =
            new LiveIndex(
                directory,
                Fixtures.extractor(),
                new Schema(),
                Fixtures.reader(),
                Fixtures.embedder());
        LuceneBackend search =
            new LuceneBackend(
                live.writer(),
                new Schema(),
                Fixtures.extractor().taxonomy(),
                Fixtures::embedder,
                Duration.ZERO)) {
      StatementRequest statements = new StatementRequest(SearchRequest.of("NATO"), List.of());
      StatementRequest semantic =
          new StatementRequest(SearchRequest.of("NATO"), List.of(), RetrievalMode.SEMANTIC);
      Map<String, Executable> paths =
          Map.of(
              "search", () -> search.search(SearchRequest.of("NATO")),
              "statements", () -> search.statements(statements),
              "semantic statements", () -> search.statements(semantic),
              "article export", () -> search.exportArticles(SearchRequest.of("NATO"), row -> {}),
              "statement export", () -> search.exportStatements(statements, row -> {}),
              "related articles", () -> search.relatedArticles("nato-cyber", 5),
              "related statements",
                  () ->
                      search.relatedStatements(
                          "inflation~s1", 5, null, null, List.of(), RetrievalMode.HYBRID),
              "actor", () -> search.actorStatements("Janet Yellen", 1, 10),
              "article", () -> search.article("space-debris"));
      paths.forEach(
          (path, call) -> {
            QueryTimeoutException stopped = assertThrows(QueryTimeoutException.class, call, path);
            assertEquals(STOPPED, stopped.getMessage(), path);
            // Thrown from Lucene's matching loops, where a stack trace would cost and tell nothing.
            assertEquals(0, stopped.getStackTrace().length, path);
          });
      assertEquals(STOPPED, suggestionsOnceBuilt(search).getMessage());
    }
  }

  /** The first suggester is built in the background; until then there is nothing to look up. */
  static QueryTimeoutException suggestionsOnceBuilt(LuceneBackend search)
      throws IOException, InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (System.nanoTime() < end) {
      try {
        search.suggest("japan");
      } catch (QueryTimeoutException e) {
        return e;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("suggestions were not stopped");
  }
}
