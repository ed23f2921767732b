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
