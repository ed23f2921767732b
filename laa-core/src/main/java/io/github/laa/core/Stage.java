package io.github.laa.core;

/** A stage of an LAA block in which the VCS can be involved. */
public enum Stage {
  /** Designing the block: setting outcomes, indicators and targets. */
  DESIGN,
  /** Delivering the block's services. */
  DELIVERY,
  /** Commissioning services for the block. */
  COMMISSIONING,
  /** Evaluating the block. */
  EVALUATION;

  private static final Words<Stage> WORDS = Words.of(Stage.class);

  /**
   * This stage in everyday wording, as the tables of {@code io.github.laa.core.tables} write it:
   * {@code Design}.
   */
  public String label() {
    return Words.sentenceCase(this);
  }

  /**
   * Reads a stage from its {@linkplain #label() label} or its name, in any case, with spaces,
   * hyphens or underscores: {@code Design}, {@code design} and {@code DESIGN} are the same.
   *
   * @throws InvalidDataException listing the accepted words if {@code text} is none of them
   */
  public static Stage parse(CharSequence text) {
    return WORDS.parse(text);
  }
}
