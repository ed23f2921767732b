package io.github.laa.scoring.lvsc;

import static io.github.laa.scoring.Fixtures.Y2005;
import static io.github.laa.scoring.Fixtures.Y2006;
import static io.github.laa.scoring.Fixtures.camden;
import static io.github.laa.scoring.Fixtures.clubShareDoubles;
import static io.github.laa.scoring.Fixtures.money;
import static io.github.laa.scoring.Fixtures.squeezed;
import static io.github.laa.scoring.Reference.TEN_THOUSAND;
import static io.github.laa.scoring.Reference.baselineWindow;
import static io.github.laa.scoring.Reference.big;
import static io.github.laa.scoring.Reference.ceil;
import static io.github.laa.scoring.Reference.halfEven;
import static io.github.laa.scoring.Reference.inAny;
import static io.github.laa.scoring.Reference.microOrSmall;
import static io.github.laa.scoring.Reference.recipient;
import static io.github.laa.scoring.Reference.sum;
import static io.github.laa.scoring.RuleContract.checks;
import static io.github.laa.scoring.testing.LaaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.Allocation;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.VcsBody;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.ParameterDraw;
import io.github.laa.scoring.Parameters;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Reference;
import io.github.laa.scoring.Reference.Expected;
import io.github.laa.scoring.Reference.Values;
import io.github.laa.scoring.RuleContract;
import io.github.laa.scoring.Verdict;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * R2: worked examples (bodies: the youth club, micro and community-based; the CVS, medium; and Big
 * Trust, large) and its {@link #CONTRACT} with the shared campaigns.
 */
public class SectorDivisionRuleTest {
  /** R2's reference computation, law and parameter draws. */
  public static final RuleContract CONTRACT = new Contract();

  /** Run by JUnit. */
  SectorDivisionRuleTest() {}

  private static final Policy LVSC = Lvsc2006.policy();

  private static Finding score(Policy p, LocalAreaAgreement laa) {
    return p.score(laa).finding(Lvsc2006.SECTOR_DIVISION).orElseThrow();
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
            "The largest recipient's share must fall by 10.00 pp to reach the concentration limit");
  }

  @Test
  void aShareExactlyAtTheConcentrationLimitIsNotOverIt() {
    // A 60% limit is not exceeded by exactly 60%.
    Policy sixty =
        LVSC.reform("sixty")
            .set(SectorDivisionRule.TOLERANCE, Percentage.parse("3.34%"))
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
  }

  @Test
  void aRiseOfLessThanHalfABasisPointIsARiseShownAsNoChange() {
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
            "The largest recipient's share must fall by 33.34 pp to reach the concentration limit");
  }

  @Test
  void needsMoneyInBothPeriods() {
    assertThat(score(LVSC, camden().addAllocation(money("cvs", "nrf", Y2006, "£1")).build()))
        .isNotAssessedFor("VCS money in the baseline");
    assertThat(score(LVSC, camden().addAllocation(money("cvs", "nrf", Y2005, "£1")).build()))
        .isNotAssessedFor("VCS money in the agreement years");
  }

  @Test
  void theChangeInASharesPointsIsSignedARisePositive() {
    // Micro and small: 10 % of the baseline, 20/100 = 20 % over the agreement: +10 points.
    assertThat(score(LVSC, clubShareDoubles()).get(SectorDivisionRule.MICRO_SMALL_CHANGE))
        .isEqualTo(Percentage.of(10));
  }

  @Test
  void eachBandsShareInTheBaselineIsEvidence() {
    assertThat(score(LVSC, clubShareDoubles()).get(SectorDivisionRule.BASELINE_SHARE, "micro"))
        .isEqualTo(Percentage.of(10));
  }

  @Test
  void theLargestRecipientsShareIsACheckThatWarnsAboveTheLimit() {
    // The CVS takes £80k of £100k over the agreement: 80 % > 50 %.
    assertThat(
            score(LVSC, clubShareDoubles())
                .entry(SectorDivisionRule.LARGEST_SHARE, "Camden CVS")
                .orElseThrow()
                .check())
        .contains(Verdict.WARN);
  }

  @Test
  void hasItsTitle() {
    assertThat(SectorDivisionRule.INSTANCE.title())
        .isEqualTo("No widening of the divide between large and small VCS bodies");
  }

  // ---------------------------------------------------------------------------------------------
  // The contract

  private static final class Contract implements RuleContract {
    @Override
    public Expected expected(
        LocalAreaAgreement laa, Parameters p, @Nullable List<LocalAreaAgreement> cohort) {
      long toleranceBp = p.get(SectorDivisionRule.TOLERANCE).basisPoints();
      long limitBp = p.get(SectorDivisionRule.CONCENTRATION_LIMIT).basisPoints();
      List<FinancialYear> window = baselineWindow(laa, p.get(Policy.BASELINE_YEARS));
      Predicate<Allocation> inBase = a -> inAny(window, a.year());
      Predicate<Allocation> inAgreement = a -> laa.isAgreementYear(a.year());
      BigInteger baseTotal = sum(laa, inBase);
      BigInteger agreeTotal = sum(laa, inAgreement);
      if (baseTotal.signum() == 0 || agreeTotal.signum() == 0) {
        return Expected.notAssessed();
      }
      BigInteger baseSmall = sum(laa, a -> inBase.test(a) && microOrSmall(recipient(laa, a)));
      BigInteger agreeSmall = sum(laa, a -> inAgreement.test(a) && microOrSmall(recipient(laa, a)));
      BigInteger baseCommunity =
          sum(laa, a -> inBase.test(a) && recipient(laa, a).communityBased());
      BigInteger agreeCommunity =
          sum(laa, a -> inAgreement.test(a) && recipient(laa, a).communityBased());

      // The shares of each band, of micro and small and of community-based bodies, in each
      // period, half-even to the basis point; then the changes in points, as the evidence shows
      // them; then the largest recipient's share.
      Values evidence = new Values();
      for (int i = 0; i < BAND_LABELS.size(); i++) {
        int b = i;
        evidence.put(
            "baseline share",
            BAND_LABELS.get(b),
            share(sum(laa, a -> inBase.test(a) && band(recipient(laa, a)) == b), baseTotal));
        evidence.put(
            "agreement share",
            BAND_LABELS.get(b),
            share(sum(laa, a -> inAgreement.test(a) && band(recipient(laa, a)) == b), agreeTotal));
      }
      evidence.put("baseline share", "micro and small", share(baseSmall, baseTotal));
      evidence.put("agreement share", "micro and small", share(agreeSmall, agreeTotal));
      evidence.put("baseline share", "community-based", share(baseCommunity, baseTotal));
      evidence.put("agreement share", "community-based", share(agreeCommunity, agreeTotal));
      evidence.put(
          "micro and small share, change in percentage points",
          change(baseSmall, baseTotal, agreeSmall, agreeTotal, toleranceBp));
      evidence.put(
          "community-based share, change in percentage points",
          change(baseCommunity, baseTotal, agreeCommunity, agreeTotal, toleranceBp));
      // The largest recipient over the agreement years; the first listed wins a tie.
      BigInteger largest = BigInteger.valueOf(-1);
      @Nullable VcsBody largestBody = null;
      for (VcsBody b : laa.bodies()) {
        BigInteger got = sum(laa, a -> inAgreement.test(a) && a.recipient().equals(b.id()));
        if (got.compareTo(largest) > 0) {
          largest = got;
          largestBody = b;
        }
      }
      if (largestBody != null) {
        evidence.put("largest recipient's share", largestBody.name(), share(largest, agreeTotal));
      }

      // A fall in points, exactly: (baseShare − agreeShare) × 100.
      BigDecimal smallFall = pointsFall(baseSmall, baseTotal, agreeSmall, agreeTotal);
      BigDecimal communityFall = pointsFall(baseCommunity, baseTotal, agreeCommunity, agreeTotal);
      boolean smallFails = fallsBeyond(baseSmall, baseTotal, agreeSmall, agreeTotal, toleranceBp);
      boolean communityFails =
          fallsBeyond(baseCommunity, baseTotal, agreeCommunity, agreeTotal, toleranceBp);
      if (smallFails || communityFails) {
        BigDecimal worst = BigDecimal.ZERO;
        if (smallFails) {
          worst = worst.max(smallFall);
        }
        if (communityFails) {
          worst = worst.max(communityFall);
        }
        Expected e =
            Expected.roughly(
                Verdict.FAIL,
                BigDecimal.valueOf(100).subtract(worst.multiply(BigDecimal.valueOf(5))));
        Object margin =
            smallFails
                ? keepShare(baseSmall, baseTotal, agreeSmall, agreeTotal, toleranceBp)
                : keepShare(baseCommunity, baseTotal, agreeCommunity, agreeTotal, toleranceBp);
        return e.withMargin(margin).withEvidence(evidence);
      }
      boolean concentrated =
          largest.multiply(TEN_THOUSAND).compareTo(big(limitBp).multiply(agreeTotal)) > 0;
      if (!concentrated) {
        return Expected.of(Verdict.PASS, 100).withEvidence(evidence);
      }
      BigDecimal sharePoints =
          new BigDecimal(largest.multiply(big(100)))
              .divide(new BigDecimal(agreeTotal), 20, RoundingMode.HALF_EVEN);
      BigDecimal over = sharePoints.subtract(BigDecimal.valueOf(limitBp, 2));
      // The least fall in basis points that reaches the limit: the excess rounded up to a basis
      // point.
      BigInteger overBp =
          ceil(
              largest.multiply(TEN_THOUSAND).subtract(big(limitBp).multiply(agreeTotal)),
              agreeTotal);
      return Expected.roughly(Verdict.WARN, BigDecimal.valueOf(100).subtract(over))
          .withMargin(Percentage.ofBasisPoints(overBp.longValueExact()))
          .withEvidence(evidence);
    }

    /** The size bands' labels, smallest first (RULES.md, section 2). */
    private static final List<String> BAND_LABELS =
        List.of("micro", "small", "medium", "large", "major");

    /**
     * The index in {@link #BAND_LABELS} of {@code b}'s band, from its income: micro below £10,000,
     * small below £100,000, medium below £1,000,000, large below £10,000,000, else major.
     */
    private static int band(VcsBody b) {
      if (b.income().isEmpty()) {
        return b.incomeBand().orElseThrow().ordinal();
      }
      long pence = b.income().get().pence();
      long upper = 10_000_00L;
      int band = 0;
      while (band < 4 && pence >= upper) {
        band++;
        upper *= 10;
      }
      return band;
    }

    /** {@code part ÷ whole} for a positive whole, half-even to the basis point. */
    private static Percentage share(BigInteger part, BigInteger whole) {
      return Percentage.ofBasisPoints(
          halfEven(part.multiply(TEN_THOUSAND), whole).longValueExact());
    }

    /**
     * The change in points from a/b to c/d as the evidence shows it: the exact fall rounded
     * half-even to the basis point, negated; a fall beyond the tolerance that rounds to within it
     * shows as the tolerance plus one basis point.
     */
    private static Percentage change(
        BigInteger a, BigInteger b, BigInteger c, BigInteger d, long tolBp) {
      BigInteger fall =
          halfEven(a.multiply(d).subtract(c.multiply(b)).multiply(TEN_THOUSAND), b.multiply(d));
      if (fallsBeyond(a, b, c, d, tolBp)) {
        fall = fall.max(big(tolBp + 1));
      }
      return Percentage.ofBasisPoints(fall.negate().longValueExact());
    }

    private static BigDecimal pointsFall(BigInteger a, BigInteger b, BigInteger c, BigInteger d) {
      BigDecimal before =
          new BigDecimal(a.multiply(big(100)))
              .divide(new BigDecimal(b), 20, RoundingMode.HALF_EVEN);
      BigDecimal after =
          new BigDecimal(c.multiply(big(100)))
              .divide(new BigDecimal(d), 20, RoundingMode.HALF_EVEN);
      return before.subtract(after);
    }

    /** Whether a/b − c/d > tol (in basis points), exactly. */
    private static boolean fallsBeyond(
        BigInteger a, BigInteger b, BigInteger c, BigInteger d, long tolBp) {
      // (a/b − c/d) × 10,000 > tol  ⇔  (a·d − c·b) × 10,000 > tol · b · d
      BigInteger lhs = a.multiply(d).subtract(c.multiply(b)).multiply(TEN_THOUSAND);
      return lhs.compareTo(big(tolBp).multiply(b).multiply(d)) > 0;
    }

    /**
     * The least whole-pence x with (m + x) ÷ (t + x) ≥ baseM ÷ baseT − tol, found from the exact
     * inequality; {@link Reference#NO_AMOUNT} when no amount reaches it (the share must be 100 %).
     */
    private static Object keepShare(
        BigInteger baseM, BigInteger baseT, BigInteger m, BigInteger t, long tolBp) {
      // s = sn / sd with sn = 10,000·baseM − tol·baseT, sd = 10,000·baseT.
      BigInteger sn = TEN_THOUSAND.multiply(baseM).subtract(big(tolBp).multiply(baseT));
      BigInteger sd = TEN_THOUSAND.multiply(baseT);
      if (sn.compareTo(sd) >= 0) {
        return Reference.NO_AMOUNT;
      }
      // (m + x)·sd ≥ sn·(t + x)  ⇔  x·(sd − sn) ≥ sn·t − sd·m
      BigInteger x = ceil(sn.multiply(t).subtract(sd.multiply(m)), sd.subtract(sn));
      if (x.signum() < 0) {
        x = BigInteger.ZERO;
      }
      return Money.ofPence(x.min(Reference.LONG_MAX).longValueExact());
    }

    @Override
    public void verdictAgreesWithEvidence(Finding f) {
      Verdict v = f.verdict();
      boolean falls =
          checks(f, SectorDivisionRule.MICRO_SMALL_CHANGE).contains(Verdict.FAIL)
              || checks(f, SectorDivisionRule.COMMUNITY_CHANGE).contains(Verdict.FAIL);
      boolean concentrated = checks(f, SectorDivisionRule.LARGEST_SHARE).contains(Verdict.WARN);
      assertThat(v).isEqualTo(falls ? Verdict.FAIL : concentrated ? Verdict.WARN : Verdict.PASS);
      if (v == Verdict.WARN) {
        Margin m = f.margin().orElseThrow();
        assertThat(m.direction()).contains(Margin.Direction.MUST_FALL);
        assertThat(
                ((Margin.Amount.OfPercentagePoints) m.amount().orElseThrow())
                    .points()
                    .basisPoints())
            .as("a fall that reaches the limit")
            .isPositive();
      } else if (v == Verdict.FAIL) {
        assertThat(f.margin()).isPresent();
      }
    }

    @Override
    public void drawParameters(ParameterDraw draw) {
      draw.share(SectorDivisionRule.TOLERANCE);
      draw.share(SectorDivisionRule.CONCENTRATION_LIMIT);
    }
  }
}
