package io.github.laa.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How far the VCS is involved in one stage of one block, with an optional note of the evidence.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@LaaStyle
public abstract class BlockInvolvement implements WithBlockInvolvement {
  BlockInvolvement() {}

  /** The id of the block. */
  public abstract String block();

  /** The stage. */
  public abstract Stage stage();

  /** The level on the involvement ladder. */
  public abstract InvolvementLevel level();

  /** Evidence for the level, e.g. {@code VCS chair of the CYP design group}. */
  public abstract Optional<String> note();

  /** Returns an entry without a note. */
  public static BlockInvolvement of(String block, Stage stage, InvolvementLevel level) {
    return builder().block(block).stage(stage).level(level).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BlockInvolvement}; {@link #build()} throws {@link InvalidDataException} for
   * invalid data.
   */
  public static final class Builder extends ImmutableBlockInvolvement.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    p.id("block", block());
    p.required("stage", stage());
    p.required("level", level());
    note().ifPresent(n -> p.note("note", n));
    p.throwIfAny("BlockInvolvement");
  }
}
