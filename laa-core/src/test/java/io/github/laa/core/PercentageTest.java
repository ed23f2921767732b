package io.github.laa.core;

import static io.github.laa.core.Fixtures.HUGE_DECIMAL;
import static io.github.laa.core.Fixtures.paths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** {@link Percentage}: exact hundredths of a percent, ratios, parsing, shares and comparison. */
class PercentageTest {

  // --- factories and conversions ------------------------------------------------------------

  @Test
  void holdsHundredthsOfAPercentExactly() {
    assertThat(Percentage.of(5).basisPoints()).isEqualTo(500);
    assertThat(Percentage.of(new BigDecimal("12.5"))).isEqualTo(Percentage.ofBasisPoints(1250));
  }

  @Test
  void toStringShowsTwoDecimalsAndTheSign() {
    assertThat(Percentage.ofBasisPoints(1234)).hasToString("12.34%");
    assertThat(Percentage.of(-3)).hasToString("-3.00%");
  }

  @Test
  void convertsToAFractionAndToPercent() {
    assertThat(Percentage.of(5).toFraction()).isEqualByComparingTo("0.05");
    assertThat(Percentage.of(5).toPercent()).isEqualByComparingTo("5");
  }

  @Test
  void ofRejectsAFractionOfABasisPoint() {
    assertThatThrownBy(() -> Percentage.of(new BigDecimal("0.001")))
        .isInstanceOf(InvalidDataException.class);
  }

  @Test
  void ofLongAcceptsEveryPercentWhoseBasisPointsFit() {
    assertThat(Percentage.of(Long.MAX_VALUE / 100).basisPoints())
        .isEqualTo(Long.MAX_VALUE / 100 * 100);
    assertThat(Percentage.of(Long.MIN_VALUE / 100).basisPoints())
        .isEqualTo(Long.MIN_VALUE / 100 * 100);
  }

  @Test
  void ofLongRejectsAPercentPastEitherEndOfTheRange() {
    assertThat(paths(() -> Percentage.of(Long.MAX_VALUE / 100 + 1))).containsExactly("percent");
    assertThat(paths(() -> Percentage.of(Long.MIN_VALUE / 100 - 1))).containsExactly("percent");
  }

