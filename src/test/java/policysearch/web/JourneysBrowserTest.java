package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import policysearch.FixtureIndex;

/** One journey per feature of the search page, in headless Chromium against the real server. */
class JourneysBrowserTest extends FixtureServerTest {
  Browser browser;

  @BeforeEach
  void openBrowser(@TempDir Path profile) {
    browser = Browser.start(profile);
  }

  @AfterEach
  void closeBrowser() {
    assertEquals(List.of(), browser.javascriptErrors());
    browser.close();
  }

  private void open(String path) {
    browser.driver.get(fixture.url(path));
  }

  private void waitForHits(List<String> expected) {
    browser.waitForIds("#results li.hit", expected);
  }

  private String url() {
    return browser.driver.getCurrentUrl();
  }

  @Test
  void choosingASuggestedActorAddsItAsAFilter() throws IOException {
    open("/");
    waitForHits(FixtureIndex.NEWEST_FIRST.subList(0, 10));
    browser.find("#q").sendKeys("jap");
    WebElement japan = browser.find("#suggestions li[data-kind='actor'][data-value='Japan']");
    assertEquals("COUNTRY\nJapan\n2 articles", japan.getText());
    assertEquals("true", browser.find("#q").getAttribute("aria-expanded"));
    browser.screenshot("suggestions");

    japan.click();
    waitForHits(List.of("blinken-kamikawa", "nato-cyber"));
    assertTrue(url().endsWith("/?actor=Japan"), url());
    assertEquals("", browser.find("#q").getAttribute("value"));
    assertEquals("× Japan", browser.find("#active-filters .pill").getText());
  }

  @Test
  void excludingAnActorRemovesItsArticlesAndBackRestoresThem() throws IOException {
    open("/?q=NATO");
    waitForHits(List.of("nato-cyber", "kyiv-aid"));
    browser.find("section.facet[data-dim='actor'] button.exclude[data-value='Japan']").click();
    waitForHits(List.of("kyiv-aid"));
    assertTrue(url().endsWith("/?q=NATO&not_actor=Japan"), url());
    WebElement row =
        browser.find("section.facet[data-dim='actor'] li.is-excluded label[data-value='Japan']");
    assertEquals("Japan\nCOUNTRY\n−1", row.getText());
    assertEquals("× not Japan", browser.find("#active-filters .pill.is-excluded").getText());
    assertEquals(
        "true",
        browser
            .find("section.facet[data-dim='actor'] button.exclude[data-value='Japan']")
            .getAttribute("aria-pressed"));
    browser.screenshot("exclude");

    browser.find("#clear-all").click();
    waitForHits(List.of("nato-cyber", "kyiv-aid"));
    browser.driver.navigate().back();
    waitForHits(List.of("kyiv-aid"));
    browser.driver.navigate().forward();
    waitForHits(List.of("nato-cyber", "kyiv-aid"));
  }

  @Test
  void clickingAYearBarThenDraggingAcrossMonthsSetsTheDateRange() throws IOException {
    open("/");
    browser.find(".histogram-bar[data-value='2023']").click();
    waitForHits(List.of("unga-climate", "nato-cyber", "long-briefing"));
    assertTrue(url().endsWith("/?from=2023-01-01&to=2023-12-31"), url());
    assertEquals(12, browser.driver.findElements(By.cssSelector(".histogram-bar")).size());

    new Actions(browser.driver)
        .clickAndHold(browser.find(".histogram-bar[data-value='2023-06']"))
        .moveToElement(browser.find(".histogram-bar[data-value='2023-07']"))
        .moveToElement(browser.find(".histogram-bar[data-value='2023-09']"))
        .release()
        .perform();
    waitForHits(List.of("unga-climate", "nato-cyber"));
    assertTrue(url().endsWith("/?from=2023-06-01&to=2023-09-30"), url());
    assertEquals("2023-06-01", browser.find("#from").getAttribute("value"));
    browser.screenshot("histogram-months");
  }

  @Test
  void nextFollowsTheAfterCursorToTheLastPageAndPreviousComesBack() throws IOException {
    open("/?sort=date&size=3");
    waitForHits(FixtureIndex.NEWEST_FIRST.subList(0, 3));
    for (int page = 2; page <= 4; page++) {
      browser.find("#next").click();
      int from = (page - 1) * 3;
      waitForHits(FixtureIndex.NEWEST_FIRST.subList(from, Math.min(from + 3, 10)));
    }
    assertTrue(url().contains("page=4") && url().contains("after="), url());
    assertEquals("page 4 of 4", browser.find("#page-info").getText());
    assertEquals("true", browser.driver.findElement(By.id("next")).getAttribute("disabled"));
    browser.screenshot("deep-page");

    browser.find("#prev").click();
    waitForHits(FixtureIndex.NEWEST_FIRST.subList(6, 9));
    browser.driver.navigate().back();
    waitForHits(List.of("wire-001"));
  }

