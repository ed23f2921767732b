package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.Y2005;
import static io.github.laa.scoring.Fixtures.Y2006;
import static io.github.laa.scoring.Fixtures.Y2007;
import static io.github.laa.scoring.Fixtures.Y2008;
import static io.github.laa.scoring.Fixtures.camden;
import static io.github.laa.scoring.Fixtures.chest;
import static io.github.laa.scoring.Fixtures.delivery;
import static io.github.laa.scoring.Fixtures.involvement;
import static io.github.laa.scoring.Fixtures.money;
import static io.github.laa.scoring.Fixtures.yearly;
import static io.github.laa.scoring.TippingPoint.Direction.LOWER;
import static io.github.laa.scoring.TippingPoint.Direction.RAISE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Purpose;
import io.github.laa.scoring.lvsc.CommissioningRule;
import io.github.laa.scoring.lvsc.InvolvementRule;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.lvsc.PerformanceCapacityRule;
import io.github.laa.scoring.lvsc.SmallGrantsRule;
import org.junit.jupiter.api.Test;

class TippingPointsTest {
  private static final Policy LVSC = Lvsc2006.policy();

  private static TippingPoint point(
      Policy policy, LocalAreaAgreement a, RuleId rule, Parameter<?> p, TippingPoint.Direction d) {
    return policy.tippingPoints(a).find(rule, p, d).orElseThrow();
  }

  private static Policy tolerance(long basisPoints) {
    return LVSC.reform("tolerance " + basisPoints + " bp")
        .set(NetResourceLossRule.TOLERANCE, Percentage.ofBasisPoints(basisPoints))
        .build();
  }

  @Test
  void netLossTurnsFromFailToWarnAtTheWorstYearsLossExactly() {
    // Baseline £100,000; worst year 2007/08 at £96,590: a loss of £3,410 = 3.41% of the baseline.
    LocalAreaAgreement a = yearly("£100k", "£100k", "£96,590", "£98k");
    TippingPoint t =
        point(LVSC, a, Lvsc2006.NET_RESOURCE_LOSS, NetResourceLossRule.TOLERANCE, RAISE);

    assertThat(t.before()).isEqualTo(Verdict.FAIL);
    assertThat(t.value()).contains(Percentage.ofBasisPoints(341));
    assertThat(t.after()).contains(Verdict.WARN);
    assertThat(t.method()).isEqualTo(TippingPoint.Method.DERIVED);
    assertThat(t.isExact()).isTrue();
    assertThat(t.describe("Camden"))
        .isEqualTo(
            "Camden's net resource loss turns from FAIL to WARN at a tolerance of 3.41% or more");
    // The derivation agrees with scoring on either side of it.
    assertThat(tolerance(341).score(a).finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow().verdict())
        .isEqualTo(Verdict.WARN);
    assertThat(tolerance(340).score(a).finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow().verdict())
        .isEqualTo(Verdict.FAIL);
    // Lowering a tolerance of 0% is not possible: the verdict stays FAIL down to 0%.
    TippingPoint down =
        point(LVSC, a, Lvsc2006.NET_RESOURCE_LOSS, NetResourceLossRule.TOLERANCE, LOWER);
    assertThat(down.changes()).isFalse();
    assertThat(down.limit()).isEqualTo(Percentage.ZERO);
  }

  @Test
  void aLossBetweenBasisPointsWarnsFromTheNextBasisPointUp() {
    // A loss of £3,412.34 of £100,000 is 3.41234%: it warns only from 3.42%.
    LocalAreaAgreement a = yearly("£100k", "£96,587.66", "£100k", "£100k");
    TippingPoint t =
        point(LVSC, a, Lvsc2006.NET_RESOURCE_LOSS, NetResourceLossRule.TOLERANCE, RAISE);

    assertThat(t.value()).contains(Percentage.ofBasisPoints(342));
  }

  @Test
  void aWarningFailsOneBasisPointBelowTheLoss() {
    // The 3.41% loss warns under a 5% tolerance and fails at 3.40% or less.
    LocalAreaAgreement a = yearly("£100k", "£100k", "£96,590", "£98k");
    Policy fivePercent = tolerance(500);
    TippingPoint down =
        point(fivePercent, a, Lvsc2006.NET_RESOURCE_LOSS, NetResourceLossRule.TOLERANCE, LOWER);
    TippingPoint up =
        point(fivePercent, a, Lvsc2006.NET_RESOURCE_LOSS, NetResourceLossRule.TOLERANCE, RAISE);

    assertThat(down.before()).isEqualTo(Verdict.WARN);
    assertThat(down.value()).contains(Percentage.ofBasisPoints(340));
    assertThat(down.after()).contains(Verdict.FAIL);
    assertThat(down.describe("Camden"))
        .isEqualTo(
            "Camden's net resource loss turns from WARN to FAIL at a tolerance of 3.40% or less");
    assertThat(up.changes()).isFalse();
    assertThat(up.limit()).isEqualTo(Percentage.HUNDRED);
  }

