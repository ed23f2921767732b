package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.FinancialYear;
import java.util.Optional;

/**
 * Values of parameters, as a {@link Policy} holds them.
 *
 * <p>A parameter declared {@link Parameter#byYear() by year} may also have {@link DatedValue dated
 * values}: a rule that reads it for a year ({@link #get(Parameter, FinancialYear)}) gets the latest
 * dated value from that year or before, else the plain value. The default methods make an
 * implementation that knows no dated values keep working: it has none.
 */
public interface Parameters {
  /**
   * The value of {@code parameter}: the one set, else its default. For a parameter with dated
   * values, this is the value before the first of them.
   *
   * @throws IllegalStateException for an optional parameter that has no value
   */
  <T> T get(Parameter<T> parameter);

  /** The value of {@code parameter}, or empty for an optional parameter that has no value. */
  <T> Optional<T> find(Parameter<T> parameter);

  /**
   * The dated values of {@code parameter}, oldest first, each from a different year; empty (the
   * default) when it has none.
   */
  default <T> ImmutableList<DatedValue<T>> datedValues(Parameter<T> parameter) {
    return ImmutableList.of();
  }

  /**
   * The dated value of {@code parameter} in force in {@code year}: the latest from {@code year} or
   * before; empty if there is none (the plain value applies).
   */
  default <T> Optional<DatedValue<T>> datedValue(Parameter<T> parameter, FinancialYear year) {
    DatedValue<T> inForce = null;
    for (DatedValue<T> d : datedValues(parameter)) {
      if (d.from().isAfter(year)) {
        break;
      }
      inForce = d;
    }
    return Optional.ofNullable(inForce);
  }

  /**
   * The value of {@code parameter} in {@code year}: its {@link #datedValue dated value} in force
   * then, else {@link #get(Parameter)}.
   *
   * @throws IllegalStateException for an optional parameter that has no value in {@code year}
   */
  default <T> T get(Parameter<T> parameter, FinancialYear year) {
    Optional<DatedValue<T>> d = datedValue(parameter, year);
    return d.isPresent() ? d.orElseThrow().value() : get(parameter);
  }

  /** The value of {@code parameter} in {@code year}, or empty if it has none then. */
  default <T> Optional<T> find(Parameter<T> parameter, FinancialYear year) {
    Optional<DatedValue<T>> d = datedValue(parameter, year);
    return d.isPresent() ? Optional.of(d.orElseThrow().value()) : find(parameter);
  }
}
