package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Fixtures;
import policysearch.corpus.Article;
import policysearch.index.LiveIndex;

/** Snippets and statement texts stay short whatever the length of a sentence. */
class SnippetBoundsTest {
  @TempDir static Path dir;
  static FSDirectory directory;
  static LiveIndex live;
  static LuceneBackend search;

  /** 360 KB without a sentence end, the match in the middle. */
  static final String UNPUNCTUATED =
      "the talks went on ".repeat(10_000)
          + "and the Zanzibarite accord came up "
          + "the talks went on ".repeat(10_000);

  @BeforeAll
  static void index() throws IOException {
    directory = FSDirectory.open(dir);
    live = Fixtures.liveIndex(directory);
    search = Fixtures.backend(live);
    live.put(
        List.of(
            article("endless", UNPUNCTUATED),
            article(
                "quoted",
                "Foreign Minister Yoko Kamikawa said that "
                    + "the talks went on ".repeat(1_500)
                    + "until the Quokkalite accord came up "
                    + "the talks went on ".repeat(1_500)
                    + "in the end."),
            article("short", "The Zanzibarite accord was signed. Nothing else happened.")));
    search.refresh();
  }

  static Article article(String id, String text) {
    return Article.of(id, LocalDate.of(2024, 5, 1), null, text, "api", null, "api");
  }

  @AfterAll
  static void close() throws IOException {
    search.close();
    live.close();
    directory.close();
  }

  @Test
  void aSentenceOfMegabytesGivesAShortSnippetCutBetweenWords() throws IOException {
    SearchResult result = search.search(SearchRequest.of("zanzibarite"));
    Hit endless = result.hits().stream().filter(h -> h.id().equals("endless")).findFirst().get();
    Hit whole = result.hits().stream().filter(h -> h.id().equals("short")).findFirst().get();

    String snippet = endless.snippets().get(0);
    assertEquals(1, endless.snippets().size());
    assertTrue(snippet.length() <= 2 * Snippets.REACH + 40, snippet.length() + ": " + snippet);
    assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
    assertTrue(snippet.contains("on and the <mark>Zanzibarite</mark> accord came up the"), snippet);
    assertEquals(List.of("The <mark>Zanzibarite</mark> accord was signed."), whole.snippets());
  }

  @Test
  void aStatementOfFiftyKilobytesIsShownAroundItsMatch() throws IOException {
    StatementResult result =
        search.statements(new StatementRequest(SearchRequest.of("quokkalite"), List.of()));

    assertEquals(1, result.total());
    String text = result.hits().get(0).text();
    assertTrue(text.length() <= 2 * Snippets.STATEMENT_REACH + 40, text.length() + ": " + text);
    assertTrue(text.startsWith("…") && text.endsWith("…"), text);
    assertTrue(text.contains("until the <mark>Quokkalite</mark> accord came up"), text);
  }

  @Test
  void withoutAMatchTheSummaryIsBoundedToo() throws IOException {
    SearchResult result = search.search(SearchRequest.of("talks"));
    for (Hit hit : result.hits()) {
      for (String snippet : hit.snippets()) {
        assertTrue(snippet.length() <= 2 * Snippets.REACH + 40, hit.id() + ": " + snippet.length());
      }
    }
  }
}
