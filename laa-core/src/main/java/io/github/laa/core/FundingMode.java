package io.github.laa.core;

/** How a funding stream takes part in an LAA. */
public enum FundingMode {
  /** Put into a common pot held by the accountable body and allocated by the partnership. */
  POOLED,
  /** Still administered by its own organisation, but agreed to serve LAA outcomes. */
  ALIGNED;

  private static final Words<FundingMode> WORDS = Words.of(FundingMode.class);

  /**
   * This funding mode in everyday wording, as the tables of {@code io.github.laa.core.tables} write
   * it: {@code Pooled}.
   */
  public String label() {
    return Words.sentenceCase(this);
  }

  /**
   * Reads a funding mode from its {@linkplain #label() label} or its name, in any case, with
   * spaces, hyphens or underscores: {@code Pooled}, {@code pooled} and {@code POOLED} are the same.
   *
   * @throws InvalidDataException listing the accepted words if {@code text} is none of them
   */
  public static FundingMode parse(CharSequence text) {
    return WORDS.parse(text);
  }
}
