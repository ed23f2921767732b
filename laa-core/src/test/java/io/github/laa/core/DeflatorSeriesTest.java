package io.github.laa.core;

import static io.github.laa.core.Fixtures.HUGE_DECIMAL;
import static io.github.laa.core.Fixtures.Y2006;
import static io.github.laa.core.Fixtures.paths;
import static io.github.laa.core.Fixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@link DeflatorSeries}: a named series of positive indices of at most twelve digits, by year. */
class DeflatorSeriesTest {

  @Test
  void needsAtLeastOneYear() {
    assertThat(problems(() -> DeflatorSeries.builder().name("x").build()))
        .containsExactly("indices: must have at least one year");
  }

  @Test
  void indicesMustBePositiveAndOfAtMostTwelveDigitsEachSide() {
    assertThat(
            problems(
                () ->
                    DeflatorSeries.builder()
                        .name("x")
                        .putIndex(Y2006, BigDecimal.ZERO)
                        .putIndex(Y2006.next(), new BigDecimal("1E+20"))
                        .build()))
        .containsExactly(
            "indices[2006/07]: must be positive but was: 0",
            "indices[2007/08]: must have at most 12 digits before and after the point but was: 100000000000000000000");
  }

  /** Was: accepted, because precision − scale overflowed int; scoring in real terms then hung. */
  @Test
  void anIndexBeyondTwelveDigitsIsRejectedWhateverItsScale() {
    InvalidDataException e =
        catchThrowableOfType(
            InvalidDataException.class,
            () ->
                DeflatorSeries.builder()
                    .name("broken")
                    .putIndex(FinancialYear.of(2005), HUGE_DECIMAL)
                    .build());
    assertThat(e)
        .hasMessage(
            "DeflatorSeries is invalid: indices[2005/06]: must have at most 12 digits before and after the point but was: 1E+2147483648");
  }

  @Test
  void anIndexOfTwelveDigitsBeforeAndAfterThePointIsAccepted() {
    assertThat(
            DeflatorSeries.builder()
                .name("edge")
                .putIndex(FinancialYear.of(2005), new BigDecimal("999999999999.999999999999"))
                .build()
                .indices())
        .hasSize(1);
  }

  @Test
  void nameMustNotContainAControlCharacter() {
    assertThat(
            paths(
                () ->
                    DeflatorSeries.builder()
                        .name("\u0000")
                        .putIndex(FinancialYear.of(2005), BigDecimal.ONE)
                        .build()))
        .containsExactly("name");
  }

  /** The 2006/07 and 2007/08 indices of the HM Treasury 2004 illustration, put in reverse order. */
  private static DeflatorSeries hmt2004() {
    return DeflatorSeries.builder()
        .name("HMT 2004 illustration")
        .putIndex(Y2006.next(), new BigDecimal("113.691"))
        .putIndex(Y2006, new BigDecimal("110.702"))
        .build();
  }

  @Test
  void keepsItsIndicesInYearOrder() {
    assertThat(hmt2004().indices().keySet()).containsExactly(Y2006, Y2006.next());
  }

  @Test
  void indexGivesTheIndexOfAYearOrNothing() {
    DeflatorSeries d = hmt2004();
    assertThat(d.index(Y2006)).contains(new BigDecimal("110.702"));
    assertThat(d.index(Y2006.previous())).isEmpty();
  }
}
