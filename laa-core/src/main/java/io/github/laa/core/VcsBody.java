package io.github.laa.core;

import org.immutables.value.Value;

/**
 * A voluntary and community sector body: a charity, community group, Council for Voluntary Service,
 * network or consortium. Its {@link #sizeBand() NCVO size band} comes from its annual income.
 *
 * <pre>{@code
 * VcsBody cvs = VcsBody.builder()
 *     .id("cvs").name("Greenwich CVS")
 *     .income(Money.parse("£450k"))
 *     .role(VcsRole.INFRASTRUCTURE)
 *     .build();
 * cvs.sizeBand();   // MEDIUM
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@LaaStyle
public abstract class VcsBody implements WithVcsBody {
  VcsBody() {}

  /** The body's id, unique within an agreement; allocations name it. */
  public abstract String id();

  /** The body's name. */
  public abstract String name();

  /** Annual income; not negative. */
  public abstract Money income();

  /** What the body does. Defaults to {@link VcsRole#FRONTLINE}. */
  @Value.Default
  public VcsRole role() {
    return VcsRole.FRONTLINE;
  }

  /** Whether the body is community-based (run by and for a local community). */
  @Value.Default
  public boolean communityBased() {
    return false;
  }

  /** The NCVO size band of the body's income. */
  public final SizeBand sizeBand() {
    return SizeBand.of(income());
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link VcsBody}; {@link #build()} throws {@link InvalidDataException} for invalid
   * data.
   */
  public static final class Builder extends ImmutableVcsBody.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    p.id("id", id());
    p.name("name", name());
    p.notNegative("income", income());
    p.required("role", role());
    p.throwIfAny("VcsBody");
  }
}
