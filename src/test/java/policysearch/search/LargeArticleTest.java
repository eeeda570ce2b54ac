package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.index.IndexReport;

class LargeArticleTest {
  static final int MEGABYTES = 50;

  @TempDir Path dir;

  /** A JSON Lines file with one small article and one of {@link #MEGABYTES} MB. */
  private Path corpus() throws IOException {
    StringBuilder text = new StringBuilder(MEGABYTES << 20);
    for (int i = 0; text.length() < MEGABYTES << 20; i++) {
      text.append("The committee reviewed budget line ")
          .append(i)
          .append(" and adjourned without a vote. ");
      if (i % 50 == 49) {
        text.append("\n\n");
      }
    }
    text.append("In closing, the chair mentioned the Zanzibarite accord.");
    ObjectMapper mapper = new ObjectMapper();
    Path file = dir.resolve("corpus").resolve("big.jsonl");
    Files.createDirectories(file.getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          mapper.writeValueAsString(
              Map.of("id", "small", "date", "2024-01-02", "text", "A short note on tariffs.")));
      out.write("\n");
      out.write(
          mapper.writeValueAsString(
              Map.of("id", "huge", "date", "2024-01-03", "title", "Huge", "text", text)));
      out.write("\n");
    }
    return file.getParent();
  }

  @Test
  void aFiftyMegabyteArticleIsIndexedSearchableAndHighlighted() throws IOException {
    IndexReport report = Fixtures.index(corpus(), dir.resolve("index"));
    assertEquals(2, report.added());
    assertEquals(List.of(), report.skipped());

    try (FSDirectory directory = FSDirectory.open(dir.resolve("index"));
        LuceneBackend search = Fixtures.backend(directory)) {
      SearchResult result = search.search(SearchRequest.of("zanzibarite"));
      assertEquals(1, result.total());
      assertEquals("huge", result.hits().get(0).id());
      assertEquals(
          "In closing, the chair mentioned the <mark>Zanzibarite</mark> accord.",
          result.hits().get(0).snippets().get(0));
      assertTrue(search.article("huge").orElseThrow().text().length() > MEGABYTES << 20);
    }
  }
}
