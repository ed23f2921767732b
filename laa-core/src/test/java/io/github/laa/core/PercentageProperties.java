package io.github.laa.core;

import static io.github.laa.core.Fixtures.PENCE;
import static io.github.laa.core.Fixtures.READABLE_BASIS_POINTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.laa.core.testing.TestBudget;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** {@link Percentage}'s laws: exact basis points, round trips, half-even ratios. */
class PercentageProperties {
  @Test
  void formatThenParseGivesTheSamePercentage() {
    qt().withExamples(TestBudget.examples(2_000))
        .forAll(READABLE_BASIS_POINTS)
        .checkAssert(
            bp -> {
              Percentage p = Percentage.ofBasisPoints(bp);
              assertThat(Percentage.parse(p.toString())).isEqualTo(p);
              assertThat(
                      Percentage.parse(
                          " " + p.toPercent().stripTrailingZeros().toPlainString() + " % "))
                  .isEqualTo(p);
              assertThat(Percentage.tryParse(p.toPercent().toPlainString())).contains(p);
              assertThat(Percentage.of(p.toPercent())).isEqualTo(p);
              assertThat(p.toString()).matches("-?[0-9]+\\.[0-9]{2}%");
            });
  }

  @Test
  void aRatioIsThePartOfTheWholeRoundedHalfEvenToABasisPoint() {
    qt().withExamples(TestBudget.examples(2_000))
        .forAll(
            longs().all().mix(longs().between(-1_000_000, 1_000_000), 50),
            longs().all().mix(longs().between(-1_000, 1_000), 50))
        .checkAssert(
            (part, whole) -> {
              if (whole == 0) {
                assertThatThrownBy(() -> Percentage.ratio(part, whole))
                    .isInstanceOf(ArithmeticException.class);
                return;
              }
              BigInteger exact =
                  new BigDecimal(BigInteger.valueOf(part).multiply(BigInteger.valueOf(10_000)))
                      .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_EVEN)
                      .toBigIntegerExact();
              if (exact.bitLength() < 64) {
                assertThat(Percentage.ratio(part, whole).basisPoints())
                    .isEqualTo(exact.longValueExact());
                assertThat(Percentage.ratio(Money.ofPence(part), Money.ofPence(whole)))
                    .isEqualTo(Percentage.ratio(part, whole));
              } else {
                assertThatThrownBy(() -> Percentage.ratio(part, whole))
                    .isInstanceOf(ArithmeticException.class);
              }
            });
  }

  /** Edges of the range included: every pair of pence amounts, as {@link Fixtures#PENCE} draws. */
  @Test
  void ratioIsExactHalfEvenForEveryLong() {
    qt().withExamples(2_000)
        .forAll(PENCE, PENCE)
        .assuming((part, whole) -> whole != 0)
        .checkAssert(
            (part, whole) -> {
              BigDecimal exact =
                  new BigDecimal(BigInteger.valueOf(part).multiply(BigInteger.valueOf(10_000)))
                      .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_EVEN);
              if (exact.toBigIntegerExact().bitLength() < 64) {
                assertThat(Percentage.ratio(part, whole).basisPoints())
                    .isEqualTo(exact.longValueExact());
              } else {
                assertThatThrownBy(() -> Percentage.ratio(part, whole))
                    .isInstanceOf(ArithmeticException.class);
              }
            });
  }

  @Test
  void orderComparisonsAndFractionAgreeWithBasisPoints() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(READABLE_BASIS_POINTS, READABLE_BASIS_POINTS)
        .checkAssert(
            (a, b) -> {
              Percentage x = Percentage.ofBasisPoints(a);
              Percentage y = Percentage.ofBasisPoints(b);
              assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Long.compare(a, b));
              assertThat(x.isLessThan(y)).isEqualTo(a < b);
              assertThat(x.isGreaterThan(y)).isEqualTo(a > b);
              assertThat(x.isNegative()).isEqualTo(a < 0);
              assertThat(x.equals(y)).isEqualTo(a.equals(b));
              assertThat(x.toFraction()).isEqualByComparingTo(BigDecimal.valueOf(a, 4));
            });
  }

  @Test
  void partOfIsTheShareOfTheAmountRoundedHalfEven() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(READABLE_BASIS_POINTS, longs().between(-1_000_000_000L, 1_000_000_000L))
        .checkAssert(
            (a, pence) -> {
              Percentage x = Percentage.ofBasisPoints(a);
              if (Math.abs(a) <= 1_000_000) {
                BigDecimal share =
                    BigDecimal.valueOf(pence)
                        .multiply(BigDecimal.valueOf(a, 4))
                        .setScale(0, RoundingMode.HALF_EVEN);
                assertThat(x.partOf(Money.ofPence(pence)).pence())
                    .isEqualTo(share.longValueExact());
              }
            });
  }

  @Test
  void tryParseIsEmptyExactlyWhenParseThrows() {
    qt().withExamples(TestBudget.examples(2_000))
        .forAll(
            SourceDSL.strings()
                .allPossible()
                .ofLengthBetween(0, 20)
                .mix(READABLE_BASIS_POINTS.map(bp -> Percentage.ofBasisPoints(bp) + "x"), 20))
        .checkAssert(
            text -> {
              Optional<Percentage> tried = Percentage.tryParse(text);
              try {
                assertThat(tried).contains(Percentage.parse(text));
              } catch (InvalidDataException e) {
                assertThat(tried).isEmpty();
                assertThat(e.problems()).hasSize(1);
              }
            });
  }
}
