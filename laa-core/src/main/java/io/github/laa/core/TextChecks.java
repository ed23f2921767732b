package io.github.laa.core;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rules every piece of text a caller gives the library obeys, so that it can never forge a line
 * of a report, hide in one, or reorder one: ids, names and titles, and free-text notes. Every type
 * of laa-core checks its text with them when it is built, and the scoring engine checks policy
 * names, rule titles, citations, evidence names and parameter descriptions the same way.
 *
 * <ul>
 *   <li>set, and not blank (white space and spaces of any kind, no-break ones too, are blank);
 *   <li>well-formed Unicode: no lone surrogate;
 *   <li>no control character (a note may hold line breaks and tabs), no line or paragraph separator
 *       (U+2028, U+2029), and no invisible formatting character: bidirectional controls (U+202A–
 *       U+202E, U+2066–U+2069, U+200E, U+200F), zero-width characters (U+200B–U+200D, U+2060), the
 *       byte-order mark (U+FEFF) — every character of Unicode's category Cf;
 *   <li>at most {@value #MAX_ID_LENGTH} characters for an id, {@value #MAX_NAME_LENGTH} for a name,
 *       {@value #MAX_NOTE_LENGTH} for a sentence (one line) or a note;
 *   <li>an id also has no white space at either end and no space other than U+0020 (no no-break,
 *       figure, narrow or other invisible spaces), so that {@code "cvs\u00A0"} cannot pass for
 *       {@code "cvs"}.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TextChecks {
  /** The longest id accepted. */
  public static final int MAX_ID_LENGTH = 100;

  /** The longest name or title accepted. */
  public static final int MAX_NAME_LENGTH = 300;

  /** The longest note accepted. */
  public static final int MAX_NOTE_LENGTH = 4000;

  private TextChecks() {}

  /** What is wrong with {@code value} as an id, or empty if nothing is. */
  public static Optional<String> idProblem(@Nullable String value) {
    if (value != null && isPlainId(value)) {
      return Optional.empty(); // the common case, in one pass: tables check ids in every row
    }
    Optional<String> p = problem(value, MAX_ID_LENGTH, false);
    if (p.isPresent() || value == null) {
      return p;
    }
    if (!value.equals(value.strip())) {
      return Optional.of("must not start or end with white space but was: " + quote(value));
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c > ' ' && c < 0x7F) {
        continue; // printable ASCII other than the space: not white space
      }
      if (c != ' ' && (Character.isSpaceChar(c) || Character.isWhitespace(c))) {
        return Optional.of(
            "must not contain spaces other than U+0020 but has "
                + codePoint(c)
                + " at index "
                + i
                + ": "
                + quote(value));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code value} is an id of printable ASCII that neither starts nor ends with a space and
   * is at most {@value #MAX_ID_LENGTH} characters: valid, as the full check would find.
   */
  private static boolean isPlainId(String value) {
    int n = value.length();
    if (n == 0 || n > MAX_ID_LENGTH || value.charAt(0) == ' ' || value.charAt(n - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < ' ' || c >= 0x7F) {
        return false;
      }
    }
    return true;
  }

  /** What is wrong with {@code value} as a name or title (one line), or empty if nothing is. */
  public static Optional<String> nameProblem(@Nullable String value) {
    return problem(value, MAX_NAME_LENGTH, false);
  }

  /**
   * What is wrong with {@code value} as a sentence — one line of up to {@value #MAX_NOTE_LENGTH}
   * characters, such as a citation's text — or empty if nothing is.
   */
  public static Optional<String> sentenceProblem(@Nullable String value) {
    return problem(value, MAX_NOTE_LENGTH, false);
  }

  /** What is wrong with {@code value} as a note (line breaks allowed), or empty if nothing is. */
  public static Optional<String> noteProblem(@Nullable String value) {
    return problem(value, MAX_NOTE_LENGTH, true);
  }

  private static Optional<String> problem(
      @Nullable String value, int maxLength, boolean multiLine) {
    if (value == null) {
      return Optional.of("must be set");
    }
    if (blank(value)) {
      return Optional.of("must not be blank but was: " + quote(value));
    }
    if (value.length() > maxLength) {
      return Optional.of(
          "must be at most "
              + maxLength
              + " characters but was: "
              + value.length()
              + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= ' ' && c < 0x7F) {
        continue; // printable ASCII, the common case: none of the checks below applies
      }
      if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1));
        if (!paired) {
          return Optional.of("must be well-formed Unicode but has a lone surrogate at index " + i);
        }
        int cp = value.codePointAt(i);
        if (Character.getType(cp) == Character.FORMAT) {
          return Optional.of(invisible(value, cp, i));
        }
        i++;
      } else if (Character.isISOControl(c)) {
        if (!(multiLine && (c == '\n' || c == '\t' || c == '\r'))) {
          return Optional.of("must not contain control characters but was: " + quote(value));
        }
      } else if (c == '\uFFFD') {
        return Optional.of(
            "must not contain U+FFFD, the mark of bytes that could not be decoded (is the text"
                + " UTF-8?), but has it at index "
                + i);
      } else if (c == '\u2028' || c == '\u2029') {
        return Optional.of(
            "must not contain line or paragraph separators but has "
                + codePoint(c)
                + " at index "
                + i);
      } else if (Character.getType(c) == Character.FORMAT) {
        return Optional.of(invisible(value, c, i));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code s} is empty or only white space or spaces of any kind (no-break ones too). */
  private static boolean blank(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  private static String invisible(String value, int codePoint, int index) {
    return "must not contain invisible or bidirectional formatting characters but has "
        + codePoint(codePoint)
        + " at index "
        + index
        + ": "
        + quote(value);
  }

  private static String codePoint(int cp) {
    return String.format(Locale.ROOT, "U+%04X", cp);
  }

  /**
   * Quotes caller text for a message on one printable line: double quotes and backslashes escaped,
   * control, formatting and separator characters and lone surrogates written as a {@code \\u}
   * escape of four hex digits ({@code \\u202e}), and text longer than 60 characters cut, with its
   * length said.
   */
  public static String quote(CharSequence s) {
    return Problems.quote(s);
  }
}
