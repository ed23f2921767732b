package io.github.laa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link SizeBand}: the NCVO income bands, their bounds and labels. */
class SizeBandTest {

  @ParameterizedTest
  @CsvSource({
    "0, MICRO",
    "999999, MICRO",
    "1000000, SMALL",
    "9999999, SMALL",
    "10000000, MEDIUM",
    "99999999, MEDIUM",
    "100000000, LARGE",
    "999999999, LARGE",
    "1000000000, MAJOR",
    "9223372036854775807, MAJOR",
  })
  void ofPutsAnIncomeInTheBandWhoseInclusiveLowerBoundItReaches(long pence, SizeBand band) {
    assertThat(SizeBand.of(Money.ofPence(pence))).isEqualTo(band);
  }

  @Test
  void boundsAreTheNcvoThresholds() {
    assertThat(SizeBand.SMALL.lowerBound()).isEqualTo(Money.ofPounds(10_000));
    assertThat(SizeBand.SMALL.upperBound()).contains(Money.ofPounds(100_000));
    assertThat(SizeBand.MEDIUM.upperBound()).contains(Money.ofPounds(1_000_000));
    assertThat(SizeBand.LARGE.upperBound()).contains(Money.ofPounds(10_000_000));
    assertThat(SizeBand.MAJOR.upperBound()).isEmpty();
  }

  @Test
  void microAndSmallBodiesAreMicroOrSmallAndMediumOnesAreNot() {
    assertThat(SizeBand.MICRO.isMicroOrSmall()).isTrue();
    assertThat(SizeBand.SMALL.isMicroOrSmall()).isTrue();
    assertThat(SizeBand.MEDIUM.isMicroOrSmall()).isFalse();
  }

  @Test
  void labelIsTheLowerCaseName() {
    assertThat(SizeBand.LARGE.label()).isEqualTo("large");
  }

  @Test
  void ofRejectsANegativeIncome() {
    assertThatThrownBy(() -> SizeBand.of(Money.ofPence(-1)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("SizeBand is invalid: income: must not be negative but was: -£0.01");
  }
}
