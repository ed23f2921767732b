package io.github.laa.core;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * An outcome an LAA block commits to, mandatory (set by government) or optional (chosen locally),
 * with its indicators.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@LaaStyle
public abstract class Outcome implements WithOutcome {
  Outcome() {}

  /** The outcome's id, unique within an agreement; allocations name it to tie money to it. */
  public abstract String id();

  /** What the outcome is, e.g. {@code Reduce crime}. */
  public abstract String title();

  /** Whether government requires this outcome (otherwise it was chosen locally). */
  @Value.Default
  public boolean mandatory() {
    return false;
  }

  /** The indicators that measure the outcome. */
  public abstract ImmutableList<Indicator> indicators();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Outcome}; {@link #build()} throws {@link InvalidDataException} for invalid
   * data.
   */
  public static final class Builder extends ImmutableOutcome.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    p.id("id", id());
    p.name("title", title());
    p.throwIfAny("Outcome");
  }
}
