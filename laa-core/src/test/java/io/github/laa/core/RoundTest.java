package io.github.laa.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Round}: the years of each round of agreements, its label and what it allows. */
class RoundTest {

  @Test
  void aPilotRunsThreeYearsFrom2005() {
    assertThat(Round.PILOT.years())
        .containsExactly(FinancialYear.of(2005), FinancialYear.of(2006), FinancialYear.of(2007));
  }

  @Test
  void aNewLaaEndsIn2010() {
    assertThat(Round.NEW_LAA_2008.lastYear()).isEqualTo(FinancialYear.of(2010));
  }

  @Test
  void economicDevelopmentIsAllowedFromRoundTwo() {
    assertThat(Round.PILOT.allowsEconomicDevelopment()).isFalse();
    assertThat(Round.ROUND_2.allowsEconomicDevelopment()).isTrue();
  }

  @Test
  void hasALabel() {
    assertThat(Round.ROUND_2.label()).isEqualTo("Round 2");
  }
}
