package policysearch.web;

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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import policysearch.Documents;
import policysearch.Fixtures;
import policysearch.index.Schema;
import policysearch.search.LuceneBackend;

/** The article view of a PDF in a real browser: page markers, page links, document facts. */
class DocumentViewBrowserTest {
  @TempDir static Path dir;
  static FSDirectory directory;
  static LuceneBackend service;
  static WebServer server;

  @BeforeAll
  static void serve() throws IOException {
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
    Fixtures.index(corpus, dir.resolve("index"));
    directory = FSDirectory.open(dir.resolve("index"));
    service =
        new LuceneBackend(
            directory, new Schema(), Fixtures.extractor().taxonomy(), Fixtures::embedder);
    server = new WebServer(service, "127.0.0.1", 0).start();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    service.close();
    directory.close();
  }

  @Test
  void theArticleViewShowsPageMarkersLinkingToPagesOfTheOriginal(@TempDir Path profile)
      throws IOException {
    try (Browser browser = Browser.start(profile)) {
      String base = "http://127.0.0.1:" + server.port();
      browser.driver.get(base + "/?q=fisheries");
      browser.wait.until(
          ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results li.hit"), 1));
      WebElement label = browser.driver.findElement(By.cssSelector("#results .snippet .page-link"));
      assertEquals("p. 2", label.getText());
      assertEquals(
          base + "/api/articles/briefs~pacific.pdf/original#page=2", label.getAttribute("href"));

      browser.driver.findElement(By.cssSelector("#results .hit-title")).click();
      browser.wait.until(
          ExpectedConditions.numberOfElementsToBe(By.cssSelector("#article-text .page-marker"), 3));
      List<WebElement> markers =
          browser.driver.findElements(By.cssSelector("#article-text .page-marker a"));
      assertEquals(
          List.of("PAGE 1", "PAGE 2", "PAGE 3"),
          markers.stream().map(WebElement::getText).toList());
      assertEquals(
          base + "/api/articles/briefs~pacific.pdf/original#page=3",
          markers.get(2).getAttribute("href"));
      List<String> blocks =
          browser.driver.findElements(By.cssSelector("#article-text > p")).stream()
              .map(e -> e.getAttribute("class") + ":" + e.getText())
              .toList();
      assertEquals("page-marker:PAGE 2", blocks.get(2));
      assertEquals(":Delegates discussed fisheries and shipping lanes.", blocks.get(3));
      assertTrue(
          browser
              .driver
              .findElement(By.cssSelector(".article-document"))
              .getText()
              .startsWith("PDF · briefs/pacific.pdf · 3 pages · title from metadata"));
      assertEquals(
          "p. 3",
          browser
              .driver
              .findElement(By.cssSelector("#article-statements .statement-page"))
              .getText());
      browser.screenshot("document-view");
      assertEquals(List.of(), browser.javascriptErrors());
    }
  }
}
