package io.github.laa.examples;

import io.github.laa.core.DeflatorSeries;
import io.github.laa.core.tables.Dataset;
import io.github.laa.scoring.CohortDiff;
import io.github.laa.scoring.CohortScorecard;
import io.github.laa.scoring.LeagueEntry;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Scorecard;
import io.github.laa.scoring.lvsc.InvolvementRule;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The main example: reads the {@link IllustrativeCohort illustrative London cohort} from its CSV
 * tables ({@code src/main/resources/london}, through {@link TableFiles#london()}), scores it under
 * {@link Lvsc2006#policy()} and prints the league table, the R1 correlations and targeting list,
 * the R4 involvement matrix, the R6 commissioning benchmark, every borough's scorecard, and a
 * reform — net resource loss in real terms — with what it changes, and the cohort's sensitivity to
 * the policy's parameters ({@link Policy#sensitivity}); then writes the cohort's self-contained
 * HTML page ({@link CohortScorecard#toHtml()}) to {@code laa-examples/target/london-report.html}
 * and prints its path.
 *
 * <p>Run it with {@code ./mvnw -q -Prun -pl laa-examples -am package -DskipTests}.
 */
public final class LondonReport {
  /** The system property naming the directory {@link #main} writes the HTML page to. */
  public static final String OUTPUT_PROPERTY = "laa.examples.output";

  private LondonReport() {}

  /** The real-terms reform: net resource loss restated with the illustrative HMT deflator. */
  public static Policy realTerms() {
    return realTerms(IllustrativeCohort.HMT_2004_ILLUSTRATION);
  }

  /** The real-terms reform: net resource loss restated with {@code deflator}. */
  public static Policy realTerms(DeflatorSeries deflator) {
    return Lvsc2006.policy()
        .reform("LVSC 2006, real terms")
        .set(NetResourceLossRule.TERMS, NetResourceLossRule.Terms.REAL)
        .set(NetResourceLossRule.DEFLATOR, deflator)
        .build();
  }

  /** The whole report, of the cohort read from its tables. */
  public static String render() {
    return render(TableFiles.london());
  }

  /** The whole report of {@code london}'s agreements, with its first deflator series. */
  public static String render(Dataset london) {
    Policy lvsc = Lvsc2006.policy();
    CohortScorecard cohort = lvsc.scoreCohort(london.agreements());
    StringBuilder out = new StringBuilder(64 * 1024);
    out.append(IllustrativeCohort.LABEL).append("\n\n");
    out.append(cohort.toText());
    out.append("\n")
        .append("=".repeat(100))
        .append("\nScorecards, in league-table order\n")
        .append("=".repeat(100))
        .append('\n');
    for (LeagueEntry e : cohort.leagueTable()) {
      Scorecard card = cohort.scorecard(e.area().code()).orElseThrow();
      out.append('\n').append(card.toText());
    }
    DeflatorSeries deflator = london.deflators().get(0);
    Policy reform = realTerms(deflator);
    CohortScorecard real = reform.scoreCohort(london.agreements());
    CohortDiff diff = cohort.diff(real);
    out.append("\n")
        .append("=".repeat(100))
        .append("\nReform: ")
        .append(reform.name())
        .append("\nDeflator: ")
        .append(deflator.name())
        .append("\n")
        .append("=".repeat(100))
        .append("\n\n");
    out.append(diff.toText());
    out.append("\nLeague table under the reform\n");
    for (LeagueEntry e : real.leagueTable()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-24s %-6s %s%n",
              e.area().name(),
              e.rag(),
              e.score().isPresent() ? e.score().getAsInt() + "/100" : "n/a"));
    }
    out.append("\n")
        .append("=".repeat(100))
        .append("\nWhat-if: the value of each parameter at which a verdict changes\n")
        .append("=".repeat(100))
        .append("\n\n");
    out.append(lvsc.sensitivity(london.agreements()).toText());
    out.append('\n').append(IllustrativeCohort.LABEL).append('\n');
    return out.toString();
  }

  /** The cohort's HTML page: the London cohort scored under {@link Lvsc2006#policy()}. */
  public static String html() {
    return html(TableFiles.london());
  }

  /** The HTML page of {@code london}'s agreements scored under {@link Lvsc2006#policy()}. */
  public static String html(Dataset london) {
    return Lvsc2006.policy().scoreCohort(london.agreements()).toHtml();
  }

  /**
   * Where {@link #main} writes the HTML page: {@code london-report.html} in the directory named by
   * the system property {@value #OUTPUT_PROPERTY} (the run profile sets it to the module's {@code
   * target}), or else in {@code target} under the working directory.
   */
  public static Path htmlPath() {
    return Path.of(System.getProperty(OUTPUT_PROPERTY, "target"), "london-report.html");
  }

  /**
   * Writes the cohort's CSV tables into {@code folder}: {@code league-table.csv}, {@code
   * findings.csv} and {@code mapping-matrix.csv} (R4), as UTF-8.
   *
   * @throws IOException if a file cannot be written
   */
  public static void writeCsv(Dataset london, Path folder) throws IOException {
    CohortScorecard cohort = Lvsc2006.policy().scoreCohort(london.agreements());
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("league-table.csv"), cohort.leagueTableCsv(), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("findings.csv"), cohort.findingsCsv(), StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("mapping-matrix.csv"),
        cohort.viewCsv(InvolvementRule.MAPPING).orElseThrow(),
        StandardCharsets.UTF_8);
  }

  /**
   * Prints the report, writes the cohort's HTML page to {@link #htmlPath()} and its CSV tables
   * beside it (in {@code london-csv}), and prints where they are.
   *
   * @param args ignored
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    System.out.print(render());
    Path page = htmlPath().toAbsolutePath();
    Files.createDirectories(page.getParent());
    Files.writeString(page, html(), StandardCharsets.UTF_8);
    Path csv = page.resolveSibling("london-csv");
    writeCsv(TableFiles.london(), csv);
    System.out.println();
    System.out.println("HTML report: " + page);
    System.out.println("CSV tables:  " + csv);
  }
}
