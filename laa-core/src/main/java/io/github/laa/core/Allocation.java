package io.github.laa.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Money given to one VCS body in one financial year, from a funding stream or (with no stream) from
 * other council funds, for a purpose, on terms.
 *
 * <p>An allocation in a year before the agreement's first year is part of the <em>baseline</em>:
 * what the VCS received before the LAA.
 *
 * <pre>{@code
 * Allocation a = Allocation.builder()
 *     .recipient("cvs").stream("nrf")
 *     .year(FinancialYear.parse("2006/07"))
 *     .amount(Money.parse("£40k"))
 *     .purpose(Purpose.INFRASTRUCTURE_SUPPORT)
 *     .termYears(3).fullCostRecovery(true)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@LaaStyle
public abstract class Allocation implements WithAllocation {
  /** The longest term accepted, in years. */
  public static final int MAX_TERM_YEARS = 25;

  Allocation() {}

  /** The id of the VCS body that receives the money. */
  public abstract String recipient();

  /** The id of the funding stream; empty for other council funds. */
  public abstract Optional<String> stream();

  /** The financial year the money is for. */
  public abstract FinancialYear year();

  /** The amount; not negative. */
  public abstract Money amount();

  /** What the money is for. */
  public abstract Purpose purpose();

  /** The id of the LAA outcome this money serves, if it is tied to one. */
  public abstract Optional<String> outcome();

  /**
   * The length of the funding agreement, in years (1 to {@value #MAX_TERM_YEARS}). Defaults to 1.
   */
  @Value.Default
  public int termYears() {
    return 1;
  }

  /** Whether the funding covers the full cost, overheads included. */
  @Value.Default
  public boolean fullCostRecovery() {
    return false;
  }

  /** Whether the money is paid in advance of spending. */
  @Value.Default
  public boolean paidInAdvance() {
    return false;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Allocation}; {@link #build()} throws {@link InvalidDataException} for invalid
   * data.
   */
  public static final class Builder extends ImmutableAllocation.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    p.id("recipient", recipient());
    stream().ifPresent(s -> p.id("stream", s));
    p.required("year", year());
    p.notNegative("amount", amount());
    p.required("purpose", purpose());
    outcome().ifPresent(o -> p.id("outcome", o));
    if (termYears() < 1 || termYears() > MAX_TERM_YEARS) {
      p.add("termYears", "must be between 1 and " + MAX_TERM_YEARS + " but was: " + termYears());
    }
    p.throwIfAny("Allocation");
  }
}
