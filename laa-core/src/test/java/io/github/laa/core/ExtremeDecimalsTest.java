package io.github.laa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * Regressions found by the bad-input campaign: decimals with extreme scales. {@code new
 * BigDecimal(BigInteger.ONE, Integer.MIN_VALUE)} is 10<sup>2,147,483,648</sup>; {@code new
 * BigDecimal(BigInteger.ONE, 3_000_000)} is 10<sup>−3,000,000</sup>. Both are legal {@code
 * BigDecimal}s a caller can pass in.
 */
class ExtremeDecimalsTest {
  private static final BigDecimal HUGE = new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE);
  private static final BigDecimal TINY = new BigDecimal(BigInteger.ONE, 3_000_000);

  /** Was: {@code ArithmeticException: Overflow} from moving the decimal point two places. */
  @Test
  void moneyAndPercentagesOfAnExtremelyLargeDecimalAreInvalidData() {
    InvalidDataException money =
        catchThrowableOfType(InvalidDataException.class, () -> Money.of(HUGE));
    assertThat(money)
        .hasMessage(
            "Money is invalid: pounds: must be within the range of pence but was: 1E+2147483648");
    InvalidDataException percent =
        catchThrowableOfType(InvalidDataException.class, () -> Percentage.of(HUGE.negate()));
    assertThat(percent.problems()).extracting(Problem::path).containsExactly("percent");
    assertThat(percent).hasMessageEndingWith("but was: -1E+2147483648");
    // 10^17 pounds is just out of range; 10^16 pounds is in it.
    assertThatThrownBy(() -> Money.of(BigDecimal.TEN.pow(17)))
        .isInstanceOf(InvalidDataException.class);
    assertThat(Money.of(BigDecimal.TEN.pow(16)).pence()).isEqualTo(1_000_000_000_000_000_000L);
  }

  /** Zero is zero whatever its scale: it is valid data and must not be rejected. */
  @Test
  void zeroWithAnExtremeScaleIsZero() {
    assertThat(Money.of(new BigDecimal(BigInteger.ZERO, Integer.MIN_VALUE))).isEqualTo(Money.ZERO);
    assertThat(Percentage.of(new BigDecimal(BigInteger.ZERO, Integer.MIN_VALUE)))
        .isEqualTo(Percentage.ZERO);
    assertThat(Money.of(new BigDecimal(BigInteger.ZERO, Integer.MAX_VALUE))).isEqualTo(Money.ZERO);
  }

  /**
   * Was: a message carrying all 3,000,000 digits of the plain form (and 2 × 10^9 would not fit).
   */
  @Test
  void messagesShowExtremeDecimalsInScientificNotation() {
    assertThat(catchThrowableOfType(InvalidDataException.class, () -> Money.of(TINY)))
        .hasMessage(
            "Money is invalid: pounds: must be a whole number of pence but was: 1E-3000000");
    assertThat(
            catchThrowableOfType(
                InvalidDataException.class,
                () -> InfrastructureProfile.of(Money.ZERO, TINY.negate(), 3)))
        .hasMessage(
            "InfrastructureProfile is invalid: staffFte: must not be negative but was: -1E-3000000");
    InvalidDataException target =
        catchThrowableOfType(
            InvalidDataException.class,
            () ->
                Target.builder()
                    .year(FinancialYear.of(2006))
                    .baseline(BigDecimal.ZERO)
                    .value(BigDecimal.ONE)
                    .stretch(TINY)
                    .build());
    assertThat(target)
        .hasMessage(
            "Target is invalid: stretch: must be at least as ambitious as the target 1 (from baseline 0) but was: 1E-3000000");
    // Short decimals keep their plain form.
    assertThat(Problems.decimal(new BigDecimal("-0.0001"))).isEqualTo("-0.0001");
    // A long unscaled value is cut at 60 characters.
    assertThat(Problems.decimal(new BigDecimal(BigInteger.TEN.pow(100).add(BigInteger.ONE), 1)))
        .hasSize(60 + "… (101 digits)".length())
        .endsWith("… (101 digits)");
  }

  /** Was: accepted, because precision − scale overflowed int; scoring in real terms then hung. */
  @Test
  void aDeflatorIndexBeyondTwelveDigitsIsRejectedWhateverItsScale() {
    InvalidDataException e =
        catchThrowableOfType(
            InvalidDataException.class,
            () ->
                DeflatorSeries.builder()
                    .name("broken")
                    .putIndex(FinancialYear.of(2005), HUGE)
                    .build());
    assertThat(e)
        .hasMessage(
            "DeflatorSeries is invalid: indices[2005/06]: must have at most 12 digits before and after the point but was: 1E+2147483648");
    assertThat(
            DeflatorSeries.builder()
                .name("edge")
                .putIndex(FinancialYear.of(2005), new BigDecimal("999999999999.999999999999"))
                .build()
                .indices())
        .hasSize(1);
  }

  /** Was: rounding a product of 10^2,147,483,648 pence to whole pence, which does not finish. */
  @Test
  void scalingByAnExtremeFactorFailsFast() {
    assertThatThrownBy(() -> Money.ofPence(1).scaledBy(HUGE))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("Money out of range: £0.01 × 1E+2147483648");
    assertThat(Money.ofPence(1).scaledBy(TINY)).isEqualTo(Money.ZERO);
    assertThat(Money.ZERO.scaledBy(HUGE)).isEqualTo(Money.ZERO);
  }
}
