package io.github.laa.scoring.lvsc;

import static io.github.laa.scoring.Agreements.Y2006;
import static io.github.laa.scoring.Agreements.Y2007;
import static io.github.laa.scoring.Agreements.camden;
import static io.github.laa.scoring.Agreements.money;
import static io.github.laa.scoring.testing.LaaAssertions.assertThat;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Purpose;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Verdict;
import org.junit.jupiter.api.Test;

/** Worked examples of R5: NRF is in the agreement, the council budget is not. */
class PerformanceCapacityRuleTest {
  private static Finding score(LocalAreaAgreement laa) {
    return Lvsc2006.policy().score(laa).finding(Lvsc2006.PERFORMANCE_CAPACITY).orElseThrow();
  }

  private static LocalAreaAgreement delivery(String support2006, String support2007) {
    LocalAreaAgreement.Builder b =
        camden()
            .addAllocation(money("cvs", "nrf", Y2006, "£100k"))
            .addAllocation(money("cvs", "nrf", Y2007, "£100k"));
    if (!support2006.isEmpty()) {
      b.addAllocation(
          money("cvs", "council", Y2006, support2006).withPurpose(Purpose.PERFORMANCE_SUPPORT));
    }
    if (!support2007.isEmpty()) {
      b.addAllocation(
          money("cvs", "council", Y2007, support2007).withPurpose(Purpose.PERFORMANCE_SUPPORT));
    }
    return b.build();
  }

  @Test
  void passesWithAtLeastOnePercentInEveryDeliveryYear() {
    // £1,000 of £100,000 = exactly 1% in both years; 2008/09 has no delivery and needs nothing.
    assertThat(score(delivery("£1,000", "£1,000")))
        .hasVerdict(Verdict.PASS)
        .hasScore(100)
        .hasEvidence(PerformanceCapacityRule.DELIVERY, Y2006, Money.parse("£100k"))
        .hasEvidence(PerformanceCapacityRule.SHARE, Y2007, Percentage.of(1));
  }

  @Test
  void warnsBelowTheMinimumShare() {
    // 2007/08: £500 of £100,000 = 0.5%. Score 40 + 29 × 0.5 / 1 = 54.5 → 54 (whole points, down).
    // Margin: 1% of £100,000 = £1,000, less £500.
    assertThat(score(delivery("£1,000", "£500")))
        .hasVerdict(Verdict.WARN)
        .hasScore(54)
        .hasMargin(
            "Performance support in 2007/08 must rise by £500.00 to reach the minimum share of delivery money");
  }

  @Test
  void failsInAYearWithDeliveryButNoSupport() {
    // Funded in 1 of 2 delivery years: 39 × 1 / 2 = 19.5 → 19.
    assertThat(score(delivery("£1,000", "")))
        .hasVerdict(Verdict.FAIL)
        .hasScore(19)
        .hasMargin(
            "Performance support in 2007/08 must rise by £1,000.00 to reach the minimum share of delivery money");
  }

  @Test
  void onlyDeliveryTowardsLaaOutcomesCounts() {
    // Council-budget delivery, not tied to an outcome, is outside the LAA: nothing is required.
    LocalAreaAgreement outside =
        camden().addAllocation(money("cvs", "council", Y2006, "£100k")).build();
    assertThat(score(outside)).hasVerdict(Verdict.PASS).hasScore(100);
  }
}
