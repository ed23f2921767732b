package io.github.laa.scoring;

import io.github.laa.scoring.internal.Texts;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A parameter and the value a policy gave it (empty for an optional parameter left unset), as
 * recorded in a {@link Finding}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ParameterValue {
  private final Parameter<?> parameter;
  private final @Nullable Object value;

  ParameterValue(Parameter<?> parameter, @Nullable Object value) {
    this.parameter = parameter;
    this.value = value;
  }

  /** The parameter. */
  public Parameter<?> parameter() {
    return parameter;
  }

  /** The value, or empty for an optional parameter left unset. */
  public Optional<Object> value() {
    return Optional.ofNullable(value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ParameterValue p
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
