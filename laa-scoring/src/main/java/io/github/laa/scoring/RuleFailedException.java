package io.github.laa.scoring;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a rule misbehaves while a policy scores an agreement: it threw, returned no finding,
 * or returned a finding of another rule; or when a rule's cohort view fails. The message names the
 * rule, the policy and the area; the rule's own exception, if any, is the cause. It is a defect of
 * the rule, not of the data: the built-in rules never cause it, and scoring a valid agreement with
 * well-behaved rules never throws.
 *
 * <p>Scoring a cohort fails as a whole with this exception, for the first failing area by area
 * code, whether scored on one thread or in parallel.
 */
public final class RuleFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final RuleId ruleId;
  private final String policy;
  private final @Nullable String area;

  RuleFailedException(
      RuleId ruleId, String policy, @Nullable String area, String what, @Nullable Throwable cause) {
    super(
        "rule "
            + ruleId
            + " of policy "
            + policy
            + (area == null ? "" : " scoring " + area)
            + " "
            + what,
        cause);
    this.ruleId = ruleId;
    this.policy = policy;
    this.area = area;
  }

  /** The rule that failed. */
  public RuleId ruleId() {
    return ruleId;
  }

  /** The name of the policy it was in. */
  public String policy() {
    return policy;
  }

  /**
   * The area being scored, as {@code Name (GSS code)}; empty when a cohort view failed, which is
   * about no single area.
   */
  public Optional<String> area() {
    return Optional.ofNullable(area);
  }
}
