package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.laa.core.InvalidDataException;
import io.github.laa.scoring.lvsc.Lvsc2006;
import org.junit.jupiter.api.Test;

/** RuleId: its one form, its order, and how its messages quote what it was given. */
class RuleIdTest {
  @Test
  void ruleIdsHaveOneForm() {
    assertThat(RuleId.of("CORE_FUNDING"))
        .isEqualTo(RuleId.of("CORE_FUNDING"))
        .hasToString("CORE_FUNDING");
    assertThatThrownBy(() -> RuleId.of("core funding"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("but was: \"core funding\"");
  }

  @Test
  void ruleIdsCompareAndHashByTheirText() {
    assertThat(Lvsc2006.SMALL_GRANTS.compareTo(Lvsc2006.NET_RESOURCE_LOSS)).isPositive();
    assertThat(Lvsc2006.SMALL_GRANTS.hashCode())
        .isNotEqualTo(Lvsc2006.NET_RESOURCE_LOSS.hashCode());
  }

  /**
   * Regression (found by the bad-input campaign): the message echoed the input raw, control
   * characters and all.
   */
  @Test
  void aMessageQuotesTheInputOnOnePrintableLine() {
    InvalidDataException e =
        catchThrowableOfType(
            InvalidDataException.class, () -> RuleId.of("bad\nid\u0007\"" + "x".repeat(70)));
    assertThat(e.problems().get(0).message())
        .isEqualTo(
            "must be upper-case letters, digits and underscores, starting with a letter, like NET_RESOURCE_LOSS, but was: \"bad\\nid\\u0007\\\""
                + "x".repeat(52)
                + "\"… (78 characters)");
  }

  @Test
  void aMessageCutsTheInputWithoutSplittingASurrogatePair() {
    assertThat(
            catchThrowableOfType(
                    InvalidDataException.class, () -> RuleId.of("A".repeat(59) + "\uD83D\uDE00"))
                .getMessage())
        .endsWith("A".repeat(59) + "\\ud83d\"… (61 characters)");
  }
}
