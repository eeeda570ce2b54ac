package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** The batch search view in headless Chromium: lines in, a table of counts and a CSV out. */
class BatchBrowserTest extends FixtureServerTest {
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

  private List<List<String>> table() {
    return browser.driver.findElements(By.cssSelector("#batch-rows tr")).stream()
        .map(
            tr ->
                tr.findElements(By.cssSelector("th, td")).stream()
                    .map(WebElement::getText)
                    .toList())
        .toList();
  }

  private void count(String lines) {
    WebElement box = browser.find("#batch-lines");
    box.clear();
    box.sendKeys(lines);
    browser.find("#batch-run").click();
  }

  @Test
  void pastedLinesGetTheirCountsLinksAndErrorsAndDownloadAsCsv() throws IOException {
    browser.driver.get(fixture.url("/?q=cyber"));
    browser.find("#batch-link").click();
    browser.wait.until(d -> d.getCurrentUrl().endsWith("/?view=batch&q=cyber"));
    assertEquals("Batch search", browser.find("h1#batch-heading").getText());

    count("NATO\ncyber AND\n\ntariffs");
    List<List<String>> expected =
        List.of(
            List.of("NATO", "2", "3", ""),
            List.of(
                "cyber AND",
                "–",
                "–",
                "Cannot understand the query 'cyber AND': AND needs a word on each side."),
            List.of("tariffs", "1", "0", ""));
    browser
        .wait
        .ignoring(StaleElementReferenceException.class)
        .until(d -> table().equals(expected));
    assertEquals("3 lines counted, 1 with an error.", browser.find("#batch-status").getText());
    assertEquals(List.of(), browser.accessibilityViolations());
    browser.screenshot("batch");

    String prefix = "data:text/csv;charset=utf-8,";
    String href = browser.find("#batch-csv").getAttribute("href");
    assertTrue(href.startsWith(prefix), href);
    assertEquals(
        new ObjectMapper()
            .writeValueAsString(
                "query,articles,statements,error\r\n"
                    + "NATO,2,3,\r\n"
                    + "cyber AND,,,Cannot understand the query 'cyber AND': AND needs a word on"
                    + " each side.\r\n"
                    + "tariffs,1,0,\r\n"),
        new ObjectMapper()
            .writeValueAsString(
                URLDecoder.decode(
                    href.substring(prefix.length()).replace("+", "%2B"), StandardCharsets.UTF_8)));

    browser.find("#batch-rows a[href*='q=NATO']").click();
    browser
        .wait
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(By.cssSelector("#results li.hit")).stream()
                    .map(e -> e.getAttribute("data-id"))
                    .toList()
                    .equals(List.of("nato-cyber", "kyiv-aid")));
    assertTrue(browser.driver.getCurrentUrl().endsWith("/?q=NATO"), browser.driver.getCurrentUrl());
  }

  @Test
  void theCountsFollowThePagesFilters() throws Exception {
    browser.driver.get(fixture.url("/?view=batch&from=2024-01-01"));
    assertEquals("2024-01-01 to …", browser.find("#batch-filters").getText());

    count("NATO");
    long articles =
        JSON.readTree(get("/api/search?q=NATO&from=2024-01-01").body()).get("total").asLong();
    long statements =
        JSON.readTree(get("/api/statements?q=NATO&from=2024-01-01").body()).get("total").asLong();
    List<List<String>> expected =
        List.of(List.of("NATO", Long.toString(articles), Long.toString(statements), ""));
    browser
        .wait
        .ignoring(StaleElementReferenceException.class)
        .until(d -> table().equals(expected));
    assertEquals(1L, articles);
  }
}
