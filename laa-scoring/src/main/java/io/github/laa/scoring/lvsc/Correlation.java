package io.github.laa.scoring.lvsc;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.Area;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Spearman's rank correlation between two measures across a cohort, with the number of areas that
 * had both and their values; ties get average ranks. Empty when fewer than two areas have both
 * measures or either measure is the same everywhere.
 *
 * @param x the first measure, e.g. {@code infrastructure rating}
 * @param y the second measure, e.g. {@code involvement ladder score}
 * @param n the number of areas with both
 * @param rho the coefficient, from -1 to 1
 * @param pairs each of the {@code n} areas with its two values, by area code (money in pence)
 */
public record Correlation(
    String x, String y, int n, OptionalDouble rho, ImmutableList<Pair> pairs) {
  /**
   * One area's two measures.
   *
   * @param area the area
   * @param x its first measure (money in pence)
   * @param y its second measure
   */
  public record Pair(Area area, long x, long y) {
    /** Checks the area is given. */
    public Pair {
      Objects.requireNonNull(area, "area");
    }
  }

  /** Checks the pairs are given, one per area counted. */
  public Correlation {
    Objects.requireNonNull(pairs, "pairs");
    if (pairs.size() != n) {
      throw new IllegalArgumentException(
          "a correlation must have n (" + n + ") pairs but had: " + pairs.size());
    }
  }

  /** The coefficient to three decimal places, or {@code n/a}. */
  public String rhoText() {
    return rho.isPresent()
        ? BigDecimal.valueOf(rho.getAsDouble()).setScale(3, RoundingMode.HALF_EVEN).toPlainString()
        : "n/a";
  }

  /** Returns e.g. {@code infrastructure rating vs involvement ladder score: ρ = 0.612 (n = 12)}. */
  @Override
  public String toString() {
    return x + " vs " + y + ": ρ = " + rhoText() + " (n = " + n + ")";
  }
}
