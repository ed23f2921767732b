package io.github.laa.scoring;

import io.github.laa.core.Money;
import io.github.laa.core.Percentage;

/**
 * The bad-input campaign's draw of a policy's parameter values: a rule's {@link
 * RuleContract#drawParameters} sets each of its parameters through it to a value that is valid or
 * not, at random, and the draw records the ones that are not, whose problems the policy must list.
 */
public interface ParameterDraw {
  /** Sets {@code p} to an integer, valid from {@code min} to {@code max}. */
  void integer(Parameter<Integer> p, int min, int max);

  /** Sets {@code p} to a share, valid from 0% to 100%. */
  void share(Parameter<Percentage> p);

  /** Sets {@code p} to an amount, valid when not negative. */
  void money(Parameter<Money> p);

  /** Sets {@code p} to {@code value}, a valid value. */
  <T> void set(Parameter<T> p, T value);

  /** A random choice from 0 (inclusive) to {@code bound} (exclusive). */
  int nextInt(int bound);

  /** A random choice. */
  boolean nextBoolean();
}
