package io.github.laa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentageTest {

  @Test
  void holdsHundredthsOfAPercentExactly() {
    assertThat(Percentage.of(5).basisPoints()).isEqualTo(500);
    assertThat(Percentage.ofBasisPoints(1234)).hasToString("12.34%");
    assertThat(Percentage.of(new BigDecimal("12.5"))).isEqualTo(Percentage.ofBasisPoints(1250));
    assertThat(Percentage.of(-3)).hasToString("-3.00%");
    assertThat(Percentage.of(5).toFraction()).isEqualByComparingTo("0.05");
    assertThat(Percentage.of(5).toPercent()).isEqualByComparingTo("5");
  }

  @Test
  void ratioRoundsHalfEvenToHundredths() {
    assertThat(Percentage.ratio(1, 3)).hasToString("33.33%");
    assertThat(Percentage.ratio(2, 3)).hasToString("66.67%");
    // 1/8 = 12.5% exactly; 1/16 = 6.25%; 1/32 = 3.125% → 3.12% (half-even)
    assertThat(Percentage.ratio(1, 32)).hasToString("3.12%");
    assertThat(Percentage.ratio(3, 32)).hasToString("9.38%");
    assertThat(Percentage.ratio(Money.ofPounds(-1), Money.ofPounds(4))).hasToString("-25.00%");
    assertThat(Percentage.ratio(Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(Percentage.HUNDRED);
    assertThatThrownBy(() -> Percentage.ratio(1, 0)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void ratioIsExactHalfEvenForEveryLong() {
    org.quicktheories.QuickTheory.qt()
        .withExamples(2_000)
        .forAll(MoneyProperties.PENCE, MoneyProperties.PENCE)
        .assuming((part, whole) -> whole != 0)
        .checkAssert(
            (part, whole) -> {
              BigDecimal exact =
                  new BigDecimal(
                          java.math.BigInteger.valueOf(part)
                              .multiply(java.math.BigInteger.valueOf(10_000)))
                      .divide(BigDecimal.valueOf(whole), 0, java.math.RoundingMode.HALF_EVEN);
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
  void parsesWithOrWithoutSign() {
    assertThat(Percentage.parse("12.5%")).isEqualTo(Percentage.ofBasisPoints(1250));
    assertThat(Percentage.parse("7")).isEqualTo(Percentage.of(7));
    assertThat(Percentage.parse(" 0.25 % ")).isEqualTo(Percentage.ofBasisPoints(25));
    assertThat(Percentage.parse("-3%")).isEqualTo(Percentage.of(-3));
    assertThatThrownBy(() -> Percentage.parse("12.345%"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("\"12.345%\"");
    assertThat(Percentage.tryParse("abc")).isEmpty();
    assertThatThrownBy(() -> Percentage.of(new BigDecimal("0.001")))
        .isInstanceOf(InvalidDataException.class);
  }

  @Test
  void takesAShareOfMoneyRoundingHalfEven() {
    assertThat(Percentage.of(10).partOf(Money.ofPence(25))).isEqualTo(Money.ofPence(2));
    assertThat(Percentage.of(10).partOf(Money.ofPence(35))).isEqualTo(Money.ofPence(4));
    assertThat(Percentage.ofBasisPoints(1250).partOf(Money.ofPounds(80)))
        .isEqualTo(Money.ofPounds(10));
  }

  @Test
  void compares() {
    assertThat(Percentage.of(5).isLessThan(Percentage.of(6))).isTrue();
    assertThat(Percentage.of(6).isGreaterThan(Percentage.of(5))).isTrue();
    assertThat(Percentage.of(-1).isNegative()).isTrue();
    assertThat(Percentage.of(5))
        .isEqualTo(Percentage.ofBasisPoints(500))
        .hasSameHashCodeAs(Percentage.ofBasisPoints(500));
  }
}
