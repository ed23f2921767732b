package io.github.laa.scoring;

import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.BadInputCampaign.Draw;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

/**
 * The bad-input campaign's values: text that is often broken (fragments, oddities — controls, lone
 * surrogates, bidi marks, look-alike digits and currency signs —, random characters, very long
 * runs), amounts, integers, shares and decimals at and beyond their limits, and the rules of what
 * is valid, so that each value drawn is known to be valid or not.
 */
@SuppressWarnings("EnumOrdinal") // picks random enum constants by index: values()[d.nextInt(n)]
final class BadValues {
  private BadValues() {}

  static final String[] ODDITIES = {
    "",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\u2003",
    "\u00A0",
    "\u200B",
    "\uFEFF",
    "\u200F",
    "\u202E",
    "\u2066",
    "\u2028",
    "\u2029",
    "\u202F",
    "\uDB40\uDC01", // U+E0001 LANGUAGE TAG: a formatting character outside the BMP
    "\u0000",
    "\u0007",
    "\u001B",
    "\u007F",
    "\u0085",
    "\u009F",
    "\uD800",
    "\uDFFF",
    "\uDBFF\uDFFF",
    "\uD83D\uDE00",
    "\uD83D",
    "\uDE00",
    "e\u0301",
    "\u0301\u0301\u0301",
    "Z\u0351\u0352\u0353\u0354",
    "\u0661\u0662\u0663",
    "\uFF11\uFF12",
    "£",
    "￡",
    "€",
    "$",
    "%",
    "-",
    "--",
    ".",
    ",",
    "'",
    "\"",
    "\\",
    "\\u0000",
    "%s%n",
    "${x}",
    "null",
    "NaN",
    "Infinity",
    "1e5",
    "0x10",
    "k",
    "m",
    "bn",
    "/",
    "2005/06",
    "ا",
    "ש",
    "中文",
    "Ⅻ",
    "ǅ",
    "İ",
    "ß"
  };

  /**
   * Invisible, bidirectional and separator characters, and no-break spaces: the bidi override
   * U+202E, the zero-width space U+200B, the byte-order mark U+FEFF, the line separator U+2028, the
   * no-break space U+00A0, the right-to-left mark U+200F, the isolate U+2066, the narrow no-break
   * space U+202F and the language tag U+E0001 (outside the BMP). Each must reach every text
   * attribute of every builder (BuilderProbes): refused in an id, and in a name or a note too
   * except the no-break spaces, which only an id refuses.
   */
  static final String[] INVISIBLES = {
    "\u202E", "\u200B", "\uFEFF", "\u2028", "\u00A0", "\u200F", "\u2066", "\u202F", "\uDB40\uDC01"
  };

  /** {@code s} with {@code piece} at its start, somewhere inside or at its end. */
  static String insert(Draw d, String s, String piece) {
    int at =
        switch (d.nextInt(3)) {
          case 0 -> 0;
          case 1 -> s.length();
          default -> s.length() < 2 ? 0 : 1 + d.nextInt(s.length() - 1);
        };
    return s.substring(0, at) + piece + s.substring(at);
  }

  /** Text that is often broken: fragments, oddities, random chars, and very long runs. */
  static String text(Draw d) {
    int kind = d.nextInt(11);
    if (kind == 0) {
      return d.nextRawString(40);
    }
    if (kind == 10) {
      // A surrogate pair across the cut of a quoted message (60 chars in laa-core, 64 in RuleId).
      String pair = d.nextBoolean() ? "\uD83D\uDE00" : "\uDBFF\uDFFF";
      return "x".repeat(d.nextBoolean() ? 59 : 63) + pair + (d.nextBoolean() ? "\u0007" : "");
    }
    if (kind == 1) {
      // Lengths at the limits, including where a message's quote cuts the text (60 and 64 chars).
      int n =
          new int[] {60, 61, 64, 65, 99, 100, 101, 299, 300, 301, 3_999, 4_000, 4_001, 70_000}
              [d.nextInt(14)];
      return "x".repeat(n - 1) + ODDITIES[d.nextInt(ODDITIES.length)];
    }
    StringBuilder sb = new StringBuilder();
    int parts = 1 + d.nextInt(4);
    for (int i = 0; i < parts; i++) {
      switch (d.nextInt(4)) {
        case 0 -> sb.append(ODDITIES[d.nextInt(ODDITIES.length)]);
        case 1 -> sb.append("Body ").append(d.nextInt(1000));
        case 2 -> sb.append((char) d.nextInt(0x3000));
        default -> sb.append(Long.toString(d.nextLong(), 36));
      }
    }
    return sb.toString();
  }

