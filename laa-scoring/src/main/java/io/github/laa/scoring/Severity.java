package io.github.laa.scoring;

/**
 * How much a rule matters in a policy: a failed {@code MUST} rule makes the scorecard {@link
 * Rag#RED}.
 */
public enum Severity {
  /** Breaking the rule is a breach: the scorecard is red. */
  MUST,
  /** Breaking the rule is a concern: the scorecard is at best amber. */
  SHOULD,
  /** Breaking the rule is noted. Like {@link #SHOULD}, a failure makes the scorecard amber. */
  MAY
}
