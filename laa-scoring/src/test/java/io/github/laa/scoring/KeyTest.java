package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laa.core.Money;
import org.junit.jupiter.api.Test;

class KeyTest {
  @Test
  void keysAreEqualWhenTheirNamesAndTypesAre() {
    assertThat(Key.of("total", Money.class))
        .isEqualTo(Key.of("total", Money.class))
        .hasSameHashCodeAs(Key.of("total", Money.class))
        .isNotEqualTo(Key.of("total", Long.class))
        .isNotEqualTo(Key.of("totals", Money.class))
        .hasToString("total");
  }

  @Test
  void aKeyHoldsOnlyAnImmutableValueTypeOrAnEnum() {
    assertThat(Key.of("verdict", Verdict.class).type()).isEqualTo(Verdict.class);
    assertThatThrownBy(() -> Key.of("notes", StringBuilder.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "evidence key notes must be of an immutable value type (Money, Percentage,"
                + " FinancialYear, Change, Long, Integer, Boolean, String, BigDecimal or an enum)"
                + " but was: java.lang.StringBuilder");
  }

  @Test
  void aKeysNameIsOnePrintableLine() {
    assertThatThrownBy(() -> Key.of("", Money.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an evidence key's name must not be blank but was: \"\"");
    assertThatThrownBy(() -> Key.of("two\nlines", Money.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "an evidence key's name must not contain control characters but was: \"two\\nlines\"");
    assertThatThrownBy(() -> Key.of("tot\u202Eal", Money.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "an evidence key's name must not contain invisible or bidirectional formatting"
                + " characters but has U+202E at index 3");
  }

  @Test
  void keysOfOtherNamesOrTypesHashApart() {
    assertThat(Key.of("total", Money.class).hashCode())
        .isNotEqualTo(Key.of("totals", Money.class).hashCode())
        .isNotEqualTo(Key.of("total", Long.class).hashCode());
  }
}
