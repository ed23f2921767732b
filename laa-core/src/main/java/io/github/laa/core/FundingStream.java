package io.github.laa.core;

import org.immutables.value.Value;

/**
 * A source of money for VCS bodies: a government funding stream (Neighbourhood Renewal Fund, Safer
 * and Stronger Communities Fund, Community Chest, …) or a council budget.
 *
 * <p>A stream is "in the agreement" when a block lists it; others are sources outside the LAA.
 * {@link #formerlyDirectToVcs()} marks the streams that were paid directly to the VCS before LAAs
 * (Community Chest, Community Learning Chest, Community Empowerment Fund) and were folded into
 * council-held funds.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@LaaStyle
public abstract class FundingStream implements WithFundingStream {
  FundingStream() {}

  /** The stream's id, unique within an agreement; allocations and blocks name it. */
  public abstract String id();

  /** The stream's name, e.g. {@code Neighbourhood Renewal Fund}. */
  public abstract String name();

  /** Whether the stream is pooled or aligned. Defaults to {@link FundingMode#POOLED}. */
  @Value.Default
  public FundingMode mode() {
    return FundingMode.POOLED;
  }

  /** Whether the money is ring-fenced for its purpose. */
  @Value.Default
  public boolean ringFenced() {
    return false;
  }

  /** Whether the stream was paid directly to VCS bodies before the LAA. */
  @Value.Default
  public boolean formerlyDirectToVcs() {
    return false;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a pooled, not ring-fenced stream. */
  public static FundingStream of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /**
   * Builds a {@link FundingStream}; {@link #build()} throws {@link InvalidDataException} for
   * invalid data.
   */
  public static final class Builder extends ImmutableFundingStream.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    p.id("id", id());
    p.name("name", name());
    p.required("mode", mode());
    p.throwIfAny("FundingStream");
  }
}
