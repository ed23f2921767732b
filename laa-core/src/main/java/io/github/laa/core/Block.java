package io.github.laa.core;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A block of an LAA: a standard block (Children and Young People; Safer and Stronger Communities;
 * Healthier Communities and Older People; Economic Development and Enterprise), a single pot, or a
 * local theme, with its outcomes and the funding streams pooled or aligned under it.
 *
 * <pre>{@code
 * Block ssc = Block.builder()
 *     .type(BlockType.SAFER_AND_STRONGER_COMMUNITIES)   // id "SSC", name from the type
 *     .addStream("sscf")
 *     .build();
 * Block green = Block.builder()
 *     .type(BlockType.LOCAL_THEME).id("SD").name("Sustainable Development")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@LaaStyle
public abstract class Block implements WithBlock {
  Block() {}

  /** The kind of block. */
  public abstract BlockType type();

  /**
   * The block's id, unique within an agreement; involvement entries name it. Defaults to the type's
   * code ({@code CYP}, {@code SSC}, {@code HCOP}, {@code EDE}, {@code SP}); a local theme must set
   * it.
   */
  @Value.Default
  public String id() {
    BlockType type = type();
    return type == null ? "" : type.code().orElse("");
  }

  /** The block's name. Defaults to the type's title; a local theme must set it. */
  @Value.Default
  public String name() {
    BlockType type = type();
    return type == null ? "" : type.title().orElse("");
  }

  /** The outcomes of the block. */
  public abstract ImmutableList<Outcome> outcomes();

  /** The ids of the funding streams pooled or aligned under this block. */
  public abstract ImmutableList<String> streams();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a standard block or single pot with no outcomes and no streams. */
  public static Block of(BlockType type) {
    return builder().type(type).build();
  }

  /**
   * Builds a {@link Block}; {@link #build()} throws {@link InvalidDataException} for invalid data.
   */
  public static final class Builder extends ImmutableBlock.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    boolean local = type() == BlockType.LOCAL_THEME;
    p.required("type", type());
    if (local && id().isEmpty()) {
      p.add("id", "must be set for a local theme");
    } else {
      p.id("id", id());
    }
    if (local && name().isEmpty()) {
      p.add("name", "must be set for a local theme");
    } else {
      p.name("name", name());
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < streams().size(); i++) {
      String s = streams().get(i);
      p.id("streams[" + i + "]", s);
      if (!seen.add(s)) {
        p.add("streams[" + i + "]", "must not repeat stream " + Problems.quote(s));
      }
    }
    p.throwIfAny("Block");
  }
}
