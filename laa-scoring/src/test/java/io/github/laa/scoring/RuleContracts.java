package io.github.laa.scoring;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * Finds a rule's {@link RuleContract} by convention: the {@code public static final RuleContract
 * CONTRACT} of the class named {@code rule.getClass().getName() + "Test"} — for {@code
 * io.github.laa.scoring.lvsc.NetResourceLossRule}, {@code
 * io.github.laa.scoring.lvsc.NetResourceLossRuleTest.CONTRACT}.
 */
public final class RuleContracts {
  private static final ClassValue<Optional<RuleContract>> BY_CLASS =
      new ClassValue<>() {
        @Override
        protected Optional<RuleContract> computeValue(Class<?> ruleClass) {
          return find(ruleClass);
        }
      };

  private RuleContracts() {}

  /**
   * The contract of {@code rule}'s test, or empty if it has none.
   *
   * @throws IllegalStateException if the test has a {@code CONTRACT} that is not a public static
   *     final {@link RuleContract}
   */
  public static Optional<RuleContract> of(Rule rule) {
    return BY_CLASS.get(rule.getClass());
  }

  /** The contract of the rule with {@code id} in {@code policy}, or empty if it has none. */
  public static Optional<RuleContract> of(Policy policy, RuleId id) {
    return policy.entry(id).flatMap(e -> of(e.rule()));
  }

  private static Optional<RuleContract> find(Class<?> ruleClass) {
    String name = ruleClass.getName() + "Test";
    Class<?> test;
    try {
      test = Class.forName(name, true, RuleContracts.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
    Field f;
    try {
      f = test.getField("CONTRACT");
    } catch (NoSuchFieldException e) {
      return Optional.empty();
    }
    int m = f.getModifiers();
    if (!Modifier.isStatic(m) || !Modifier.isFinal(m) || f.getType() != RuleContract.class) {
      throw new IllegalStateException(
          name + ".CONTRACT must be a public static final RuleContract");
    }
    try {
      return Optional.of((RuleContract) f.get(null));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(name + " must be public to give its CONTRACT", e);
    }
  }
}
