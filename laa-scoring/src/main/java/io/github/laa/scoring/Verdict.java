package io.github.laa.scoring;

/**
 * The outcome of checking one rule against one agreement. Each verdict has a band of scores, so
 * that a finding's score always agrees with its verdict: {@code FAIL} 0–39, {@code WARN} 40–69,
 * {@code PASS} 70–100, and {@code NOT_ASSESSED} 0 (not counted in the overall score).
 */
public enum Verdict {
  /** The agreement meets the rule. */
  PASS(70, 100),
  /** The agreement meets the rule only within a tolerance, or a secondary check failed. */
  WARN(40, 69),
  /** The agreement breaks the rule. */
  FAIL(0, 39),
  /** A fact the rule needs is missing; the finding names it. */
  NOT_ASSESSED(0, 0);

  private final int minScore;
  private final int maxScore;

  Verdict(int minScore, int maxScore) {
    this.minScore = minScore;
    this.maxScore = maxScore;
  }

  /** The lowest score a finding with this verdict can have. */
  public int minScore() {
    return minScore;
  }

  /** The highest score a finding with this verdict can have. */
  public int maxScore() {
    return maxScore;
  }

  /** Returns {@code score} moved into this verdict's band. */
  public int clamp(long score) {
    return (int) Math.max(minScore, Math.min(maxScore, score));
  }

  /** Whether this is {@link #PASS}, {@link #WARN} or {@link #FAIL}. */
  public boolean isAssessed() {
    return this != NOT_ASSESSED;
  }

  /**
   * Whether this verdict is better than {@code other}: {@code PASS} is better than {@code WARN},
   * which is better than {@code FAIL}. {@code NOT_ASSESSED} is neither better nor worse than any
   * verdict.
   */
  public boolean isBetterThan(Verdict other) {
    return isAssessed() && other.isAssessed() && ordinal() < other.ordinal();
  }
}
