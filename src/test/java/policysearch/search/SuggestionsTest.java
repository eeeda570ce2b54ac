package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.index.Schema;

class SuggestionsTest {
  @Test
  void suggesterIsRebuiltWhenTheIndexIsRefreshed(@TempDir Path dir) throws IOException {
    Path corpus = Fixtures.copyCorpus(dir);
    Path index = dir.resolve("index");
    Fixtures.index(corpus, index);
    try (FSDirectory directory = FSDirectory.open(index);
        SearchService service =
            new SearchService(
                directory, new Schema(), Fixtures.extractor().taxonomy(), Fixtures::embedder)) {
      assertEquals(List.of(), service.suggestions().suggest("zanzib"));

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
          service.suggestions().suggest("zanzib"));
    }
  }
}
