package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Reading comfort in headless Chromium: a histogram with counts and an axis, a Filters button on a
 * phone, plain query errors, a level-one heading and no axe-core violations on each view.
 */
class ReadingBrowserTest extends FixtureServerTest {
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

  private List<String> texts(String css) {
    return browser.driver.findElements(By.cssSelector(css)).stream()
        .map(WebElement::getText)
        .toList();
  }

  private void waitForResults() {
    browser.wait.until(
        d ->
            !d.findElements(By.cssSelector("#results li")).isEmpty()
                && "false".equals(d.findElement(By.id("results")).getAttribute("aria-busy")));
  }

  @Test
  void theHistogramShowsEachYearsCountAndAYAxis() throws Exception {
    JsonNode buckets = JSON.readTree(get("/api/search").body()).get("histogram").get("buckets");
    List<String> counts = new ArrayList<>();
    long max = 0;
    for (JsonNode b : buckets) {
      counts.add(b.get("count").asText());
      max = Math.max(max, b.get("count").asLong());
    }

    open("/");
    waitForResults();
    browser.wait.until(d -> !texts(".bar-count").isEmpty());
    assertEquals(counts, texts(".histogram-bar .bar-count"));
    assertEquals(List.of(Long.toString(max), "0"), texts(".histogram-y span"));
    browser.screenshot("histogram-counts");
  }

  @Test
  void onAPhoneTheFiltersButtonOpensTheFacetsAboveTheResults() throws Exception {
    browser.driver.manage().window().setSize(new Dimension(390, 844));
    open("/?q=NATO");
    waitForResults();
    WebElement facets = browser.driver.findElement(By.id("facets"));
    assertTrue(!facets.isDisplayed(), "facets start closed");
    WebElement button = browser.find("#filters-button");
    assertEquals("false", button.getAttribute("aria-expanded"));

    button.click();
    browser.wait.until(d -> d.findElement(By.id("facets")).isDisplayed());
    assertEquals("true", button.getAttribute("aria-expanded"));
    int facetsTop = facets.getRect().getY();
    int resultsTop = browser.driver.findElement(By.id("results")).getRect().getY();
    assertTrue(facetsTop < resultsTop, facetsTop + " < " + resultsTop);
    browser.screenshot("phone-filters");

    browser.find(".facet[data-dim='topic'] .facet-value input").click();
    browser.wait.until(d -> d.getCurrentUrl().contains("topic="));
  }

  @Test
  void followThisSearchLinksToItsAtomFeed() {
    open("/?q=NATO&not_actor=Japan&sort=date");
    waitForResults();
    WebElement follow = browser.find("#follow-feed");
    assertTrue(
        follow.getAttribute("href").endsWith("/api/search.atom?q=NATO&not_actor=Japan"),
        follow.getAttribute("href"));
    assertEquals(
        follow.getAttribute("href"),
        browser.driver.executeScript(
            "return document.querySelector('link[rel=alternate][type=\"application/atom+xml\"]')"
                + ".href;"));
    Object feed =
        browser.driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('follow-feed').href).then(r => r.text())"
                + ".then(t => done(new DOMParser().parseFromString(t, 'application/xml')"
                + ".querySelectorAll('entry > id').length));");
    assertEquals(1L, feed);
  }

  @Test
  void aQuerySyntaxErrorSpeaksPlainly() {
    open("/?q=cyber+AND");
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertEquals(
        "Cannot understand the query 'cyber AND': AND needs a word on each side.",
        browser.find("#error").getText());
  }

  @Test
  void everyViewHasALevelOneHeadingAndNoAccessibilityViolations() throws Exception {
    open("/?q=NATO");
    waitForResults();
    assertEquals(List.of("Search results"), h1s());
    assertEquals(List.of(), browser.accessibilityViolations(), "results");

    open("/?tab=statements&q=said");
    waitForResults();
    assertEquals(List.of(), browser.accessibilityViolations(), "statements");

    open("/?id=inflation");
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("article-date"), "2022-08-08"));
    assertEquals(1, h1s().size());
    assertEquals(List.of(), browser.accessibilityViolations(), "article");

    open("/?view=batch");
    browser.find("#batch-lines");
    assertEquals(List.of("Batch search"), h1s());
    assertEquals(List.of(), browser.accessibilityViolations(), "batch");
  }

  private List<String> h1s() {
    List<String> found = new ArrayList<>();
    for (WebElement h1 : browser.driver.findElements(By.tagName("h1"))) {
      if (Boolean.TRUE.equals(
          browser.driver.executeScript("return !arguments[0].closest('[hidden]');", h1))) {
        found.add(
            String.valueOf(browser.driver.executeScript("return arguments[0].textContent;", h1)));
      }
    }
    return found;
  }
}
