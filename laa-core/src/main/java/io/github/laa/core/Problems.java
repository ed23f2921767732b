package io.github.laa.core;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Collects every problem found while checking a value, then throws them all at once.
 *
 * <p>Not thread-safe: one instance per check.
 */
final class Problems {
  private static final int QUOTE_LIMIT = 60;

  // Made on the first problem: most checks find none, and a table check makes one per row.
  private @Nullable List<Problem> list;
  private int count;

  /**
   * Records a problem; beyond {@link InvalidDataException#MAX_KEPT_PROBLEMS} it is only counted.
   */
  void add(String path, String message) {
    List<Problem> l = list;
    if (l == null) {
      l = new ArrayList<>();
      list = l;
    }
    if (l.size() < InvalidDataException.MAX_KEPT_PROBLEMS) {
      l.add(Problem.of(path, message));
    }
    count++;
  }

  /** Whether any problem has been recorded. */
  boolean any() {
    return count > 0;
  }

  /** Records "must be set" when {@code value} is null; returns whether it was set. */
  @CanIgnoreReturnValue
  boolean required(String path, @Nullable Object value) {
    if (value == null) {
      add(path, "must be set");
      return false;
    }
    return true;
  }

  /** An identifier: see {@link TextChecks#idProblem}. */
  void id(String path, @Nullable String value) {
    Optional<String> problem = TextChecks.idProblem(value);
    if (problem.isPresent()) {
      add(path, problem.get());
    }
  }

  /** A name or title: see {@link TextChecks#nameProblem}. */
  void name(String path, @Nullable String value) {
    Optional<String> problem = TextChecks.nameProblem(value);
    if (problem.isPresent()) {
      add(path, problem.get());
    }
  }

  /** A free-text note: see {@link TextChecks#noteProblem}. */
  void note(String path, String value) {
    TextChecks.noteProblem(value).ifPresent(m -> add(path, m));
  }

  /** Records a problem when {@code value} is set and negative. */
  void notNegative(String path, @Nullable Money value) {
    if (value == null) {
      add(path, "must be set");
    } else if (value.isNegative()) {
      add(path, "must not be negative but was: " + value);
    }
  }

  /** Throws one {@link InvalidDataException} naming every problem, if there is any. */
  void throwIfAny(String subject) {
    List<Problem> l = list;
    if (count > 0 && l != null) {
      throw new InvalidDataException(subject, l, count);
    }
  }

  /**
   * Quotes user text for a message: double quotes, control characters and lone surrogates escaped,
   * long text cut short, so that a message is always one readable line.
   */
  static String quote(CharSequence s) {
    StringBuilder sb = new StringBuilder(Math.min(s.length(), QUOTE_LIMIT) + 8).append('"');
    int n = Math.min(s.length(), QUOTE_LIMIT);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (Character.isISOControl(c)
              || Character.getType(c) == Character.FORMAT
              || (Character.isSpaceChar(c) && c != ' ')
              || (Character.isSurrogate(c) && !wellPaired(s, i, n))) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
    if (s.length() > QUOTE_LIMIT) {
      sb.append("… (").append(s.length()).append(" characters)");
    }
    return sb.toString();
  }

  /**
   * Writes a decimal for a message: plainly ({@code 0.0001}) when that is short, else in scientific
   * notation ({@code 1E-2000000000}), and cut at the quote limit — never the billions of digits the
   * plain form of an extreme scale would take.
   */
  static String decimal(BigDecimal v) {
    long plainLength = (long) v.precision() + Math.abs((long) v.scale()) + 2;
    String s = plainLength <= QUOTE_LIMIT ? v.toPlainString() : v.toString();
    return s.length() <= QUOTE_LIMIT
        ? s
        : s.substring(0, QUOTE_LIMIT) + "… (" + v.precision() + " digits)";
  }

  /** Whether the surrogate at {@code i} is half of a pair that lies wholly before {@code end}. */
  private static boolean wellPaired(CharSequence s, int i, int end) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
