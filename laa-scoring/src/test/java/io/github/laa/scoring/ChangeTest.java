package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.HUGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.Money;
import org.junit.jupiter.api.Test;

class ChangeTest {
  private static final Change C = Change.of(Money.ofPounds(10), Money.ofPounds(8));

  @Test
  void changesAreEqualOnlyWithEqualAmountsBeforeAndAfter() {
    assertThat(C)
        .isEqualTo(Change.of(Money.ofPounds(10), Money.ofPounds(8)))
        .hasSameHashCodeAs(Change.of(Money.ofPounds(10), Money.ofPounds(8)));
    assertThat(C)
        .isNotEqualTo(Change.of(Money.ofPounds(10), Money.ofPounds(9)))
        .isNotEqualTo(Change.of(Money.ofPounds(11), Money.ofPounds(8)))
        .isNotEqualTo("x");
    assertThat(C.hashCode())
        .isNotEqualTo(Change.of(Money.ofPounds(8), Money.ofPounds(10)).hashCode());
  }

  @Test
  void aChangePrintsBeforeAfterTheSignedDifferenceAndPercent() {
    assertThat(C).hasToString("£10.00 → £8.00 (-£2.00, -20.00%)");
    assertThat(Change.of(Money.ofPounds(10), Money.ofPounds(15)))
        .hasToString("£10.00 → £15.00 (+£5.00, +50.00%)");
    assertThat(Change.of(Money.ofPounds(10), Money.ofPounds(10)))
        .hasToString("£10.00 → £10.00 (£0.00, 0.00%)");
  }

  @Test
  void aChangeFromNothingHasNoPercentage() {
    assertThat(Change.of(Money.ZERO, Money.ofPounds(1))).hasToString("£0.00 → £1.00 (+£1.00)");
  }

  /**
   * Regression (found by the differential oracle's wide generator): a percentage is a {@code long}
   * number of basis points, so a rise of more than about 9 × 10<sup>14</sup> % has none.
   */
  @Test
  void aChangeTooLargeForAPercentageHasNone() {
    Change c = Change.of(Money.ofPence(1), HUGE);
    assertThat(c.percent()).isEmpty();
    assertThat(c).hasToString("£0.01 → £23,058,430,092,136,939.51 (+£23,058,430,092,136,939.50)");
    // The largest rise that still fits: 92,233,720,368,547,758.07 basis points from 1p.
    assertThat(Change.of(Money.ofPence(10_000), Money.ofPence(Long.MAX_VALUE)).percent())
        .isPresent();
  }
}
