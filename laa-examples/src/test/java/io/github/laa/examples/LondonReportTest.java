package io.github.laa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.scoring.CohortScorecard;
import io.github.laa.scoring.lvsc.InvolvementRule;
import io.github.laa.scoring.lvsc.Lvsc2006;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The main example prints the figures the README promises. */
class LondonReportTest {
  @Test
  void printsTheLeagueTableScorecardsMatrixCorrelationsAndReform() throws IOException {
    String printed = run();
    // The report, then a blank line and where the HTML page and the CSV tables were written.
    Path page = LondonReport.htmlPath().toAbsolutePath();
    String pageLine =
        "\nHTML report: " + page + "\nCSV tables:  " + page.resolveSibling("london-csv") + "\n";
    assertThat(printed).endsWith(pageLine);
    String out = printed.substring(0, printed.length() - pageLine.length());
    assertThat(out).isEqualTo(LondonReport.render());
    assertThat(out)
        .startsWith(IllustrativeCohort.LABEL)
        .endsWith(IllustrativeCohort.LABEL + "\n")
        .contains("Cohort: 10 areas under LVSC 2006 (2006-03-08)")
        .contains("   1         1  Camden                  E09000007     96  GREEN")
        .contains("   1         1  Hammersmith and Fulham  E09000013     96  GREEN")
        .contains("Commissioning benchmark (R6)")
        .contains("  infrastructure rating vs involvement ladder score: ρ = 0.348 (n = 9)")
        .contains("Hackney                    1        £20,000.00         1  FAIL")
        .contains("Involvement mapping (R4)")
        .contains("Enfield                 consulted  consulted   partner")
        .contains("Scorecard: Greenwich (E09000011)")
        .contains("Reform: LVSC 2006, real terms")
        .contains(
            "Cohort diff: LVSC 2006 (2006-03-08) → LVSC 2006, real terms (2006-03-08), 10 areas, 6 flips")
        .contains("Hammersmith and Fulham  NET_RESOURCE_LOSS  PASS    FAIL                   -61")
        .contains("Ealing                  NET_RESOURCE_LOSS  PASS    NOT_ASSESSED           n/a")
        .contains("Sensitivity to the parameters of LVSC 2006")
        // Greenwich's worst year loses 12.46% of its baseline (rounded up to the basis point).
        .contains("Greenwich               ≥ 12.46%: FAIL→WARN")
        .contains("Haringey                ≥ 1.98%: FAIL→WARN");
    // Every borough's scorecard is printed once.
    for (String name : IllustrativeCohort.names()) {
      assertThat(out).containsOnlyOnce("Scorecard: " + name + " (");
    }
  }

  @Test
  void theReportIsTheSameEveryTime() {
    assertThat(LondonReport.render()).isEqualTo(LondonReport.render());
  }

  @Test
  void writesTheCohortsHtmlPageUnderTarget() throws IOException {
    var unused = run();
    Path page = LondonReport.htmlPath();
    assertThat(page).isEqualTo(Path.of("target", "london-report.html"));
    assertThat(Files.readString(page, StandardCharsets.UTF_8)).isEqualTo(LondonReport.html());
  }

  @Test
  void writesTheCohortsCsvTablesBesideThePage() throws IOException {
    String out = run();
    Path folder = Path.of("target", "london-csv");
    assertThat(out).contains("CSV tables:  " + folder.toAbsolutePath());
    CohortScorecard cohort = Lvsc2006.policy().scoreCohort(TableFiles.london().agreements());
    assertThat(Files.readString(folder.resolve("league-table.csv"), StandardCharsets.UTF_8))
        .isEqualTo(cohort.leagueTableCsv())
        .startsWith("Rank,Quartile,Area code,Area name,Rating,Score\r\n");
    assertThat(Files.readString(folder.resolve("findings.csv"), StandardCharsets.UTF_8))
        .isEqualTo(cohort.findingsCsv());
    assertThat(Files.readString(folder.resolve("mapping-matrix.csv"), StandardCharsets.UTF_8))
        .isEqualTo(cohort.viewCsv(InvolvementRule.MAPPING).orElseThrow())
        .startsWith("Area,strategic,");
  }

  static String run() throws IOException {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      LondonReport.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
