package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import policysearch.search.LuceneBackend;

/**
 * Markup inside an article is text: shown as typed, never run, in snippets and the article view.
 */
class XssBrowserTest {
  static final String TOKEN = "xss-test-token";
  static final String SCRIPT = "<script>top['__xss'] = 1</script>";
  static final String IMG = "<img src=x onerror=\"top['__xss'] = 2\">";

  @TempDir static Path dir;
  static FixtureServer fixture;
  static LuceneBackend service;
  static WebServer server;

  @BeforeAll
  static void start() throws Exception {
    fixture = FixtureServer.startLive(dir, TOKEN);
    service = fixture.service();
    server = fixture.server();
    String article =
        Json.mapper()
            .writeValueAsString(
                java.util.Map.of(
                    "id",
                    "hostile",
                    "date",
                    "2024-03-01",
                    "title",
                    "Quokkagate " + IMG,
                    "text",
                    "Quokkagate began " + SCRIPT + " and then " + IMG + " was posted."));
    HttpResponse<String> posted =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/api/articles"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(article))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, posted.statusCode(), posted.body());
  }

  @AfterAll
  static void stop() throws IOException {
    fixture.close();
  }

  @Test
  void scriptAndImageTagsInAnArticleShowAsTextAndNeverRun(@TempDir Path profile)
      throws IOException {
    try (Browser browser = Browser.start(profile)) {
      browser.driver.get("http://127.0.0.1:" + server.port() + "/?q=quokkagate");
      browser.wait.until(
          ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results li.hit"), 1));
      String results = browser.driver.findElement(By.id("results")).getText();
      assertTrue(results.contains("Quokkagate " + IMG), results);
      assertTrue(results.contains(SCRIPT), results);
      assertEquals(
          0, browser.driver.findElements(By.cssSelector("#results img, #results script")).size());
      browser.screenshot("xss-results");

      browser.driver.findElement(By.cssSelector("#results li.hit a.hit-title")).click();
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-view")));
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("article-text"), "was posted"));
      String text = browser.driver.findElement(By.id("article-text")).getText();
      assertTrue(text.contains(SCRIPT) && text.contains(IMG), text);
      assertEquals(
          0,
          browser
              .driver
              .findElements(By.cssSelector("#article-view img, #article-view script"))
              .size());
      browser.screenshot("xss-article");

      assertEquals(
          null,
          browser.driver.executeScript("return window.__xss === undefined ? null : window.__xss"));
      assertEquals(List.of(), browser.javascriptErrors());
    }
  }
}
