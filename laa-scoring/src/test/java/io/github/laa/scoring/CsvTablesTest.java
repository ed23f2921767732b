package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.laa.core.Area;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.internal.CsvCells;
import io.github.laa.core.testing.TestBudget;
import io.github.laa.scoring.lvsc.InvolvementRule;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.testing.LaaGenerators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The CSV tables, read back with FastCSV's reader and checked cell by cell against the scorecards
 * they came from: the league table, the findings and every view's section, over generated cohorts;
 * hostile text round-trips and is guarded against formulas; the bytes are the same every time.
 */
class CsvTablesTest {
  private static final Policy LVSC = Lvsc2006.policy();

  /** Every record of {@code csv}, as lists of fields. */
  static List<List<String>> read(String csv) {
    List<List<String>> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
      for (CsvRecord r : reader) {
        rows.add(r.getFields());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static String number(OptionalInt i) {
    return i.isPresent() ? Integer.toString(i.getAsInt()) : "";
  }

  /** The row a finding should have, worked out from the typed finding and margin. */
  private static List<String> expectedRow(Scorecard card, Finding f) {
    Severity severity = card.policy().entry(f.ruleId()).orElseThrow().severity();
    String amount = "";
    String unit = "";
    String direction = "";
    String text = "";
    if (f.margin().isPresent()) {
      Margin m = f.margin().orElseThrow();
      text = m.toString();
      direction = m.direction().map(Enum::name).orElse("");
      if (m.amount().isPresent()) {
        Margin.Amount a = m.amount().orElseThrow();
        if (a instanceof Margin.Amount.OfMoney money) {
          long p = money.money().pence();
          // Pounds and pence, by hand: 1240000p is 12400.00.
          amount =
              (p < 0 ? "-" : "")
                  + Math.abs(p / 100)
                  + "."
                  + String.format(Locale.ROOT, "%02d", Math.abs(p % 100));
          unit = "GBP";
        } else if (a instanceof Margin.Amount.OfPercentagePoints pp) {
          long bp = pp.points().basisPoints();
          amount =
              (bp < 0 ? "-" : "")
                  + Math.abs(bp / 100)
                  + "."
                  + String.format(Locale.ROOT, "%02d", Math.abs(bp % 100));
          unit = "pp";
        } else if (a instanceof Margin.Amount.OfScorePoints s) {
          amount = Integer.toString(s.points());
          unit = "points";
        } else if (a instanceof Margin.Amount.OfRungs r) {
          amount = Integer.toString(r.rungs());
          unit = "rungs";
        }
      }
    }
    return List.of(
        card.area().code(),
        card.area().name(),
        f.ruleId().value(),
        severity.name(),
        f.verdict().name(),
        f.verdict().isAssessed() ? Integer.toString(f.score()) : "",
        amount,
        unit,
        direction,
        text,
        f.missing().orElse(""));
  }

  private static List<String> unguarded(List<String> row) {
    return row.stream().map(CsvCells::unguard).toList();
  }

  @Test
  void theLeagueTableFindingsAndViewsReadBackCellByCell() {
    qt().withExamples(TestBudget.examples(150))
        .forAll(LaaGenerators.cohorts(8).mix(LaaGenerators.wideCohorts(6), 30))
        .checkAssert(
            agreements -> {
              CohortScorecard cohort = LVSC.scoreCohort(agreements);

              List<List<String>> league = read(cohort.leagueTableCsv());
              assertThat(league.get(0))
                  .containsExactly("Rank", "Quartile", "Area code", "Area name", "Rating", "Score");
              assertThat(league).hasSize(cohort.leagueTable().size() + 1);
              for (int i = 0; i < cohort.leagueTable().size(); i++) {
                LeagueEntry e = cohort.leagueTable().get(i);
                assertThat(unguarded(league.get(i + 1)))
                    .containsExactly(
                        number(e.rank()),
                        number(e.quartile()),
                        e.area().code(),
                        e.area().name(),
                        e.rag().name(),
                        number(e.score()));
              }

              List<List<String>> findings = read(cohort.findingsCsv());
              assertThat(findings.get(0))
                  .containsExactly(
                      "Area code",
                      "Area name",
                      "Rule",
                      "Severity",
                      "Verdict",
                      "Score",
                      "Margin amount",
                      "Margin unit",
                      "Margin direction",
                      "Margin",
                      "Missing fact");
              int row = 1;
              for (Scorecard card : cohort.scorecards()) {
                List<List<String>> own = read(card.findingsCsv());
                assertThat(own.get(0)).isEqualTo(findings.get(0));
                assertThat(own).hasSize(card.findings().size() + 1);
                for (int i = 0; i < card.findings().size(); i++) {
                  List<String> expected = expectedRow(card, card.findings().get(i));
                  assertThat(unguarded(findings.get(row))).isEqualTo(expected);
                  assertThat(unguarded(own.get(i + 1))).isEqualTo(expected);
                  row++;
                }
              }
              assertThat(findings).hasSize(row);

              for (int v = 0; v < cohort.views().size(); v++) {
                Section s = cohort.sections().get(v);
                List<List<String>> table =
                    read(cohort.viewCsv(cohort.views().get(v)).orElseThrow());
                if (s.columns().isEmpty()) {
                  assertThat(table.get(0)).containsExactly("Line");
                  assertThat(table.subList(1, table.size()))
                      .isEqualTo(s.lines().stream().map(List::of).toList());
                } else {
                  assertThat(table.get(0))
                      .isEqualTo(s.columns().stream().map(Section.Column::header).toList());
                  assertThat(table.subList(1, table.size()).stream().map(r -> unguarded(r)))
                      .isEqualTo(s.rows());
                }
              }
            });
  }

  @Test
  void aHandCheckedCohortWritesTheseCells() {
    CohortScorecard cohort = LVSC.scoreCohort(Fixtures.fiveAreas());
    String findings = cohort.findingsCsv();
    // Barnet (E09000003) comes first by code; its net loss finding fails by a money margin.
    Scorecard barnet = cohort.scorecards().get(0);
    Finding loss = barnet.finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();
    assertThat(findings)
        .startsWith(
            "Area code,Area name,Rule,Severity,Verdict,Score,Margin amount,Margin unit,"
                + "Margin direction,Margin,Missing fact\r\n")
        // By hand: every area's 2007/08 falls £10,000 short of its baseline (CohortReportTest);
        // the margin's sentence holds commas, so it is quoted.
        .contains(
            "E09000003,Barnet,NET_RESOURCE_LOSS,MUST,FAIL,0,10000.00,GBP,MUST_RISE,\"VCS resources"
                + " in 2007/08 must rise by £10,000.00 to avoid a net loss that year (other years"
                + " fall short too)\",\r\n")
        .contains(
            "E09000003,Barnet,VCS_INVOLVEMENT,SHOULD,FAIL,20,2,rungs,MUST_RISE,Strategic"
                + " involvement must rise by 2 rungs to reach INVOLVED,\r\n")
        .contains(
            "E09000003,Barnet,SMALL_GRANTS,MUST,FAIL,0,,,,The agreement needs a small grants"
                + " programme that is part of its capacity building,\r\n");
    assertThat(loss.margin().orElseThrow().money())
        .hasValue(io.github.laa.core.Money.parse("£10k"));
    // The R4 mapping matrix is the MAPPING view's section, written generically.
    List<List<String>> matrix = read(cohort.viewCsv(InvolvementRule.MAPPING).orElseThrow());
    assertThat(matrix.get(0)).startsWith("Area", "strategic");
    assertThat(matrix).hasSize(6);
    assertThat(matrix.get(1).get(0)).isEqualTo("Barnet");
    // A view the policy does not have gives nothing.
    CohortView<String> other = CohortView.of("other", c -> "x", x -> Section.builder("x").build());
    assertThat(cohort.viewCsv(other)).isEmpty();
  }

  /** A rule whose margin and missing fact carry hostile text, and a view of hostile cells. */
  private static final class Hostile implements Rule {
    static final String TEXT = "=HYPERLINK(\"http://evil.example\",\"click\"), \"quoted\"\r\nnext";
    static final CohortView<String> VIEW =
        CohortView.of(
            "Hostile view",
            c -> "x",
            x ->
                Section.builder("Hostile view")
                    .column("=Area")
                    .rightColumn("Amount")
                    .column("Note")
                    .row("=1+1", "-12.50", "-")
                    .row("@SUM(A1:A9)", "+44", "'=already")
                    .row("plain, \"quoted\"", "12400.00", "-x")
                    .build());

    @Override
    public RuleId id() {
      return RuleId.of("HOSTILE");
    }

    @Override
    public String title() {
      return "Hostile";
    }

    @Override
    public Citation citation() {
      return Citation.of("Test", "hostile text");
    }

    @Override
    public com.google.common.collect.ImmutableList<CohortView<?>> cohortViews() {
      return com.google.common.collect.ImmutableList.of(VIEW);
    }

    @Override
    public Finding evaluate(RuleInput in) {
      return in.finding().notAssessed(TEXT);
    }
  }

  @Test
  void hostileTextRoundTripsAsTextAndIsGuardedAgainstFormulas() {
    String name = "=HYPERLINK(\"http://evil.example\",\"click\"), \"Camden\"";
    LocalAreaAgreement laa =
        Fixtures.camden()
            .build()
            .withArea(Area.of("E09000007", name, Fixtures.camden().build().area().kind()));
    Policy policy = Policy.builder("Hostile", LocalDate.of(2026, 1, 1)).rule(new Hostile()).build();
    CohortScorecard cohort = policy.scoreCohort(List.of(laa));

    List<List<String>> league = read(cohort.leagueTableCsv());
    assertThat(league.get(1)).containsExactly("", "", "E09000007", "'" + name, "AMBER", "");
    List<List<String>> findings = read(cohort.findingsCsv());
    assertThat(findings.get(1).get(1)).isEqualTo("'" + name);
    // Not assessed: no score, no margin.
    assertThat(findings.get(1).subList(2, 10))
        .containsExactly("HOSTILE", "SHOULD", "NOT_ASSESSED", "", "", "", "", "");
    // The finding gives its missing fact on one line (its line break escaped as in every
    // report); the CSV holds exactly that, quoted and guarded.
    String missing = cohort.scorecards().get(0).findings().get(0).missing().orElseThrow();
    assertThat(missing).isEqualTo(Hostile.TEXT.replace("\r\n", "\\u000d\\u000a"));
    assertThat(findings.get(1).get(10)).isEqualTo("'" + missing);
    assertThat(unguarded(findings.get(1)).get(10)).isEqualTo(missing);
    assertThat(findings).hasSize(2);

    List<List<String>> view = read(cohort.viewCsv(Hostile.VIEW).orElseThrow());
    assertThat(view)
        .containsExactly(
            List.of("'=Area", "Amount", "Note"),
            List.of("'=1+1", "-12.50", "-"),
            List.of("'@SUM(A1:A9)", "'+44", "''=already"),
            List.of("plain, \"quoted\"", "12400.00", "'-x"));
    assertThat(view.stream().map(CsvTablesTest::unguarded).toList().get(2))
        .containsExactly("@SUM(A1:A9)", "+44", "'=already");
    // No record of the raw text starts with a formula character outside quotes.
    for (String csv : List.of(cohort.leagueTableCsv(), cohort.findingsCsv())) {
      assertThat(csv.split("\r\n"))
          .noneMatch(l -> !l.isEmpty() && "=+-@".indexOf(l.charAt(0)) >= 0);
      assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\"), \"\"");
    }
  }

  @Test
  void theBytesAreTheSameEveryTimeAndUnderAnyDefaultLocaleWithCrlfLineEnds() {
    List<LocalAreaAgreement> agreements = Fixtures.fiveAreas();
    CohortScorecard cohort = LVSC.scoreCohort(agreements);
    String league = cohort.leagueTableCsv();
    String findings = cohort.findingsCsv();
    String matrix = cohort.viewCsv(InvolvementRule.MAPPING).orElseThrow();
    Locale saved = Locale.getDefault();
    try {
      for (Locale l : new Locale[] {Locale.GERMANY, Locale.forLanguageTag("ar-EG")}) {
        Locale.setDefault(l);
        List<LocalAreaAgreement> reversed = new ArrayList<>(agreements);
        Collections.reverse(reversed);
        CohortScorecard again = LVSC.scoreCohort(reversed);
        assertThat(again.leagueTableCsv()).isEqualTo(league);
        assertThat(again.findingsCsv()).isEqualTo(findings);
        assertThat(again.viewCsv(InvolvementRule.MAPPING).orElseThrow()).isEqualTo(matrix);
      }
    } finally {
      Locale.setDefault(saved);
    }
    for (String csv : List.of(league, findings, matrix)) {
      assertThat(csv).endsWith("\r\n").doesNotContainPattern("[^\r]\n");
    }
  }
}