  /**
   * Whether {@code s} is well-formed UTF-16 with no ISO control character outside {@code allowed},
   * no formatting character (Unicode category Cf: bidirectional controls, zero-width characters,
   * the byte-order mark, tags) and no line or paragraph separator — laa-core's text rules, written
   * again here from their Javadoc.
   */
  static boolean clean(String s, String allowed) {
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)
          && !(Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1)))) {
        return false;
      }
      int cp = s.codePointAt(i);
      if (Character.isISOControl(cp) && allowed.indexOf(c) < 0) {
        return false;
      }
      if (Character.getType(cp) == Character.FORMAT || cp == 0x2028 || cp == 0x2029) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * The validity of an id (laa-core's TextChecks and LocalAreaAgreement's Javadoc): set, not blank,
   * trimmed, printable, ≤ 100, and no space but U+0020.
   */
  static boolean validId(String s) {
    if (blank(s) || s.length() > 100 || !s.equals(s.strip()) || !clean(s, "")) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && (Character.isSpaceChar(c) || Character.isWhitespace(c))) {
        return false;
      }
    }
    return true;
  }

  /** Blank as laa-core's text rules say: empty, or only white space or spaces of any kind. */
  static boolean blank(String s) {
    return s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  static boolean validName(String s) {
    return !blank(s) && s.length() <= 300 && clean(s, "");
  }

  static boolean validNote(String s) {
    return !blank(s) && s.length() <= 4_000 && clean(s, "\n\t\r");
  }

  /** Mutates {@code s}: deletes, inserts or replaces a char, or wraps it. */
  static String mutate(Draw d, String s) {
    StringBuilder sb = new StringBuilder(s);
    int edits = 1 + d.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = sb.length() == 0 ? 0 : d.nextInt(sb.length() + 1);
      String odd = ODDITIES[d.nextInt(ODDITIES.length)];
      switch (d.nextInt(5)) {
        case 0 -> {
          if (at < sb.length()) {
            sb.deleteCharAt(at);
          }
        }
        case 1 -> sb.insert(at, odd);
        case 2 -> sb.insert(at, (char) ('0' + d.nextInt(10)));
        case 3 -> {
          if (at < sb.length()) {
            sb.setCharAt(at, (char) d.nextInt(0x3000));
          }
        }
        default -> sb.insert(0, odd).append(odd);
      }
    }
    return sb.toString();
  }

  static long pence(Draw d) {
    return switch (d.nextInt(5)) {
      case 0 -> d.nextLong();
      case 1 -> d.nextInt(1_000_000) - 500_000;
      case 2 ->
          new long[] {
                0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1
              }
              [d.nextInt(7)];
      default -> d.nextLong() % 10_000_000_000L;
    };
  }

  /** Decimals of every size and scale, the extremes included. */
  static BigDecimal decimal(Draw d) {
    BigInteger unscaled =
        switch (d.nextInt(4)) {
          case 0 -> BigInteger.valueOf(d.nextInt(2_000) - 1_000);
          case 1 -> BigInteger.valueOf(d.nextLong());
          case 2 ->
              new BigInteger(1 + d.nextInt(300), new Random(d.nextLong()))
                  .multiply(BigInteger.valueOf(d.nextBoolean() ? 1 : -1));
          default ->
              BigInteger.valueOf(new long[] {0, 1, -1, 10, 100, 999_999_999_999L}[d.nextInt(6)]);
        };
    int scale =
        switch (d.nextInt(4)) {
          case 0 -> d.nextInt(9) - 3;
          case 1 -> d.nextInt(80) - 40;
          case 2 ->
              new int[] {
                    Integer.MIN_VALUE,
                    Integer.MIN_VALUE + 1,
                    Integer.MAX_VALUE,
                    Integer.MAX_VALUE - 1,
                    -2_000_000_000,
                    2_000_000_000,
                    1_000_000,
                    -1_000_000
                  }
                  [d.nextInt(8)];
          default -> d.nextInt(5);
        };
    return new BigDecimal(unscaled, scale);
  }

  /** A value for an attribute and whether it is valid. */
  record Pick<T>(T value, boolean valid) {}

  static Pick<String> id(Draw d) {
    String s = d.nextInt(3) == 0 ? "id-" + d.nextInt(100) : text(d);
    return new Pick<>(s, validId(s));
  }

  static Pick<String> name(Draw d) {
    String s = d.nextInt(3) == 0 ? "Name " + d.nextInt(100) : text(d);
    return new Pick<>(s, validName(s));
  }

  static Pick<Money> money(Draw d) {
    long p =
        d.nextInt(4) == 0
            ? -1 - d.nextInt(1_000_000)
            : d.nextBoolean() ? d.nextInt(1_000_000_000) : pence(d);
    return new Pick<>(Money.ofPence(p), p >= 0);
  }

  static Pick<Integer> intIn(Draw d, int min, int max) {
    int v =
        switch (d.nextInt(3)) {
          case 0 -> (int) (min + Math.floorMod(d.nextLong(), (long) max - min + 1));
          case 1 -> (int) d.nextLong();
          default ->
              new int[] {min - 1, max + 1, min, max, 0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}
                  [d.nextInt(8)];
        };
    return new Pick<>(v, v >= min && v <= max);
  }

  static Pick<Percentage> share(Draw d) {
    long bp = d.nextBoolean() ? d.nextInt(10_001) : d.nextInt(40_000) - 20_000;
    return new Pick<>(Percentage.ofBasisPoints(bp), bp >= 0 && bp <= 10_000);
  }
}
