package io.github.laa.core;

import static io.github.laa.core.Fixtures.TINY_DECIMAL;
import static io.github.laa.core.Fixtures.Y2006;
import static io.github.laa.core.Fixtures.paths;
import static io.github.laa.core.Fixtures.problems;
import static io.github.laa.core.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@link Target}: a year, a baseline and a value, and a stretch at least as ambitious. */
class TargetTest {

  @Test
  void needsAYearABaselineAndAValue() {
    assertThat(problems(() -> Target.builder().build()))
        .containsExactly("year: must be set", "baseline: must be set", "value: must be set");
  }

  // --- a target above its baseline ----------------------------------------------------------

  @Test
  void anUpwardStretchMayEqualOrExceedTheTarget() {
    assertThat(target("10", "20", "20").stretch()).contains(new BigDecimal("20"));
    assertThat(target("10", "20", "25").stretch()).contains(new BigDecimal("25"));
  }

  @Test
  void anUpwardStretchMayNotFallShortOfTheTarget() {
    assertThat(paths(() -> target("10", "20", "19.99"))).containsExactly("stretch");
  }

  @Test
  void anUpwardStretchShortOfTheTargetIsExplained() {
    assertThat(
            problems(
                () ->
                    Target.builder()
                        .year(Y2006)
                        .baseline(new BigDecimal("50"))
                        .value(new BigDecimal("60"))
                        .stretch(new BigDecimal("59.9"))
                        .build()))
        .containsExactly(
            "stretch: must be at least as ambitious as the target 60 (from baseline 50) but was: 59.9");
  }

  // --- a target below its baseline ----------------------------------------------------------

  @Test
  void aDownwardStretchMayEqualOrGoBelowTheTarget() {
    assertThat(target("20", "10", "10").stretch()).contains(new BigDecimal("10"));
    assertThat(target("20", "10", "5").stretch()).contains(new BigDecimal("5"));
    Target.Builder down =
        Target.builder().year(Y2006).baseline(new BigDecimal("120")).value(new BigDecimal("105"));
    assertThat(down.stretch(new BigDecimal("100")).build().stretch())
        .contains(new BigDecimal("100"));
  }

  @Test
  void aDownwardStretchMayNotRiseAboveTheTarget() {
    assertThat(paths(() -> target("20", "10", "10.01"))).containsExactly("stretch");
  }

  @Test
  void aDownwardStretchAboveTheTargetIsExplained() {
    assertThat(
            problems(
                () ->
                    Target.builder()
                        .year(Y2006)
                        .baseline(new BigDecimal("120"))
                        .value(new BigDecimal("105"))
                        .stretch(new BigDecimal("110"))
                        .build()))
        .containsExactly(
            "stretch: must be at least as ambitious as the target 105 (from baseline 120) but was: 110");
  }

  // --- a target equal to its baseline -------------------------------------------------------

  /** A target equal to its baseline moves nowhere: any stretch is as ambitious. */
  @Test
  void aTargetEqualToItsBaselineTakesAnyStretch() {
    assertThat(target("10", "10", "3").stretch()).contains(new BigDecimal("3"));
    assertThat(target("10", "10", "30").stretch()).contains(new BigDecimal("30"));
  }

  /**
   * Was: a message carrying all 3,000,000 digits of the plain form (and 2 × 10^9 would not fit).
   */
  @Test
  void quotesAnExtremelySmallStretchInScientificNotation() {
    InvalidDataException target =
        catchThrowableOfType(
            InvalidDataException.class,
            () ->
                Target.builder()
                    .year(FinancialYear.of(2006))
                    .baseline(BigDecimal.ZERO)
                    .value(BigDecimal.ONE)
                    .stretch(TINY_DECIMAL)
                    .build());
    assertThat(target)
        .hasMessage(
            "Target is invalid: stretch: must be at least as ambitious as the target 1 (from baseline 0) but was: 1E-3000000");
  }
}
