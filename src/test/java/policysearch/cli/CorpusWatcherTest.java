package policysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.LogCapture;
import policysearch.corpus.CorpusSnapshot;
import policysearch.index.LiveIndex;
import policysearch.search.ArticleUpdates;
import policysearch.search.LuceneBackend;
import policysearch.search.LuceneWriter;
import policysearch.search.SearchRequest;

class CorpusWatcherTest {
  static final Duration PROMISE = Duration.ofSeconds(5);

  @TempDir Path dir;

  /** Waits at most {@link #PROMISE} for {@code condition}. */
  static boolean within(Callable<Boolean> condition) throws Exception {
    long end = System.nanoTime() + PROMISE.toNanos();
    while (System.nanoTime() < end) {
      if (condition.call()) {
        return true;
      }
      Thread.sleep(50);
    }
    return condition.call();
  }

  @Test
  void addedChangedAndRemovedFilesShowInSearchesWithinFiveSeconds() throws Exception {
    Path corpus = Fixtures.copyCorpus(dir);
    try (LogCapture log = LogCapture.of(CorpusWatcher.class);
        FSDirectory directory = FSDirectory.open(dir.resolve("index"));
        LiveIndex live = Fixtures.liveIndex(directory);
        LuceneBackend search = Fixtures.backend(live)) {
      ArticleUpdates updates = new ArticleUpdates(new LuceneWriter(live), search);
      CorpusSnapshot indexed = CorpusSnapshot.of(List.of(corpus));
      updates.reindex(List.of(corpus), done -> {});
      try (CorpusWatcher watcher = new CorpusWatcher(List.of(corpus), indexed, updates).start()) {
        Path added = corpus.resolve("briefings").resolve("wombat-talks.txt");
        Files.writeString(added, " date 2024-07-01 Wombat talks opened in Canberra.\n");
        assertTrue(within(() -> total(search, "wombat") == 1), log.messages().toString());

        Files.writeString(added, " date 2024-07-01 Numbat talks replaced the earlier ones.\n");
        assertTrue(within(() -> total(search, "numbat") == 1 && total(search, "wombat") == 0));

        Files.delete(corpus.resolve("space-debris.txt"));
        assertTrue(within(() -> search.article("space-debris").isEmpty()));
        assertEquals(Fixtures.ARTICLES, search.articleCount());
      }
      assertTrue(
          log.messages().stream()
              .anyMatch(
                  line ->
                      line.startsWith(
                          "corpus changed: added 0, updated 0, removed 1, unchanged 10, skipped 3")),
          log.messages().toString());
    }
  }

  static long total(LuceneBackend search, String query) throws IOException {
    return search.search(SearchRequest.of(query)).total();
  }
}
