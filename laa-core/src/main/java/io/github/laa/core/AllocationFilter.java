package io.github.laa.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which allocations of an agreement an edit or a query is about, by year, recipient, stream and
 * purpose — each criterion optional — so that analysts need no list index:
 *
 * <pre>{@code
 * AllocationFilter cvsNrf = AllocationFilter.year(FinancialYear.parse("2007/08"))
 *     .withRecipient("cvs").withStream("nrf");
 * LocalAreaAgreement more = laa.withAllocationAmount(cvsNrf, Money.parse("£95k"));
 * ImmutableList<Allocation> cvs = laa.allocations(AllocationFilter.recipient("cvs"));
 * }</pre>
 *
 * <p>See {@link LocalAreaAgreement#allocations(AllocationFilter)}, {@link
 * LocalAreaAgreement#withAllocations(AllocationFilter, java.util.function.UnaryOperator)} and
 * {@link LocalAreaAgreement#withAllocationAmount(AllocationFilter, Money)}. A filter matches an
 * allocation when every criterion it has is met; {@link #any()} has none. The stream criterion
 * names a stream id: allocations from other council funds (no stream) never match it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AllocationFilter {
  private static final AllocationFilter ANY = new AllocationFilter(null, null, null, null);

  private final @Nullable FinancialYear year;
  private final @Nullable String recipient;
  private final @Nullable String stream;
  private final @Nullable Purpose purpose;

  private AllocationFilter(
      @Nullable FinancialYear year,
      @Nullable String recipient,
      @Nullable String stream,
      @Nullable Purpose purpose) {
    this.year = year;
    this.recipient = recipient;
    this.stream = stream;
    this.purpose = purpose;
  }

  /** The filter that matches every allocation. */
  public static AllocationFilter any() {
    return ANY;
  }

  /** The allocations in {@code year}. */
  public static AllocationFilter year(FinancialYear year) {
    return ANY.withYear(year);
  }

  /** The allocations to the body {@code recipient} (an id). */
  public static AllocationFilter recipient(String recipient) {
    return ANY.withRecipient(recipient);
  }

  /** The allocations from the stream {@code stream} (an id). */
  public static AllocationFilter stream(String stream) {
    return ANY.withStream(stream);
  }

  /** The allocations for {@code purpose}. */
  public static AllocationFilter purpose(Purpose purpose) {
    return ANY.withPurpose(purpose);
  }

  /** This filter, also (or instead) requiring the year {@code year}. */
  public AllocationFilter withYear(FinancialYear year) {
    return new AllocationFilter(Objects.requireNonNull(year, "year"), recipient, stream, purpose);
  }

  /**
   * This filter, also (or instead) requiring the recipient {@code recipient} (an id; one no body
   * has matches nothing).
   */
  public AllocationFilter withRecipient(String recipient) {
    return new AllocationFilter(
        year, Objects.requireNonNull(recipient, "recipient"), stream, purpose);
  }

  /**
   * This filter, also (or instead) requiring the stream {@code stream} (an id; one no stream has
   * matches nothing).
   */
  public AllocationFilter withStream(String stream) {
    return new AllocationFilter(year, recipient, Objects.requireNonNull(stream, "stream"), purpose);
  }

  /** This filter, also (or instead) requiring the purpose {@code purpose}. */
  public AllocationFilter withPurpose(Purpose purpose) {
    return new AllocationFilter(
        year, recipient, stream, Objects.requireNonNull(purpose, "purpose"));
  }

  /** The year required, if one is. */
  public Optional<FinancialYear> year() {
    return Optional.ofNullable(year);
  }

  /** The recipient required, if one is. */
  public Optional<String> recipient() {
    return Optional.ofNullable(recipient);
  }

  /** The stream required, if one is. */
  public Optional<String> stream() {
    return Optional.ofNullable(stream);
  }

  /** The purpose required, if one is. */
  public Optional<Purpose> purpose() {
    return Optional.ofNullable(purpose);
  }

  /** Whether {@code allocation} meets every criterion of this filter. */
  public boolean matches(Allocation allocation) {
    return (year == null || allocation.year().equals(year))
        && (purpose == null || allocation.purpose() == purpose)
        && (recipient == null || allocation.recipient().equals(recipient))
        && (stream == null || stream.equals(allocation.stream().orElse(null)));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AllocationFilter f
        && Objects.equals(f.year, year)
        && Objects.equals(f.recipient, recipient)
        && Objects.equals(f.stream, stream)
        && f.purpose == purpose;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, recipient, stream, purpose);
  }

  /**
   * Returns what the filter matches, as an error message names it, e.g. {@code service delivery
   * allocation to cvs from nrf in 2007/08}, or {@code any allocation}.
   */
  @Override
  public String toString() {
    if (equals(ANY)) {
      return "any allocation";
    }
    return (purpose == null ? "" : purpose.label().toLowerCase(Locale.ROOT) + " ")
        + "allocation"
        + (recipient == null ? "" : " to " + recipient)
        + (stream == null ? "" : " from " + stream)
        + (year == null ? "" : " in " + year);
  }
}
