package io.github.laa.scoring;

import io.github.laa.core.FinancialYear;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.internal.Texts;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One typed quantity behind a finding, such as {@code total [2007/08]: £95,000.00}: its {@link
 * Key}, what it is about (a year, or something named — a stream, a programme, a block; or nothing),
 * its value, and — for a check — the verdict of that check.
 *
 * <p>Rules record evidence with {@link Finding.Builder}; readers look it up by key with {@link
 * Finding#get(Key)} and its relatives, or walk {@link Finding#evidence()}. Evidence is built
 * without formatting; {@link #toString()} formats it when asked.
 *
 * <p>This class is immutable and thread-safe: every value is of an immutable type (see {@link
 * Key}).
 *
 * @param <T> the type of the value
 */
public final class Evidence<T> {
  private final Key<T> key;
  private final @Nullable FinancialYear year;
  private final @Nullable String about;
  private final T value;
  private final @Nullable Verdict check;

  Evidence(
      Key<T> key,
      @Nullable FinancialYear year,
      @Nullable String about,
      T value,
      @Nullable Verdict check) {
    this.key = key;
    this.year = year;
    this.about = about;
    this.value = value;
    this.check = check;
  }

  /** The key. */
  public Key<T> key() {
    return key;
  }

  /** The key's name, e.g. {@code total}. */
  public String name() {
    return key.name();
  }

  /** The year the value is about, if it is about one. */
  public Optional<FinancialYear> year() {
    return Optional.ofNullable(year);
  }

  /** What the value is about when that is something named, e.g. a stream's name or a block id. */
  public Optional<String> about() {
    return Optional.ofNullable(about);
  }

  /** The value. */
  public T value() {
    return value;
  }

  /** The verdict of the check this evidence records, if it records one. */
  public Optional<Verdict> check() {
    return Optional.ofNullable(check);
  }

  /** {@code name} or {@code name [about]}. */
  public String label() {
    if (year != null) {
      return key.name() + " [" + year + "]";
    }
    return about == null ? key.name() : key.name() + " [" + Texts.line(about) + "]";
  }

  /**
   * The value as text: money and percentages in their en-GB form, decimals without exponent, and
   * percentage points as {@code 0.01 pp} (see {@link Key#ofPercentagePoints(String)}).
   */
  public String valueText() {
    if (key.isPercentagePoints() && value instanceof Percentage p) {
      return Texts.percentagePoints(p);
    }
    return Texts.value(value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Evidence<?> e
        && e.key.equals(key)
        && Objects.equals(e.year, year)
        && Objects.equals(e.about, about)
        && e.value.equals(value)
        && e.check == check;
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, year, about, value, check);
  }

  /** Returns {@code name [about]: value (CHECK)}. */
  @Override
  public String toString() {
    return label() + ": " + valueText() + (check == null ? "" : " (" + check + ")");
  }
}
