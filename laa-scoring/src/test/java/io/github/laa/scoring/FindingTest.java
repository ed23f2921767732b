package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.yearly;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.FinancialYear;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.lvsc.SmallGrantsRule;
import org.junit.jupiter.api.Test;

class FindingTest {
  private static final Policy LVSC = Lvsc2006.policy();

  /** R3a fails: 2006/07 is £10k below the baseline. */
  private static final Scorecard LOSS = LVSC.score(yearly("£100k", "£90k", "£100k", "£100k"));

  private static Finding lossFinding(Scorecard card) {
    return card.finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();
  }

  @Test
  void findingsAreEqualByContent() {
    Finding fa = lossFinding(LOSS);
    Finding fb = lossFinding(LVSC.score(yearly("£100k", "£100k", "£100k", "£100k")));
    assertThat(fa).isEqualTo(lossFinding(LVSC.score(yearly("£100k", "£90k", "£100k", "£100k"))));
    assertThat(fa).isNotEqualTo(fb);
    assertThat(fa.hashCode()).isNotEqualTo(fb.hashCode());
  }

  @Test
  void aFindingPrintsItsRuleVerdictAndScore() {
    assertThat(lossFinding(LOSS)).hasToString("NET_RESOURCE_LOSS: FAIL (score 39)");
  }

  @Test
  void aFindingThatIsNotAssessedPrintsWhatIsMissing() {
    assertThat(LOSS.finding(Lvsc2006.INFRASTRUCTURE_TARGETING).orElseThrow())
        .hasToString(
            "INFRASTRUCTURE_TARGETING: NOT_ASSESSED (score 0), missing infrastructure profile");
  }

  @Test
  void aFindingBuiltWithoutAVerdictIsNotAssessedForWantOfOne() {
    Finding f = Finding.builder(SmallGrantsRule.INSTANCE).build();
    assertThat(f)
        .hasToString("SMALL_GRANTS: NOT_ASSESSED (score 0), missing a verdict from the rule");
    assertThat(f.missing()).contains("a verdict from the rule");
  }

  @Test
  void aFindingThatIsNotAssessedNamesTheMissingFact() {
    assertThat(Finding.builder(SmallGrantsRule.INSTANCE).notAssessed("a fact").missing())
        .contains("a fact");
  }

  @Test
  void aMissingFactAboutAYearIsJoinedWithTheYearWhenRead() {
    Finding about =
        Finding.builder(SmallGrantsRule.INSTANCE)
            .notAssessed("a deflator index for", FinancialYear.of(2006));
    assertThat(about.missing()).contains("a deflator index for 2006/07");
    assertThat(about)
        .hasToString("SMALL_GRANTS: NOT_ASSESSED (score 0), missing a deflator index for 2006/07");
  }

  @Test
  void aMissingFactIsTheSameWhetherGivenWholeOrWithItsYear() {
    Finding about =
        Finding.builder(SmallGrantsRule.INSTANCE)
            .notAssessed("a deflator index for", FinancialYear.of(2006));
    assertThat(about)
        .isEqualTo(
            Finding.builder(SmallGrantsRule.INSTANCE).notAssessed("a deflator index for 2006/07"));
    assertThat(about.hashCode())
        .isEqualTo(
            Finding.builder(SmallGrantsRule.INSTANCE)
                .notAssessed("a deflator index for 2006/07")
                .hashCode());
    assertThat(about)
        .isNotEqualTo(
            Finding.builder(SmallGrantsRule.INSTANCE)
                .notAssessed("a deflator index for", FinancialYear.of(2007)));
  }

  @Test
  void aFindingGivesTheValueOfEachParameterItsRuleRead() {
    Finding grants = LOSS.finding(Lvsc2006.SMALL_GRANTS).orElseThrow();
    assertThat(grants.parameter(SmallGrantsRule.GRANT_CEILING)).contains(Money.ofPounds(5_000));
    Policy lower =
        LVSC.reform("lower ceiling")
            .set(SmallGrantsRule.GRANT_CEILING, Money.ofPounds(2_000))
            .build();
    assertThat(
            lower
                .score(LOSS.agreement())
                .finding(Lvsc2006.SMALL_GRANTS)
                .orElseThrow()
                .parameter(SmallGrantsRule.GRANT_CEILING))
        .contains(Money.ofPounds(2_000));
    // A parameter of another rule, and an optional one the policy left unset: no value.
    assertThat(grants.parameter(NetResourceLossRule.TOLERANCE)).isEmpty();
    assertThat(lossFinding(LOSS).parameter(NetResourceLossRule.TOLERANCE))
        .contains(Percentage.ZERO);
    assertThat(lossFinding(LOSS).parameter(NetResourceLossRule.DEFLATOR)).isEmpty();
  }
}
