package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.index.LiveIndex;
import policysearch.index.Schema;

class QueryTimeLimitTest {
  @TempDir Path dir;

  @Test
  void aSearchOverItsTimeLimitIsStoppedAndSaysSoWhileLookupsStillWork() throws IOException {
    Fixtures.index(Fixtures.copyCorpus(dir), dir.resolve("index"));
    try (FSDirectory directory = FSDirectory.open(dir.resolve("index"));
        LiveIndex live =
            new LiveIndex(
                directory,
                Fixtures.extractor(),
                new Schema(),
                Fixtures.reader(),
                Fixtures.embedder());
        SearchService search =
            new SearchService(
                live.writer(),
                new Schema(),
                Fixtures.extractor().taxonomy(),
                Fixtures::embedder,
                Duration.ZERO)) {
      InvalidRequestException stopped =
          assertThrows(
              InvalidRequestException.class, () -> search.search(SearchRequest.of("NATO")));

      assertEquals(
          "The query took longer than 0 ms and was stopped: use fewer wildcards or more specific"
              + " words.",
          stopped.getMessage());
      assertEquals("space-debris", search.article("space-debris").orElseThrow().id());
      assertEquals(Fixtures.ARTICLES, search.articleCount());
    }
  }
}
