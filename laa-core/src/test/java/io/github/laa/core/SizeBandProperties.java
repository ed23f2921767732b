package io.github.laa.core;

import static io.github.laa.core.Fixtures.INCOME_PENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.laa.core.testing.TestBudget;
import org.junit.jupiter.api.Test;

/** {@link SizeBand}'s laws: every income falls in the one band that contains it, in order. */
class SizeBandProperties {

  @Test
  void everyIncomeFallsInTheBandWhoseBoundsContainIt() {
    qt().withExamples(TestBudget.examples(2_000))
        .forAll(INCOME_PENCE)
        .checkAssert(
            pence -> {
              Money income = Money.ofPence(pence);
              SizeBand band = SizeBand.of(income);
              assertThat(income.compareTo(band.lowerBound())).isGreaterThanOrEqualTo(0);
              band.upperBound().ifPresent(upper -> assertThat(income.isLessThan(upper)).isTrue());
            });
  }

  @Test
  void bandsGrowWithIncome() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(INCOME_PENCE, INCOME_PENCE)
        .checkAssert(
            (a, b) -> {
              if (a <= b) {
                assertThat(SizeBand.of(Money.ofPence(a)))
                    .isLessThanOrEqualTo(SizeBand.of(Money.ofPence(b)));
              }
            });
  }
}
