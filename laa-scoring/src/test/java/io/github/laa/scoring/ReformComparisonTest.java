package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.ReformComparison.Outcome;
import io.github.laa.scoring.ReformComparison.RuleComparison;
import io.github.laa.scoring.lvsc.InfrastructureRule;
import io.github.laa.scoring.lvsc.InvolvementRule;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.lvsc.SmallGrantsRule;
import org.junit.jupiter.api.Test;

class ReformComparisonTest {
  private static final Policy LVSC = Lvsc2006.policy();

  private static Policy tolerance(int percent) {
    return LVSC.reform("tolerance " + percent + "%")
        .set(NetResourceLossRule.TOLERANCE, Percentage.of(percent))
        .build();
  }

  private static Finding nrl(Policy p, LocalAreaAgreement a) {
    return p.score(a).finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();
  }

  @Test
  void aLargerToleranceIsLessStrictWithALossBetweenTheTwoAsCounterexample() {
    RuleComparison c =
        tolerance(10)
            .compareStrictness(tolerance(5))
            .rule(Lvsc2006.NET_RESOURCE_LOSS)
            .orElseThrow();

    assertThat(c.outcome()).isEqualTo(Outcome.LESS_STRICT);
    assertThat(c.differences()).hasSize(1);
    assertThat(c.differences().get(0).parameter()).isSameAs(NetResourceLossRule.TOLERANCE);
    assertThat(c.differences().get(0).effect()).isEqualTo(ReformComparison.Effect.LESS_STRICT);
    assertThat(c.reason())
        .startsWith(
            "NET_RESOURCE_LOSS.tolerance 10.00% vs 5.00% (less strict, stricter when lowered)");
    // Baseline £100,000 (2005/06), then £92,500 each year: a loss of 7.5%, within 10% but not 5%.
    LocalAreaAgreement cx = c.counterexample().orElseThrow();
    Finding here = nrl(tolerance(10), cx);
    assertThat(here.get(NetResourceLossRule.BASELINE)).isEqualTo(Money.parse("£100k"));
    assertThat(here.get(NetResourceLossRule.TOTAL, Fixtures.Y2007))
        .isEqualTo(Money.parse("£92,500"));
    assertThat(c.verdictHere()).contains(Verdict.WARN);
    assertThat(c.verdictThere()).contains(Verdict.FAIL);
    assertThat(nrl(tolerance(5), cx).verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void aSmallerToleranceIsAtLeastAsStrict() {
    ReformComparison c = tolerance(5).compareStrictness(tolerance(10));

    assertThat(c.rule(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow().outcome())
        .isEqualTo(Outcome.AT_LEAST_AS_STRICT);
    assertThat(c.rule(Lvsc2006.SMALL_GRANTS).orElseThrow().reason())
        .isEqualTo("the same parameter values");
    assertThat(c.isAtLeastAsStrict()).isTrue();
    assertThat(tolerance(10).compareStrictness(tolerance(5)).isAtLeastAsStrict()).isFalse();
  }

  @Test
  void aLowerLeastStrategicLevelIsLessStrict() {
    Policy consulted =
        LVSC.reform("consulted")
            .set(InvolvementRule.MIN_STRATEGIC, InvolvementLevel.CONSULTED)
            .build();
    RuleComparison c =
        consulted.compareStrictness(LVSC).rule(Lvsc2006.VCS_INVOLVEMENT).orElseThrow();

    assertThat(c.outcome()).isEqualTo(Outcome.LESS_STRICT);
    assertThat(c.counterexample().orElseThrow().involvement().orElseThrow().strategic())
        .isEqualTo(InvolvementLevel.CONSULTED);
    assertThat(c.verdictHere()).contains(Verdict.PASS);
    assertThat(c.verdictThere()).contains(Verdict.FAIL);
  }

  @Test
  void aLowerRatingThresholdIsLessStrict() {
    Policy three = LVSC.reform("three").set(InfrastructureRule.RATING_THRESHOLD, 3).build();
    RuleComparison c =
        LVSC.compareStrictness(three).rule(Lvsc2006.INFRASTRUCTURE_TARGETING).orElseThrow();

    // Rated 3: weak under a threshold of 3, not under 2; its support does not rise.
    assertThat(c.outcome()).isEqualTo(Outcome.LESS_STRICT);
    assertThat(c.counterexample().orElseThrow().infrastructure().orElseThrow().qualityRating())
        .isEqualTo(3);
    assertThat(c.verdictHere()).contains(Verdict.PASS);
    assertThat(c.verdictThere()).contains(Verdict.FAIL);
    assertThat(three.compareStrictness(LVSC).rule(Lvsc2006.INFRASTRUCTURE_TARGETING))
        .map(RuleComparison::outcome)
        .contains(Outcome.AT_LEAST_AS_STRICT);
  }

  @Test
  void aHigherGrantCeilingIsLessStrict() {
    Policy tenK =
        LVSC.reform("£10k").set(SmallGrantsRule.GRANT_CEILING, Money.parse("£10k")).build();
    RuleComparison c = tenK.compareStrictness(LVSC).rule(Lvsc2006.SMALL_GRANTS).orElseThrow();

    assertThat(c.outcome()).isEqualTo(Outcome.LESS_STRICT);
    assertThat(c.counterexample().orElseThrow().smallGrantsProgrammes().get(0).maxGrant())
        .isEqualTo(Money.parse("£10k"));
    assertThat(c.verdictHere()).contains(Verdict.PASS);
    assertThat(c.verdictThere()).contains(Verdict.WARN);
  }

  @Test
  void realTermsHaveNoOrderOfStrictness() {
    Policy real =
        LVSC.reform("real")
            .set(NetResourceLossRule.TERMS, NetResourceLossRule.Terms.REAL)
            .set(NetResourceLossRule.DEFLATOR, Fixtures.FULL_SERIES)
            .build();
    RuleComparison c = real.compareStrictness(LVSC).rule(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();

    assertThat(c.outcome()).isEqualTo(Outcome.UNDECIDED);
    assertThat(c.differences())
        .extracting(ReformComparison.Difference::parameter)
        .containsExactly(NetResourceLossRule.TERMS, NetResourceLossRule.DEFLATOR);
    assertThat(c.counterexample()).isEmpty();
  }

  @Test
  void aRuleInOnePolicyOnlyIsNamed() {
    Policy without = LVSC.reform("no R6").removeRule(Lvsc2006.COMMISSIONING_PRACTICE).build();

    assertThat(without.compareStrictness(LVSC).rule(Lvsc2006.COMMISSIONING_PRACTICE))
        .map(RuleComparison::outcome)
        .contains(Outcome.ONLY_IN_OTHER);
    assertThat(LVSC.compareStrictness(without).rule(Lvsc2006.COMMISSIONING_PRACTICE))
        .map(RuleComparison::outcome)
        .contains(Outcome.ONLY_IN_THIS);
    assertThat(LVSC.compareStrictness(without).isAtLeastAsStrict()).isTrue();
    assertThat(without.compareStrictness(LVSC).isAtLeastAsStrict()).isFalse();
  }
}
