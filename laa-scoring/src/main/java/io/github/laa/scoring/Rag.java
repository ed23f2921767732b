package io.github.laa.scoring;

/**
 * A red/amber/green rating of a scorecard:
 *
 * <ul>
 *   <li>{@code RED} if any rule of severity {@link Severity#MUST} fails;
 *   <li>{@code AMBER} if any finding fails or warns, if the overall score is below the policy's
 *       amber threshold (default 70), or if no rule could be assessed;
 *   <li>{@code GREEN} otherwise.
 * </ul>
 */
public enum Rag {
  /** A {@code MUST} rule fails. */
  RED,
  /** A concern short of a breach, or no overall score (nothing assessed that has a weight). */
  AMBER,
  /** Every assessed rule passes and the score is at or above the amber threshold. */
  GREEN
}
