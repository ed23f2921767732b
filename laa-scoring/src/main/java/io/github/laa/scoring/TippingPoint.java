package io.github.laa.scoring;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where one rule's verdict on one agreement changes as one parameter moves one way from the
 * policy's value: the nearest value at which the verdict differs, and what it becomes; or that it
 * does not change up to the end of the values the parameter accepts ({@link #limit()}).
 *
 * <pre>{@code
 * // Greenwich's net resource loss turns from FAIL to WARN at a tolerance of 3.41% or more
 * policy.tippingPoints(greenwich).points().get(0).describe("Greenwich")
 * }</pre>
 *
 * <p>A point is {@link Method#DERIVED derived} from the finding's evidence by the rule's arithmetic
 * ({@link Rule#tippingPoint}) and checked by scoring at it, {@link Method#ENUMERATED enumerated}
 * over every value (enums, booleans, small ranges), or {@link Method#SEARCHED searched} by
 * bisection to {@link #precision()}: a search assumes the verdict changes once between the policy's
 * value and the limit, and may miss changes that come and go in between.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TippingPoint {
  /** Which way the parameter moves from the policy's value. */
  public enum Direction {
    /** To larger values (later enum constants, {@code true}). */
    RAISE,
    /** To smaller values. */
    LOWER
  }

  /** How the point was found. */
  public enum Method {
    /** From the rule's arithmetic on the finding's evidence, then checked by scoring. */
    DERIVED,
    /** By scoring at every value the parameter accepts in the direction. */
    ENUMERATED,
    /** By bisection, to the precision stated. */
    SEARCHED
  }

  /**
   * What a rule can say of its own arithmetic ({@link Rule#tippingPoint}): the verdict changes at a
   * value, to a verdict, or does not change at all in the direction asked.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Derivation {
    private static final Derivation NONE = new Derivation(null, null);

    private final @Nullable Object value;
    private final @Nullable Verdict after;

    private Derivation(@Nullable Object value, @Nullable Verdict after) {
      this.value = value;
      this.after = after;
    }

    /** The verdict becomes {@code after} at {@code value} (the nearest such value). */
    public static Derivation at(Object value, Verdict after) {
      return new Derivation(
          Objects.requireNonNull(value, "value"), Objects.requireNonNull(after, "after"));
    }

    /** The verdict does not change, however far the parameter moves in the direction asked. */
    public static Derivation none() {
      return NONE;
    }

    /** The value at which the verdict changes; empty if it does not. */
    public Optional<Object> value() {
      return Optional.ofNullable(value);
    }

    /** The verdict it becomes; empty if it does not change. */
    public Optional<Verdict> after() {
      return Optional.ofNullable(after);
    }

    @Override
    public String toString() {
      return value == null ? "no change" : "at " + value + " → " + after;
    }
  }

  private final RuleId rule;
  private final Parameter<?> parameter;
  private final Object current;
  private final Direction direction;
  private final Verdict before;
  private final @Nullable Object value;
  private final @Nullable Verdict after;
  private final Object limit;
  private final Method method;
  private final @Nullable Object precision;

  TippingPoint(
      RuleId rule,
      Parameter<?> parameter,
      Object current,
      Direction direction,
      Verdict before,
      @Nullable Object value,
      @Nullable Verdict after,
      Object limit,
      Method method,
      @Nullable Object precision) {
    this.rule = rule;
    this.parameter = parameter;
    this.current = current;
    this.direction = direction;
    this.before = before;
    this.value = value;
    this.after = after;
    this.limit = limit;
    this.method = method;
    this.precision = precision;
  }

  /** The rule whose verdict is considered. */
  public RuleId rule() {
    return rule;
  }

  /** The parameter that moves. */
  public Parameter<?> parameter() {
    return parameter;
  }

  /** The policy's value of the parameter. */
  public Object current() {
    return current;
  }

  /** Which way the parameter moves. */
  public Direction direction() {
    return direction;
  }

  /** The verdict at the policy's value. */
  public Verdict before() {
    return before;
  }

  /** Whether the verdict changes in this direction. */
  public boolean changes() {
    return value != null;
  }

  /** The value nearest to the policy's at which the verdict differs; empty if it does not. */
  public Optional<Object> value() {
    return Optional.ofNullable(value);
  }

  /** The verdict at {@link #value()}; empty if the verdict does not change. */
  public Optional<Verdict> after() {
    return Optional.ofNullable(after);
  }

  /**
   * The last value the parameter accepts in this direction: how far the search went (the policy's
   * value itself when it is already at the end of the range).
   */
  public Object limit() {
    return limit;
  }

  /** How the point was found. */
  public Method method() {
    return method;
  }

  /** Whether the point is exact: derived or enumerated, not searched. */
  public boolean isExact() {
    return method != Method.SEARCHED;
  }

  /**
   * For a searched point, the step to which it is known (e.g. {@code 0.01%}, {@code £0.01}, {@code
   * 1}): the verdict changes within one step before {@link #value()}. Empty for an exact point.
   */
  public Optional<Object> precision() {
    return Optional.ofNullable(precision);
  }

  /**
   * One sentence, e.g. {@code Greenwich's net resource loss turns from FAIL to WARN at a tolerance
   * of 3.41% or more}, or {@code … stays FAIL for any tolerance up to 100.00%}.
   *
   * @param area the name of the agreement's area, as the sentence should show it
   */
  public String describe(String area) {
    String who = area + "'s " + words(rule.value().toLowerCase(java.util.Locale.ROOT));
    String what = words(name(parameter));
    String article = what.endsWith("s") ? "" : "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
    String approx = isExact() ? "" : " (to " + precision + ")";
    if (value == null) {
      return who
          + " stays "
          + before
          + " for any "
          + what
          + (direction == Direction.RAISE ? " up to " : " down to ")
          + limit;
    }
    return who
        + " turns from "
        + before
        + " to "
        + after
        + " at "
        + article
        + what
        + " of "
        + value
        + (direction == Direction.RAISE ? " or more" : " or less")
        + approx;
  }

  /**
   * The parameter's name within its rule: {@code tolerance} of {@code NET_RESOURCE_LOSS.tolerance}.
   */
  static String name(Parameter<?> p) {
    String id = p.id();
    return id.substring(id.lastIndexOf('.') + 1);
  }

  /** {@code grantCeiling} and {@code net_resource_loss} as words: {@code grant ceiling}. */
  private static String words(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '_') {
        b.append(' ');
      } else if (Character.isUpperCase(c)) {
        b.append(' ').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString().replace("vcs ", "VCS ");
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TippingPoint t
        && t.rule.equals(rule)
        && t.parameter == parameter
        && t.current.equals(current)
        && t.direction == direction
        && t.before == before
        && Objects.equals(t.value, value)
        && t.after == after
        && t.limit.equals(limit)
        && t.method == method
        && Objects.equals(t.precision, precision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, parameter.id(), direction, value);
  }

  /** Returns e.g. {@code NET_RESOURCE_LOSS.tolerance RAISE: FAIL → WARN at 3.41% (DERIVED)}. */
  @Override
  public String toString() {
    return parameter.id()
        + " "
        + direction
        + ": "
        + before
        + (value == null ? " unchanged up to " + limit : " → " + after + " at " + value)
        + " ("
        + method
        + (precision == null ? "" : ", to " + precision)
        + ")";
  }
}
