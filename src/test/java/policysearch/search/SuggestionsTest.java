package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.corpus.Article;
import policysearch.index.LiveIndex;

class SuggestionsTest {
  @TempDir Path dir;

  /** {@code text}'s suggestions once they differ from {@code before}, waiting up to 5 s. */
  static List<Suggestion> changed(LuceneBackend service, String text, List<Suggestion> before)
      throws IOException, InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    List<Suggestion> now = service.suggest(text);
    while (now.equals(before) && System.nanoTime() < end) {
      Thread.sleep(20);
      now = service.suggest(text);
    }
    return now;
  }

  @Test
  void suggesterIsRebuiltInTheBackgroundWhenTheIndexIsRefreshed() throws Exception {
    Path corpus = Fixtures.copyCorpus(dir);
    Path index = dir.resolve("index");
    Fixtures.index(corpus, index);
    try (FSDirectory directory = FSDirectory.open(index);
        LuceneBackend service = Fixtures.backend(directory)) {
      assertEquals(List.of(), service.suggest("zanzib"));

      Files.writeString(
          corpus.resolve("zanzibar.txt"),
          " date 2024-07-01 Ferries to Zanzibar resumed after the storm. Ports reopened.\n");
      Fixtures.index(corpus, index);
      service.refresh();

      assertEquals(
          List.of(
              new Suggestion(
                  "title",
                  "zanzibar",
                  "Ferries to Zanzibar resumed after the storm.",
                  null,
                  null,
                  "2024-07-01")),
          changed(service, "zanzib", List.of()));
    }
  }

  /**
   * A 32 KB title (only an index written before titles were bounded can hold one) is cut to what a
   * suggestion list shows; it used to fail every rebuild and leave no suggester at all.
   */
  @Test
  void anImmenseTitleIsCutAndSuggestionsKeepWorking() throws Exception {
    try (FSDirectory directory = FSDirectory.open(dir);
        LiveIndex live = Fixtures.liveIndex(directory);
        LuceneBackend service = Fixtures.backend(live)) {
      String title = "Wallaby " + "treaty ".repeat(32 * 1024 / 7);
      live.put(
          List.of(
              Article.of("huge", LocalDate.of(2024, 1, 2), title, "Text.", "api", null, "api"),
              Article.of(
                  "small",
                  LocalDate.of(2024, 1, 1),
                  "Wallaby talks",
                  "Text.",
                  "api",
                  null,
                  "api")));
      service.refresh();

      List<Suggestion> suggestions = changed(service, "wallab", List.of());
      assertEquals(List.of("huge", "small"), suggestions.stream().map(Suggestion::value).toList());
      assertEquals("Wallaby " + "treaty ".repeat(26) + "treaty…", suggestions.get(0).label());
    }
  }

  @Test
  void textLongerThanASearchBoxIsRefused() throws Exception {
    try (FSDirectory directory = FSDirectory.open(dir);
        LiveIndex live = Fixtures.liveIndex(directory);
        LuceneBackend service = Fixtures.backend(live)) {
      InvalidRequestException e =
          assertThrows(InvalidRequestException.class, () -> service.suggest("word ".repeat(3000)));
      assertEquals("suggestions are for at most 200 characters, not 14999", e.getMessage());
      assertEquals(List.of(), service.suggest("w".repeat(200)));
    }
  }
}
