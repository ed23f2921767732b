package io.github.laa.scoring;

import com.google.common.collect.ImmutableSet;
import io.github.laa.core.DeflatorSeries;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.TextChecks;
import io.github.laa.scoring.internal.Texts;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A typed, named parameter of a rule or policy, with its default and what values it accepts.
 * Parameters are constants of the rule classes ({@code NetResourceLossRule.TOLERANCE}); a {@link
 * Policy} holds their values and a reform changes them.
 *
 * <pre>{@code
 * Policy reform = Lvsc2006.policy().reform("5% tolerance")
 *     .set(NetResourceLossRule.TOLERANCE, Percentage.of(5))
 *     .build();
 * }</pre>
 *
 * <p>A parameter's values are of one of the immutable value types {@link Money}, {@link
 * Percentage}, {@link FinancialYear}, {@link DeflatorSeries}, {@link Long}, {@link Integer}, {@link
 * Boolean}, {@link String} and {@link BigDecimal}, or of an enum: everything that can decide a
 * verdict is then written exactly in a decision record ({@link Scorecard#toJson()}) and covered by
 * the policy's fingerprint ({@link Policy#sha256()}).
 *
 * <p>Parameters are compared by identity: each is one constant. This class is immutable and
 * thread-safe.
 *
 * @param <T> the type of the parameter's value
 */
public final class Parameter<T> {
  /**
   * The types a parameter's values may have besides enums: immutable values that a decision record
   * writes exactly and a policy's fingerprint covers.
   */
  private static final ImmutableSet<Class<?>> VALUE_TYPES =
      ImmutableSet.of(
          Money.class,
          Percentage.class,
          FinancialYear.class,
          DeflatorSeries.class,
          Long.class,
          Integer.class,
          Boolean.class,
          String.class,
          BigDecimal.class);

  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

  private final String id;
  private final String description;
  private final Class<T> type;
  private final @Nullable T defaultValue;
  private final Function<T, @Nullable String> check;
  private final boolean byYear;

  private Parameter(
      String id,
      String description,
      Class<T> type,
      @Nullable T defaultValue,
      Function<T, @Nullable String> check) {
    this(id, description, type, defaultValue, check, false);
  }

  private Parameter(
      String id,
      String description,
      Class<T> type,
      @Nullable T defaultValue,
      Function<T, @Nullable String> check,
      boolean byYear) {
    TextChecks.idProblem(id)
        .ifPresent(
            m -> {
              throw new IllegalArgumentException("a parameter's id " + m);
            });
    Texts.requireName("parameter " + id + "'s description", description);
    this.id = id;
    this.description = description;
    Objects.requireNonNull(type, "type");
    if (!VALUE_TYPES.contains(type) && !type.isEnum()) {
      throw new IllegalArgumentException(
          "parameter "
              + id
              + " must be of an immutable value type (Money, Percentage, FinancialYear,"
              + " DeflatorSeries, Long, Integer, Boolean, String, BigDecimal or an enum) but was: "
              + type.getName());
    }
    this.type = type;
    this.defaultValue = defaultValue;
    this.check = Objects.requireNonNull(check, "check");
    this.byYear = byYear;
  }

  /**
   * This parameter, declared as read by year: a policy may then give it {@link DatedValue dated
   * values} ({@link Policy.Builder#setFrom}), and the rules that read it ask for its value in each
   * year ({@link Parameters#get(Parameter, FinancialYear)}). Only a parameter so declared may have
   * dated values, so that no rule silently reads one value where the policy set several. Use it
   * where the constant is declared: {@code Parameter.of(...).byYear()}.
   *
   * @return a new parameter, equal to this one in all but being read by year (parameters are
   *     compared by identity: the constant is the one returned)
   */
  public Parameter<T> byYear() {
    return new Parameter<>(id, description, type, defaultValue, check, true);
  }

  /**
   * Whether rules read the parameter by year, so that it may have dated values ({@link #byYear}).
   */
  public boolean isByYear() {
    return byYear;
  }

  /**
   * A parameter with a default value.
   *
   * @param id a stable id, e.g. {@code NET_RESOURCE_LOSS.tolerance}
   * @param description what the parameter means
   * @param type the class of its values
   * @param defaultValue the value when a policy does not set one
   * @param check returns what is wrong with a value (e.g. {@code "must not be negative"}), or
   *     {@code null} if it is acceptable
   */
  public static <T> Parameter<T> of(
      String id,
      String description,
      Class<T> type,
      T defaultValue,
      Function<T, @Nullable String> check) {
    Parameter<T> p =
        new Parameter<>(
            id, description, type, Objects.requireNonNull(defaultValue, "defaultValue"), check);
    String problem = check.apply(defaultValue);
    if (problem != null) {
      throw new IllegalArgumentException("default of " + id + " " + problem);
    }
    return p;
  }

  /**
   * A parameter of rule {@code rule} with a default value; its id is {@code rule.name}, e.g. {@code
   * NET_RESOURCE_LOSS.tolerance}.
   *
   * @param name the parameter's name within the rule, lower camel case, e.g. {@code tolerance}
   * @throws IllegalArgumentException if {@code name} is not lower camel case, or the default is
   *     unacceptable
   */
  public static <T> Parameter<T> of(
      RuleId rule,
      String name,
      String description,
      Class<T> type,
      T defaultValue,
      Function<T, @Nullable String> check) {
    return of(id(rule, name), description, type, defaultValue, check);
  }

  /** A parameter of rule {@code rule}, with a default, that accepts any value of its type. */
  public static <T> Parameter<T> of(
      RuleId rule, String name, String description, Class<T> type, T defaultValue) {
    return of(id(rule, name), description, type, defaultValue, v -> null);
  }

  /** A parameter of rule {@code rule} that has no value unless a policy sets one. */
  public static <T> Parameter<T> optional(
      RuleId rule,
      String name,
      String description,
      Class<T> type,
      Function<T, @Nullable String> check) {
    return optional(id(rule, name), description, type, check);
  }

  private static String id(RuleId rule, String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a parameter's name must be lower camel case, like tolerance, but was: " + name);
    }
    return rule.value() + "." + name;
  }

  /** A parameter with a default value that accepts any value of its type. */
  public static <T> Parameter<T> of(String id, String description, Class<T> type, T defaultValue) {
    return of(id, description, type, defaultValue, v -> null);
  }

  /** A parameter that has no value unless a policy sets one (e.g. a deflator series). */
  public static <T> Parameter<T> optional(
      String id, String description, Class<T> type, Function<T, @Nullable String> check) {
    return new Parameter<>(id, description, type, null, check);
  }

  /** The stable id, e.g. {@code NET_RESOURCE_LOSS.tolerance}. */
  public String id() {
    return id;
  }

  /** What the parameter means. */
  public String description() {
    return description;
  }

  /** The class of its values. */
  public Class<T> type() {
    return type;
  }

  /** The value used when a policy does not set one; empty for an optional parameter. */
  public Optional<T> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /**
   * What is wrong with {@code value} for this parameter, or empty if it is acceptable.
   *
   * @param value a candidate value, of any type
   */
  public Optional<String> problem(@Nullable Object value) {
    if (value == null) {
      return Optional.of("must be set");
    }
    if (!type.isInstance(value)) {
      return Optional.of(
          "must be a " + type.getSimpleName() + " but was a " + value.getClass().getSimpleName());
    }
    return Optional.ofNullable(check.apply(type.cast(value)));
  }

  /** Returns the id. */
  @Override
  public String toString() {
    return id;
  }
}
