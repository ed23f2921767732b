package io.github.laa.scoring;

import io.github.laa.scoring.internal.Texts;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a rule enforces and where that comes from: a source (a report and its recommendation, a
 * council's policy and its section) and the sentence of it the rule checks.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Citation {
  private final String source;
  private final String text;

  private Citation(String source, String text) {
    this.source = source;
    this.text = text;
  }

  /**
   * Cites {@code text} from {@code source}, e.g. a council's own policy and its section.
   *
   * @throws IllegalArgumentException if the source is not a valid name or the text not one line of
   *     valid text (see {@link io.github.laa.core.TextChecks})
   */
  public static Citation of(String source, String text) {
    Texts.requireName("a citation's source", source);
    Texts.requireSentence("a citation's text", text);
    return new Citation(source, text);
  }

  /** Where the text comes from. */
  public String source() {
    return source;
  }

  /** The sentence the rule enforces. */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Citation c && c.source.equals(source) && c.text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, text);
  }

  /** Returns {@code source: "text"}. */
  @Override
  public String toString() {
    return source + ": \"" + text + "\"";
  }
}
