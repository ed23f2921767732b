package io.github.laa.scoring;

import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.internal.Fractions;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An amount before and after, such as one stream's VCS money in the baseline and in the worst year:
 * {@code £40,000.00 → £28,000.00 (-£12,000.00, -30.00%)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Change {
  private final Money before;
  private final Money after;

  private Change(Money before, Money after) {
    this.before = before;
    this.after = after;
  }

  /** Returns the change from {@code before} to {@code after}. */
  public static Change of(Money before, Money after) {
    return new Change(before, after);
  }

  /** The amount before. */
  public Money before() {
    return before;
  }

  /** The amount after. */
  public Money after() {
    return after;
  }

  /** {@code after - before}. */
  public Money difference() {
    return after.minus(before);
  }

  /**
   * The difference as a percentage of {@code before}; empty when {@code before} is zero, or when
   * the percentage is beyond the range of {@link Percentage} (a rise of more than about
   * 10<sup>14</sup> times).
   */
  public Optional<Percentage> percent() {
    return before.isZero()
        ? Optional.empty()
        : Fractions.percentage(Math.subtractExact(after.pence(), before.pence()), before.pence());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Change c && c.before.equals(before) && c.after.equals(after);
  }

  @Override
  public int hashCode() {
    return 31 * before.hashCode() + after.hashCode();
  }

  /** Returns {@code before → after (difference, percent)}. */
  @Override
  public String toString() {
    Money d = difference();
    String sign = d.isPositive() ? "+" : "";
    return before
        + " → "
        + after
        + " ("
        + sign
        + d
        + percent()
            .map(p -> ", " + (p.isNegative() || p.basisPoints() == 0 ? "" : "+") + p)
            .orElse("")
        + ")";
  }
}
