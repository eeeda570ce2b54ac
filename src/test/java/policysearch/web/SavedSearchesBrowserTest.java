package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Named saved searches kept in the browser: save, list (after a reload too), open, delete. */
class SavedSearchesBrowserTest extends FixtureServerTest {
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
  private List<String> saved() {
    return strings(
        "return [...document.querySelectorAll('#saved-list li a')].map(a => a.textContent);");
  }

  private List<String> hits() {
    return strings(
        "return [...document.querySelectorAll('#results li.hit')].map(li => li.dataset.id);");
  }

  @SuppressWarnings("unchecked")
  private List<String> strings(String script) {
    return (List<String>) browser.driver.executeScript(script);
  }

  private void waitForHits(List<String> ids) {
    browser.wait.until(d -> hits().equals(ids));
  }

  private void save(String name) {
    browser.find("#save-name").sendKeys(name);
    browser.find("#save-button").click();
    browser.wait.until(ExpectedConditions.textToBe(By.id("saved-status"), "Saved “" + name + "”."));
  }

  @Test
  void aSearchIsSavedUnderANameListedAfterAReloadOpenedAndDeleted() throws Exception {
    browser.driver.get(fixture.url("/?q=NATO&not_actor=Japan"));
    waitForHits(List.of("kyiv-aid"));
    save("NATO without Japan");
    browser.driver.get(fixture.url("/?q=Kamikawa"));
    waitForHits(List.of("blinken-kamikawa"));
    save("Kamikawa");
    assertEquals(List.of("Kamikawa", "NATO without Japan"), saved());

    browser.driver.navigate().refresh();
    browser.wait.until(d -> saved().equals(List.of("Kamikawa", "NATO without Japan")));
    assertEquals(List.of(), browser.accessibilityViolations());
    browser.screenshot("saved-searches");

    browser.find("#saved-list li[data-name='NATO without Japan'] a").click();
    browser.wait.until(d -> d.getCurrentUrl().endsWith("/?q=NATO&not_actor=Japan"));
    waitForHits(List.of("kyiv-aid"));

    browser.find("#saved-list li[data-name='Kamikawa'] button.saved-delete").click();
    browser.wait.until(d -> saved().equals(List.of("NATO without Japan")));
    browser.driver.navigate().refresh();
    browser.wait.until(d -> saved().equals(List.of("NATO without Japan")));
  }
}
