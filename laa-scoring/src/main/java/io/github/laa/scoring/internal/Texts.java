package io.github.laa.scoring.internal;

import io.github.laa.core.DeflatorSeries;
import io.github.laa.core.Percentage;
import io.github.laa.core.TextChecks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** How values appear in findings and reports. Used only when text is asked for. */
public final class Texts {
  /** The widest line, in code points, that plain-text reports write. */
  public static final int WIDTH = 100;

  private Texts() {}

  /**
   * {@code s} broken into lines of at most {@code width} code points: at spaces where it can be,
   * and a word longer than a line is split across lines (nothing is dropped; joining the lines with
   * a space where the text was broken at a space gives the text back). Empty text is one empty
   * line.
   *
   * @throws IllegalArgumentException if {@code width} is less than 1
   */
  public static List<String> wrap(String s, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width must be at least 1 but was: " + width);
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int lineWidth = 0;
    for (String word : s.split(" ", -1)) {
      int w = word.codePointCount(0, word.length());
      if (lineWidth > 0 && lineWidth + 1 + w <= width) {
        line.append(' ').append(word);
        lineWidth += 1 + w;
        continue;
      }
      if (lineWidth > 0 || line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
        lineWidth = 0;
      }
      // A word longer than a line is split by code points.
      int start = 0;
      while (w - start > width) {
        int end = word.offsetByCodePoints(0, start + width);
        int from = word.offsetByCodePoints(0, start);
        lines.add(word.substring(from, end));
        start += width;
      }
      line.append(word, word.offsetByCodePoints(0, start), word.length());
      lineWidth = w - start;
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * Appends {@code text} wrapped to {@link #WIDTH}: its first line after {@code first}, the others
   * after {@code rest} (usually spaces lining them up under the first line's text), each ending in
   * a line break. {@code text} is first made safe with {@link #line(String)}.
   */
  public static void appendWrapped(StringBuilder out, String first, String rest, String text) {
    String safe = line(text);
    List<String> lines = new ArrayList<>(wrap(safe, Math.max(20, WIDTH - width(first))));
    if (lines.size() > 1) {
      // The first line has its own room; the rest is wrapped again to the continuations' room.
      String head = lines.get(0);
      String tail = safe.substring(head.length());
      lines = new ArrayList<>();
      lines.add(head);
      lines.addAll(
          wrap(tail.startsWith(" ") ? tail.substring(1) : tail, Math.max(20, WIDTH - width(rest))));
    }
    for (int i = 0; i < lines.size(); i++) {
      String l = (i == 0 ? first : rest) + lines.get(i);
      int end = l.length();
      while (end > 0 && l.charAt(end - 1) == ' ') {
        end--;
      }
      out.append(l, 0, end).append('\n');
    }
  }

  /**
   * A difference of two percentages, in percentage points: {@code 0.01 pp}, {@code -2.50 pp}; a
   * plain share stays {@code 2.50%} ({@link Percentage#toString()}).
   */
  public static String percentagePoints(Percentage points) {
    return points.toPercent().toPlainString() + " pp";
  }

  /** The width of {@code s} in code points. */
  public static int width(String s) {
    return s.codePointCount(0, s.length());
  }

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
