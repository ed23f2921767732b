package io.github.laa.scoring;

import io.github.laa.core.InvalidDataException;
import io.github.laa.core.Problem;
import io.github.laa.core.TextChecks;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The stable identifier of a rule, such as {@code NET_RESOURCE_LOSS}: upper-case letters, digits
 * and underscores, starting with a letter, at most 64 characters. Every rule chooses its own with
 * {@link #of(String)}; the LVSC 2006 rules' ids are constants of {@code Lvsc2006}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleId implements Comparable<RuleId> {
  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  private final String value;

  private RuleId(String value) {
    this.value = value;
  }

  /**
   * Returns the id {@code value}.
   *
   * @throws InvalidDataException if it is not upper-case letters, digits and underscores
   */
  public static RuleId of(String value) {
    if (!FORM.matcher(value).matches()) {
      throw new InvalidDataException(
          "RuleId",
          Problem.of(
              "",
              "must be upper-case letters, digits and underscores, starting with a letter, like"
                  + " NET_RESOURCE_LOSS, but was: "
                  + TextChecks.quote(value)));
    }
    return new RuleId(value);
  }

  /** The id as text. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RuleId r && r.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the id, e.g. {@code NET_RESOURCE_LOSS}. */
  @Override
  public String toString() {
    return value;
  }
}
