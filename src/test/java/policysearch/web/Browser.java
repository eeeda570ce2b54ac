package policysearch.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with the binary paths given so Selenium never
 * downloads a browser. Without Chromium the browser tests are skipped, unless
 * POLICY_SEARCH_REQUIRE_BROWSER is set (as in CI), where they fail.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static final String AXE = resource("/axe/axe.min.js");

  final ChromeDriver driver;
  final WebDriverWait wait;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  private static String resource(String name) {
    try (InputStream in = Browser.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The element {@code css} selects, once it is clickable. */
  WebElement find(String css) {
    return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
  }

  /** The {@code data-id} of every element {@code selector} selects, in page order. */
  List<String> ids(String selector) {
    return driver.findElements(By.cssSelector(selector)).stream()
        .map(e -> e.getAttribute("data-id"))
        .toList();
  }

  /** Waits until the elements {@code selector} selects carry exactly {@code expected} ids. */
  void waitForIds(String selector, List<String> expected) {
    wait.ignoring(StaleElementReferenceException.class).until(d -> ids(selector).equals(expected));
  }

  /** Starts Chromium, or skips the test with a message saying how to install it. */
  static Browser start(Path profile) {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && System.getenv("POLICY_SEARCH_REQUIRE_BROWSER") != null) {
      throw new IllegalStateException("browser tests need " + CHROMIUM + " and " + CHROMEDRIVER);
    }
    assumeTrue(
        present,
        "browser tests skipped: install Chromium with 'apt-get install chromium chromium-driver'");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new Browser(new ChromeDriver(service, options));
  }

  /** Saves a screenshot to {@code target/screenshots/NAME.png}. */
  void screenshot(String name) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(
        dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  /**
   * What axe-core 4 (a test resource, see {@code src/test/resources/axe/README.md}) finds wrong in
   * the page as it is now, with every rule axe enables by default (WCAG 2 A and AA and its best
   * practices): one line per violation, its rule, help text and the elements it found.
   */
  List<String> accessibilityViolations() {
    if (!Boolean.TRUE.equals(driver.executeScript("return typeof axe === 'object'"))) {
      driver.executeScript(AXE);
    }
    Object found =
        driver.executeAsyncScript(
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
              .then((r) => done(r.violations.map((v) => v.id + ': ' + v.help + ' ['
                + v.nodes.map((n) => n.target.join(' ')).join(' | ') + ']')))
              .catch((e) => done(['axe failed: ' + e]));
            """);
    return ((List<?>) found).stream().map(String::valueOf).toList();
  }

  /** JavaScript errors the page logged (network errors for expected 4xx answers excluded). */
  List<String> javascriptErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(m -> !m.contains("Failed to load resource"))
        .toList();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
