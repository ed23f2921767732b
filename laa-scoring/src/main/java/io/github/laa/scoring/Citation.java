package io.github.laa.scoring;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a rule enforces and where that comes from: a recommendation of the LVSC research and the
 * sentence of it the rule checks, or (for a council's own rule) any source and text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Citation {
  private final @Nullable Recommendation recommendation;
  private final String source;
  private final String text;

  private Citation(@Nullable Recommendation recommendation, String source, String text) {
    this.recommendation = recommendation;
    this.source = source;
    this.text = text;
  }

  /** Cites {@code sentence} of {@code recommendation}. */
  public static Citation of(Recommendation recommendation, String sentence) {
    return new Citation(
        recommendation,
        Recommendation.SOURCE + ", recommendation " + recommendation.name().substring(1),
        Objects.requireNonNull(sentence, "sentence"));
  }

  /** Cites {@code text} from {@code source}, e.g. a council's own policy. */
  public static Citation of(String source, String text) {
    return new Citation(
        null, Objects.requireNonNull(source, "source"), Objects.requireNonNull(text, "text"));
  }

  /** The recommendation cited, if it is one of the six. */
  public Optional<Recommendation> recommendation() {
    return Optional.ofNullable(recommendation);
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
    return other instanceof Citation c
        && c.recommendation == recommendation
        && c.source.equals(source)
        && c.text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(recommendation, source, text);
  }

  /** Returns {@code source: "text"}. */
  @Override
  public String toString() {
    return source + ": \"" + text + "\"";
  }
}
