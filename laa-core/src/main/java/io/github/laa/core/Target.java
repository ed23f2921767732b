package io.github.laa.core;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A target for an indicator: the value to reach by the end of a financial year, from a baseline,
 * with an optional stretch (reward) target.
 *
 * <p>Targets may go up (more young people in training) or down (fewer burglaries). A stretch target
 * must be at least as ambitious as the target: beyond it in the direction the target moves from the
 * baseline.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@LaaStyle
public abstract class Target implements WithTarget {
  Target() {}

  /** The financial year by the end of which the target is to be met. */
  public abstract FinancialYear year();

  /** The indicator's value at the baseline. */
  public abstract BigDecimal baseline();

  /** The value to reach. */
  public abstract BigDecimal value();

  /** The stretch (reward-element) value, if any. */
  public abstract Optional<BigDecimal> stretch();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Target}; {@link #build()} throws {@link InvalidDataException} for invalid data.
   */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    p.required("year", year());
    boolean hasBaseline = p.required("baseline", baseline());
    boolean hasValue = p.required("value", value());
    if (hasBaseline && hasValue && stretch().isPresent()) {
      int direction = value().compareTo(baseline());
      BigDecimal s = stretch().get();
      if ((direction > 0 && s.compareTo(value()) < 0)
          || (direction < 0 && s.compareTo(value()) > 0)) {
        p.add(
            "stretch",
            "must be at least as ambitious as the target "
                + Problems.decimal(value())
                + " (from baseline "
                + Problems.decimal(baseline())
                + ") but was: "
                + Problems.decimal(s));
      }
    }
    p.throwIfAny("Target");
  }
}
