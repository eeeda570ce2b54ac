package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The actor page: a chip opens it, it shows who the actor is, its roles, topics, co-actors (each a
 * link to its own page), latest articles and statements, and a search box scoped to it.
 */
class ActorPageBrowserTest extends FixtureServerTest {
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

  /** Read in one script, so a list re-rendered meanwhile cannot leave a stale element. */
  @SuppressWarnings("unchecked")
  private List<String> texts(String css) {
    return (List<String>)
        browser.driver.executeScript(
            "return [...document.querySelectorAll(arguments[0])].map(e => e.innerText);", css);
  }

  private void waitForActor(String name, String meta) {
    browser.wait.until(ExpectedConditions.textToBe(By.id("actor-name"), name));
    browser.wait.until(
        ExpectedConditions.textToBe(By.cssSelector("#actor-meta .actor-counts"), meta));
  }

  @Test
  void aChipOpensTheActorPageAndACoActorOpensItsOwn() throws Exception {
    browser.driver.get(fixture.url("/?q=Kamikawa"));
    browser
        .find(
            "#results li.hit[data-id='blinken-kamikawa'] a.actor-chip[data-value='Yoko Kamikawa']")
        .click();

    browser.wait.until(d -> d.getCurrentUrl().endsWith("/actors/Yoko%20Kamikawa"));
    waitForActor("Yoko Kamikawa", "1 article · 2 statements");
    assertEquals(List.of("Foreign Minister 2024-03-12"), texts("#actor-roles li"));
    assertEquals(
        List.of("Diplomacy and alliances (1)", "Maritime security (1)"), texts("#actor-topics li"));
    assertEquals(
        List.of(
            "Antony Blinken 1 article together",
            "Department of State 1 article together",
            "Japan 1 article together",
            "United States 1 article together"),
        texts("#actor-co-actors li"));
    browser.wait.until(d -> texts("#actor-statements li.statement").size() == 2);
    assertEquals(1, texts("#actor-articles li").size());
    assertEquals(List.of(), browser.accessibilityViolations());
    browser.screenshot("actor-page");

    browser.find("#actor-co-actors a.actor-chip[data-value='Japan']").click();
    browser.wait.until(d -> d.getCurrentUrl().endsWith("/actors/Japan"));
    waitForActor("Japan", "2 articles · 0 statements");
    browser.wait.until(d -> texts("#actor-articles li").size() == 2);
    assertEquals(List.of(), browser.accessibilityViolations());

    browser.driver.navigate().back();
    waitForActor("Yoko Kamikawa", "1 article · 2 statements");
  }

  @Test
  void theSearchBoxSearchesTheActorsArticles() throws Exception {
    browser.driver.get(fixture.url("/actors/japan"));
    waitForActor("Japan", "2 articles · 0 statements");

    browser.find("#actor-q").sendKeys("cyber");
    browser.find("#actor-search button").click();

    browser.wait.until(d -> d.getCurrentUrl().endsWith("/?q=cyber&actor=Japan"));
    browser.wait.until(
        d ->
            d.findElements(By.cssSelector("#results li.hit")).stream()
                .map(e -> e.getAttribute("data-id"))
                .toList()
                .equals(List.of("nato-cyber")));
  }

  @Test
  void anUnknownActorSaysSoWithoutAScriptError() throws Exception {
    browser.driver.get(fixture.url("/actors/Nobody%20At%20All"));

    WebElement error = browser.find("#error");
    browser.wait.until(d -> !error.getText().isEmpty());
    assertTrue(error.getText().contains("No actor named 'Nobody At All'"), error.getText());
    assertEquals(List.of(), browser.accessibilityViolations());
  }
}
