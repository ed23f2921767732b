package io.github.laa.scoring.lvsc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * Spearman's rank correlation between two measures across a cohort, with the number of areas that
 * had both; ties get average ranks. Empty when fewer than two areas have both measures or either
 * measure is the same everywhere.
 *
 * @param x the first measure, e.g. {@code infrastructure rating}
 * @param y the second measure, e.g. {@code involvement ladder score}
 * @param n the number of areas with both
 * @param rho the coefficient, from -1 to 1
 */
public record Correlation(String x, String y, int n, OptionalDouble rho) {
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
