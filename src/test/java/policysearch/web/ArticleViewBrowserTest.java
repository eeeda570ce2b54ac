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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The article view, text first: the document opens at the top of the main column, its statements
 * and actor mentions are marked in the text, and the lists fold into a side panel beside it.
 */
class ArticleViewBrowserTest extends FixtureServerTest {
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

  private void openArticle(String id, String date) {
    browser.driver.get(fixture.url("/?id=" + id));
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("article-date"), date));
  }

  @Test
  void theTextOpensAtTheTopWithTheListsInASidePanelBesideIt() throws Exception {
    openArticle("inflation", "2022-08-08");

    WebElement text = browser.find("#article-text p");
    WebElement side = browser.driver.findElement(By.cssSelector(".article-side"));
    long screen = (Long) browser.driver.executeScript("return window.innerHeight;");
    assertTrue(
        text.getRect().getY() + 100 < screen,
        "the text starts on the first screen: y=" + text.getRect().getY() + " of " + screen);
    assertTrue(
        side.getRect().getX() > text.getRect().getX() + text.getRect().getWidth() - 1,
        "the side panel is to the right of the text");
    assertEquals("STATEMENTS", browser.find("#article-statements-heading").getText());
    assertEquals(List.of(), browser.accessibilityViolations());
    browser.screenshot("article-text-first");
  }

  @Test
  void statementsAreMarkedInTheTextAndAClickOpensTheirRelatedStatements() throws Exception {
    JsonNode article = JSON.readTree(get("/api/articles/inflation").body());
    String body = article.get("text").asText();
    List<String> ids = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (JsonNode st : article.get("statements")) {
      ids.add(st.get("id").asText());
      texts.add(body.substring(st.get("start").asInt(), st.get("end").asInt()).strip());
    }
    openArticle("inflation", "2022-08-08");

    List<WebElement> marks =
        browser.driver.findElements(By.cssSelector("#article-text .statement-mark"));
    assertEquals(ids, marks.stream().map(m -> m.getAttribute("data-id")).toList());
    assertEquals(texts, marks.stream().map(m -> m.getText().strip()).toList());

    marks.get(1).click();
    WebElement entry = browser.find("#article-statements li.is-current");
    assertEquals(ids.get(1), entry.getAttribute("data-id"));
    assertEquals(
        "true",
        entry.findElement(By.cssSelector("button.related-toggle")).getAttribute("aria-expanded"));
    browser.wait.until(
        d ->
            !entry
                    .findElements(By.cssSelector(".related-panel li, .related-panel p.muted"))
                    .isEmpty()
                && !entry
                    .findElement(By.cssSelector(".related-panel"))
                    .getText()
                    .startsWith("Loading"));
  }

  @Test
  void anActorMentionInTheTextOpensTheActorPage() throws Exception {
    openArticle("inflation", "2022-08-08");

    WebElement mention = browser.find("#article-text a.actor-mention[title='Janet Yellen']");
    mention.click();
    browser.wait.until(d -> d.getCurrentUrl().endsWith("/actors/Janet%20Yellen"));
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("actor-meta"), "1 article · 2 statements"));
    assertEquals("Janet Yellen", browser.find("#actor-name").getText());
  }
}
