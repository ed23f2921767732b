package io.github.laa.core;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A performance indicator of an outcome, such as {@code NI 7} ("environment for a thriving third
 * sector"), with its targets.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@LaaStyle
public abstract class Indicator implements WithIndicator {
  Indicator() {}

  /** The indicator's code, unique within an agreement, e.g. {@code NI 7}. */
  public abstract String code();

  /** What the indicator measures. */
  public abstract String description();

  /**
   * Whether this is one of the statutory education and early-years targets, which new (2008) LAAs
   * carry beside their at most 35 improvement targets.
   */
  @Value.Default
  public boolean statutory() {
    return false;
  }

  /** The indicator's targets, one per year at most. */
  public abstract ImmutableList<Target> targets();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Indicator}; {@link #build()} throws {@link InvalidDataException} for invalid
   * data.
   */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    p.id("code", code());
    p.name("description", description());
    java.util.Set<FinancialYear> years = new java.util.HashSet<>();
    for (int i = 0; i < targets().size(); i++) {
      FinancialYear y = targets().get(i).year();
      if (!years.add(y)) {
        p.add("targets[" + i + "].year", "must not repeat a year but " + y + " has another target");
      }
    }
    p.throwIfAny("Indicator");
  }
}
