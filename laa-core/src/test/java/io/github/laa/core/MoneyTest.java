package io.github.laa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

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
  void parsesEveryDocumentedForm(String text, long pence) {
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
  void rejectsAnythingElseQuotingTheInput(String text) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("Money is invalid: text must")
        .hasMessageContaining(Problems.quote(text));
    assertThat(Money.tryParse(text)).isEmpty();
  }

  @Test
  void rejectsVeryLongTextWithoutReadingIt() {
    String text = "1".repeat(10_000);
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("(10000 characters)");
  }

  @Test
  void explainsWhyFractionsOfPennyAreRejected() {
    assertThatThrownBy(() -> Money.parse("£1.234"))
        .hasMessage(
            "Money is invalid: text must have at most two decimal places (whole pence) but was: \"£1.234\"");
    assertThatThrownBy(() -> Money.parse("£1.000001k"))
        .hasMessage(
            "Money is invalid: text must be a whole number of pence but was: \"£1.000001k\"");
    assertThatThrownBy(() -> Money.parse("£92,233,720,368,547,758.08"))
        .hasMessage(
            "Money is invalid: text must be an amount within the range of Money but was: \"£92,233,720,368,547,758.08\"");
  }

  @Test
  void formatsEnGbStyleWithGroupingAndTwoDecimals() {
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
  void formattingIgnoresTheDefaultLocale() {
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

  @Test
  void arithmeticIsExactAndOverflowThrowsInsteadOfWrapping() {
    Money max = Money.ofPence(Long.MAX_VALUE);
    assertThat(Money.ofPounds(10).plus(Money.ofPence(5))).isEqualTo(Money.ofPence(1005));
    assertThat(Money.ofPounds(10).minus(Money.ofPounds(12))).isEqualTo(Money.ofPounds(-2));
    assertThat(Money.ofPounds(3).multipliedBy(-4)).isEqualTo(Money.ofPounds(-12));
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
  void scalingRoundsHalfEvenToWholePence() {
    // 10p × 0.25 = 2.5p → 2p; 30p × 0.25 = 7.5p → 8p (half-even)
    assertThat(Money.ofPence(10).scaledBy(new BigDecimal("0.25"))).isEqualTo(Money.ofPence(2));
    assertThat(Money.ofPence(30).scaledBy(new BigDecimal("0.25"))).isEqualTo(Money.ofPence(8));
    // £100,000 in 2005/06 prices restated to 2002/03 prices: × 100 / 107.812
    BigDecimal ratio =
        new BigDecimal("100").divide(new BigDecimal("107.812"), 20, RoundingMode.HALF_EVEN);
    assertThat(Money.ofPounds(100_000).scaledBy(ratio)).isEqualTo(Money.ofPence(9_275_405));
    assertThatThrownBy(() -> Money.ofPence(Long.MAX_VALUE).scaledBy(new BigDecimal("1.5")))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void divisionRoundsAsAsked() {
    assertThat(Money.ofPence(10).dividedBy(4, RoundingMode.HALF_EVEN)).isEqualTo(Money.ofPence(2));
    assertThat(Money.ofPence(14).dividedBy(4, RoundingMode.HALF_EVEN)).isEqualTo(Money.ofPence(4));
    assertThat(Money.ofPence(-10).dividedBy(3, RoundingMode.FLOOR)).isEqualTo(Money.ofPence(-4));
  }

  @Test
  void factoriesRejectOutOfRangeAndFractionsOfPennyAsInvalidData() {
    assertThat(Money.ofPounds(1_234)).isEqualTo(Money.ofPence(123_400));
    assertThat(Money.of(new BigDecimal("12.30"))).isEqualTo(Money.ofPence(1230));
    assertThat(Money.of(new BigDecimal("1E+3"))).isEqualTo(Money.ofPounds(1000));
    assertThatThrownBy(() -> Money.ofPounds(Long.MAX_VALUE))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Money is invalid: pounds: must be within the range of pence but was: "
                + Long.MAX_VALUE);
    assertThatThrownBy(() -> Money.of(new BigDecimal("0.005")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Money is invalid: pounds: must be a whole number of pence but was: 0.005");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E+30")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("must be within the range of pence");
  }

  @Test
  void comparesAndTestsSign() {
    Money a = Money.ofPounds(5);
    Money b = Money.ofPounds(7);
    assertThat(a.isLessThan(b)).isTrue();
    assertThat(b.isGreaterThan(a)).isTrue();
    assertThat(a.isGreaterThan(a)).isFalse();
    assertThat(a.compareTo(b)).isNegative();
    assertThat(Money.ZERO.isZero()).isTrue();
    assertThat(a.minus(b).isNegative()).isTrue();
    assertThat(a.minus(b).signum()).isEqualTo(-1);
    assertThat(a.minus(b).abs()).isEqualTo(Money.ofPounds(2));
    assertThat(a.isPositive()).isTrue();
    assertThat(a.toPounds()).isEqualByComparingTo("5.00");
    assertThat(a.toPounds().scale()).isEqualTo(2);
    assertThat(Money.total(List.of(a, b, Money.ofPence(1)))).isEqualTo(Money.ofPence(1201));
    assertThat(Money.total(List.of())).isEqualTo(Money.ZERO);
  }

  @Test
  void equalAmountsAreEqualAndHashAlike() {
    assertThat(Money.parse("£1k"))
        .isEqualTo(Money.ofPounds(1000))
        .hasSameHashCodeAs(Money.ofPounds(1000));
    assertThat(Money.ofPence(1)).isNotEqualTo(Money.ofPence(2)).isNotEqualTo("£0.01");
  }
}
