package io.github.laa.scoring;

import com.google.common.collect.ImmutableSet;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.internal.Texts;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The typed name of one kind of {@link Evidence}, such as a rule's {@code baseline} ({@code
 * Key<Money>}): a rule declares its keys as constants, records evidence under them, and readers
 * look evidence up with them and get the value's type back, with no cast:
 *
 * <pre>{@code
 * Money baseline = finding.get(NetResourceLossRule.BASELINE);
 * }</pre>
 *
 * <p>A key's type is one of the immutable value types evidence may hold — {@link Money}, {@link
 * Percentage}, {@link FinancialYear}, {@link Change}, {@link Long}, {@link Integer}, {@link
 * Boolean}, {@link String}, {@link BigDecimal} — or an enum, so that a finding can never hold a
 * mutable value. A {@code Key<Percentage>} made with {@link #ofPercentagePoints(String)} holds
 * differences of two percentages, which reports print as {@code pp} ({@code 0.01 pp}) rather than
 * {@code %}. Two keys are equal when their names, types and units are.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the values recorded under the key
 */
public final class Key<T> {
  private static final ImmutableSet<Class<?>> VALUE_TYPES =
      ImmutableSet.of(
          Money.class,
          Percentage.class,
          FinancialYear.class,
          Change.class,
          Long.class,
          Integer.class,
          Boolean.class,
          String.class,
          BigDecimal.class);

  private final String name;
  private final Class<T> type;
  private final boolean percentagePoints;

  private Key(String name, Class<T> type, boolean percentagePoints) {
    this.name = name;
    this.type = type;
    this.percentagePoints = percentagePoints;
  }

  /**
   * A key called {@code name} for values of {@code type}.
   *
   * @param name what the value is, as a report shows it, e.g. {@code total} or {@code change %}
   * @param type an immutable value type (see the class description) or an enum
   * @throws IllegalArgumentException if the name is empty or has a line break or control character,
   *     or the type is not one evidence may hold
   */
  public static <T> Key<T> of(String name, Class<T> type) {
    Texts.requireName("an evidence key's name", name);
    if (!VALUE_TYPES.contains(type) && !type.isEnum()) {
      throw new IllegalArgumentException(
          "evidence key "
              + name
              + " must be of an immutable value type (Money, Percentage, FinancialYear, Change,"
              + " Long, Integer, Boolean, String, BigDecimal or an enum) but was: "
              + type.getName());
    }
    return new Key<>(name, type, false);
  }

  /**
   * A key called {@code name} for differences of two percentages, such as the change in a share
   * from the baseline to the agreement: its values are {@link Percentage}s counted in percentage
   * points, and reports print them as {@code 0.01 pp}, not {@code 0.01%}.
   *
   * @throws IllegalArgumentException if the name is empty or has a line break or control character
   */
  public static Key<Percentage> ofPercentagePoints(String name) {
    Texts.requireName("an evidence key's name", name);
    return new Key<>(name, Percentage.class, true);
  }

  /** Whether the values are percentage points (see {@link #ofPercentagePoints(String)}). */
  public boolean isPercentagePoints() {
    return percentagePoints;
  }

  /** The name, e.g. {@code total}. */
  public String name() {
    return name;
  }

  /** The type of the values recorded under the key. */
  public Class<T> type() {
    return type;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Key<?> k
        && k.name.equals(name)
        && k.type.equals(type)
        && k.percentagePoints == percentagePoints;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, percentagePoints);
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
