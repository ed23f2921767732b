package io.github.laa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SizeBandProperties {

  /** Incomes near every band boundary, and anywhere. */
  private static final Gen<Long> INCOME =
      Generate.pick(java.util.List.of(10_000_00L, 100_000_00L, 1_000_000_00L, 10_000_000_00L))
          .zip(longs().between(-3, 3), Long::sum)
          .mix(longs().between(0, Long.MAX_VALUE), 50);

  @Test
  void everyIncomeFallsInTheBandWhoseBoundsContainIt() {
    qt().withExamples(TestBudget.examples(2_000))
        .forAll(INCOME)
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
        .forAll(INCOME, INCOME)
        .checkAssert(
            (a, b) -> {
              if (a <= b) {
                assertThat(SizeBand.of(Money.ofPence(a)))
                    .isLessThanOrEqualTo(SizeBand.of(Money.ofPence(b)));
              }
            });
  }
}
