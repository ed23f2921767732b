package io.github.laa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.scoring.CohortScorecard;
import io.github.laa.scoring.Scorecard;
import io.github.laa.scoring.lvsc.Lvsc2006;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The London cohort's HTML page opened in a real browser — headless Chromium from Debian's {@code
 * chromium} and {@code chromium-driver} packages, driven by Selenium: it loads without a console
 * error, draws every chart at a non-zero size with its title, fetches nothing, and is saved as a
 * screenshot ({@code target/london-report.png}).
 *
 * <p>Nothing is downloaded: the driver and the browser are named explicitly, so Selenium Manager
 * does not run. Where either is missing the test fails, saying how to install them ({@code .ci/run}
 * does so in CI); it never skips.
 */
class HtmlReportBrowserTest {
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final String INSTALL =
      " (install them with: apt-get update && apt-get install -y chromium chromium-driver;"
          + " .ci/run does so when they are missing)";

  @Test
  void theLondonReportOpensInChromiumWithoutErrorsAndDrawsEveryChart() throws IOException {
    assertThat(CHROMIUM.canExecute())
        .as("Chromium must be installed at " + CHROMIUM + INSTALL)
        .isTrue();
    assertThat(CHROMEDRIVER.canExecute())
        .as("chromedriver must be installed at " + CHROMEDRIVER + INSTALL)
        .isTrue();

    CohortScorecard cohort = Lvsc2006.policy().scoreCohort(TableFiles.london().agreements());
    String html = cohort.toHtml();
    // The league table, R1's two scatters and targeting bars, R4's heat map, R6's benchmark, and
    // each borough's money by year.
    List<String> titles = new ArrayList<>();
    titles.add("League table: overall score by area");
    titles.add("R1: infrastructure rating against involvement ladder score");
    titles.add("R1: infrastructure funding per VCS body against involvement ladder score");
    titles.add("R1 targeting list: infrastructure funding per VCS body");
    titles.add("R4 involvement mapping: level by area, block and stage");
    titles.add("R6 commissioning benchmark: score by area");
    for (Scorecard card : cohort.scorecards()) {
      LocalAreaAgreement laa = card.agreement();
      titles.add(
          "VCS money by financial year, "
              + laa.area().name()
              + " ("
              + laa.firstYear().previous()
              + " to "
              + laa.lastYear()
              + ")");
    }
    Path page = Path.of("target", "london-report.html").toAbsolutePath();
    Files.createDirectories(page.getParent());
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path profile = Files.createTempDirectory(page.getParent(), "chromium-profile-");

    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER)
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile);
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
    ChromeDriver driver = new ChromeDriver(service, options);
    try {
      driver.manage().window().setSize(new Dimension(1280, 4200));
      driver.get(page.toUri().toString());
      assertThat(driver.getTitle()).isEqualTo("Cohort: 10 areas under LVSC 2006 (2006-03-08)");

      List<String> errors = new ArrayList<>();
      for (LogEntry e : driver.manage().logs().get(LogType.BROWSER).getAll()) {
        if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
          errors.add(e.getLevel() + " " + e.getMessage());
        }
      }
      assertThat(errors).as("console errors").isEmpty();

      List<WebElement> svgs = driver.findElements(By.tagName("svg"));
      assertThat(svgs).hasSize(html.split("<svg ", -1).length - 1).hasSize(titles.size());
      List<String> drawnTitles = new ArrayList<>();
      for (WebElement svg : svgs) {
        Dimension size = svg.getSize();
        assertThat(size.getWidth()).as("rendered width of an svg").isPositive();
        assertThat(size.getHeight()).as("rendered height of an svg").isPositive();
        WebElement title = svg.findElement(By.cssSelector(":scope > title"));
        String text = title.getDomProperty("textContent");
        assertThat(text).as("an svg's title").isNotBlank();
        assertThat(svg.getDomAttribute("aria-labelledby")).isEqualTo(title.getDomAttribute("id"));
        assertThat(svg.findElements(By.cssSelector(":scope > desc"))).hasSize(1);
        drawnTitles.add(text);
      }
      assertThat(drawnTitles).containsExactlyInAnyOrderElementsOf(titles);

      // Nothing outside the page: no resource was fetched, nothing on the page names one.
      JavascriptExecutor js = driver;
      Object fetched = js.executeScript("return performance.getEntriesByType('resource').length;");
      assertThat(fetched).isEqualTo(0L);
      Object referring =
          js.executeScript(
              "return document.querySelectorAll("
                  + "'script, link, img, iframe, object, embed, use, [src], [href], [style]')"
                  + ".length;");
      assertThat(referring).isEqualTo(0L);
      assertThat(html).doesNotContain("http:").doesNotContain("https:").doesNotContain("//");

      byte[] png = driver.getScreenshotAs(OutputType.BYTES);
      Path shot = Path.of("target", "london-report.png");
      Files.write(shot, png);
      assertThat(png.length).isGreaterThan(10_000);
      assertThat(Files.size(shot)).isEqualTo(png.length);
    } finally {
      driver.quit();
      service.stop();
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
