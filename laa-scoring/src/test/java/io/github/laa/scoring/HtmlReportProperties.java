package io.github.laa.scoring;

import static io.github.laa.scoring.HtmlReportTest.assertChartsAccessible;
import static io.github.laa.scoring.HtmlReportTest.assertSelfContained;
import static io.github.laa.scoring.HtmlReportTest.chartTable;
import static io.github.laa.scoring.HtmlReportTest.parse;
import static io.github.laa.scoring.HtmlReportTest.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.laa.core.Allocation;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.testing.TestBudget;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.testing.LaaGenerators;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Laws of the HTML pages over generated cohorts (wide ones too: many streams, bodies and
 * allocations): every page is well-formed, self-contained, its charts accessible, and each area's
 * money chart totals what the agreement allocated in each charted year.
 */
class HtmlReportProperties {
  @Test
  void everyCohortPageIsWellFormedAndItsMoneyChartsTotalTheAllocations() {
    qt().withExamples(TestBudget.examples(60))
        .forAll(LaaGenerators.cohorts(4))
        .checkAssert(HtmlReportProperties::check);
    qt().withExamples(TestBudget.examples(20))
        .forAll(LaaGenerators.wideCohorts(3))
        .checkAssert(HtmlReportProperties::check);
  }

  private static void check(List<LocalAreaAgreement> agreements) {
    CohortScorecard cohort = Lvsc2006.policy().scoreCohort(agreements);
    String html = cohort.toHtml();
    try {
      assertSelfContained(html);
      Document page = parse(html);
      int sectionCharts = 0;
      for (Section s : cohort.sections()) {
        sectionCharts += s.charts().size();
      }
      assertThat(assertChartsAccessible(page))
          .isEqualTo(1 + sectionCharts + cohort.scorecards().size());
      for (Scorecard card : cohort.scorecards()) {
        LocalAreaAgreement laa = card.agreement();
        List<FinancialYear> years =
            FinancialYear.rangeClosed(laa.firstYear().previous(), laa.lastYear());
        List<String> expected = new ArrayList<>();
        for (FinancialYear y : years) {
          long total = 0;
          for (Allocation a : laa.allocations()) {
            total += a.year().equals(y) ? a.amount().pence() : 0;
          }
          expected.add(Money.ofPence(total).toString());
        }
        String title =
            "VCS money by financial year, "
                + laa.area().name()
                + " ("
                + years.get(0)
                + " to "
                + laa.lastYear()
                + ")";
        List<String> totals = new ArrayList<>();
        for (List<String> row : rows(chartTable(page, title))) {
          totals.add(row.get(row.size() - 1));
        }
        // One row per year, then the baseline (the one-year baseline is that year's total).
        expected.add(expected.get(0));
        assertThat(totals).isEqualTo(expected);
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