  @Test
  void aPassDoesNotTipWithTheTolerance() {
    LocalAreaAgreement a = yearly("£100k", "£100k", "£100k", "£100k");
    TippingPoints t = LVSC.tippingPoints(a);

    assertThat(t.unchanged())
        .contains(
            new TippingPoints.RuleParameter(
                Lvsc2006.NET_RESOURCE_LOSS, NetResourceLossRule.TOLERANCE));
  }

  @Test
  void aSecondBaselineYearWithoutMoneyLeavesTheLossNotAssessed() {
    // Only 2005/06 has money: with two baseline years 2004/05 has none, which is not assessed.
    LocalAreaAgreement a = yearly("£100k", "£100k", "£96,590", "£98k");
    TippingPoint t = point(LVSC, a, Lvsc2006.NET_RESOURCE_LOSS, Policy.BASELINE_YEARS, RAISE);

    assertThat(t.value()).contains(2);
    assertThat(t.after()).contains(Verdict.NOT_ASSESSED);
    assertThat(t.method()).isEqualTo(TippingPoint.Method.ENUMERATED);
  }

  @Test
  void theGrantCeilingIsFoundBySearchToThePenny() {
    // The chest's maximum grant is £5,000, the ceiling's default: a ceiling of £4,999.99 warns.
    LocalAreaAgreement a =
        camden()
            .addSmallGrantsProgramme(chest().build())
            .addAllocation(money("cvs", "nrf", Y2005, "£100k"))
            .addAllocation(money("cvs", "nrf", Y2006, "£100k"))
            .addAllocation(money("cvs", "nrf", Y2007, "£100k"))
            .addAllocation(money("cvs", "nrf", Y2008, "£100k"))
            .build();
    TippingPoint down = point(LVSC, a, Lvsc2006.SMALL_GRANTS, SmallGrantsRule.GRANT_CEILING, LOWER);
    TippingPoint up = point(LVSC, a, Lvsc2006.SMALL_GRANTS, SmallGrantsRule.GRANT_CEILING, RAISE);

    assertThat(down.before()).isEqualTo(Verdict.PASS);
    assertThat(down.value()).contains(Money.parse("£4,999.99"));
    assertThat(down.after()).contains(Verdict.WARN);
    assertThat(down.method()).isEqualTo(TippingPoint.Method.SEARCHED);
    assertThat(down.precision()).contains(Money.ofPence(1));
    assertThat(up.changes()).isFalse();
    assertThat(up.limit()).isEqualTo(Money.parse("£1bn"));
  }

  @Test
  void performanceSupportOfOnePercentWarnsFromAMinimumOfOnePointZeroOnePercent() {
    // £1,000 of support on £100,000 of delivery in 2006/07 (1%), £2,000 in 2007/08 (2%).
    LocalAreaAgreement a = delivery("£1k", "£2k");
    TippingPoint up =
        point(LVSC, a, Lvsc2006.PERFORMANCE_CAPACITY, PerformanceCapacityRule.MIN_SHARE, RAISE);

    assertThat(up.before()).isEqualTo(Verdict.PASS);
    assertThat(up.value()).contains(Percentage.ofBasisPoints(101));
    assertThat(up.after()).contains(Verdict.WARN);
    assertThat(up.describe("Camden"))
        .isEqualTo(
            "Camden's performance capacity turns from PASS to WARN at a min share of 1.01% or more"
                + " (to 0.01%)");
  }

  @Test
  void strategicInvolvementIsEnumeratedAlongTheLadder() {
    // CONSULTED at the strategic level fails the default minimum, INVOLVED, and passes CONSULTED.
    LocalAreaAgreement a =
        involvement(
            InvolvementLevel.CONSULTED, InvolvementLevel.INVOLVED, InvolvementLevel.INVOLVED);
    TippingPoint down =
        point(LVSC, a, Lvsc2006.VCS_INVOLVEMENT, InvolvementRule.MIN_STRATEGIC, LOWER);
    TippingPoint up =
        point(LVSC, a, Lvsc2006.VCS_INVOLVEMENT, InvolvementRule.MIN_STRATEGIC, RAISE);

    assertThat(down.before()).isEqualTo(Verdict.FAIL);
    assertThat(down.value()).contains(InvolvementLevel.CONSULTED);
    assertThat(down.after()).contains(Verdict.PASS);
    assertThat(down.method()).isEqualTo(TippingPoint.Method.ENUMERATED);
    assertThat(up.changes()).isFalse();
    assertThat(up.limit()).isEqualTo(InvolvementLevel.LEADING);
  }

