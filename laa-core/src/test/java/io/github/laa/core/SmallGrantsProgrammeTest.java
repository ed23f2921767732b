package io.github.laa.core;

import static io.github.laa.core.Fixtures.Y2006;
import static io.github.laa.core.Fixtures.paths;
import static io.github.laa.core.Fixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link SmallGrantsProgramme}: its text, amounts that are not negative, and its budgets. */
class SmallGrantsProgrammeTest {

  /** Grants: £7 budget in 2006/07, grants of up to £5 to bodies of up to £5 income. */
  private static SmallGrantsProgramme grants() {
    return SmallGrantsProgramme.builder()
        .id("g")
        .name("Grants")
        .putBudget(Y2006, Money.ofPounds(7))
        .maxGrant(Money.ofPounds(5))
        .incomeCap(Money.ofPounds(5))
        .build();
  }

  @Test
  void checksEachOfItsTextAttributes() {
    assertThat(
            paths(
                () ->
                    SmallGrantsProgramme.builder()
                        .id(" g")
                        .name(" ")
                        .maxGrant(Money.ZERO)
                        .incomeCap(Money.ZERO)
                        .administeredBy("")
                        .stream(" x")
                        .build()))
        .containsExactly("id", "name", "administeredBy", "stream");
  }

  @Test
  void reportsNegativeAmountsAndAMissingIncomeCapTogether() {
    assertThat(
            problems(
                () ->
                    SmallGrantsProgramme.builder()
                        .id("g")
                        .name("Grants")
                        .putBudget(Y2006, Money.ofPounds(-1))
                        .maxGrant(Money.ofPounds(-2))
                        .build()))
        .containsExactly(
            "budgets[2006/07]: must not be negative but was: -£1.00",
            "maxGrant: must not be negative but was: -£2.00",
            "incomeCap: must be set");
  }

  @Test
  void budgetsMustNotTotalMoreThanMoneyHolds() {
    assertThat(
            problems(
                () ->
                    SmallGrantsProgramme.builder()
                        .id("g")
                        .name("Grants")
                        .putBudget(Y2006, Money.ofPence(Long.MAX_VALUE))
                        .putBudget(Y2006.next(), Money.ofPence(1))
                        .maxGrant(Money.ZERO)
                        .incomeCap(Money.ZERO)
                        .build()))
        .containsExactly("budgets: must total at most £92,233,720,368,547,758.07");
  }

  @Test
  void budgetGivesTheBudgetOfAYearAndZeroForAYearWithout() {
    SmallGrantsProgramme g = grants();
    assertThat(g.budget(Y2006)).isEqualTo(Money.ofPounds(7));
    assertThat(g.budget(Y2006.next())).isEqualTo(Money.ZERO);
  }

  @Test
  void doesNotBuildCapacityByDefault() {
    assertThat(grants().capacityBuilding()).isFalse();
  }
}
