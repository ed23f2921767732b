package io.github.laa.core;

import java.util.List;
import java.util.Optional;

/**
 * The kind of an LAA block: the four standard blocks, a single pot, or a local theme that an area
 * added (such as Staffordshire's "Sustainable Development").
 */
public enum BlockType {
  /** Children and Young People (from the 2004 pilots). */
  CHILDREN_AND_YOUNG_PEOPLE("CYP", "Children and Young People"),
  /** Safer and Stronger Communities (from the 2004 pilots). */
  SAFER_AND_STRONGER_COMMUNITIES("SSC", "Safer and Stronger Communities"),
  /** Healthier Communities and Older People (from the 2004 pilots). */
  HEALTHIER_COMMUNITIES_AND_OLDER_PEOPLE("HCOP", "Healthier Communities and Older People"),
  /** Economic Development and Enterprise (from round 2 only). */
  ECONOMIC_DEVELOPMENT_AND_ENTERPRISE("EDE", "Economic Development and Enterprise"),
  /** All pooled funding in one pot instead of blocks. */
  SINGLE_POT("SP", "Single Pot"),
  /** A theme an area added; its block must be given its own id and name. */
  LOCAL_THEME("", "");

  private final String code;
  private final String title;

  BlockType(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /** The short code used as the block's default id, e.g. {@code CYP}; empty for a local theme. */
  public Optional<String> code() {
    return code.isEmpty() ? Optional.empty() : Optional.of(code);
  }

  /** The block's usual title, e.g. {@code Children and Young People}; empty for a local theme. */
  public Optional<String> title() {
    return title.isEmpty() ? Optional.empty() : Optional.of(title);
  }

  /** Whether this is one of the four standard blocks. */
  public boolean isStandard() {
    return this != SINGLE_POT && this != LOCAL_THEME;
  }

  private static final Words<BlockType> WORDS =
      Words.of(
          BlockType.class, BlockType::label, t -> t.code.isEmpty() ? List.of() : List.of(t.code));

  /**
   * This block type in everyday wording, as the tables of {@code io.github.laa.core.tables} write
   * it: {@code Children and Young People}.
   */
  public String label() {
    return title.isEmpty() ? "Local theme" : title;
  }

  /**
   * Reads a block type from its {@linkplain #label() label} or its name, in any case, with spaces,
   * hyphens or underscores: {@code Children and Young People}, {@code children and young people}
   * and {@code CHILDREN_AND_YOUNG_PEOPLE} are the same.
   *
   * @throws InvalidDataException listing the accepted words if {@code text} is none of them
   */
  public static BlockType parse(CharSequence text) {
    return WORDS.parse(text);
  }
}
