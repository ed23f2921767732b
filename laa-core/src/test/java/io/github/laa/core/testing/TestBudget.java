package io.github.laa.core.testing;

/**
 * How much work the randomised tests do. The default build runs every property with its full
 * example count; the mutation-testing profile ({@code -Ppitest}) sets the system property {@code
 * laa.examples.scale} to a fraction, because PIT runs the tests once for every mutant.
 */
public final class TestBudget {
  private static final double SCALE =
      Double.parseDouble(System.getProperty("laa.examples.scale", "1.0"));

  private TestBudget() {}

  /** {@code n} scaled by {@code laa.examples.scale}, at least 1. */
  public static int examples(int n) {
    return (int) Math.max(1, Math.round(n * SCALE));
  }

  /** Whether the examples are scaled down (a mutation-testing run). */
  public static boolean isScaledDown() {
    return SCALE < 1.0;
  }
}
