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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Matches spanning two centuries are drawn per decade, labelled and clickable like years. */
class LongSpanBrowserTest {
  static final String TOKEN = "long-span-token";

  @TempDir static Path dir;
  static FixtureServer fixture;

  @BeforeAll
  static void start() throws Exception {
    fixture = FixtureServer.startLive(dir, TOKEN);
    String batch =
        "{\"id\":\"amity-1790\",\"date\":\"1790-07-04\",\"text\":\"A treaty of amity.\"}\n"
            + "{\"id\":\"amity-1795\",\"date\":\"1795-11-19\",\"text\":\"Amity and commerce.\"}\n"
            + "{\"id\":\"amity-2024\",\"date\":\"2024-03-01\",\"text\":\"Amity renewed.\"}\n";
    HttpResponse<String> posted =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(fixture.url("/api/articles")))
                    .header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(batch))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, posted.statusCode(), posted.body());
  }

  @AfterAll
  static void stop() throws IOException {
    fixture.close();
  }

  @Test
  void aTwoCenturySpanIsDrawnPerDecadeAndADecadeBarSetsItsDates(@TempDir Path profile)
      throws IOException {
    try (Browser browser = Browser.start(profile)) {
      browser.driver.get(fixture.url("/?q=amity"));
      WebElement first =
          browser.wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector(".histogram-bar[data-value='1790']")));

      assertEquals(24, browser.driver.findElements(By.cssSelector(".histogram-bar")).size());
      assertEquals("1790s: 2 articles", first.getAttribute("title"));
      assertTrue(
          browser
              .driver
              .findElement(By.cssSelector(".histogram-caption"))
              .getText()
              .contains("per decade"));
      browser.screenshot("histogram-decades");

      first.click();
      browser.wait.until(ExpectedConditions.urlContains("from=1790-01-01&to=1799-12-31"));
      browser.wait.until(
          ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results li.hit"), 2));
      assertEquals(List.of(), browser.javascriptErrors());
    }
  }
}
