package io.github.laa.core;

/**
 * How far the VCS is involved in a part of an LAA, on an ordered ladder (a simplification of
 * Arnstein's ladder of participation): {@code NONE < INFORMED < CONSULTED < INVOLVED < PARTNER <
 * LEADING}. Compare levels with {@link #compareTo(Enum)} or {@link #isAtLeast(InvolvementLevel)}.
 */
public enum InvolvementLevel {
  /** Not involved at all. */
  NONE,
  /** Told what was decided. */
  INFORMED,
  /** Asked for views. */
  CONSULTED,
  /** Takes part in the work. */
  INVOLVED,
  /** Shares decisions as a partner. */
  PARTNER,
  /** Leads the work. */
  LEADING;

  /** Whether this level is {@code other} or above it. */
  public boolean isAtLeast(InvolvementLevel other) {
    return compareTo(other) >= 0;
  }

  /** The rung on the ladder, 0 for {@link #NONE} to 5 for {@link #LEADING}. */
  @SuppressWarnings("EnumOrdinal") // the ladder is the declaration order
  public int rung() {
    return ordinal();
  }

  /** The highest rung, {@value #TOP_RUNG}. */
  public static final int TOP_RUNG = 5;

  private static final Words<InvolvementLevel> WORDS = Words.of(InvolvementLevel.class);

  /**
   * This level in everyday wording, as the tables of {@code io.github.laa.core.tables} write it:
   * {@code Partner}.
   */
  public String label() {
    return Words.sentenceCase(this);
  }

  /**
   * Reads a level from its {@linkplain #label() label} or its name, in any case, with spaces,
   * hyphens or underscores: {@code Partner}, {@code partner} and {@code PARTNER} are the same.
   *
   * @throws InvalidDataException listing the accepted words if {@code text} is none of them
   */
  public static InvolvementLevel parse(CharSequence text) {
    return WORDS.parse(text);
  }
}
