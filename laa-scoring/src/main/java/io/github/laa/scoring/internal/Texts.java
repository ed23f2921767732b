package io.github.laa.scoring.internal;

import io.github.laa.core.DeflatorSeries;
import io.github.laa.core.TextChecks;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** How values appear in findings and reports. Used only when text is asked for. */
public final class Texts {
  private Texts() {}

  /**
   * Checks a name that a report will show on one line, by the rules of {@link
   * TextChecks#nameProblem}.
   *
   * @throws IllegalArgumentException naming {@code what} otherwise
   */
  public static void requireName(String what, @Nullable String value) {
    TextChecks.nameProblem(value)
        .ifPresent(
            m -> {
              throw new IllegalArgumentException(what + " " + m);
            });
  }

  /**
   * The same for a sentence (one line, up to 4,000 characters), by {@link
   * TextChecks#sentenceProblem}.
   */
  public static void requireSentence(String what, @Nullable String value) {
    TextChecks.sentenceProblem(value)
        .ifPresent(
            m -> {
              throw new IllegalArgumentException(what + " " + m);
            });
  }

  /**
   * {@code s} safe to print on one line of a report: returned as it is unless it holds a control,
   * formatting or separator character or a lone surrogate, which are then written as {@code \\u}
   * escapes of four hex digits ({@code \\u202e}). Text the library checked when it was built never
   * changes; text a custom rule makes while scoring cannot break or reorder a report's lines.
   */
  public static String line(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (unsafe(s, i)) {
        return escaped(s);
      }
    }
    return s;
  }

  private static boolean unsafe(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return Character.isISOControl(c)
        || Character.getType(c) == Character.FORMAT
        || c == '\u2028'
        || c == '\u2029';
  }

  private static String escaped(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      if (unsafe(s, i)) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) s.charAt(i)));
      } else {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
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
    return line(String.valueOf(value));
  }
}
