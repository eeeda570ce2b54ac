package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class SearchPageBrowserTest extends FixtureServerTest {
  Browser browser;

  @BeforeEach
  void openBrowser(@TempDir Path profile) {
    browser = Browser.start(profile);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  private String url(String path) {
    return fixture.url(path);
  }

  private List<String> hitIds() {
    return browser.driver.findElements(By.cssSelector("#results li.hit")).stream()
        .map(e -> e.getAttribute("data-id"))
        .toList();
  }

  @Test
  void typingAQueryShowsHighlightedHitsAndAFacetClickNarrowsThem() throws IOException {
    browser.driver.get(url("/"));
    browser.wait.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results li.hit"), 10));

    WebElement box = browser.driver.findElement(By.id("q"));
    box.sendKeys("NATO", Keys.ENTER);
    browser.wait.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results li.hit"), 2));
    assertEquals(List.of("nato-cyber", "kyiv-aid"), hitIds());
    List<WebElement> marks =
        browser.driver.findElements(By.cssSelector("#results li.hit .snippet mark"));
    assertEquals("NATO", marks.get(0).getText());
    assertTrue(browser.driver.findElement(By.id("summary")).getText().startsWith("2 results"));
    browser.screenshot("search-nato");

    browser
        .driver
        .findElement(
            By.cssSelector(
                "section.facet[data-dim='actor'] label.facet-value[data-value='Japan'] input"))
        .click();
    browser.wait.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results li.hit"), 1));
    assertEquals(List.of("nato-cyber"), hitIds());
    assertTrue(
        browser.driver.getCurrentUrl().contains("actor=Japan"), browser.driver.getCurrentUrl());
    assertTrue(browser.driver.getCurrentUrl().contains("q=NATO"), browser.driver.getCurrentUrl());
    browser.screenshot("search-nato-japan");
    assertEquals(List.of(), browser.javascriptErrors());
  }

  @Test
  void sharedUrlRestoresTheSearchAndArticleViewShowsTheText() throws IOException {
    browser.driver.get(url("/?q=Svalbard"));
    browser.wait.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results li.hit"), 1));
    assertEquals("Svalbard", browser.driver.findElement(By.id("q")).getAttribute("value"));

    browser.driver.findElement(By.cssSelector("#results li.hit a.hit-title")).click();
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-view")));
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("article-text"), "Svalbard"));
    assertEquals(
        "Svalbard", browser.driver.findElement(By.cssSelector("#article-text mark")).getText());
    browser.screenshot("article");
    assertEquals(List.of(), browser.javascriptErrors());
  }
}
