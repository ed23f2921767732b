package io.github.laa.scoring.lvsc;

import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import org.jspecify.annotations.Nullable;

/** The checks the LVSC 2006 rules' parameters share: each says what is wrong with a value. */
final class ParameterChecks {
  private ParameterChecks() {}

  static @Nullable String zeroToHundred(Percentage p) {
    return p.isNegative() || p.isGreaterThan(Percentage.HUNDRED)
        ? "must be between 0% and 100% but was: " + p
        : null;
  }

  static @Nullable String positive(Integer i) {
    return i <= 0 ? "must be positive but was: " + i : null;
  }

  static @Nullable String percentScore(Integer i) {
    return i < 0 || i > 100 ? "must be between 0 and 100 but was: " + i : null;
  }

  static @Nullable String notNegative(Money m) {
    return m.isNegative() ? "must not be negative but was: " + m : null;
  }
}
