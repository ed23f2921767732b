package io.github.laa.scoring;

/**
 * How a rule's verdicts move with one of its parameters, all others fixed: the claim a rule makes
 * (through {@link Rule#monotonicity(Parameter)}) so that {@link Policy#compareStrictness(Policy)}
 * can reason about every possible agreement instead of sampling some.
 *
 * <p>A rule is <em>at least as strict</em> under one value as under another if, for every
 * agreement, its verdict under the first is not better ({@link Verdict#isBetterThan(Verdict)}) than
 * under the second, and is {@link Verdict#PASS} only if it is {@code PASS} under the second too.
 * Values are ordered by their natural order ({@code Money}, {@code Percentage}, numbers), enums by
 * declaration order and booleans {@code false} before {@code true}.
 */
public enum Monotonicity {
  /** A larger value is at least as strict. */
  STRICTER_WHEN_RAISED,
  /** A smaller value is at least as strict. */
  STRICTER_WHEN_LOWERED,
  /** The values have no order of strictness: a change may make some verdicts better, some worse. */
  UNORDERED,
  /** The rule does not say (the default). */
  UNKNOWN
}
