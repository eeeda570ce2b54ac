package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import policysearch.corpus.Article;

/**
 * A result card names a few actors and "+N more" instead of every one (a briefing names 40); facet
 * names (long organisation names among them) wrap between words, never inside one.
 */
class CardChipsBrowserTest {
  static final ObjectMapper JSON = new ObjectMapper();

  /** Text nodes of facet names whose words are split across two lines. */
  private static final String SPLIT_WORDS =
      """
      const split = [];
      for (const name of document.querySelectorAll('.facet-name')) {
        if (!name.offsetParent) continue;
        const walker = document.createTreeWalker(name, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          for (const m of t.data.matchAll(/\\S+/g)) {
            const r = document.createRange();
            r.setStart(t, m.index);
            r.setEnd(t, m.index + m[0].length);
            const tops = new Set([...r.getClientRects()].filter((x) => x.width > 0)
              .map((x) => Math.round(x.top)));
            if (tops.size > 1) split.push(m[0]);
          }
        }
      }
      return split;
      """;

  @TempDir static Path dir;
  static FixtureServer fixture;
  Browser browser;

  /** The fixture corpus and one summit naming ten countries. */
  @BeforeAll
  static void start() throws IOException {
    fixture = FixtureServer.startLive(dir, "token");
    String text =
        "Leaders of France, Germany, Italy, Spain, Poland, Canada, Japan, Brazil, India and"
            + " Kenya met at the summit on grain corridors. The Intergovernmental Authority on"
            + " Development and the Interparliamentary Union sent observers.";
    fixture
        .updates()
        .put(
            List.of(
                Article.of(
                    "summit",
                    LocalDate.of(2024, 6, 1),
                    "Grain summit",
                    text,
                    "test",
                    null,
                    "summit.txt")));
  }

  @AfterAll
  static void stop() throws IOException {
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

  private List<String> chips(String card) {
    return browser.driver.findElements(By.cssSelector(card + ".actor-chip")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void aCardShowsFiveActorsAndPlusNMoreThatOpensTheRest() throws Exception {
    JsonNode hit = JSON.readTree(fixture.get("/api/search?q=grain").body()).get("hits").get(0);
    List<String> names = new ArrayList<>();
    hit.get("actors").forEach(a -> names.add(a.get("name").asText()));
    assertTrue(names.size() >= 8, names.toString());

    browser.driver.get(fixture.url("/?q=grain"));
    String card = "#results li.hit[data-id='summit'] ";
    browser.wait.until(d -> chips(card).size() == 5);
    assertEquals(names.subList(0, 5), chips(card));
    WebElement more =
        browser.wait.until(
            ExpectedConditions.elementToBeClickable(By.cssSelector(card + "button.more-actors")));
    assertEquals("+" + (names.size() - 5) + " more", more.getText());
    browser.screenshot("card-more-actors");

    more.click();
    browser.wait.until(d -> chips(card).size() == names.size());
    assertEquals(names, chips(card));
    assertEquals(List.of(), browser.accessibilityViolations());
  }

  @Test
  void facetNamesWrapBetweenWordsAtEveryWidth() throws Exception {
    for (int width : new int[] {1280, 900, 701}) {
      browser.driver.manage().window().setSize(new Dimension(width, 900));
      browser.driver.get(fixture.url("/?q=summit"));
      browser.wait.until(d -> !d.findElements(By.cssSelector(".facet-name")).isEmpty());
      assertEquals(List.of(), browser.driver.executeScript(SPLIT_WORDS), "width " + width);
    }
    browser.driver.manage().window().setSize(new Dimension(320, 800));
    browser.driver.get(fixture.url("/?q=summit"));
    browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("filters-button"))).click();
    browser.wait.until(d -> d.findElement(By.id("facets")).isDisplayed());
    assertEquals(List.of(), browser.driver.executeScript(SPLIT_WORDS), "width 320");
    assertEquals(
        List.of(),
        browser.driver.executeScript(
            "const w = document.documentElement.clientWidth;"
                + "return [...document.querySelectorAll('body *')]"
                + ".filter(e => e.offsetParent !== null && e.getBoundingClientRect().right > w + 0.5)"
                + ".map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 8);"),
        "nothing wider than a 320 px phone");
    browser.screenshot("phone-facet-names");
  }
}