  @Test
  void ofDecimalAcceptsTheWholeRangeOfBasisPoints() {
    assertThat(Percentage.of(BigDecimal.valueOf(Long.MAX_VALUE, 2)).basisPoints())
        .isEqualTo(Long.MAX_VALUE);
    assertThat(Percentage.of(BigDecimal.valueOf(Long.MIN_VALUE, 2)).basisPoints())
        .isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void ofDecimalRejectsABasisPointPastEitherEndOfTheRange() {
    assertThat(
            paths(
                () ->
                    Percentage.of(
                        BigDecimal.valueOf(Long.MAX_VALUE, 2).add(new BigDecimal("0.01")))))
        .containsExactly("percent");
    assertThat(
            paths(
                () ->
                    Percentage.of(
                        BigDecimal.valueOf(Long.MIN_VALUE, 2).subtract(new BigDecimal("0.01")))))
        .containsExactly("percent");
  }

  @Test
  void ofDecimalAcceptsSeventeenDigitsOfPercent() {
    assertThat(Percentage.of(new BigDecimal("12345678901234567")).basisPoints())
        .isEqualTo(1_234_567_890_123_456_700L);
  }

  /** Was: {@code ArithmeticException: Overflow} from moving the decimal point two places. */
  @Test
  void ofRejectsAnExtremelyLargeDecimalAsInvalidData() {
    InvalidDataException percent =
        catchThrowableOfType(
            InvalidDataException.class, () -> Percentage.of(HUGE_DECIMAL.negate()));
    assertThat(percent.problems()).extracting(Problem::path).containsExactly("percent");
    assertThat(percent).hasMessageEndingWith("but was: -1E+2147483648");
  }

  /** Zero is zero whatever its scale: it is valid data and must not be rejected. */
  @Test
  void ofZeroWithAnExtremeScaleIsZero() {
    assertThat(Percentage.of(new BigDecimal(BigInteger.ZERO, Integer.MIN_VALUE)))
        .isEqualTo(Percentage.ZERO);
  }

  // --- ratio --------------------------------------------------------------------------------

  @Test
  void ratioRoundsHalfEvenToHundredths() {
    assertThat(Percentage.ratio(1, 3)).hasToString("33.33%");
    assertThat(Percentage.ratio(2, 3)).hasToString("66.67%");
    // 1/8 = 12.5% exactly; 1/16 = 6.25%; 1/32 = 3.125% → 3.12% (half-even)
    assertThat(Percentage.ratio(1, 32)).hasToString("3.12%");
    assertThat(Percentage.ratio(3, 32)).hasToString("9.38%");
  }

  @Test
  void ratioOfMoneyIsSigned() {
    assertThat(Percentage.ratio(Money.ofPounds(-1), Money.ofPounds(4))).hasToString("-25.00%");
  }

  @Test
  void ratioOfTheLargestLongToItselfIsAHundredPercent() {
    assertThat(Percentage.ratio(Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(Percentage.HUNDRED);
  }

  @Test
  void ratioOfAZeroWholeThrows() {
    assertThatThrownBy(() -> Percentage.ratio(1, 0)).isInstanceOf(ArithmeticException.class);
  }

  // --- parse and tryParse -------------------------------------------------------------------

  @Test
  void parseAcceptsWithOrWithoutThePercentSign() {
    assertThat(Percentage.parse("12.5%")).isEqualTo(Percentage.ofBasisPoints(1250));
    assertThat(Percentage.parse("7")).isEqualTo(Percentage.of(7));
    assertThat(Percentage.parse(" 0.25 % ")).isEqualTo(Percentage.ofBasisPoints(25));
    assertThat(Percentage.parse("-3%")).isEqualTo(Percentage.of(-3));
  }

  @Test
  void parseRejectsMoreThanTwoDecimalPlacesQuotingTheInput() {
    assertThatThrownBy(() -> Percentage.parse("12.345%"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("\"12.345%\"");
  }

  @Test
  void tryParseIsEmptyForText() {
    assertThat(Percentage.tryParse("abc")).isEmpty();
  }

  @Test
  void parseReadsTextOfThirtyTwoCharacters() {
    assertThat(Percentage.parse(" ".repeat(27) + "12.5%"))
        .isEqualTo(Percentage.ofBasisPoints(1_250));
  }

  @Test
  void tryParseIsEmptyForTextOfThirtyThreeCharacters() {
    assertThat(Percentage.tryParse(" ".repeat(28) + "12.5%")).isEmpty();
  }

  @Test
  void tryParseIsEmptyForNull() {
    assertThat(Percentage.tryParse(null)).isEmpty();
  }

  // --- shares and comparison ----------------------------------------------------------------

  @Test
  void partOfTakesAShareOfMoneyRoundingHalfEven() {
    assertThat(Percentage.of(10).partOf(Money.ofPence(25))).isEqualTo(Money.ofPence(2));
    assertThat(Percentage.of(10).partOf(Money.ofPence(35))).isEqualTo(Money.ofPence(4));
    assertThat(Percentage.ofBasisPoints(1250).partOf(Money.ofPounds(80)))
        .isEqualTo(Money.ofPounds(10));
  }

  @Test
  void comparesByBasisPoints() {
    assertThat(Percentage.of(5).isLessThan(Percentage.of(6))).isTrue();
    assertThat(Percentage.of(6).isGreaterThan(Percentage.of(5))).isTrue();
  }

  @Test
  void isNegativeBelowZero() {
    assertThat(Percentage.of(-1).isNegative()).isTrue();
  }

  @Test
  void equalPercentagesAreEqualAndHashAlike() {
    assertThat(Percentage.of(5))
        .isEqualTo(Percentage.ofBasisPoints(500))
        .hasSameHashCodeAs(Percentage.ofBasisPoints(500));
  }
}
