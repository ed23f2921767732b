package io.github.laa.scoring.rules;

import static io.github.laa.scoring.Agreements.Y2006;
import static io.github.laa.scoring.Agreements.camden;
import static io.github.laa.scoring.Agreements.money;
import static io.github.laa.scoring.testing.LaaAssertions.assertThat;

import io.github.laa.core.CommissioningPractice;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.RuleId;
import io.github.laa.scoring.Verdict;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Worked examples of R6 with the default weights of 20 each. */
class CommissioningRuleTest {
  private static Finding score(Policy p, LocalAreaAgreement laa) {
    return p.score(laa).finding(RuleId.COMMISSIONING_PRACTICE).orElseThrow();
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
    // 20 × 50% + 20 × 25% + 20 × 100% + 20 × 8/12 + 20 × 3/3 = 10 + 5 + 20 + 13.33 + 20 = 68.33 → 68.
    Finding f = score(Policy.lvsc2006(), given(8));
    assertThat(f)
        .hasVerdict(Verdict.WARN)
        .hasScore(68)
        .hasEvidence(CommissioningRule.SCORE, 68L)
        .hasEvidence(CommissioningRule.THREE_YEAR_TERMS, CommissioningRule.GIVEN, Percentage.of(50))
        .hasEvidence(CommissioningRule.POINTS, CommissioningRule.CONSULTATION, new BigDecimal("13.33"))
        .hasMargin("The commissioning score must rise by 2 points to pass");
    // 12 weeks: 10 + 5 + 20 + 20 + 20 = 75, a pass.
    assertThat(score(Policy.lvsc2006(), given(12))).hasVerdict(Verdict.PASS).hasScore(75);
  }

  @Test
  void sharesNotGivenComeFromTheAllocationsTerms() {
    // Agreement-year money: £60k on 3-year full-cost terms, £40k annual in advance: 60%, 60%, 40%.
    // 20 × 0.6 + 20 × 0.6 + 20 × 0.4 + 0 (0 weeks) + 20 × 1/3 = 12 + 12 + 8 + 0 + 6.67 = 38.67 → 39.
    LocalAreaAgreement laa =
        camden()
            .addAllocation(money("cvs", "nrf", Y2006, "£60k").withTermYears(3).withFullCostRecovery(true))
            .addAllocation(money("club", "nrf", Y2006, "£40k").withPaidInAdvance(true))
            .commissioning(CommissioningPractice.builder().consultationWeeks(0).noticeMonths(1).build())
            .build();
    assertThat(score(Policy.lvsc2006(), laa))
        .hasVerdict(Verdict.FAIL)
        .hasScore(39)
        .hasEvidence(CommissioningRule.FULL_COST, CommissioningRule.FROM_ALLOCATIONS, Percentage.of(60))
        .hasEvidence(CommissioningRule.IN_ADVANCE, CommissioningRule.FROM_ALLOCATIONS, Percentage.of(40))
        .hasMargin("The commissioning score must rise by 1 points to reach a warning");
  }

  @Test
  void weightsAreParameters() {
    // Only consultation counts: 8/12 of 100 = 66.67 → 67.
    Policy consultationOnly =
        Policy.lvsc2006()
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
    assertThat(score(Policy.lvsc2006(), camden().build())).isNotAssessedFor("commissioning practice");
    assertThat(score(Policy.lvsc2006(), camden().commissioning(CommissioningPractice.builder().noticeMonths(3).build()).build()))
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
    assertThat(score(Policy.lvsc2006(), noWeeks)).isNotAssessedFor("consultation weeks");
  }
}
