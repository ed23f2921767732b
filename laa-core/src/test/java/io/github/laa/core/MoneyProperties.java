package io.github.laa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Money's laws over the whole range of pence. */
class MoneyProperties {

  /** Every long, with the edges and small values over-represented. */
  static final Gen<Long> PENCE =
      longs()
          .all()
          .mix(longs().between(-1_000_000, 1_000_000), 30)
          .mix(Generate.pick(java.util.List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 1L)), 10);

  @Test
  void formatThenParseGivesTheSameAmountAcrossTheWholeRange() {
    qt().withExamples(TestBudget.examples(2_000))
        .forAll(PENCE)
        .checkAssert(p -> assertThat(Money.parse(Money.ofPence(p).toString()).pence()).isEqualTo(p));
  }

  @Test
  void formatIsGroupedEnGbWithTwoDecimals() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(PENCE)
        .checkAssert(
            p ->
                assertThat(Money.ofPence(p).toString())
                    .matches("-?£[0-9]{1,3}(,[0-9]{3})*\\.[0-9]{2}"));
  }

  @Test
  void plusIsCommutativeAndAssociativeWhenItFitsAndThrowsExactlyWhenItDoesNot() {
    qt().withExamples(TestBudget.examples(2_000))
        .forAll(PENCE, PENCE, PENCE)
        .checkAssert(
            (a, b, c) -> {
              BigInteger exact = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
              Money ma = Money.ofPence(a);
              Money mb = Money.ofPence(b);
              if (exact.bitLength() < 64) {
                assertThat(ma.plus(mb)).isEqualTo(mb.plus(ma));
                assertThat(ma.plus(mb).pence()).isEqualTo(exact.longValueExact());
              } else {
                assertThatThrownBy(() -> ma.plus(mb)).isInstanceOf(ArithmeticException.class);
              }
              BigInteger all = exact.add(BigInteger.valueOf(c));
              Money mc = Money.ofPence(c);
              boolean leftFits = exact.bitLength() < 64 && all.bitLength() < 64;
              BigInteger bc = BigInteger.valueOf(b).add(BigInteger.valueOf(c));
              boolean rightFits = bc.bitLength() < 64 && all.bitLength() < 64;
              if (leftFits && rightFits) {
                assertThat(ma.plus(mb).plus(mc)).isEqualTo(ma.plus(mb.plus(mc)));
              }
            });
  }

  @Test
  void minusUndoesPlus() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(longs().between(-1L << 60, 1L << 60), longs().between(-1L << 60, 1L << 60))
        .checkAssert(
            (a, b) ->
                assertThat(Money.ofPence(a).plus(Money.ofPence(b)).minus(Money.ofPence(b)))
                    .isEqualTo(Money.ofPence(a)));
  }

  @Test
  void multiplicationOverflowIsDetectedExactly() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(PENCE, longs().between(-1_000_000, 1_000_000))
        .checkAssert(
            (a, k) -> {
              BigInteger exact = BigInteger.valueOf(a).multiply(BigInteger.valueOf(k));
              if (exact.bitLength() < 64) {
                assertThat(Money.ofPence(a).multipliedBy(k).pence()).isEqualTo(exact.longValueExact());
              } else {
                assertThatThrownBy(() -> Money.ofPence(a).multipliedBy(k))
                    .isInstanceOf(ArithmeticException.class);
              }
            });
  }

  @Test
  void shortFormsParseToThePoundsTheyName() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(longs().between(0, 9_000_000), longs().between(0, 99))
        .checkAssert(
            (whole, hundredths) -> {
              String digits = whole + "." + String.format(java.util.Locale.ROOT, "%02d", hundredths);
              assertThat(Money.parse("£" + digits + "k").pence())
                  .isEqualTo((whole * 100 + hundredths) * 1_000);
              assertThat(Money.parse(digits + "m").pence())
                  .isEqualTo((whole * 100 + hundredths) * 1_000_000);
            });
  }
}
