package io.github.laa.core;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A price index per financial year, such as HM Treasury's GDP deflator, used to restate cash
 * amounts in the prices of one year: an amount of year A in year-B prices is {@code cash × index(B)
 * ÷ index(A)}.
 *
 * <p>The caller supplies the values, naming the release they come from; this library ships none
 * (published values are revised after each release). A year without a value is absent: nothing is
 * ever extrapolated.
 *
 * <pre>{@code
 * DeflatorSeries gdp = DeflatorSeries.builder()
 *     .name("HMT GDP deflator, 2004 illustration (2002-03 = 100)")
 *     .putIndex(FinancialYear.parse("2005/06"), new BigDecimal("107.812"))
 *     .putIndex(FinancialYear.parse("2006/07"), new BigDecimal("110.702"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@LaaStyle
public abstract class DeflatorSeries implements WithDeflatorSeries {
  DeflatorSeries() {}

  /** Where the values come from, e.g. the release and its base year. */
  public abstract String name();

  /** The index for each year that has one, in year order; every value positive. */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<FinancialYear, BigDecimal> indices();

  /** The index for {@code year}, if the series has one. */
  public final Optional<BigDecimal> index(FinancialYear year) {
    return Optional.ofNullable(indices().get(year));
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DeflatorSeries}; {@link #build()} throws {@link InvalidDataException} for
   * invalid data.
   */
  public static final class Builder extends ImmutableDeflatorSeries.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    p.name("name", name());
    if (indices().isEmpty()) {
      p.add("indices", "must have at least one year");
    }
    for (Map.Entry<FinancialYear, BigDecimal> e : indices().entrySet()) {
      BigDecimal v = e.getValue();
      if (v.signum() <= 0) {
        p.add("indices[" + e.getKey() + "]", "must be positive but was: " + Problems.decimal(v));
      } else if ((long) v.precision() - v.scale() > 12 || v.scale() > 12) {
        p.add(
            "indices[" + e.getKey() + "]",
            "must have at most 12 digits before and after the point but was: "
                + Problems.decimal(v));
      }
    }
    p.throwIfAny("DeflatorSeries");
  }
}