  @Test
  void everyRuleAndOrderedParameterIsConsideredInBothDirections() {
    LocalAreaAgreement a = yearly("£100k", "£100k", "£96,590", "£98k");
    TippingPoints t = LVSC.tippingPoints(a);
    long considered =
        LVSC.entries().stream()
            .flatMap(e -> e.parameterValues().stream())
            .filter(pv -> pv.value().isPresent())
            .filter(
                pv ->
                    (pv.parameter().type().isEnum() && !unorderedChoice(pv.parameter()))
                        || pv.parameter().type() == Integer.class
                        || pv.parameter().type() == Percentage.class
                        || pv.parameter().type() == Money.class
                        || pv.parameter().type() == Boolean.class)
            .count();

    assertThat(t.all()).hasSize((int) (2 * considered));
    assertThat(t.toText()).startsWith("Tipping points of Camden under LVSC 2006\n- ");
    // Choices whose order means nothing (cash or real terms, scope, what is compared) are left out.
    assertThat(t.all())
        .extracting(TippingPoint::parameter)
        .doesNotContain(
            NetResourceLossRule.TERMS, NetResourceLossRule.SCOPE, NetResourceLossRule.COMPARISON)
        .contains(InvolvementRule.MIN_STRATEGIC);
  }

  /** Whether a built-in rule declares the enum parameter {@code p} unordered. */
  private static boolean unorderedChoice(Parameter<?> p) {
    return LVSC.entries().stream()
        .anyMatch(
            e ->
                e.rule().parameters().contains(p)
                    && e.rule().monotonicity(p) == Monotonicity.UNORDERED);
  }

  @Test
  void aCommissioningScoreTipsAtThePassAndWarnScoresExactly() {
    // 50% three-year terms, 25% full cost, 100% in advance, 6 of 12 weeks, 3 of 3 months, weights
    // 20 each: 100 × (0.5 + 0.25 + 1 + 0.5 + 1) ÷ 5 = 65, a warning (40 ≤ 65 < 70).
    LocalAreaAgreement a = Fixtures.commissioning(6);
    TippingPoints t = LVSC.tippingPoints(a);
    TippingPoint pass =
        t.find(Lvsc2006.COMMISSIONING_PRACTICE, CommissioningRule.PASS_SCORE, LOWER).orElseThrow();
    TippingPoint warn =
        t.find(Lvsc2006.COMMISSIONING_PRACTICE, CommissioningRule.WARN_SCORE, RAISE).orElseThrow();

    assertThat(
            LVSC.score(a)
                .finding(Lvsc2006.COMMISSIONING_PRACTICE)
                .orElseThrow()
                .get(CommissioningRule.SCORE))
        .isEqualTo(65L);
    assertThat(pass.value()).contains(65);
    assertThat(pass.after()).contains(Verdict.PASS);
    assertThat(pass.method()).isEqualTo(TippingPoint.Method.DERIVED);
    assertThat(warn.value()).contains(66);
    assertThat(warn.after()).contains(Verdict.FAIL);
    assertThat(warn.method()).isEqualTo(TippingPoint.Method.DERIVED);
    // Raising the pass score or lowering the warn score cannot change a warning.
    assertThat(
            t.find(Lvsc2006.COMMISSIONING_PRACTICE, CommissioningRule.PASS_SCORE, RAISE)
                .orElseThrow()
                .changes())
        .isFalse();
    assertThat(
            t.find(Lvsc2006.COMMISSIONING_PRACTICE, CommissioningRule.WARN_SCORE, LOWER)
                .orElseThrow()
                .changes())
        .isFalse();
  }

  @Test
  void aCouncilsOwnRuleTipsThroughTheSearch() {
    // £42,000 of core funding in 2006/07 fails the £50,000 minimum and passes £42,000 or less.
    LocalAreaAgreement a =
        camden()
            .addAllocation(money("cvs", "nrf", Y2006, "£42k").withPurpose(Purpose.CORE))
            .build();
    Policy council = Fixtures.policyOf(new Fixtures.CoreFunding());
    TippingPoint down =
        council
            .tippingPoints(a)
            .find(RuleId.of("CORE_FUNDING"), Fixtures.CoreFunding.MINIMUM, LOWER)
            .orElseThrow();

    assertThat(down.before()).isEqualTo(Verdict.FAIL);
    assertThat(down.value()).contains(Money.parse("£42k"));
    assertThat(down.after()).contains(Verdict.PASS);
    assertThat(down.method()).isEqualTo(TippingPoint.Method.SEARCHED);
    assertThat(down.describe("Camden"))
        .isEqualTo(
            "Camden's core funding turns from FAIL to PASS at a minimum of £42,000.00 or less (to"
                + " £0.01)");
  }
}
