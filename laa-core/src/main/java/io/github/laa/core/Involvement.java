package io.github.laa.core;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How far the VCS is involved in an LAA: at the strategic level (the Local Strategic Partnership
 * board and LAA governance) and in each stage of each block — the facts of recommendation R4's
 * mapping exercise.
 *
 * <pre>{@code
 * Involvement inv = Involvement.builder()
 *     .strategic(InvolvementLevel.PARTNER)
 *     .addBlock(BlockInvolvement.of("CYP", Stage.DESIGN, InvolvementLevel.INVOLVED))
 *     .addBlock(BlockInvolvement.of("CYP", Stage.DELIVERY, InvolvementLevel.PARTNER))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@LaaStyle
public abstract class Involvement implements WithInvolvement {
  Involvement() {}

  /** The level of involvement at the strategic level. */
  public abstract InvolvementLevel strategic();

  /** Evidence for the strategic level. */
  public abstract Optional<String> strategicNote();

  /** The level for each (block, stage) recorded; at most one entry per pair. */
  public abstract ImmutableList<BlockInvolvement> blocks();

  /** The level recorded for {@code stage} of block {@code blockId}, if any. */
  public final Optional<InvolvementLevel> level(String blockId, Stage stage) {
    for (BlockInvolvement b : blocks()) {
      if (b.block().equals(blockId) && b.stage() == stage) {
        return Optional.of(b.level());
      }
    }
    return Optional.empty();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Involvement}; {@link #build()} throws {@link InvalidDataException} for invalid
   * data.
   */
  public static final class Builder extends ImmutableInvolvement.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    p.required("strategic", strategic());
    strategicNote().ifPresent(n -> p.note("strategicNote", n));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < blocks().size(); i++) {
      BlockInvolvement b = blocks().get(i);
      if (!seen.add(b.block() + '\u0000' + b.stage())) {
        p.add(
            "blocks[" + i + "]",
            "must not repeat block " + Problems.quote(b.block()) + " stage " + b.stage());
      }
    }
    p.throwIfAny("Involvement");
  }
}
