package io.github.laa.scoring.lvsc;

import static io.github.laa.scoring.Fixtures.HUGE;
import static io.github.laa.scoring.Fixtures.Y2006;
import static io.github.laa.scoring.Fixtures.Y2007;
import static io.github.laa.scoring.Fixtures.camden;
import static io.github.laa.scoring.Fixtures.delivery;
import static io.github.laa.scoring.Fixtures.grown;
import static io.github.laa.scoring.Fixtures.money;
import static io.github.laa.scoring.Reference.TEN_THOUSAND;
import static io.github.laa.scoring.Reference.big;
import static io.github.laa.scoring.Reference.ceil;
import static io.github.laa.scoring.Reference.halfEven;
import static io.github.laa.scoring.Reference.streamInAgreement;
import static io.github.laa.scoring.Reference.sum;
import static io.github.laa.scoring.RuleContract.checks;
import static io.github.laa.scoring.RuleContract.marginMoney;
import static io.github.laa.scoring.testing.LaaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Purpose;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.ParameterDraw;
import io.github.laa.scoring.Parameters;
import io.github.laa.scoring.Reference;
import io.github.laa.scoring.Reference.Expected;
import io.github.laa.scoring.Reference.Values;
import io.github.laa.scoring.RuleContract;
import io.github.laa.scoring.Verdict;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * R5: worked examples (NRF is in the agreement, the council budget is not) and its {@link
 * #CONTRACT} with the shared campaigns.
 */
public class PerformanceCapacityRuleTest {
  /** R5's reference computation, law and parameter draws. */
  public static final RuleContract CONTRACT = new Contract();

  /** Run by JUnit. */
  PerformanceCapacityRuleTest() {}

  private static Finding score(LocalAreaAgreement laa) {
    return Lvsc2006.policy().score(laa).finding(Lvsc2006.PERFORMANCE_CAPACITY).orElseThrow();
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

  /**
   * Regression (found by the differential oracle's wide generator): a share of support of more than
   * about 9 × 10<sup>14</sup> % of delivery threw; it is now left out of the evidence.
   */
  @Test
  void supportBeyondAnyShareOfDeliveryPassesWithoutAShare() {
    // Support of HUGE on 1p of delivery is far above 1%: a pass, the share left out.
    Finding performance = score(grown());
    assertThat(performance)
        .hasVerdict(Verdict.PASS)
        .hasEvidence(PerformanceCapacityRule.SUPPORT, Y2006, HUGE);
    assertThat(performance.entry(PerformanceCapacityRule.SHARE, Y2006)).isEmpty();
  }

  @Test
  void hasItsTitle() {
    assertThat(PerformanceCapacityRule.INSTANCE.title())
        .isEqualTo("Performance-measurement support wherever the VCS delivers LAA outcomes");
  }

  // ---------------------------------------------------------------------------------------------
  // The contract

  private static final class Contract implements RuleContract {
    @Override
    public Expected expected(
        LocalAreaAgreement laa, Parameters p, @Nullable List<LocalAreaAgreement> cohort) {
      long min = p.get(PerformanceCapacityRule.MIN_SHARE).basisPoints();
      int needed = 0;
      int funded = 0;
      boolean below = false;
      @Nullable BigInteger worstSupport = null;
      @Nullable BigInteger worstDelivery = null;
      // Each year with delivery: its delivery, its support and the share (where it fits one).
      Values evidence = new Values();
      for (FinancialYear y : laa.years()) {
        BigInteger delivery =
            sum(
                laa,
                a ->
                    a.year().equals(y)
                        && a.purpose() == Purpose.SERVICE_DELIVERY
                        && (a.outcome().isPresent() || streamInAgreement(laa, a.stream())));
        BigInteger support =
            sum(laa, a -> a.year().equals(y) && a.purpose() == Purpose.PERFORMANCE_SUPPORT);
        if (delivery.signum() == 0) {
          continue;
        }
        needed++;
        evidence.put("delivery towards LAA outcomes", y, Reference.money(delivery));
        evidence.put("performance support", y, Reference.money(support));
        BigInteger bp = halfEven(support.multiply(TEN_THOUSAND), delivery);
        if (bp.bitLength() < 64) {
          evidence.put(
              "support share of delivery", y, Percentage.ofBasisPoints(bp.longValueExact()));
        }
        if (support.signum() > 0) {
          funded++;
        }
        if (support.multiply(TEN_THOUSAND).compareTo(big(min).multiply(delivery)) < 0) {
          below = true;
        }
        // The worst year: the lowest share, the earliest of equals.
        if (worstSupport == null
            || support
                    .multiply(Objects.requireNonNull(worstDelivery))
                    .compareTo(worstSupport.multiply(delivery))
                < 0) {
          worstSupport = support;
          worstDelivery = delivery;
        }
      }
      if (needed == 0 || (funded == needed && !below)) {
        return Expected.of(Verdict.PASS, 100).withEvidence(evidence);
      }
      BigInteger ws = Objects.requireNonNull(worstSupport);
      BigInteger wd = Objects.requireNonNull(worstDelivery);
      BigInteger target = ceil(wd.multiply(big(min)), TEN_THOUSAND);
      // An unfunded year needs at least a penny to count as funded.
      Money rise = Reference.money(target.subtract(ws).max(BigInteger.ONE));
      if (funded < needed) {
        BigDecimal score =
            BigDecimal.valueOf(39L * funded)
                .divide(BigDecimal.valueOf(needed), 20, RoundingMode.HALF_EVEN);
        return Expected.roughly(Verdict.FAIL, score).withMargin(rise).withEvidence(evidence);
      }
      // 40 + 29 × lowest share ÷ minimum share
      BigDecimal ratio =
          new BigDecimal(ws.multiply(TEN_THOUSAND))
              .divide(new BigDecimal(wd.multiply(big(min))), 20, RoundingMode.HALF_EVEN);
      return Expected.roughly(
              Verdict.WARN, BigDecimal.valueOf(40).add(ratio.multiply(BigDecimal.valueOf(29))))
          .withMargin(rise)
          .withEvidence(evidence);
    }

    @Override
    public void verdictAgreesWithEvidence(Finding f) {
      Verdict v = f.verdict();
      boolean unfunded = checks(f, PerformanceCapacityRule.SUPPORT).contains(Verdict.FAIL);
      boolean low = checks(f, PerformanceCapacityRule.SHARE).contains(Verdict.WARN);
      assertThat(v).isEqualTo(unfunded ? Verdict.FAIL : low ? Verdict.WARN : Verdict.PASS);
      if (v != Verdict.PASS) {
        assertThat(marginMoney(f, Margin.Direction.MUST_RISE).isPositive()).isTrue();
      }
    }

    @Override
    public Set<Verdict> verdictsOfGeneratedAgreements() {
      // Never not assessed: no delivery money needs no support.
      return EnumSet.of(Verdict.PASS, Verdict.WARN, Verdict.FAIL);
    }

    @Override
    public void drawParameters(ParameterDraw draw) {
      draw.share(PerformanceCapacityRule.MIN_SHARE);
    }
  }
}
