package io.github.laa.scoring;

import java.util.Optional;

/** Values of parameters, as a {@link Policy} holds them. */
public interface Parameters {
  /**
   * The value of {@code parameter}: the one set, else its default.
   *
   * @throws IllegalStateException for an optional parameter that has no value
   */
  <T> T get(Parameter<T> parameter);

  /** The value of {@code parameter}, or empty for an optional parameter that has no value. */
  <T> Optional<T> find(Parameter<T> parameter);
}
