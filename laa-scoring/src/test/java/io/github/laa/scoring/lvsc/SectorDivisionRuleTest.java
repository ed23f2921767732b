package io.github.laa.scoring.lvsc;

import static io.github.laa.scoring.Agreements.Y2005;
import static io.github.laa.scoring.Agreements.Y2006;
import static io.github.laa.scoring.Agreements.Y2007;
import static io.github.laa.scoring.Agreements.Y2008;
import static io.github.laa.scoring.Agreements.camden;
import static io.github.laa.scoring.Agreements.money;
import static io.github.laa.scoring.testing.LaaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of R2. Bodies: the youth club (micro, community-based), the CVS (medium) and Big
 * Trust (large).
 */
class SectorDivisionRuleTest {
  private static final Policy LVSC = Lvsc2006.policy();

  private static Finding score(Policy p, LocalAreaAgreement laa) {
    return p.score(laa).finding(Lvsc2006.SECTOR_DIVISION).orElseThrow();
  }

  /**
   * Baseline 2005/06: club £20k, CVS £60k, trust £20k (£100k; micro share 20%). Agreement: the same
   * in 2006/07 and 2007/08, then club £10k, CVS £60k, trust £30k in 2008/09: club £50k, CVS £180k,
   * trust £70k of £300k (micro share 16.67%).
   */
  private static LocalAreaAgreement squeezed() {
    return camden()
        .addAllocation(money("club", "nrf", Y2005, "£20k"))
        .addAllocation(money("cvs", "nrf", Y2005, "£60k"))
        .addAllocation(money("trust", "nrf", Y2005, "£20k"))
        .addAllocation(money("club", "nrf", Y2006, "£20k"))
        .addAllocation(money("cvs", "nrf", Y2006, "£60k"))
        .addAllocation(money("trust", "nrf", Y2006, "£20k"))
        .addAllocation(money("club", "nrf", Y2007, "£20k"))
        .addAllocation(money("cvs", "nrf", Y2007, "£60k"))
        .addAllocation(money("trust", "nrf", Y2007, "£20k"))
        .addAllocation(money("club", "nrf", Y2008, "£10k"))
        .addAllocation(money("cvs", "nrf", Y2008, "£60k"))
        .addAllocation(money("trust", "nrf", Y2008, "£30k"))
        .build();
  }

  @Test
  void failsWhenTheShareToMicroAndSmallBodiesFalls() {
    Finding f = score(LVSC, squeezed());
    assertThat(f)
        .hasVerdict(Verdict.FAIL)
        // 100 − 5 × 3.33 points = 84, moved into the FAIL band.
        .hasScore(39)
        .hasEvidence(
            SectorDivisionRule.BASELINE_SHARE,
            SectorDivisionRule.MICRO_AND_SMALL,
            Percentage.of(20))
        .hasEvidence(
            SectorDivisionRule.AGREEMENT_SHARE,
            SectorDivisionRule.MICRO_AND_SMALL,
            Percentage.parse("16.67%"))
        .hasEvidence(SectorDivisionRule.BASELINE_SHARE, "large", Percentage.of(20))
        .hasEvidence(SectorDivisionRule.AGREEMENT_SHARE, "large", Percentage.parse("23.33%"))
        .hasEvidence(SectorDivisionRule.MICRO_SMALL_CHANGE, Percentage.parse("-3.33%"))
        // x with (50,000 + x) / (300,000 + x) = 20%: x = (60,000 − 50,000) / 0.8 = £12,500.
        .hasMargin(
            "Money to micro and small bodies over the agreement must rise by £12,500.00 to keep the baseline share");
    // The club is also the only community-based body: its share falls the same way.
    assertThat(f.entry(SectorDivisionRule.COMMUNITY_CHANGE).orElseThrow().check())
        .contains(Verdict.FAIL);
  }

  @Test
  void withinTheToleranceAConcentratedCohortOnlyWarns() {
    // A 3.34-point tolerance covers the 3.33-point fall; the CVS took £180k of £300k = 60% > 50%.
    Policy tolerant =
        LVSC.reform("tolerant")
            .set(SectorDivisionRule.TOLERANCE, Percentage.parse("3.34%"))
            .build();
    Finding f = score(tolerant, squeezed());
    assertThat(f)
        .hasVerdict(Verdict.WARN)
        .hasScore(69) // 100 − 10 points over the limit = 90, moved into the WARN band
        .hasEvidence(SectorDivisionRule.LARGEST_SHARE, "Camden CVS", Percentage.of(60))
        .hasMargin(
            "The largest recipient's share must fall by 10.00 percentage points to reach the concentration limit");
    // A 60% limit is not exceeded by exactly 60%.
    Policy sixty =
        tolerant
            .reform("sixty")
            .set(SectorDivisionRule.CONCENTRATION_LIMIT, Percentage.of(60))
            .build();
    assertThat(score(sixty, squeezed())).hasVerdict(Verdict.PASS).hasScore(100);
  }

