package io.github.laa.scoring;

import io.github.laa.core.FinancialYear;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.internal.Texts;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One named, typed quantity behind a finding, such as {@code total [2007/08]: £95,000.00}: a name
 * (a constant of the rule), what it is about (a year, a stream, a programme; optional), the value,
 * and — for a check — the verdict of that check.
 *
 * <p>Values are {@link Money}, {@link Percentage}, {@link FinancialYear}, {@link Change}, {@link
 * Long} counts, {@link java.math.BigDecimal} indices, {@link Boolean}s, enums or text. Evidence is
 * built without formatting; {@link #toString()} formats it when asked.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Evidence {
  private final String name;
  private final @Nullable Object about;
  private final Object value;
  private final @Nullable Verdict check;

  private Evidence(String name, @Nullable Object about, Object value, @Nullable Verdict check) {
    this.name = name;
    this.about = about;
    this.value = value;
    this.check = check;
  }

  /** Evidence {@code name: value}. */
  public static Evidence of(String name, Object value) {
    return new Evidence(
        Objects.requireNonNull(name, "name"), null, Objects.requireNonNull(value, "value"), null);
  }

  /** Evidence {@code name [about]: value}. */
  public static Evidence of(String name, @Nullable Object about, Object value) {
    return new Evidence(
        Objects.requireNonNull(name, "name"), about, Objects.requireNonNull(value, "value"), null);
  }

  /** The outcome of one check: {@code name [about]: value (WARN)}. */
  public static Evidence check(String name, @Nullable Object about, Object value, Verdict verdict) {
    return new Evidence(
        Objects.requireNonNull(name, "name"),
        about,
        Objects.requireNonNull(value, "value"),
        Objects.requireNonNull(verdict, "verdict"));
  }

  /** The name, a constant of the rule, e.g. {@code total}. */
  public String name() {
    return name;
  }

  /** What the value is about, e.g. a {@link FinancialYear} or a stream's name. */
  public Optional<Object> about() {
    return Optional.ofNullable(about);
  }

  /** The value. */
  public Object value() {
    return value;
  }

  /** The verdict of the check this evidence records, if it records one. */
  public Optional<Verdict> check() {
    return Optional.ofNullable(check);
  }

  /**
   * The value as money.
   *
   * @throws IllegalStateException if it is not money
   */
  public Money money() {
    return as(Money.class);
  }

  /**
   * The value as a percentage.
   *
   * @throws IllegalStateException if it is not a percentage
   */
  public Percentage percentage() {
    return as(Percentage.class);
  }

  /**
   * The value as a change.
   *
   * @throws IllegalStateException if it is not a change
   */
  public Change change() {
    return as(Change.class);
  }

  private <T> T as(Class<T> type) {
    if (!type.isInstance(value)) {
      throw new IllegalStateException(
          "evidence "
              + label()
              + " is a "
              + value.getClass().getSimpleName()
              + ", not "
              + type.getSimpleName());
    }
    return type.cast(value);
  }

  /**
   * Whether this evidence has {@code name} and is about {@code about} (null: about nothing in
   * particular).
   */
  public boolean is(String name, @Nullable Object about) {
    return this.name.equals(name) && Objects.equals(this.about, about);
  }

  /** {@code name} or {@code name [about]}. */
  public String label() {
    return about == null ? name : name + " [" + Texts.value(about) + "]";
  }

  /** The value as text. */
  public String valueText() {
    return Texts.value(value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Evidence e
        && e.name.equals(name)
        && Objects.equals(e.about, about)
        && e.value.equals(value)
        && e.check == check;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, about, value, check);
  }

  /** Returns {@code name [about]: value (CHECK)}. */
  @Override
  public String toString() {
    return label() + ": " + valueText() + (check == null ? "" : " (" + check + ")");
  }
}
