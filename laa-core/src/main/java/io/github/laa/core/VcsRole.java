package io.github.laa.core;

/** What a voluntary and community sector body does. */
public enum VcsRole {
  /** Delivers services or activities to people directly. */
  FRONTLINE,
  /** Supports other VCS bodies: a Council for Voluntary Service or similar second-tier body. */
  INFRASTRUCTURE,
  /** A network of VCS bodies, such as a Community Empowerment Network. */
  NETWORK,
  /** A consortium of VCS bodies bidding or delivering together. */
  CONSORTIUM;

  private static final Words<VcsRole> WORDS = Words.of(VcsRole.class);

  /**
   * This role in everyday wording, as the tables of {@code io.github.laa.core.tables} write it:
   * {@code Frontline}.
   */
  public String label() {
    return Words.sentenceCase(this);
  }

  /**
   * Reads a role from its {@linkplain #label() label} or its name, in any case, with spaces,
   * hyphens or underscores: {@code Frontline}, {@code frontline} and {@code FRONTLINE} are the
   * same.
   *
   * @throws InvalidDataException listing the accepted words if {@code text} is none of them
   */
  public static VcsRole parse(CharSequence text) {
    return WORDS.parse(text);
  }
}
