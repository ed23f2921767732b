package io.github.laa.core;

import static io.github.laa.core.Fixtures.paths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link FinancialYear}: parsing, printing, its days, order, steps and range. */
class FinancialYearTest {

  // --- parse and tryParse -------------------------------------------------------------------

  @Test
  void parseAcceptsTheThreeDocumentedForms() {
    FinancialYear y = FinancialYear.of(2005);
    assertThat(FinancialYear.parse("2005/06")).isEqualTo(y);
    assertThat(FinancialYear.parse("2005/6")).isEqualTo(y);
    assertThat(FinancialYear.parse("2005-06")).isEqualTo(y);
    assertThat(FinancialYear.parse(" 2005/06 ")).isEqualTo(y);
    assertThat(FinancialYear.parse("1999/00")).isEqualTo(FinancialYear.of(1999));
    assertThat(FinancialYear.parse("2009/10")).isEqualTo(FinancialYear.of(2009));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2005",
        "2005/07",
        "2005/5",
        "2005-6",
        "2005/2006",
        "05/06",
        "2005 / 06",
        "2005.06",
        "200a/06",
        "2005/0a",
        "２００５/06",
        "2005/06/07",
        "9999/00"
      })
  void parseRejectsAnythingElseQuotingTheInputAndTryParseIsEmpty(String text) {
    assertThatThrownBy(() -> FinancialYear.parse(text))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("FinancialYear is invalid: text must")
        .hasMessageContaining(Problems.quote(text));
    assertThat(FinancialYear.tryParse(text)).isEmpty();
  }

  @Test
  void parseExplainsThatTheYearsMustBeConsecutive() {
    assertThatThrownBy(() -> FinancialYear.parse("2005/07"))
        .hasMessage(
            "FinancialYear is invalid: text must name two consecutive years, like \"2005/06\", \"2005/6\" or \"2005-06\", but was: \"2005/07\"");
  }

  @Test
  void parseReportsANonDigitAsAProblemOfTheWholeText() {
    assertThat(paths(() -> FinancialYear.parse("20x5/06"))).containsExactly("");
    assertThat(paths(() -> FinancialYear.parse("2005/0x"))).containsExactly("");
  }

  @Test
  void parseReadsTextOfThirtyTwoCharacters() {
    assertThat(FinancialYear.parse(" ".repeat(25) + "2005/06")).isEqualTo(FinancialYear.of(2005));
  }

  @Test
  void tryParseIsEmptyForTextOfThirtyThreeCharacters() {
    assertThat(FinancialYear.tryParse(" ".repeat(26) + "2005/06")).isEmpty();
  }

  @Test
  void tryParseIsEmptyForNull() {
    assertThat(FinancialYear.tryParse(null)).isEmpty();
  }

  @Test
  void tryParseGivesTheYearItReads() {
    assertThat(FinancialYear.tryParse("2005/06")).contains(FinancialYear.of(2005));
  }

  // --- printing -----------------------------------------------------------------------------

  @Test
  void toStringIsTheStartYearSlashTheTwoDigitEndYear() {
    assertThat(FinancialYear.of(2005)).hasToString("2005/06");
    assertThat(FinancialYear.of(1999)).hasToString("1999/00");
    assertThat(FinancialYear.of(2009)).hasToString("2009/10");
    assertThat(FinancialYear.of(FinancialYear.MAX_START_YEAR)).hasToString("9998/99");
  }

  // --- days ---------------------------------------------------------------------------------

  @Test
  void runsFromTheFirstOfAprilToTheThirtyFirstOfMarch() {
    FinancialYear y = FinancialYear.of(2006);
    assertThat(y.firstDay()).isEqualTo(LocalDate.of(2006, 4, 1));
    assertThat(y.lastDay()).isEqualTo(LocalDate.of(2007, 3, 31));
  }

  @Test
  void containsItsDaysAndNoOthers() {
    FinancialYear y = FinancialYear.of(2006);
    assertThat(y.contains(LocalDate.of(2007, 3, 31))).isTrue();
    assertThat(y.contains(LocalDate.of(2007, 4, 1))).isFalse();
    assertThat(y.contains(LocalDate.of(2006, 3, 31))).isFalse();
  }

  @Test
  void containingGivesTheYearOfADay() {
    FinancialYear y = FinancialYear.of(2006);
    assertThat(FinancialYear.containing(LocalDate.of(2006, 4, 1))).isEqualTo(y);
    assertThat(FinancialYear.containing(LocalDate.of(2007, 3, 31))).isEqualTo(y);
    assertThat(FinancialYear.containing(LocalDate.of(2007, 4, 5))).isEqualTo(y.next());
  }

  @Test
  void startsInItsStartYearAndEndsInTheNext() {
    FinancialYear y = FinancialYear.of(2006);
    assertThat(y.startYear()).isEqualTo(2006);
    assertThat(y.endYear()).isEqualTo(2007);
  }

  // --- order and steps ----------------------------------------------------------------------

  @Test
  void stepsForwardAndBack() {
    FinancialYear a = FinancialYear.of(2005);
    FinancialYear b = FinancialYear.of(2007);
    assertThat(a.next().next()).isEqualTo(b);
    assertThat(b.previous()).isEqualTo(FinancialYear.of(2006));
    assertThat(a.plusYears(-5)).isEqualTo(FinancialYear.of(2000));
    assertThat(a.plusYears(0)).isSameAs(a);
  }

  @Test
  void isOrderedByStartYear() {
    FinancialYear a = FinancialYear.of(2005);
    FinancialYear b = FinancialYear.of(2007);
    assertThat(a.isBefore(b)).isTrue();
    assertThat(b.isAfter(a)).isTrue();
    assertThat(a.compareTo(b)).isNegative();
    assertThat(a.isBefore(a.next())).isTrue();
  }

  @Test
  void isNeitherBeforeNorAfterItself() {
    FinancialYear a = FinancialYear.of(2005);
    assertThat(a.isBefore(a)).isFalse();
    assertThat(a.isAfter(a)).isFalse();
  }

  @Test
  void yearsUntilCountsTheYearsBetween() {
    assertThat(FinancialYear.of(2005).yearsUntil(FinancialYear.of(2007))).isEqualTo(2);
  }

  @Test
  void rangeClosedListsTheYearsFromFirstToLastAndIsEmptyBackwards() {
    FinancialYear a = FinancialYear.of(2005);
    FinancialYear b = FinancialYear.of(2007);
    assertThat(FinancialYear.rangeClosed(a, b))
        .containsExactly(FinancialYear.of(2005), FinancialYear.of(2006), FinancialYear.of(2007));
    assertThat(FinancialYear.rangeClosed(b, a)).isEmpty();
  }

  // --- range --------------------------------------------------------------------------------

  @Test
  void ofRejectsAStartYearBeforeOneThousand() {
    assertThatThrownBy(() -> FinancialYear.of(999))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "FinancialYear is invalid: startYear: must be between 1000 and 9998 but was: 999");
  }

  @Test
  void nextOfTheLastYearIsInvalid() {
    assertThatThrownBy(() -> FinancialYear.of(FinancialYear.MAX_START_YEAR).next())
        .isInstanceOf(InvalidDataException.class);
  }

  @Test
  void plusYearsReportsTheStartYearItWouldReachWithoutOverflow() {
    assertThatThrownBy(() -> FinancialYear.of(2000).plusYears(Integer.MIN_VALUE))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("but was: -2147481648");
  }
}
