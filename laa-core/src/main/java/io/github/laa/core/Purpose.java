package io.github.laa.core;

/** What an allocation of money to a VCS body is for. */
public enum Purpose {
  /** Delivering a service, usually towards an LAA outcome. */
  SERVICE_DELIVERY,
  /** Building the capacity of VCS bodies. */
  CAPACITY_BUILDING,
  /** Funding local VCS infrastructure (second-tier support). */
  INFRASTRUCTURE_SUPPORT,
  /** A grant from a small grants programme. */
  SMALL_GRANTS,
  /** Support for setting indicators and managing performance measurement. */
  PERFORMANCE_SUPPORT,
  /** Core (unrestricted) funding. */
  CORE;

  private static final Words<Purpose> WORDS = Words.of(Purpose.class);

  /**
   * This purpose in everyday wording, as the tables of {@code io.github.laa.core.tables} write it:
   * {@code Service delivery}.
   */
  public String label() {
    return Words.sentenceCase(this);
  }

  /**
   * Reads a purpose from its {@linkplain #label() label} or its name, in any case, with spaces,
   * hyphens or underscores: {@code Service delivery}, {@code service delivery} and {@code
   * SERVICE_DELIVERY} are the same.
   *
   * @throws InvalidDataException listing the accepted words if {@code text} is none of them
   */
  public static Purpose parse(CharSequence text) {
    return WORDS.parse(text);
  }
}
