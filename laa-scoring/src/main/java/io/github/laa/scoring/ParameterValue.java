package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.scoring.internal.Texts;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A parameter and the value a policy gave it (empty for an optional parameter left unset), as
 * recorded in a {@link Finding} and listed by {@link Policy#values()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the parameter's value
 */
public final class ParameterValue<T> {
  private final Parameter<T> parameter;
  private final @Nullable T value;
  private final ImmutableList<DatedValue<T>> datedValues;

  private ParameterValue(
      Parameter<T> parameter, @Nullable T value, ImmutableList<DatedValue<T>> datedValues) {
    this.parameter = parameter;
    this.value = value;
    this.datedValues = datedValues;
  }

  /**
   * {@code parameter}'s value in {@code values}: the one set, its default, or none; with its dated
   * values.
   */
  static <T> ParameterValue<T> of(Parameter<T> parameter, Parameters values) {
    return new ParameterValue<>(
        parameter, values.find(parameter).orElse(null), values.datedValues(parameter));
  }

  /** The parameter. */
  public Parameter<T> parameter() {
    return parameter;
  }

  /**
   * The value, or empty for an optional parameter left unset; for a parameter with dated values,
   * the value before the first of them.
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** The dated values, oldest first; empty for a parameter that has none. */
  public ImmutableList<DatedValue<T>> datedValues() {
    return datedValues;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ParameterValue<?> p
        && p.parameter == parameter
        && Objects.equals(p.value, value)
        && p.datedValues.equals(datedValues);
  }

  @Override
  public int hashCode() {
    return 31 * System.identityHashCode(parameter) + Objects.hashCode(value);
  }

  /**
   * Returns {@code id = value}, or {@code id = (not set)}; with dated values, each follows, e.g.
   * {@code id = £5,000.00; from 2008/09: £10,000.00 (source: "text")}.
   */
  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder(parameter.id())
            .append(" = ")
            .append(value == null ? "(not set)" : Texts.value(value));
    for (DatedValue<T> d : datedValues) {
      s.append("; ").append(d);
    }
    return s.toString();
  }
}
