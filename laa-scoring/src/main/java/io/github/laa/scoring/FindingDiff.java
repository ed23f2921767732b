package io.github.laa.scoring;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How one rule's finding differs between two scorecards. A rule missing from one side counts as
 * {@link Verdict#NOT_ASSESSED} with score 0 there.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FindingDiff {
  private final RuleId ruleId;
  private final @Nullable Finding before;
  private final @Nullable Finding after;

  FindingDiff(RuleId ruleId, Optional<Finding> before, Optional<Finding> after) {
    this.ruleId = ruleId;
    this.before = before.orElse(null);
    this.after = after.orElse(null);
  }

  /** The rule. */
  public RuleId ruleId() {
    return ruleId;
  }

  /** The finding in the first scorecard, if it has the rule. */
  public Optional<Finding> before() {
    return Optional.ofNullable(before);
  }

  /** The finding in the second scorecard, if it has the rule. */
  public Optional<Finding> after() {
    return Optional.ofNullable(after);
  }

  /** The verdict before ({@link Verdict#NOT_ASSESSED} if absent). */
  public Verdict verdictBefore() {
    return before == null ? Verdict.NOT_ASSESSED : before.verdict();
  }

  /** The verdict after ({@link Verdict#NOT_ASSESSED} if absent). */
  public Verdict verdictAfter() {
    return after == null ? Verdict.NOT_ASSESSED : after.verdict();
  }

  /** Whether the verdict changed, or the rule is on one side only. */
  public boolean flipped() {
    return verdictBefore() != verdictAfter() || (before == null) != (after == null);
  }

  /** Score after minus score before (absent counts as 0). */
  public int scoreChange() {
    return (after == null ? 0 : after.score()) - (before == null ? 0 : before.score());
  }

  @Override
  public String toString() {
    return ruleId
        + ": "
        + verdictBefore()
        + " → "
        + verdictAfter()
        + " ("
        + (scoreChange() >= 0 ? "+" : "")
        + scoreChange()
        + ")";
  }
}
