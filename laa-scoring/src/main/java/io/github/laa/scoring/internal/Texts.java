package io.github.laa.scoring.internal;

import io.github.laa.core.DeflatorSeries;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.StringJoiner;

/** How values appear in findings and reports. Used only when text is asked for. */
public final class Texts {
  private Texts() {}

  /**
   * Checks a name that a report will show on one line: not empty, at most 200 characters, no
   * control character.
   *
   * @throws IllegalArgumentException naming {@code what} otherwise
   */
  public static void requireLabel(String what, String value) {
    if (value.isEmpty() || value.length() > 200) {
      throw new IllegalArgumentException(
          what + " must have 1 to 200 characters but had: " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(
            what
                + " must not contain control characters but had U+"
                + String.format(java.util.Locale.ROOT, "%04X", (int) value.charAt(i))
                + " at "
                + i);
      }
    }
  }

  /**
   * Renders a value: money and percentages in their en-GB form, decimals without exponent, a
   * deflator series by its name, collections joined with commas.
   */
  public static String value(Object value) {
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof DeflatorSeries d) {
      return d.name();
    }
    if (value instanceof Optional<?> o) {
      return o.map(Texts::value).orElse("(none)");
    }
    if (value instanceof Collection<?> c) {
      StringJoiner j = new StringJoiner(", ");
      for (Object o : c) {
        j.add(value(o));
      }
      return j.toString();
    }
    return String.valueOf(value);
  }
}
