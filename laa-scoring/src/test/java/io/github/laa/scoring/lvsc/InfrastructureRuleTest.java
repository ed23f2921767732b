package io.github.laa.scoring.lvsc;

import static io.github.laa.scoring.Agreements.Y2005;
import static io.github.laa.scoring.Agreements.Y2006;
import static io.github.laa.scoring.Agreements.Y2007;
import static io.github.laa.scoring.Agreements.Y2008;
import static io.github.laa.scoring.Agreements.camden;
import static io.github.laa.scoring.Agreements.money;
import static io.github.laa.scoring.testing.LaaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.InfrastructureProfile;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Purpose;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Verdict;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Worked examples of R1 for a single agreement (cohort quartiles are in CohortScorecardTest). */
class InfrastructureRuleTest {
  private static Finding score(LocalAreaAgreement laa) {
    return Lvsc2006.policy().score(laa).finding(Lvsc2006.INFRASTRUCTURE_TARGETING).orElseThrow();
  }

  /** Infrastructure support £10k in the baseline year, then {@code a}, {@code b}, {@code c}. */
  static LocalAreaAgreement support(int rating, String a, String b, String c) {
    return camden()
        .addAllocation(
            money("cvs", "nrf", Y2005, "£10k").withPurpose(Purpose.INFRASTRUCTURE_SUPPORT))
        .addAllocation(money("cvs", "nrf", Y2006, a).withPurpose(Purpose.INFRASTRUCTURE_SUPPORT))
        .addAllocation(money("cvs", "nrf", Y2007, b).withPurpose(Purpose.INFRASTRUCTURE_SUPPORT))
        .addAllocation(money("cvs", "nrf", Y2008, c).withPurpose(Purpose.INFRASTRUCTURE_SUPPORT))
        .infrastructure(
            InfrastructureProfile.of(Money.parse("£90k"), new BigDecimal("2.5"), rating))
        .build();
  }

  @Test
  void weakInfrastructureWithMoreSupportPasses() {
    // Rating 2 ≤ 2: weak. Mean (£12k + £12k + £12k) / 3 = £12k > £10k.
    assertThat(score(support(2, "£12k", "£12k", "£12k")))
        .hasVerdict(Verdict.PASS)
        .hasEvidence(InfrastructureRule.WEAK, true)
        .hasEvidence(InfrastructureRule.BASELINE_SUPPORT, Money.parse("£10k"))
        .hasEvidence(InfrastructureRule.AGREEMENT_SUPPORT, Money.parse("£12k"))
        // £90,000 for 3 bodies.
        .hasEvidence(InfrastructureRule.FUNDING_PER_BODY, Money.parse("£30k"));
  }

  @Test
  void weakInfrastructureWithoutARiseFails() {
    // Mean (£8k + £10k + £12k) / 3 = £10k: not above the £10k baseline; a penny more would be.
    assertThat(score(support(1, "£8k", "£10k", "£12k")))
        .hasVerdict(Verdict.FAIL)
        .hasScore(0)
        .hasMargin(
            "Mean yearly infrastructure support over the agreement must rise by £0.01 to rise above the baseline");
  }

  @Test
  void infrastructureThatIsNotWeakNeedsNothing() {
    Finding f = score(support(3, "£0", "£0", "£0"));
    assertThat(f)
        .hasVerdict(Verdict.PASS)
        .hasScore(100)
        .hasEvidence(InfrastructureRule.WEAK, false);
    assertThat(f.entry(InfrastructureRule.RATING).orElseThrow().check()).contains(Verdict.PASS);
  }

  @Test
  void notAssessedWithoutAProfile() {
    assertThat(score(camden().build())).isNotAssessedFor("infrastructure profile");
    LocalAreaAgreement noBaseline =
        camden().infrastructure(InfrastructureProfile.of(Money.ZERO, BigDecimal.ZERO, 1)).build();
    assertThat(score(noBaseline)).isNotAssessedFor("baseline allocations in 2005/06");
  }
}
