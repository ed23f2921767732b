package io.github.laa.scoring.rules;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Rule;
import org.jspecify.annotations.Nullable;

/** The built-in rules. */
public final class Rules {
  private Rules() {}

  /** Every built-in rule, in the order of the recommendations (R1, R2, R3a, R3b, R4, R5, R6). */
  public static ImmutableList<Rule> all() {
    return ImmutableList.of(
        InfrastructureRule.INSTANCE,
        SectorDivisionRule.INSTANCE,
        NetResourceLossRule.INSTANCE,
        SmallGrantsRule.INSTANCE,
        InvolvementRule.INSTANCE,
        PerformanceCapacityRule.INSTANCE,
        CommissioningRule.INSTANCE);
  }

  /**
   * Adds every built-in rule to {@code builder} with its default severity and weight 1: how {@link
   * Policy#lvsc2006()} is made.
   */
  public static Policy.Builder lvsc2006(Policy.Builder builder) {
    for (Rule r : all()) {
      builder.rule(r);
    }
    return builder;
  }

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