  /**
   * Regression (found by review): the change in the share was the difference of the two shares
   * rounded to basis points, so a fall of less than half a basis point failed while the evidence
   * showed a change of 0.00 points. Baseline: club £1.00 of £3.00 (33.3333…%); 2006/07: club
   * £3,333.25 of £10,000 (33.3325%). The exact fall is 0.000833… points, beyond the 0-point
   * tolerance, which rounds to 0.00: the evidence now shows the least fall beyond the tolerance,
   * −0.01 points.
   */
  @Test
  void aFallOfLessThanHalfABasisPointFailsAndShowsAsOneBasisPoint() {
    LocalAreaAgreement laa =
        camden()
            .addAllocation(money("club", "nrf", Y2005, "£1.00"))
            .addAllocation(money("cvs", "nrf", Y2005, "£2.00"))
            .addAllocation(money("club", "nrf", Y2006, "£3,333.25"))
            .addAllocation(money("cvs", "nrf", Y2006, "£6,666.75"))
            .build();
    Finding f = score(LVSC, laa);
    assertThat(f)
        .hasVerdict(Verdict.FAIL)
        .hasEvidence(
            SectorDivisionRule.BASELINE_SHARE,
            SectorDivisionRule.MICRO_AND_SMALL,
            Percentage.parse("33.33%"))
        .hasEvidence(
            SectorDivisionRule.AGREEMENT_SHARE,
            SectorDivisionRule.MICRO_AND_SMALL,
            Percentage.parse("33.33%"))
        .hasEvidence(SectorDivisionRule.MICRO_SMALL_CHANGE, Percentage.parse("-0.01%"))
        .hasEvidence(SectorDivisionRule.COMMUNITY_CHANGE, Percentage.parse("-0.01%"));
    // A rise of less than half a basis point is a rise, shown half-even as 0.00 points.
    LocalAreaAgreement rise =
        camden()
            .addAllocation(money("club", "nrf", Y2005, "£1.00"))
            .addAllocation(money("cvs", "nrf", Y2005, "£2.00"))
            .addAllocation(money("club", "nrf", Y2006, "£3,333.34"))
            .addAllocation(money("cvs", "nrf", Y2006, "£6,666.66"))
            .build();
    assertThat(score(LVSC, rise).entry(SectorDivisionRule.MICRO_SMALL_CHANGE).orElseThrow().check())
        .contains(Verdict.PASS);
    assertThat(score(LVSC, rise))
        .hasEvidence(SectorDivisionRule.MICRO_SMALL_CHANGE, Percentage.parse("0.00%"));
  }

  /**
   * Regression (found by the differential oracle): the concentration margin was the excess rounded
   * to the nearest basis point, which can fall short of the limit. In 2005/06 (the baseline) and in
   * 2006/07 the CVS gets 5p and the club 1p, so no share falls; in 2006/07 to 2008/09 the CVS takes
   * 5/6 = 83.333…% of 6p, 33.333… points over the 50% limit. Falling by 33.33 points leaves
   * 50.003…% — still over — so the margin must be rounded up: 33.34%.
   */
  @Test
  void theConcentrationMarginIsRoundedUpSoThatFallingByItReachesTheLimit() {
    LocalAreaAgreement laa =
        camden()
            .addAllocation(money("cvs", "nrf", Y2005, "£0.05"))
            .addAllocation(money("club", "nrf", Y2005, "£0.01"))
            .addAllocation(money("cvs", "nrf", Y2006, "£0.05"))
            .addAllocation(money("club", "nrf", Y2006, "£0.01"))
            .build();
    Finding f = score(LVSC, laa);
    assertThat(f)
        .hasVerdict(Verdict.WARN)
        .hasEvidence(SectorDivisionRule.LARGEST_SHARE, "Camden CVS", Percentage.parse("83.33%"))
        .hasMargin(
            "The largest recipient's share must fall by 33.34 percentage points to reach the concentration limit");
  }

  @Test
  void needsMoneyInBothPeriods() {
    assertThat(score(LVSC, camden().addAllocation(money("cvs", "nrf", Y2006, "£1")).build()))
        .isNotAssessedFor("VCS money in the baseline");
    assertThat(score(LVSC, camden().addAllocation(money("cvs", "nrf", Y2005, "£1")).build()))
        .isNotAssessedFor("VCS money in the agreement years");
  }
}
