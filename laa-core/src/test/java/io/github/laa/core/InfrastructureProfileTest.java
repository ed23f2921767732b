package io.github.laa.core;

import static io.github.laa.core.Fixtures.TINY_DECIMAL;
import static io.github.laa.core.Fixtures.paths;
import static io.github.laa.core.Fixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@link InfrastructureProfile}: funding and staff not negative, a quality rating of 1 to 5. */
class InfrastructureProfileTest {

  @Test
  void aRatingOfOneOrFiveIsAccepted() {
    assertThat(InfrastructureProfile.of(Money.ZERO, BigDecimal.ZERO, 1).qualityRating())
        .isEqualTo(1);
    assertThat(InfrastructureProfile.of(Money.ZERO, BigDecimal.ZERO, 5).qualityRating())
        .isEqualTo(5);
  }

  @Test
  void aRatingOfZeroOrSixIsRejected() {
    assertThat(paths(() -> InfrastructureProfile.of(Money.ZERO, BigDecimal.ZERO, 0)))
        .containsExactly("qualityRating");
    assertThat(paths(() -> InfrastructureProfile.of(Money.ZERO, BigDecimal.ZERO, 6)))
        .containsExactly("qualityRating");
  }

  @Test
  void reportsNegativeFundingNegativeStaffAndABadRatingTogether() {
    assertThat(
            problems(() -> InfrastructureProfile.of(Money.ofPounds(-1), new BigDecimal("-0.5"), 6)))
        .containsExactly(
            "annualFunding: must not be negative but was: -£1.00",
            "staffFte: must not be negative but was: -0.5",
            "qualityRating: must be between 1 and 5 but was: 6");
  }

  @Test
  void aRatingNeverSetIsReportedAsZero() {
    assertThat(
            problems(
                () ->
                    InfrastructureProfile.builder()
                        .annualFunding(Money.ZERO)
                        .staffFte(BigDecimal.ONE)
                        .build()))
        .containsExactly("qualityRating: must be between 1 and 5 but was: 0");
  }

  /**
   * Was: a message carrying all 3,000,000 digits of the plain form (and 2 × 10^9 would not fit).
   */
  @Test
  void quotesAnExtremelySmallNegativeStaffCountInScientificNotation() {
    assertThat(
            catchThrowableOfType(
                InvalidDataException.class,
                () -> InfrastructureProfile.of(Money.ZERO, TINY_DECIMAL.negate(), 3)))
        .hasMessage(
            "InfrastructureProfile is invalid: staffFte: must not be negative but was: -1E-3000000");
  }
}
