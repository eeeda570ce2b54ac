package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import policysearch.opensearch.LocalCluster;
import policysearch.opensearch.OneNodeCluster;

/**
 * The page served from the run's shared OpenSearch cluster, in headless Chromium: search, a facet
 * exclusion, the article view with its statements and related articles, and the statements tab with
 * a speaker filter and related statements — the journeys {@link JourneysBrowserTest} walks on the
 * embedded index, with the same expectations.
 */
@ExtendWith(OneNodeCluster.class)
class OpenSearchJourneyBrowserTest {
  private static FixtureServer fixture;
  private Browser browser;

  @BeforeAll
  static void startServer(LocalCluster cluster) throws IOException {
    fixture = FixtureServer.startOpenSearch(cluster);
  }

  @AfterAll
  static void stopServer() throws IOException {
    fixture.close();
  }

  @BeforeEach
  void openBrowser(@TempDir Path profile) {
    browser = Browser.start(profile);
  }

  @AfterEach
  void closeBrowser() {
    assertEquals(List.of(), browser.javascriptErrors());
    browser.close();
  }

  private String url() {
    return browser.driver.getCurrentUrl();
  }

  @Test
  void searchExcludeAFacetValueOpenAnArticleAndItsRelatedItems() throws IOException {
    browser.driver.get(fixture.url("/?q=NATO"));
    browser.waitForIds("#results li.hit", List.of("nato-cyber", "kyiv-aid"));
    browser.find("section.facet[data-dim='actor'] button.exclude[data-value='Japan']").click();
    browser.waitForIds("#results li.hit", List.of("kyiv-aid"));
    assertTrue(url().endsWith("/?q=NATO&not_actor=Japan"), url());
    assertEquals(
        "Japan\nCOUNTRY\n−1",
        browser
            .find("section.facet[data-dim='actor'] li.is-excluded label[data-value='Japan']")
            .getText());
    browser.screenshot("opensearch-exclude");

    browser.driver.get(fixture.url("/?q=Yellen"));
    browser.waitForIds("#results li.hit", List.of("inflation"));
    browser.find("#results a.hit-title").click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("article-date"), "2022-08-08"));
    assertTrue(url().endsWith("/?id=inflation&q=Yellen"), url());
    browser.find("#article-actors-section summary").click();
    assertEquals(
        "Janet Yellen\nPERSON\nTreasury Secretary", browser.find("#article-actors li").getText());
    assertEquals(
        List.of("inflation~s1", "inflation~s2"), browser.ids("#article-statements li.statement"));
    assertTrue(
        browser.driver.findElements(By.cssSelector("#related-articles li")).size() > 0,
        "related articles listed");
    browser.screenshot("opensearch-article");
  }

  @Test
  void statementsTabFiltersBySpeakerAndShowsRelatedStatements() throws IOException {
    browser.driver.get(fixture.url("/?q=said"));
    browser.wait.until(d -> !browser.ids("#results li.hit").isEmpty());
    browser.find("#tab-statements").click();
    browser.wait.until(ExpectedConditions.urlContains("tab=statements"));
    browser.wait.until(d -> d.findElements(By.cssSelector("#results li.statement")).size() == 6);
    browser
        .find(
            "section.facet[data-dim='speaker'] label.facet-value[data-value='Janet Yellen'] input")
        .click();
    browser.waitForIds("#results li.statement", List.of("inflation~s2", "inflation~s1"));
    assertTrue(url().contains("speaker=Janet+Yellen"), url());

    browser.find("#results li.statement button.related-toggle").click();
    browser.wait.until(
        d ->
            !d.findElements(By.cssSelector("#results .related-panel .related-statement"))
                .isEmpty());
    browser.screenshot("opensearch-statements");
  }
}
