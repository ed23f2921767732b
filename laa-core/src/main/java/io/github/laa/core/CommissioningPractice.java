package io.github.laa.core;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The facts a Compact funding code asks about an area's commissioning of the VCS: what share of VCS
 * funding is on terms of three years or more, at full cost recovery and paid in advance; how many
 * weeks consultations run (the code of practice says 12); and how many months' notice of funding
 * changes is given.
 *
 * <p>Every fact is optional: an unknown fact is absent, not zero. A share that is absent can be
 * worked out from the terms of the agreement's {@link Allocation}s.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@LaaStyle
public abstract class CommissioningPractice implements WithCommissioningPractice {
  CommissioningPractice() {}

  /** Share of VCS funding on terms of three years or more (0–100%). */
  public abstract Optional<Percentage> threeYearTermsShare();

  /** Share of VCS funding at full cost recovery (0–100%). */
  public abstract Optional<Percentage> fullCostRecoveryShare();

  /** Share of VCS funding paid in advance (0–100%). */
  public abstract Optional<Percentage> paidInAdvanceShare();

  /** Length of consultations with the VCS, in weeks; not negative. */
  public abstract OptionalInt consultationWeeks();

  /** Notice given of changes to funding, in months; not negative. */
  public abstract OptionalInt noticeMonths();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CommissioningPractice}; {@link #build()} throws {@link InvalidDataException}
   * for invalid data.
   */
  public static final class Builder extends ImmutableCommissioningPractice.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    share(p, "threeYearTermsShare", threeYearTermsShare());
    share(p, "fullCostRecoveryShare", fullCostRecoveryShare());
    share(p, "paidInAdvanceShare", paidInAdvanceShare());
    if (consultationWeeks().isPresent() && consultationWeeks().getAsInt() < 0) {
      p.add("consultationWeeks", "must not be negative but was: " + consultationWeeks().getAsInt());
    }
    if (noticeMonths().isPresent() && noticeMonths().getAsInt() < 0) {
      p.add("noticeMonths", "must not be negative but was: " + noticeMonths().getAsInt());
    }
    p.throwIfAny("CommissioningPractice");
  }

  private static void share(Problems p, String path, Optional<Percentage> share) {
    if (share.isPresent()
        && (share.get().isNegative() || share.get().isGreaterThan(Percentage.HUNDRED))) {
      p.add(path, "must be between 0% and 100% but was: " + share.get());
    }
  }
}
