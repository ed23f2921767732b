package io.github.laa.core;

import static io.github.laa.core.Fixtures.Y2006;
import static io.github.laa.core.Fixtures.paths;
import static io.github.laa.core.Fixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link Allocation}: its checks, its defaults and its copies. */
class AllocationTest {

  /** £0 of other funds to "b" in 2006/07 as core funding, not yet built. */
  private static Allocation.Builder core() {
    return Allocation.builder()
        .recipient("b")
        .year(FinancialYear.of(2006))
        .amount(Money.ZERO)
        .purpose(Purpose.CORE);
  }

  @Test
  void reportsEveryMissingOrInvalidField() {
    assertThat(
            problems(
                () ->
                    Allocation.builder()
                        .recipient(" cvs")
                        .amount(Money.ofPounds(-5))
                        .termYears(0)
                        .build()))
        .containsExactly(
            "recipient: must not start or end with white space but was: \" cvs\"",
            "year: must be set",
            "amount: must not be negative but was: -£5.00",
            "purpose: must be set",
            "termYears: must be between 1 and 25 but was: 0");
  }

  @Test
  void checksTheStreamAndTheOutcomeForWhiteSpace() {
    assertThat(paths(() -> core().stream(" s").outcome("o ").build()))
        .containsExactly("stream", "outcome");
  }

  @Test
  void termYearsMayBeOneToTwentyFive() {
    assertThat(core().termYears(1).build().termYears()).isEqualTo(1);
    assertThat(core().termYears(25).build().termYears()).isEqualTo(25);
  }

  @Test
  void termYearsMayNotBeZeroOrTwentySix() {
    assertThat(paths(() -> core().termYears(0).build())).containsExactly("termYears");
    assertThat(paths(() -> core().termYears(26).build())).containsExactly("termYears");
  }

  /** £0 of other funds to cvs in 2006/07 as core funding, every default left as it is. */
  private static Allocation cvsCore() {
    return Allocation.builder()
        .recipient("cvs")
        .year(Y2006)
        .amount(Money.ZERO)
        .purpose(Purpose.CORE)
        .build();
  }

  @Test
  void defaultsToOneYearNotAtFullCostNotInAdvanceAndOtherFunds() {
    Allocation a = cvsCore();
    assertThat(a.termYears()).isEqualTo(1);
    assertThat(a.fullCostRecovery()).isFalse();
    assertThat(a.paidInAdvance()).isFalse();
    assertThat(a.stream()).isEmpty();
  }

  @Test
  void withAmountReplacesTheAmount() {
    Allocation a = cvsCore();
    assertThat(a.withAmount(Money.ofPounds(3)).amount()).isEqualTo(Money.ofPounds(3));
  }

  @Test
  void withAmountRejectsANegativeAmount() {
    Allocation a = cvsCore();
    assertThatThrownBy(() -> a.withAmount(Money.ofPounds(-3)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Allocation is invalid: amount: must not be negative but was: -£3.00");
  }
}