  @Test
  void articleViewShowsActorsStatementsAndRelatedItemsAtItsOwnUrl() throws IOException {
    open("/?q=Yellen");
    waitForHits(List.of("inflation"));
    browser.find("#results a.hit-title").click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("article-date"), "2022-08-08"));
    assertTrue(url().endsWith("/?id=inflation&q=Yellen"), url());
    assertEquals("Yellen", browser.find("#article-title mark").getText());
    browser.find("#article-actors-section summary").click();
    assertEquals(
        "Janet Yellen\nPERSON\nTreasury Secretary", browser.find("#article-actors li").getText());
    assertEquals(
        List.of("inflation~s1", "inflation~s2"), browser.ids("#article-statements li.statement"));
    assertEquals(
        "Janet Yellen",
        browser.find("#article-statements li.statement .statement-head .actor-chip").getText());
    assertEquals(
        List.of("“Treasury Secretary Janet Yellen” said", "“Yellen” said"),
        browser
            .driver
            .findElements(By.cssSelector("#article-statements .statement-attribution"))
            .stream()
            .map(WebElement::getText)
            .toList());
    assertTrue(
        browser.driver.findElements(By.cssSelector("#related-articles li")).size() > 0,
        "related articles listed");

    WebElement toggle = browser.find("#article-statements li.statement button.related-toggle");
    toggle.click();
    browser.wait.until(
        d ->
            !d.findElements(
                    By.cssSelector(
                        "#article-statements .related-panel li, "
                            + "#article-statements .related-panel p.muted:not(:empty)"))
                .isEmpty());
    assertEquals("true", toggle.getAttribute("aria-expanded"));
    browser.screenshot("article-statements");

    open("/?id=inflation&q=Yellen");
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("article-date"), "2022-08-08"));
  }

  @Test
  void statementsTabSearchesStatementsWithSpeakerFacetsAndRelatedStatements() throws IOException {
    open("/?q=said");
    browser.wait.until(d -> !browser.ids("#results li.hit").isEmpty());
    browser.find("#tab-statements").click();
    browser.wait.until(ExpectedConditions.urlContains("tab=statements"));
    browser.wait.until(d -> d.findElements(By.cssSelector("#results li.statement")).size() == 6);
    assertEquals("true", browser.find("#tab-statements").getAttribute("aria-selected"));
    for (String dim : List.of("speaker", "speaker_type", "topic", "year")) {
      assertTrue(
          browser.find("section.facet[data-dim='" + dim + "']").isDisplayed(),
          dim + " facet shown");
    }
    browser
        .find(
            "section.facet[data-dim='speaker'] label.facet-value[data-value='Janet Yellen'] input")
        .click();
    browser.waitForIds("#results li.statement", List.of("inflation~s2", "inflation~s1"));
    assertTrue(url().contains("speaker=Janet+Yellen"), url());

    WebElement toggle = browser.find("#results li.statement button.related-toggle");
    toggle.click();
    browser.wait.until(
        d ->
            !d.findElements(By.cssSelector("#results .related-panel .related-statement"))
                .isEmpty());
    browser.screenshot("statements");
  }

  @Test
  void exportLinkDownloadsTheCurrentResultSetAsCsv() throws IOException {
    open("/?q=NATO&not_actor=Japan");
    waitForHits(List.of("kyiv-aid"));
    WebElement csv = browser.find("#export-csv");
    assertTrue(
        csv.getAttribute("href").endsWith("/api/search.csv?q=NATO&not_actor=Japan"),
        csv.getAttribute("href"));
    Object body =
        browser.driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('export-csv').href)"
                + ".then(r => r.text()).then(t => done(JSON.stringify(t)));");
    assertEquals(
        new ObjectMapper()
            .writeValueAsString(
                "id,date,title,source,url,actors,topics\r\n"
                    + "kyiv-aid,2024-05-02,President Volodymyr Zelenskyy thanked NATO allies for new air"
                    + " defence systems as Russia's invasion of Ukraine entered its third spring.,corpus,,"
                    + "Volodymyr Zelenskyy; NATO; Russia; Ukraine,armed-conflict; defence;"
                    + " humanitarian\r\n"),
        body);
  }

  @Test
  void phoneWidthHasNoSidewaysScrollAndEveryControlIsLabelled() throws IOException {
    browser.driver.manage().window().setSize(new Dimension(390, 844));
    open("/?q=NATO");
    waitForHits(List.of("nato-cyber", "kyiv-aid"));
    Object overflow =
        browser.driver.executeScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertEquals(0L, overflow);
    Object unlabelled =
        browser.driver.executeScript(
            "return [...document.querySelectorAll('input, select, button')]"
                + ".filter(e => e.offsetParent !== null)"
                + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
                + " && !e.textContent.trim()).map(e => e.outerHTML);");
    assertEquals(List.of(), unlabelled);
    browser.screenshot("phone");
  }
}
