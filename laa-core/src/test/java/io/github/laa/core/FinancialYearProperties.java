package io.github.laa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.laa.core.testing.TestBudget;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link FinancialYear}'s laws: printing and parsing round-trip, and every day has one year. */
class FinancialYearProperties {

  @Test
  void everyYearFrom1900To2199RoundTripsInAllThreeForms() {
    for (int start = 1900; start <= 2199; start++) {
      FinancialYear y = FinancialYear.of(start);
      String two = String.format(Locale.ROOT, "%02d", (start + 1) % 100);
      assertThat(FinancialYear.parse(y.toString())).isEqualTo(y);
      assertThat(FinancialYear.parse(start + "/" + two)).isEqualTo(y);
      assertThat(FinancialYear.parse(start + "-" + two)).isEqualTo(y);
      assertThat(FinancialYear.parse(start + "/" + (start + 1) % 10)).isEqualTo(y);
      assertThat(y.toString()).isEqualTo(start + "/" + two);
    }
  }

  @Test
  void printThenParseIsIdentityOverTheWholeRange() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(integers().between(FinancialYear.MIN_START_YEAR, FinancialYear.MAX_START_YEAR))
        .checkAssert(
            s ->
                assertThat(FinancialYear.parse(FinancialYear.of(s).toString()))
                    .isEqualTo(FinancialYear.of(s)));
  }

  @Test
  void everyDayBelongsToExactlyTheYearThatContainsIt() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(integers().between(1002, 9997), integers().between(0, 364))
        .checkAssert(
            (year, day) -> {
              LocalDate d = LocalDate.of(year, 1, 1).plusDays(day);
              FinancialYear y = FinancialYear.containing(d);
              assertThat(y.contains(d)).isTrue();
              assertThat(y.next().contains(d)).isFalse();
              assertThat(y.previous().contains(d)).isFalse();
            });
  }
}
