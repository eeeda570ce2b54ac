package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.Documents;
import policysearch.Fixtures;
import policysearch.corpus.DocumentFacts;
import policysearch.index.IndexReport;

/** PDFs made at test time, indexed and searched: pages of snippets and statements, long reports. */
class DocumentSearchTest {
  static final int REPORT_PAGES = 300;

  @TempDir static Path dir;
  static FSDirectory directory;
  static LuceneBackend search;
  static IndexReport report;

  @BeforeAll
  static void index() throws IOException {
    Path corpus = dir.resolve("corpus");
    Documents.pdf(
        corpus.resolve("briefs/pacific.pdf"),
        "Pacific Briefing",
        LocalDate.of(2024, 2, 1),
        List.of(
            List.of("The briefing opened with a review of the agenda."),
            List.of("Delegates discussed fisheries and shipping lanes."),
            List.of(
                "Foreign Minister Yoko Kamikawa said Japan will double its aid to the Pacific"
                    + " islands.")));
    Documents.report(
        corpus.resolve("reports/annual.pdf"),
        REPORT_PAGES,
        Map.of(
            2, "The chair welcomed the new members of the tribunal.",
            287, "The auditors praised the Zanzibarite accounting reform.",
            299, "Secretary Antony Blinken said the Quixotic treaty must be ratified soon."));
    StringBuilder longText = new StringBuilder("Transcript of the long hearing\n\n");
    for (int i = 0; longText.length() < 2_100_000; i++) {
      longText.append("The committee reviewed budget line ").append(i).append(" again.");
      longText.append(i % 20 == 19 ? "\n\n" : " ");
    }
    longText.append("\n\nSecretary Antony Blinken said the Quixotic treaty must be ratified soon.");
    Documents.text(corpus.resolve("hearings/long.txt"), longText.toString());
    report = Fixtures.index(corpus, dir.resolve("index"));
    directory = FSDirectory.open(dir.resolve("index"));
    search = Fixtures.backend(directory);
  }

  @AfterAll
  static void close() throws IOException {
    search.close();
    directory.close();
  }

  @Test
  void bothDocumentsAreIndexed() {
    assertEquals(3, report.added());
    assertEquals(List.of(), report.skipped());
  }

  @Test
  void aHitCarriesThePageOfEachSnippet() throws IOException {
    SearchResult result = search.search(SearchRequest.of("agenda OR fisheries OR Pacific"));
    Hit hit = result.hits().get(0);
    assertEquals("briefs~pacific.pdf", hit.id());
    assertEquals(3, hit.snippets().size());
    assertEquals(List.of(1, 2, 3), hit.pages().stream().sorted().toList());
    for (int i = 0; i < 3; i++) {
      String page = List.of("agenda", "fisheries", "Pacific").get(hit.pages().get(i) - 1);
      assertEquals(true, hit.snippets().get(i).contains("<mark>" + page + "</mark>"), page);
    }
  }

  @Test
  void aStatementCarriesItsPage() throws IOException {
    ArticleView article = search.article("briefs~pacific.pdf").orElseThrow();
    assertEquals(1, article.statements().size());
    StatementHit statement = article.statements().get(0);
    assertEquals(3, statement.page());
    assertEquals("Yoko Kamikawa", statement.speakers().get(0).name());
    DocumentFacts facts = article.document();
    assertEquals("briefs/pacific.pdf", facts.file());
    assertEquals("application/pdf", facts.format());
    assertEquals(3, facts.pageStarts().size());
    assertNull(article.extraction());
  }

  @Test
  void aLongReportIsOneArticleWithSnippetsFromAnywhereInIt() throws IOException {
    SearchResult late = search.search(SearchRequest.of("zanzibarite"));
    assertEquals(List.of("reports~annual.pdf"), late.hits().stream().map(Hit::id).toList());
    assertEquals(List.of(287), late.hits().get(0).pages());
    assertEquals(
        "The auditors praised the <mark>Zanzibarite</mark> accounting reform.",
        late.hits().get(0).snippets().get(0));
    assertEquals(
        List.of(299),
        search.search(SearchRequest.of("quixotic ratified")).hits().stream()
            .filter(h -> h.id().equals("reports~annual.pdf"))
            .findFirst()
            .orElseThrow()
            .pages());
    ArticleView annual = search.article("reports~annual.pdf").orElseThrow();
    assertNull(annual.extraction());
    assertEquals(
        List.of(299),
        annual.statements().stream()
            .filter(s -> s.text().contains("Quixotic"))
            .map(StatementHit::page)
            .toList());
  }

  @Test
  void aTextBeyondTheExtractionBoundIsSearchableWholeAndSaysWhatWasNotExtracted()
      throws IOException {
    ArticleView article = search.article("hearings~long.txt").orElseThrow();
    Extraction extraction = article.extraction();
    assertEquals(true, extraction.extractedChars() <= 2_000_000, extraction.toString());
    assertEquals(article.text().length(), extraction.totalChars());
    assertEquals(
        String.format(
            java.util.Locale.ROOT,
            "Actors, topics and statements come from the first %,d of %,d characters."
                + " The whole text shown here is indexed and searchable.",
            extraction.extractedChars(),
            article.text().length()),
        extraction.note());
    assertEquals(List.of(), article.statements());
    assertNull(
        search.search(SearchRequest.of("quixotic ratified")).hits().stream()
            .filter(h -> h.id().equals("hearings~long.txt"))
            .findFirst()
            .orElseThrow()
            .pages());
  }
}
