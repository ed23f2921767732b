package io.github.laa.core;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The local VCS infrastructure of an area (its Council for Voluntary Service and other second-tier
 * bodies): annual funding, staff and a quality rating from 1 (weakest) to 5.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@LaaStyle
public abstract class InfrastructureProfile implements WithInfrastructureProfile {
  /** The lowest quality rating. */
  public static final int MIN_RATING = 1;

  /** The highest quality rating. */
  public static final int MAX_RATING = 5;

  InfrastructureProfile() {}

  /** Annual funding of the local infrastructure bodies; not negative. */
  @Value.Parameter
  public abstract Money annualFunding();

  /** Staff, in full-time equivalents; not negative. */
  @Value.Parameter
  public abstract BigDecimal staffFte();

  /** Quality rating, {@value #MIN_RATING} (weakest) to {@value #MAX_RATING} (strongest). */
  @Value.Parameter
  public abstract int qualityRating();

  /** Returns a profile. */
  public static InfrastructureProfile of(
      Money annualFunding, BigDecimal staffFte, int qualityRating) {
    return ImmutableInfrastructureProfile.of(annualFunding, staffFte, qualityRating);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link InfrastructureProfile}; {@link #build()} throws {@link InvalidDataException}
   * for invalid data.
   */
  public static final class Builder extends ImmutableInfrastructureProfile.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    p.notNegative("annualFunding", annualFunding());
    if (p.required("staffFte", staffFte()) && staffFte().signum() < 0) {
      p.add("staffFte", "must not be negative but was: " + Problems.decimal(staffFte()));
    }
    if (qualityRating() < MIN_RATING || qualityRating() > MAX_RATING) {
      p.add(
          "qualityRating",
          "must be between " + MIN_RATING + " and " + MAX_RATING + " but was: " + qualityRating());
    }
    p.throwIfAny("InfrastructureProfile");
  }
}
