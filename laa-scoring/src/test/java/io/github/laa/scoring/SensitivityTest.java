package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.yearly;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.Areas;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class SensitivityTest {
  // Camden loses £3,410 of £100,000 (3.41%) in its worst year, Hackney £10,000 (10.00%); listed
  // Hackney first, shown by area code (Camden E09000007 before Hackney E09000012).
  private static final List<LocalAreaAgreement> COHORT =
      List.of(
          yearly("£100k", "£90k", "£100k", "£100k").withArea(Areas.byName("Hackney").orElseThrow()),
          yearly("£100k", "£100k", "£96,590", "£98k"));

  private static final TippingPoints.RuleParameter TOLERANCE =
      new TippingPoints.RuleParameter(Lvsc2006.NET_RESOURCE_LOSS, NetResourceLossRule.TOLERANCE);

  @Test
  void eachAreaTipsAtItsWorstYearsLoss() {
    Sensitivity s = Fixtures.HEADLINE.sensitivity(COHORT);

    assertThat(s.areas()).extracting(t -> t.area().name()).containsExactly("Camden", "Hackney");
    assertThat(s.columns()).contains(TOLERANCE);
    assertThat(Sensitivity.cell(s.areas().get(0), TOLERANCE)).isEqualTo("≥ 3.41%: FAIL→WARN");
    assertThat(Sensitivity.cell(s.areas().get(1), TOLERANCE)).isEqualTo("≥ 10.00%: FAIL→WARN");
    // Two baseline years: 2004/05 has no money, so neither loss can be assessed.
    TippingPoints.RuleParameter years =
        new TippingPoints.RuleParameter(Lvsc2006.NET_RESOURCE_LOSS, Policy.BASELINE_YEARS);
    assertThat(Sensitivity.cell(s.areas().get(0), years)).isEqualTo("≥ 2: FAIL→NOT_ASSESSED");
  }

  @Test
  void theTableRendersAsTextMarkdownAndCsv() {
    Sensitivity s = Fixtures.HEADLINE.sensitivity(COHORT);

    assertThat(s.toText())
        .startsWith("Sensitivity to the parameters of " + Fixtures.HEADLINE.name() + "\n")
        .contains("Camden")
        .contains("≥ 3.41%: FAIL→WARN")
        .contains("NET_RESOURCE_LOSS.tolerance (0.00%)");
    assertThat(s.toMarkdown())
        .contains("| Camden ")
        .contains("| ≥ 10.00%: FAIL→WARN ")
        .contains("~ found by bisection");
    assertThat(s.toCsv())
        .startsWith(
            "Area,POLICY.baselineYears in NET_RESOURCE_LOSS (1),NET_RESOURCE_LOSS.tolerance (0.00%)")
        .contains("\r\nCamden,≥ 2: FAIL→NOT_ASSESSED,≥ 3.41%: FAIL→WARN\r\n");
  }
}
