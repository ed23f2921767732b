package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.HUGE;
import static io.github.laa.scoring.Fixtures.Y2006;
import static io.github.laa.scoring.Fixtures.Y2007;
import static io.github.laa.scoring.Fixtures.grown;
import static io.github.laa.scoring.testing.LaaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.lvsc.PerformanceCapacityRule;
import io.github.laa.scoring.lvsc.SmallGrantsRule;
import org.junit.jupiter.api.Test;

/**
 * Regression (found by the differential oracle's wide generator): a percentage is a {@code long}
 * number of basis points, so {@code Percentage.ratio} throws for a ratio above about 9 ×
 * 10<sup>14</sup> %. Scoring a valid agreement whose money grew that much — a penny in one place,
 * £23 million million in another — threw {@link ArithmeticException} from R3a's change %, R3b's
 * budget share and R5's support share, and rendering threw from a stream's {@link Change}. Such a
 * percentage is now left out of the evidence (the amounts it comes from are still there); nothing
 * throws.
 */
class ExtremeAmountsTest {
  @Test
  void scoringAgreementsWhoseMoneyGrowsBeyondAnyPercentageDoesNotThrow() {
    Policy policy =
        Lvsc2006.policy()
            .reform("budget share")
            .set(SmallGrantsRule.MIN_BUDGET_SHARE, Percentage.of(1))
            .build();
    Scorecard card = policy.score(grown());

    Finding loss = card.finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();
    // 2006/07: 1p → HUGE + 1p, a rise of 2.3 × 10^20 %: no percentage; 2007/08: 1p → 1p, 0%.
    assertThat(loss)
        .hasVerdict(Verdict.FAIL)
        .hasEvidence(NetResourceLossRule.CHANGE_PERCENT, Y2007, Percentage.ZERO);
    assertThat(loss.entry(NetResourceLossRule.CHANGE_PERCENT, Y2006)).isEmpty();
    assertThat(loss.get(NetResourceLossRule.CHANGE, Y2006))
        .isEqualTo(HUGE.plus(Money.ofPence(1)).minus(Money.ofPence(1)));

    Finding performance = card.finding(Lvsc2006.PERFORMANCE_CAPACITY).orElseThrow();
    // Support of HUGE on 1p of delivery is far above 1%: a pass, the share left out.
    assertThat(performance)
        .hasVerdict(Verdict.PASS)
        .hasEvidence(PerformanceCapacityRule.SUPPORT, Y2006, HUGE);
    assertThat(performance.entry(PerformanceCapacityRule.SHARE, Y2006)).isEmpty();

    Finding grants = card.finding(Lvsc2006.SMALL_GRANTS).orElseThrow();
    // 2007/08's budget is HUGE against 1p of VCS money; 2006/07 has no budget (a warning, not a
    // share).
    assertThat(grants.entry(SmallGrantsRule.BUDGET_SHARE, Y2007)).isEmpty();
    assertThat(grants).hasVerdict(Verdict.WARN).hasEvidence(SmallGrantsRule.BUDGET, Y2007, HUGE);

    assertThat(card.toText()).contains("Rating:    RED");
  }

  @Test
  void aStreamWhoseMoneyGrowsBeyondAnyPercentageRendersWithoutOne() {
    // Comparing the mean: NRF's 1p baseline against (HUGE + 1p + 0 + 0 … ) — HUGE + 2p over three
    // years is 2,305,843,009,213,693,953p ÷ 3 = 768,614,336,404,564,651p exactly.
    Policy mean =
        Lvsc2006.policy()
            .reform("mean")
            .set(NetResourceLossRule.COMPARISON, NetResourceLossRule.Comparison.MEAN_OF_YEARS)
            .build();
    Scorecard card = mean.score(grown());
    Change nrf =
        card.finding(Lvsc2006.NET_RESOURCE_LOSS)
            .orElseThrow()
            .get(NetResourceLossRule.STREAM_CHANGE, "Neighbourhood Renewal Fund");
    assertThat(nrf).isEqualTo(Change.of(Money.ofPence(1), Money.ofPence(768_614_336_404_564_651L)));
    assertThat(nrf.percent()).isEmpty();
    String line =
        card.toText()
            .lines()
            .filter(l -> l.contains("change by stream [Neighbourhood Renewal Fund]"))
            .findFirst()
            .orElseThrow();
    assertThat(line).contains("£0.01").contains("£7,686,143,364,045,646.51").doesNotContain("%");
  }

  @Test
  void aChangeTooLargeForAPercentageHasNone() {
    Change c = Change.of(Money.ofPence(1), HUGE);
    assertThat(c.percent()).isEmpty();
    assertThat(c).hasToString("£0.01 → £23,058,430,092,136,939.51 (+£23,058,430,092,136,939.50)");
    // The largest rise that still fits: 92,233,720,368,547,758.07 basis points from 1p.
    assertThat(Change.of(Money.ofPence(10_000), Money.ofPence(Long.MAX_VALUE)).percent())
        .isPresent();
  }
}
