package io.github.laa.scoring.lvsc;

import static io.github.laa.scoring.Agreements.Y2006;
import static io.github.laa.scoring.Agreements.camden;
import static io.github.laa.scoring.Agreements.money;
import static io.github.laa.scoring.testing.LaaAssertions.assertThat;

import io.github.laa.core.CommissioningPractice;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Verdict;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Worked examples of R6 with the default weights of 20 each. */
class CommissioningRuleTest {
  private static Finding score(Policy p, LocalAreaAgreement laa) {
    return p.score(laa).finding(Lvsc2006.COMMISSIONING_PRACTICE).orElseThrow();
  }

  private static LocalAreaAgreement given(int weeks) {
    return camden()
        .commissioning(
            CommissioningPractice.builder()
                .threeYearTermsShare(Percentage.of(50))
                .fullCostRecoveryShare(Percentage.of(25))
                .paidInAdvanceShare(Percentage.of(100))
                .consultationWeeks(weeks)
                .noticeMonths(3)
                .build())
        .build();
  }

  @Test
  void scoresTheGivenFactsByTheirWeights() {
    // 20 × 50% + 20 × 25% + 20 × 100% + 20 × 8/12 + 20 × 3/3 = 10 + 5 + 20 + 13.33 + 20 = 68.33 →
    // 68.
    Finding f = score(Lvsc2006.policy(), given(8));
    assertThat(f)
        .hasVerdict(Verdict.WARN)
        .hasScore(68)
        .hasEvidence(CommissioningRule.SCORE, 68L)
        .hasEvidence(CommissioningRule.THREE_YEAR_TERMS, CommissioningRule.GIVEN, Percentage.of(50))
        .hasEvidence(
            CommissioningRule.POINTS,
            CommissioningRule.CONSULTATION.name(),
            new BigDecimal("13.33"))
        .hasMargin("The commissioning score must rise by 2 points to pass");
    // 12 weeks: 10 + 5 + 20 + 20 + 20 = 75, a pass.
    assertThat(score(Lvsc2006.policy(), given(12))).hasVerdict(Verdict.PASS).hasScore(75);
  }

  /**
   * Regression (found by the differential oracle): the score was summed from fractions rounded to
   * ten decimal places, so an exact half could round the wrong way. Weights 2, 4, 4, 9 and 1 (20 in
   * all); full credit at 3 weeks and 1 month; facts: 25% on three-year terms, 0% and 0%, 1 week, 0
   * months. Points: 2 × 0.25 + 9 × 1/3 = 0.5 + 3 = 3.5 of 20, so the score is 100 × 3.5 ÷ 20 = 17.5
   * exactly, which rounds half-even to 18. With 9 × 0.3333333333 = 2.9999999997 the sum was
   * 3.4999999997 and the score 17.
   */
  @Test
  void anExactHalfRoundsHalfEvenWhateverTheWeights() {
    Policy weights =
        Lvsc2006.policy()
            .reform("weights")
            .set(CommissioningRule.WEIGHT_TERMS, 2)
            .set(CommissioningRule.WEIGHT_FULL_COST, 4)
            .set(CommissioningRule.WEIGHT_ADVANCE, 4)
            .set(CommissioningRule.WEIGHT_CONSULTATION, 9)
            .set(CommissioningRule.WEIGHT_NOTICE, 1)
            .set(CommissioningRule.CONSULTATION_WEEKS, 3)
            .set(CommissioningRule.NOTICE_MONTHS, 1)
            .set(CommissioningRule.WARN_SCORE, 18)
            .build();
    LocalAreaAgreement laa =
        camden()
            .commissioning(
                CommissioningPractice.builder()
                    .threeYearTermsShare(Percentage.of(25))
                    .fullCostRecoveryShare(Percentage.ZERO)
                    .paidInAdvanceShare(Percentage.ZERO)
                    .consultationWeeks(1)
                    .noticeMonths(0)
                    .build())
            .build();
    assertThat(score(weights, laa))
        .hasVerdict(Verdict.WARN) // 18 reaches the warning score; 17 would have failed
        .hasEvidence(CommissioningRule.SCORE, 18L)
        .hasEvidence(
            CommissioningRule.POINTS, CommissioningRule.CONSULTATION.name(), new BigDecimal("3.00"))
        .hasEvidence(
            CommissioningRule.POINTS,
            CommissioningRule.THREE_YEAR_TERMS.name(),
            new BigDecimal("0.50"))
        .hasMargin("The commissioning score must rise by 52 points to pass");
  }

  @Test
  void sharesNotGivenComeFromTheAllocationsTerms() {
    // Agreement-year money: £60k on 3-year full-cost terms, £40k annual in advance: 60%, 60%, 40%.
    // 20 × 0.6 + 20 × 0.6 + 20 × 0.4 + 0 (0 weeks) + 20 × 1/3 = 12 + 12 + 8 + 0 + 6.67 = 38.67 →
    // 39.
    LocalAreaAgreement laa =
        camden()
            .addAllocation(
                money("cvs", "nrf", Y2006, "£60k").withTermYears(3).withFullCostRecovery(true))
            .addAllocation(money("club", "nrf", Y2006, "£40k").withPaidInAdvance(true))
            .commissioning(
                CommissioningPractice.builder().consultationWeeks(0).noticeMonths(1).build())
            .build();
    assertThat(score(Lvsc2006.policy(), laa))
        .hasVerdict(Verdict.FAIL)
        .hasScore(39)
        .hasEvidence(
            CommissioningRule.FULL_COST, CommissioningRule.FROM_ALLOCATIONS, Percentage.of(60))
        .hasEvidence(
            CommissioningRule.IN_ADVANCE, CommissioningRule.FROM_ALLOCATIONS, Percentage.of(40))
        .hasMargin("The commissioning score must rise by 1 point to reach a warning");
  }

  @Test
  void weightsAreParameters() {
    // Only consultation counts: 8/12 of 100 = 66.67 → 67.
    Policy consultationOnly =
        Lvsc2006.policy()
            .reform("consultation only")
            .set(CommissioningRule.WEIGHT_TERMS, 0)
            .set(CommissioningRule.WEIGHT_FULL_COST, 0)
            .set(CommissioningRule.WEIGHT_ADVANCE, 0)
            .set(CommissioningRule.WEIGHT_NOTICE, 0)
            .set(CommissioningRule.WEIGHT_CONSULTATION, 1)
            .build();
    assertThat(score(consultationOnly, given(8))).hasScore(67).hasVerdict(Verdict.WARN);
  }

  @Test
  void notAssessedWithoutTheFacts() {
    assertThat(score(Lvsc2006.policy(), camden().build()))
        .isNotAssessedFor("commissioning practice");
    assertThat(
            score(
                Lvsc2006.policy(),
                camden()
                    .commissioning(CommissioningPractice.builder().noticeMonths(3).build())
                    .build()))
        .hasVerdict(Verdict.NOT_ASSESSED);
    LocalAreaAgreement noWeeks =
        camden()
            .commissioning(
                CommissioningPractice.builder()
                    .threeYearTermsShare(Percentage.ZERO)
                    .fullCostRecoveryShare(Percentage.ZERO)
                    .paidInAdvanceShare(Percentage.ZERO)
                    .noticeMonths(3)
                    .build())
            .build();
    assertThat(score(Lvsc2006.policy(), noWeeks)).isNotAssessedFor("consultation weeks");
  }
}
