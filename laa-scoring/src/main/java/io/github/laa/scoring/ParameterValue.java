package io.github.laa.scoring;

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

  private ParameterValue(Parameter<T> parameter, @Nullable T value) {
    this.parameter = parameter;
    this.value = value;
  }

  /** {@code parameter}'s value in {@code values}: the one set, its default, or none. */
  static <T> ParameterValue<T> of(Parameter<T> parameter, Parameters values) {
    return new ParameterValue<>(parameter, values.find(parameter).orElse(null));
  }

  /** The parameter. */
  public Parameter<T> parameter() {
    return parameter;
  }

  /** The value, or empty for an optional parameter left unset. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ParameterValue<?> p
        && p.parameter == parameter
        && Objects.equals(p.value, value);
  }

  @Override
  public int hashCode() {
    return 31 * System.identityHashCode(parameter) + Objects.hashCode(value);
  }

  /** Returns {@code id = value}, or {@code id = (not set)}. */
  @Override
  public String toString() {
    return parameter.id() + " = " + (value == null ? "(not set)" : Texts.value(value));
  }
}
