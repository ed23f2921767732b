package io.github.laa.scoring.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Arrays;

/**
 * Writes JSON in the project's canonical form, the one decision records and the hashes they carry
 * are made of: the rules of RFC 8785 (JCS) — no whitespace, the members of every object in
 * ascending order of their names' UTF-16 code units, strings escaped as JCS escapes them (only
 * {@code "} and {@code \}, and control characters: {@code \b \t \n \f \r} by name, the others as a
 * backslash, {@code u} and four lower-case hex digits, such as {@code \}{@code u001f}) — with one
 * difference: numbers are only ever integers ({@code long}), written exactly as their decimal
 * digits, where JCS would round those beyond 2<sup>53</sup> to the nearest double. A lone
 * surrogate, which JCS rejects, is escaped the same way (U+D800 as a backslash, {@code u} and
 * {@code d800}), so that the output is always valid UTF-8.
 *
 * <p>Member order is the caller's to keep, and is checked: a member named out of order, a value
 * where a name is due, or an unclosed object throws {@link IllegalStateException}, so a writer bug
 * can never produce a record that is not canonical. Not thread-safe; one per document. Not API.
 */
public final class JsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  // The text so far: a plain array, as a StringBuilder's checks cost more than the copying here.
  private char[] buf;
  private int pos;
  // One entry per open container: the last member name (objects) or null (arrays).
  private String[] lastName = new String[16];
  private boolean[] isObject = new boolean[16];
  private boolean[] hasItems = new boolean[16];
  private int depth;
  private boolean nameDue;
  private boolean valueDue;

  /** A writer with room for {@code capacity} characters before it grows. */
  public JsonWriter(int capacity) {
    this.buf = new char[Math.max(16, capacity)];
  }

  /** Opens an object, as a value. */
  @CanIgnoreReturnValue
  public JsonWriter beginObject() {
    beforeValue();
    put('{');
    push(true);
    return this;
  }

  /** Closes the innermost object. */
  @CanIgnoreReturnValue
  public JsonWriter endObject() {
    if (depth == 0 || !isObject[depth - 1] || valueDue) {
      throw new IllegalStateException("no object to close here");
    }
    depth--;
    put('}');
    nameDue = depth > 0 && isObject[depth - 1];
    return this;
  }

  /** Opens an array, as a value. */
  @CanIgnoreReturnValue
  public JsonWriter beginArray() {
    beforeValue();
    put('[');
    push(false);
    return this;
  }

  /** Closes the innermost array. */
  @CanIgnoreReturnValue
  public JsonWriter endArray() {
    if (depth == 0 || isObject[depth - 1]) {
      throw new IllegalStateException("no array to close here");
    }
    depth--;
    put(']');
    nameDue = depth > 0 && isObject[depth - 1];
    return this;
  }

  /**
   * Names the next member of the innermost object.
   *
   * @throws IllegalStateException if it is not after the previous member's name in canonical order
   */
  @CanIgnoreReturnValue
  public JsonWriter name(String name) {
    if (depth == 0 || !isObject[depth - 1] || valueDue) {
      throw new IllegalStateException("a member's name is not due here: " + name);
    }
    String last = lastName[depth - 1];
    if (last != null && last.compareTo(name) >= 0) {
      throw new IllegalStateException(
          "member \"" + name + "\" must come before \"" + last + "\" in canonical order");
    }
    lastName[depth - 1] = name;
    if (hasItems[depth - 1]) {
      put(',');
    }
    hasItems[depth - 1] = true;
    string(name);
    put(':');
    valueDue = true;
    nameDue = false;
    return this;
  }

  /** Writes a string value. */
  @CanIgnoreReturnValue
  public JsonWriter value(String value) {
    beforeValue();
    string(value);
    afterValue();
    return this;
  }

  /** Writes an integer value, exactly. */
  @CanIgnoreReturnValue
  public JsonWriter value(long value) {
    beforeValue();
    put(value);
    afterValue();
    return this;
  }

  /** Writes {@code true} or {@code false}. */
  @CanIgnoreReturnValue
  public JsonWriter value(boolean value) {
    beforeValue();
    put(value ? "true" : "false");
    afterValue();
    return this;
  }

  /** {@code name} then a string value. */
  @CanIgnoreReturnValue
  public JsonWriter member(String name, String value) {
    return name(name).value(value);
  }

  /** {@code name} then an integer value. */
  @CanIgnoreReturnValue
  public JsonWriter member(String name, long value) {
    return name(name).value(value);
  }

  /** {@code name} then a boolean value. */
  @CanIgnoreReturnValue
  public JsonWriter member(String name, boolean value) {
    return name(name).value(value);
  }

  /**
   * Checks the document is complete — a value written, every container closed — and returns it.
   *
   * @throws IllegalStateException if it is not
   */
  public String finish() {
    if (depth != 0 || valueDue || pos == 0) {
      throw new IllegalStateException("the document is not complete: " + depth + " still open");
    }
    return new String(buf, 0, pos);
  }

  private void put(char c) {
    if (pos == buf.length) {
      grow(1);
    }
    buf[pos++] = c;
  }

  private void put(String s, int start, int end) {
    int n = end - start;
    if (pos + n > buf.length) {
      grow(n);
    }
    s.getChars(start, end, buf, pos);
    pos += n;
  }

  private void put(String s) {
    put(s, 0, s.length());
  }

  private void put(long v) {
    if (v == Long.MIN_VALUE) {
      put("-9223372036854775808");
      return;
    }
    if (v < 0) {
      put('-');
      v = -v;
    }
    int digits = 1;
    for (long rest = v / 10; rest != 0; rest /= 10) {
      digits++;
    }
    if (pos + digits > buf.length) {
      grow(digits);
    }
    for (int i = pos + digits - 1; i >= pos; i--) {
      buf[i] = (char) ('0' + v % 10);
      v /= 10;
    }
    pos += digits;
  }

  private void grow(int needed) {
    buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + needed));
  }

  private void beforeValue() {
    if (nameDue) {
      throw new IllegalStateException("a member's name is due before a value");
    }
    if (depth > 0 && !isObject[depth - 1]) {
      if (hasItems[depth - 1]) {
        put(',');
      }
      hasItems[depth - 1] = true;
    }
    valueDue = false;
  }

  private void afterValue() {
    nameDue = depth > 0 && isObject[depth - 1];
  }

  private void push(boolean object) {
    if (depth == lastName.length) {
      lastName = Arrays.copyOf(lastName, depth * 2);
      isObject = Arrays.copyOf(isObject, depth * 2);
      hasItems = Arrays.copyOf(hasItems, depth * 2);
    }
    lastName[depth] = null;
    isObject[depth] = object;
    hasItems[depth] = false;
    depth++;
    nameDue = object;
  }

  private void string(String s) {
    int n = s.length();
    // Copy first, then look at the copy: scanning an array is cheaper than charAt. Almost no
    // string needs escaping; one that does is written again, from its opening quote.
    int at = pos;
    put('"');
    put(s, 0, n);
    char[] b = buf;
    int end = at + 1 + n;
    boolean plain = true;
    for (int i = at + 1; i < end; i++) {
      if (!plain(b[i])) {
        plain = false;
        break;
      }
    }
    if (plain) {
      put('"');
      return;
    }
    pos = at;
    put('"');
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String escape = null;
      if (c == '"') {
        escape = "\\\"";
      } else if (c == '\\') {
        escape = "\\\\";
      } else if (c < 0x20) {
        escape = control(c);
      } else if (Character.isSurrogate(c) && !paired(s, i)) {
        escape = unicode(c);
      } else if (Character.isHighSurrogate(c)) {
        i++; // a valid pair: keep both
        continue;
      } else {
        continue;
      }
      put(s, start, i);
      put(escape);
      start = i + 1;
    }
    put(s, start, n);
    put('"');
  }

  /** Whether {@code c} is written as it is whatever its neighbours are. */
  private static boolean plain(char c) {
    return c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c);
  }

  /** Whether the surrogate at {@code i} is half of a valid pair. */
  private static boolean paired(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  private static String control(char c) {
    return switch (c) {
      case '\b' -> "\\b";
      case '\t' -> "\\t";
      case '\n' -> "\\n";
      case '\f' -> "\\f";
      case '\r' -> "\\r";
      default -> unicode(c);
    };
  }

  private static String unicode(char c) {
    return new String(
        new char[] {
          '\\', 'u', HEX[(c >> 12) & 0xF], HEX[(c >> 8) & 0xF], HEX[(c >> 4) & 0xF], HEX[c & 0xF]
        });
  }
}
