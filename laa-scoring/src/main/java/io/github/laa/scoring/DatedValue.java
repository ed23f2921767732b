package io.github.laa.scoring;

import io.github.laa.core.FinancialYear;
import io.github.laa.scoring.internal.Texts;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A value a parameter has from a financial year onwards, with the source that sets it: for example
 * a small-grant ceiling of £10,000 from 2008/09 under a council's compact. A {@link Policy} holds a
 * parameter's dated values ({@link Policy.Builder#setFrom}) beside its plain value; for a year, the
 * latest dated value from that year or before applies, and before the first one the plain value (or
 * the default) does ({@link Parameters#get(Parameter, FinancialYear)}).
 *
 * <pre>{@code
 * DatedValue<Money> ceiling = DatedValue.of(FinancialYear.parse("2008/09"), Money.parse("£10k"),
 *     Citation.of("Anytown Compact 2008", "§3 small grants of up to £10,000"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the parameter's value
 */
public final class DatedValue<T> {
  private final FinancialYear from;
  private final T value;
  private final Citation source;
  // Made once, here: rules put it in evidence while scoring, which builds no strings.
  private final String sourceText;

  private DatedValue(FinancialYear from, T value, Citation source) {
    this.from = from;
    this.value = value;
    this.source = source;
    this.sourceText = "from " + from + ": " + source;
  }

  /**
   * {@code value} from the year {@code from} onwards, as {@code source} sets it. The value is
   * checked against a parameter when a policy holding it is built.
   */
  public static <T> DatedValue<T> of(FinancialYear from, T value, Citation source) {
    return new DatedValue<>(
        Objects.requireNonNull(from, "from"),
        Objects.requireNonNull(value, "value"),
        Objects.requireNonNull(source, "source"));
  }

  /** The first year the value applies in. */
  public FinancialYear from() {
    return from;
  }

  /** The value. */
  public T value() {
    return value;
  }

  /** Where the value comes from. */
  public Citation source() {
    return source;
  }

  /**
   * Where the value comes from as evidence shows it, e.g. {@code from 2008/09: Anytown Compact
   * 2008: "§3 small grants of up to £10,000"}.
   */
  public String sourceText() {
    return sourceText;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DatedValue<?> d
        && d.from.equals(from)
        && d.value.equals(value)
        && d.source.equals(source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, value, source);
  }

  /** Returns e.g. {@code from 2008/09: £10,000.00 (Anytown Compact 2008: "§3 …")}. */
  @Override
  public String toString() {
    return "from " + from + ": " + Texts.value(value) + " (" + source + ")";
  }
}
