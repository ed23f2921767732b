package io.github.laa.core;

import static io.github.laa.core.Fixtures.HUGE_DECIMAL;
import static io.github.laa.core.Fixtures.TINY_DECIMAL;
import static io.github.laa.core.Fixtures.paths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Money}: parsing, formatting, factories, exact arithmetic, comparison and equality. */
class MoneyTest {

  // --- parse and tryParse -------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "£1,234.56      | 123456",
        "1234.56        | 123456",
        "1,234.5        | 123450",
        "£0.07          | 7",
        "12             | 1200",
        "-£12.40        | -1240",
        "£1.2m          | 120000000",
        "£250k          | 25000000",
        "£250K          | 25000000",
        "£1.5bn         | 150000000000",
        "£0.001k        | 100",
        "1,000,000      | 100000000",
        "'  £5.00  '    | 500",
        "-0             | 0",
      })
  void parseAcceptsEveryDocumentedForm(String text, long pence) {
    assertThat(Money.parse(text).pence()).isEqualTo(pence);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "£",
        "-",
        "abc",
        "£1.234",
        "1.",
        ".5",
        "£1,23",
        "£1,2345",
        ",123",
        "1,,234",
        "£-5",
        "--5",
        "5-",
        "1e5",
        "£1.2mm",
        "£1.23456789k",
        "1 234",
        "١٢٣",
        "£ 5",
        "$5",
        "5p",
        "£92,233,720,368,547,758.08",
        "-£92,233,720,368,547,758.09"
      })
  void parseRejectsAnythingElseQuotingTheInputAndTryParseIsEmpty(String text) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("Money is invalid: text must")
        .hasMessageContaining(Problems.quote(text));
    assertThat(Money.tryParse(text)).isEmpty();
  }

  @Test
  void parseRejectsVeryLongTextWithoutReadingIt() {
    String text = "1".repeat(10_000);
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("(10000 characters)");
  }

  @Test
  void parseReadsTextOfSixtyFourCharacters() {
    assertThat(Money.parse(" ".repeat(60) + "£1.5")).isEqualTo(Money.ofPence(150));
  }

  @Test
  void tryParseIsEmptyForTextOfSixtyFiveCharacters() {
    assertThat(Money.tryParse(" ".repeat(61) + "£1.5")).isEmpty();
  }

  @Test
  void tryParseIsEmptyForNull() {
    assertThat(Money.tryParse(null)).isEmpty();
  }

  @Test
  void parseReadsThousandsGroupedByCommas() {
    assertThat(Money.parse("123,456")).isEqualTo(Money.ofPounds(123_456));
    assertThat(Money.parse("1,234,567.89")).isEqualTo(Money.ofPence(123_456_789));
  }

  @Test
  void tryParseIsEmptyForAFirstGroupOfMoreThanThreeDigits() {
    assertThat(Money.tryParse("1234,567")).isEmpty();
  }

  @Test
  void parseExplainsThatMoreThanTwoDecimalPlacesAreFractionsOfAPenny() {
    assertThatThrownBy(() -> Money.parse("£1.234"))
        .hasMessage(
            "Money is invalid: text must have at most two decimal places (whole pence) but was: \"£1.234\"");
  }

  @Test
  void parseExplainsThatAShortFormMustComeToWholePence() {
    assertThatThrownBy(() -> Money.parse("£1.000001k"))
        .hasMessage(
            "Money is invalid: text must be a whole number of pence but was: \"£1.000001k\"");
  }

  @Test
  void parseExplainsThatAnAmountIsOutOfRange() {
    assertThatThrownBy(() -> Money.parse("£92,233,720,368,547,758.08"))
        .hasMessage(
            "Money is invalid: text must be an amount within the range of Money but was: \"£92,233,720,368,547,758.08\"");
  }

  /**
   * Regression (found by the bad-input campaign): the quote of the input is cut after 60
   * characters; a surrogate pair across the cut is escaped, not split into a lone surrogate.
   */
  @Test
  void parseQuotesASurrogatePairAcrossTheCutEscaped() {
    String text = "x".repeat(59) + "\uD83D\uDE00"; // 61 chars: the emoji is at 59–60
    InvalidDataException e =
        catchThrowableOfType(InvalidDataException.class, () -> Money.parse(text));
    assertThat(e.problems().get(0).message())
        .endsWith("but was: \"" + "x".repeat(59) + "\\ud83d\"… (61 characters)");
  }

  // --- formatting ---------------------------------------------------------------------------

  @Test
  void toStringIsEnGbStyleWithGroupingAndTwoDecimals() {
    assertThat(Money.ofPence(0)).hasToString("£0.00");
    assertThat(Money.ofPence(7)).hasToString("£0.07");
    assertThat(Money.ofPence(-7)).hasToString("-£0.07");
    assertThat(Money.ofPence(99_999)).hasToString("£999.99");
    assertThat(Money.ofPence(100_000)).hasToString("£1,000.00");
    assertThat(Money.ofPence(-123_456_789)).hasToString("-£1,234,567.89");
    assertThat(Money.ofPence(Long.MAX_VALUE)).hasToString("£92,233,720,368,547,758.07");
    assertThat(Money.ofPence(Long.MIN_VALUE)).hasToString("-£92,233,720,368,547,758.08");
  }

  @Test
  void toStringAndParseIgnoreTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      for (Locale l :
          List.of(Locale.GERMANY, Locale.FRANCE, new Locale("ar", "EG"), new Locale("hi", "IN"))) {
        Locale.setDefault(l);
        assertThat(Money.ofPence(123_456_789)).hasToString("£1,234,567.89");
        assertThat(Money.parse("£1,234.56").pence()).isEqualTo(123_456);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  // --- factories ----------------------------------------------------------------------------

  @Test
  void ofPoundsAndOfGiveTheAmountInPence() {
    assertThat(Money.ofPounds(1_234)).isEqualTo(Money.ofPence(123_400));
    assertThat(Money.of(new BigDecimal("12.30"))).isEqualTo(Money.ofPence(1230));
    assertThat(Money.of(new BigDecimal("1E+3"))).isEqualTo(Money.ofPounds(1000));
  }

  @Test
  void ofGivesWholePenceFromPoundsWithTwoDecimalPlaces() {
    assertThat(Money.of(new BigDecimal("0.01"))).isEqualTo(Money.ofPence(1));
    assertThat(Money.of(new BigDecimal("0.07"))).isEqualTo(Money.ofPence(7));
  }

  @Test
  void ofPoundsAcceptsEveryAmountWhosePenceFit() {
    assertThat(Money.ofPounds(Long.MAX_VALUE / 100).pence()).isEqualTo(Long.MAX_VALUE / 100 * 100);
    assertThat(Money.ofPounds(Long.MIN_VALUE / 100).pence()).isEqualTo(Long.MIN_VALUE / 100 * 100);
  }

  @Test
  void ofPoundsRejectsAPoundPastEitherEndOfTheRange() {
    assertThat(paths(() -> Money.ofPounds(Long.MAX_VALUE / 100 + 1))).containsExactly("pounds");
    assertThat(paths(() -> Money.ofPounds(Long.MIN_VALUE / 100 - 1))).containsExactly("pounds");
  }

  @Test
  void ofPoundsRejectsAnAmountOutOfRangeAsInvalidData() {
    assertThatThrownBy(() -> Money.ofPounds(Long.MAX_VALUE))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Money is invalid: pounds: must be within the range of pence but was: "
                + Long.MAX_VALUE);
  }

  @Test
  void ofAcceptsSeventeenDigitsOfPounds() {
    // 12,345,678,901,234,567 pounds still fit.
    assertThat(Money.of(new BigDecimal("12345678901234567")).pence())
        .isEqualTo(1_234_567_890_123_456_700L);
  }

  @Test
  void ofRejectsAFractionOfAPennyAsInvalidData() {
    assertThatThrownBy(() -> Money.of(new BigDecimal("0.005")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Money is invalid: pounds: must be a whole number of pence but was: 0.005");
  }

  @Test
  void ofRejectsAnAmountOutOfRangeAsInvalidData() {
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E+30")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("must be within the range of pence");
  }

  @Test
  void ofAcceptsTenToTheSixteenPoundsAndRejectsTenToTheSeventeen() {
    assertThatThrownBy(() -> Money.of(BigDecimal.TEN.pow(17)))
        .isInstanceOf(InvalidDataException.class);
    assertThat(Money.of(BigDecimal.TEN.pow(16)).pence()).isEqualTo(1_000_000_000_000_000_000L);
  }

  /** Was: {@code ArithmeticException: Overflow} from moving the decimal point two places. */
  @Test
  void ofRejectsAnExtremelyLargeDecimalAsInvalidData() {
    InvalidDataException money =
        catchThrowableOfType(InvalidDataException.class, () -> Money.of(HUGE_DECIMAL));
    assertThat(money)
        .hasMessage(
            "Money is invalid: pounds: must be within the range of pence but was: 1E+2147483648");
  }

  /**
   * Was: a message carrying all 3,000,000 digits of the plain form (and 2 × 10^9 would not fit).
   */
  @Test
  void ofRejectsAnExtremelySmallDecimalQuotingItInScientificNotation() {
    assertThat(catchThrowableOfType(InvalidDataException.class, () -> Money.of(TINY_DECIMAL)))
        .hasMessage(
            "Money is invalid: pounds: must be a whole number of pence but was: 1E-3000000");
  }

  /** Zero is zero whatever its scale: it is valid data and must not be rejected. */
  @Test
  void ofZeroWithAnExtremeScaleIsZero() {
    assertThat(Money.of(new BigDecimal(BigInteger.ZERO, Integer.MIN_VALUE))).isEqualTo(Money.ZERO);
    assertThat(Money.of(new BigDecimal(BigInteger.ZERO, Integer.MAX_VALUE))).isEqualTo(Money.ZERO);
  }

  // --- arithmetic ---------------------------------------------------------------------------

  @Test
  void plusMinusAndMultipliedByAreExact() {
    assertThat(Money.ofPounds(10).plus(Money.ofPence(5))).isEqualTo(Money.ofPence(1005));
    assertThat(Money.ofPounds(10).minus(Money.ofPounds(12))).isEqualTo(Money.ofPounds(-2));
    assertThat(Money.ofPounds(3).multipliedBy(-4)).isEqualTo(Money.ofPounds(-12));
  }

  @Test
  void overflowThrowsInsteadOfWrapping() {
    Money max = Money.ofPence(Long.MAX_VALUE);
    assertThatThrownBy(() -> max.plus(Money.ofPence(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofPence(Long.MIN_VALUE).minus(Money.ofPence(1)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.multipliedBy(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofPence(Long.MIN_VALUE).negated())
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.total(List.of(max, Money.ofPence(1))))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void totalAddsEveryAmountAndIsZeroForNone() {
    assertThat(Money.total(List.of(Money.ofPounds(5), Money.ofPounds(7), Money.ofPence(1))))
        .isEqualTo(Money.ofPence(1201));
    assertThat(Money.total(List.of())).isEqualTo(Money.ZERO);
  }

  @Test
  void scaledByRoundsHalfEvenToWholePence() {
    // 10p × 0.25 = 2.5p → 2p; 30p × 0.25 = 7.5p → 8p (half-even)
    assertThat(Money.ofPence(10).scaledBy(new BigDecimal("0.25"))).isEqualTo(Money.ofPence(2));
    assertThat(Money.ofPence(30).scaledBy(new BigDecimal("0.25"))).isEqualTo(Money.ofPence(8));
  }

  @Test
  void scaledByRestatesPricesByADeflatorRatio() {
    // £100,000 in 2005/06 prices restated to 2002/03 prices: × 100 / 107.812
    BigDecimal ratio =
        new BigDecimal("100").divide(new BigDecimal("107.812"), 20, RoundingMode.HALF_EVEN);
    assertThat(Money.ofPounds(100_000).scaledBy(ratio)).isEqualTo(Money.ofPence(9_275_405));
  }

  @Test
  void scaledByThrowsWhenTheProductDoesNotFit() {
    assertThatThrownBy(() -> Money.ofPence(Long.MAX_VALUE).scaledBy(new BigDecimal("1.5")))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void scaledByKeepsAProductOfNineteenDigits() {
    assertThat(Money.ofPence(5_000_000_000_000_000_000L).scaledBy(BigDecimal.ONE))
        .isEqualTo(Money.ofPence(5_000_000_000_000_000_000L));
  }

  @Test
  void scaledByRoundsAFractionOfAPennyToTheNearestPenny() {
    // 0.6p rounds to 1p; 0.4p to zero.
    assertThat(Money.ofPence(6).scaledBy(new BigDecimal("0.1"))).isEqualTo(Money.ofPence(1));
    assertThat(Money.ofPence(4).scaledBy(new BigDecimal("0.1"))).isEqualTo(Money.ZERO);
  }

  /** Was: rounding a product of 10^2,147,483,648 pence to whole pence, which does not finish. */
  @Test
  void scaledByAnExtremelyLargeFactorFailsFast() {
    assertThatThrownBy(() -> Money.ofPence(1).scaledBy(HUGE_DECIMAL))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("Money out of range: £0.01 × 1E+2147483648");
  }

  @Test
  void scaledByAnExtremelySmallFactorIsZero() {
    assertThat(Money.ofPence(1).scaledBy(TINY_DECIMAL)).isEqualTo(Money.ZERO);
  }

  @Test
  void zeroScaledByAnExtremelyLargeFactorIsZero() {
    assertThat(Money.ZERO.scaledBy(HUGE_DECIMAL)).isEqualTo(Money.ZERO);
  }

  @Test
  void dividedByThrowsRatherThanWrapForTheMostNegativeAmountOverMinusOne() {
    // Long.MIN_VALUE / -1 is 2^63, one more than a long holds; Guava's LongMath.divide wraps it.
    for (RoundingMode mode : RoundingMode.values()) {
      assertThatThrownBy(() -> Money.ofPence(Long.MIN_VALUE).dividedBy(-1, mode))
          .isInstanceOf(ArithmeticException.class)
          .hasMessage("Money out of range: -£92,233,720,368,547,758.08 ÷ -1");
    }
    assertThat(Money.ofPence(Long.MIN_VALUE).dividedBy(1, RoundingMode.HALF_EVEN).pence())
        .isEqualTo(Long.MIN_VALUE);
    assertThat(Money.ofPence(Long.MIN_VALUE + 1).dividedBy(-1, RoundingMode.HALF_EVEN).pence())
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void dividedByRoundsAsAsked() {
    assertThat(Money.ofPence(10).dividedBy(4, RoundingMode.HALF_EVEN)).isEqualTo(Money.ofPence(2));
    assertThat(Money.ofPence(14).dividedBy(4, RoundingMode.HALF_EVEN)).isEqualTo(Money.ofPence(4));
    assertThat(Money.ofPence(-10).dividedBy(3, RoundingMode.FLOOR)).isEqualTo(Money.ofPence(-4));
  }

  // --- comparison, sign and equality --------------------------------------------------------

  @Test
  void comparesByAmount() {
    Money a = Money.ofPounds(5);
    Money b = Money.ofPounds(7);
    assertThat(a.isLessThan(b)).isTrue();
    assertThat(b.isGreaterThan(a)).isTrue();
    assertThat(a.isGreaterThan(a)).isFalse();
    assertThat(a.compareTo(b)).isNegative();
  }

  @Test
  void testsItsSign() {
    Money a = Money.ofPounds(5);
    Money b = Money.ofPounds(7);
    assertThat(Money.ZERO.isZero()).isTrue();
    assertThat(a.minus(b).isNegative()).isTrue();
    assertThat(a.minus(b).signum()).isEqualTo(-1);
    assertThat(a.isPositive()).isTrue();
  }

  @Test
  void absIsTheAmountWithoutItsSign() {
    assertThat(Money.ofPounds(5).minus(Money.ofPounds(7)).abs()).isEqualTo(Money.ofPounds(2));
  }

  @Test
  void toPoundsHasTwoDecimalPlaces() {
    Money a = Money.ofPounds(5);
    assertThat(a.toPounds()).isEqualByComparingTo("5.00");
    assertThat(a.toPounds().scale()).isEqualTo(2);
  }

  @Test
  void equalAmountsAreEqualAndHashAlike() {
    assertThat(Money.parse("£1k"))
        .isEqualTo(Money.ofPounds(1000))
        .hasSameHashCodeAs(Money.ofPounds(1000));
  }

  @Test
  void differentAmountsAndOtherTypesAreNotEqual() {
    assertThat(Money.ofPence(1)).isNotEqualTo(Money.ofPence(2)).isNotEqualTo("£0.01");
  }
}
