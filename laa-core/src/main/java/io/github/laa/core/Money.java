package io.github.laa.core;

import com.google.common.math.LongMath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An amount of pounds sterling, held exactly as a whole number of pence.
 *
 * <pre>{@code
 * Money grant = Money.parse("£250k");            // £250,000.00
 * Money total = grant.plus(Money.ofPounds(1_500)); // £251,500.00
 * }</pre>
 *
 * <p>Arithmetic is exact: a result that does not fit in a {@code long} number of pence throws
 * {@link ArithmeticException}, as {@code java.time} does, and never wraps round. Scaling by a ratio
 * ({@link #scaledBy(BigDecimal)}) rounds to whole pence with {@link RoundingMode#HALF_EVEN}. No
 * method takes or returns a {@code double}.
 *
 * <p>{@link #toString()} formats in the en-GB style ({@code £1,234.56}, {@code -£12.40}) whatever
 * the default locale; {@link #parse(CharSequence)} reads that form back, and also {@code 1234.56},
 * {@code £1.2m} and {@code £250k}.
 *
 * <p>Negative amounts are allowed, for differences; domain types that hold funding reject them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {
  /** No money: {@code £0.00}. */
  public static final Money ZERO = new Money(0);

  /** Text longer than this is rejected without being read (no amount needs more). */
  private static final int MAX_TEXT_LENGTH = 64;

  private static final String FORMS =
      "like \"£1,234.56\", \"1234.56\", \"-£12.40\", \"£1.2m\" or \"£250k\"";

  private final long pence;

  private Money(long pence) {
    this.pence = pence;
  }

  /** Returns the amount of {@code pence} pence. */
  public static Money ofPence(long pence) {
    return pence == 0 ? ZERO : new Money(pence);
  }

  /**
   * Returns the amount of {@code pounds} whole pounds.
   *
   * @throws InvalidDataException if the amount does not fit in a {@code long} number of pence
   */
  public static Money ofPounds(long pounds) {
    if (pounds > Long.MAX_VALUE / 100 || pounds < Long.MIN_VALUE / 100) {
      throw new InvalidDataException(
          "Money", Problem.of("pounds", "must be within the range of pence but was: " + pounds));
    }
    return ofPence(pounds * 100);
  }

  /**
   * Returns the amount of {@code pounds}, which must be a whole number of pence.
   *
   * @throws InvalidDataException if {@code pounds} has a fraction of a penny or is out of range
   */
  public static Money of(BigDecimal pounds) {
    if (pounds.signum() == 0) {
      return ZERO; // 0E+2147483647 too: moving its point would overflow the scale
    }
    // |pounds| < 10^(precision − scale); 10^17 pounds is beyond the range of pence. Checked first,
    // in long arithmetic, so that an extreme scale neither overflows nor builds a huge number.
    if ((long) pounds.precision() - pounds.scale() > 17) {
      throw new InvalidDataException(
          "Money",
          Problem.of(
              "pounds", "must be within the range of pence but was: " + Problems.decimal(pounds)));
    }
    BigDecimal p = pounds.movePointRight(2);
    Problem problem = null;
    if (p.stripTrailingZeros().scale() > 0) {
      problem =
          Problem.of(
              "pounds", "must be a whole number of pence but was: " + Problems.decimal(pounds));
    } else if (!fitsInLong(p)) {
      problem =
          Problem.of(
              "pounds", "must be within the range of pence but was: " + Problems.decimal(pounds));
    }
    if (problem != null) {
      throw new InvalidDataException("Money", problem);
    }
    return ofPence(p.longValueExact());
  }

  /**
   * Reads an amount: {@code £1,234.56}, {@code 1234.56}, {@code 1,234}, {@code -£12.40}, {@code
   * £1.2m}, {@code £250k} or {@code £1.5bn}. The pound sign is optional; thousands separators, if
   * used, must group by three; without a suffix at most two decimal places are allowed; with a
   * suffix ({@code k}, {@code m}, {@code bn}, any case) the result must be a whole number of pence.
   * Surrounding white space is ignored.
   *
   * @throws InvalidDataException naming the input if it is not such an amount
   */
  public static Money parse(CharSequence text) {
    Object result = read(text);
    if (result instanceof Money m) {
      return m;
    }
    throw new InvalidDataException("Money", Problem.of("", (String) result));
  }

  /** Like {@link #parse(CharSequence)} but returns empty instead of throwing. */
  public static Optional<Money> tryParse(@Nullable CharSequence text) {
    if (text == null) {
      return Optional.empty();
    }
    return read(text) instanceof Money m ? Optional.of(m) : Optional.empty();
  }

  /** Returns a {@link Money} or the message explaining why {@code text} is not one. */
  private static Object read(@Nullable CharSequence text) {
    if (text == null) {
      return "text must be set";
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      return "text must be " + FORMS + " but was: " + Problems.quote(text);
    }
    String s = text.toString().strip();
    int i = 0;
    boolean negative = false;
    if (i < s.length() && s.charAt(i) == '-') {
      negative = true;
      i++;
    }
    if (i < s.length() && s.charAt(i) == '£') {
      i++;
    }
    int numberStart = i;
    int suffixStart = s.length();
    long multiplier = 1;
    char last = s.isEmpty() ? ' ' : Character.toLowerCase(s.charAt(s.length() - 1));
    if (last == 'n' && s.length() >= 2 && Character.toLowerCase(s.charAt(s.length() - 2)) == 'b') {
      suffixStart = s.length() - 2;
      multiplier = 1_000_000_000L;
    } else if (last == 'm') {
      suffixStart = s.length() - 1;
      multiplier = 1_000_000L;
    } else if (last == 'k') {
      suffixStart = s.length() - 1;
      multiplier = 1_000L;
    }
    // The whole pounds are s[numberStart, wholeEnd), the fraction s[wholeEnd + 1, suffixStart):
    // read in place, with no substring in the common case.
    int dotAt = s.indexOf('.', numberStart);
    int dot = dotAt >= 0 && dotAt < suffixStart ? dotAt : -1;
    int wholeEnd = dot < 0 ? suffixStart : dot;
    int fractionLength = dot < 0 ? 0 : suffixStart - dot - 1;
    if (!isGroupedDigits(s, numberStart, wholeEnd)
        || (dot >= 0 && !isDigits(s, dot + 1, suffixStart))) {
      return "text must be " + FORMS + " but was: " + Problems.quote(text);
    }
    if (multiplier == 1 && fractionLength > 2) {
      return "text must have at most two decimal places (whole pence) but was: "
          + Problems.quote(text);
    }
    if (multiplier == 1 && wholeEnd - numberStart <= 16) {
      // The common case, in long arithmetic: at most 16 digits of pounds, so pence fit.
      long pence = 0;
      for (int d = numberStart; d < wholeEnd; d++) {
        char c = s.charAt(d);
        if (c != ',') {
          pence = pence * 10 + (c - '0');
        }
      }
      pence *= 100;
      if (fractionLength >= 1) {
        pence += 10L * (s.charAt(dot + 1) - '0');
      }
      if (fractionLength == 2) {
        pence += s.charAt(dot + 2) - '0';
      }
      return ofPence(negative ? -pence : pence);
    }
    String whole = s.substring(numberStart, wholeEnd);
    String fraction = dot < 0 ? "" : s.substring(dot + 1, suffixStart);
    BigDecimal pounds = new BigDecimal(whole.replace(",", "") + (dot < 0 ? "" : "." + fraction));
    BigDecimal p = pounds.multiply(BigDecimal.valueOf(multiplier)).movePointRight(2);
    if (p.stripTrailingZeros().scale() > 0) {
      return "text must be a whole number of pence but was: " + Problems.quote(text);
    }
    if (negative) {
      p = p.negate();
    }
    if (!fitsInLong(p)) {
      return "text must be an amount within the range of Money but was: " + Problems.quote(text);
    }
    return ofPence(p.longValueExact());
  }

  /** Whether {@code s[from, to)} is one or more ASCII digits. */
  private static boolean isDigits(String s, int from, int to) {
    if (to <= from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code s[from, to)} is {@code 1234} or {@code 1,234}: digits, optionally grouped by
   * three with commas.
   */
  private static boolean isGroupedDigits(String s, int from, int to) {
    int firstComma = -1;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == ',') {
        firstComma = i - from;
        break;
      }
    }
    if (firstComma < 0) {
      return isDigits(s, from, to);
    }
    if (firstComma == 0 || firstComma > 3) {
      return false;
    }
    // After the first group, every comma is followed by exactly three digits.
    for (int i = 0; i < to - from; i++) {
      char c = s.charAt(from + i);
      boolean comma = i >= firstComma && (i - firstComma) % 4 == 0;
      if (comma ? c != ',' : (c < '0' || c > '9')) {
        return false;
      }
    }
    return (to - from - firstComma) % 4 == 0;
  }

  private static boolean fitsInLong(BigDecimal wholeNumber) {
    return wholeNumber.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
        && wholeNumber.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
  }

  /** Returns the sum of {@code amounts}; {@link #ZERO} when there are none. */
  public static Money total(Iterable<Money> amounts) {
    long sum = 0;
    for (Money m : amounts) {
      sum = Math.addExact(sum, m.pence);
    }
    return ofPence(sum);
  }

  /** The amount in pence. */
  public long pence() {
    return pence;
  }

  /** The amount in pounds, with two decimal places. */
  public BigDecimal toPounds() {
    return BigDecimal.valueOf(pence, 2);
  }

  /** Returns this plus {@code other}; throws {@link ArithmeticException} on overflow. */
  public Money plus(Money other) {
    return ofPence(Math.addExact(pence, other.pence));
  }

  /** Returns this minus {@code other}; throws {@link ArithmeticException} on overflow. */
  public Money minus(Money other) {
    return ofPence(Math.subtractExact(pence, other.pence));
  }

  /** Returns this times {@code factor}; throws {@link ArithmeticException} on overflow. */
  public Money multipliedBy(long factor) {
    return ofPence(Math.multiplyExact(pence, factor));
  }

  /**
   * Returns this divided by {@code divisor}, rounded to whole pence with {@code rounding}.
   *
   * @throws ArithmeticException if {@code divisor} is zero, if rounding is {@link
   *     RoundingMode#UNNECESSARY} and the division is not exact, or if the quotient does not fit
   *     (the most negative amount divided by -1)
   */
  public Money dividedBy(long divisor, RoundingMode rounding) {
    if (pence == Long.MIN_VALUE && divisor == -1) {
      // The one quotient of two longs that is not a long; LongMath.divide would wrap it.
      throw new ArithmeticException("Money out of range: " + this + " ÷ -1");
    }
    return ofPence(LongMath.divide(pence, divisor, rounding));
  }

  /**
   * Returns this times {@code factor}, rounded half-even to whole pence.
   *
   * @throws ArithmeticException if the result does not fit
   */
  public Money scaledBy(BigDecimal factor) {
    BigDecimal product = BigDecimal.valueOf(pence).multiply(factor);
    // Beyond 10^19 pence it cannot fit: say so before rounding builds a number of that many digits.
    if (product.signum() != 0 && (long) product.precision() - product.scale() > 19) {
      throw new ArithmeticException(
          "Money out of range: " + this + " × " + Problems.decimal(factor));
    }
    if ((long) product.precision() - product.scale() < 0) {
      return ZERO; // below 0.1p rounds to nothing; rounding 1E-2000000000 would take long
    }
    return ofPence(product.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
  }

  /** Returns minus this; throws {@link ArithmeticException} for the most negative amount. */
  public Money negated() {
    return ofPence(Math.negateExact(pence));
  }

  /**
   * Returns the amount without its sign; throws {@link ArithmeticException} for the most negative
   * amount.
   */
  public Money abs() {
    return pence < 0 ? negated() : this;
  }

  /** Returns -1, 0 or 1 as this is negative, zero or positive. */
  public int signum() {
    return Long.signum(pence);
  }

  /** Whether this is {@code £0.00}. */
  public boolean isZero() {
    return pence == 0;
  }

  /** Whether this is below zero. */
  public boolean isNegative() {
    return pence < 0;
  }

  /** Whether this is above zero. */
  public boolean isPositive() {
    return pence > 0;
  }

  /** Whether this is more than {@code other}. */
  public boolean isGreaterThan(Money other) {
    return pence > other.pence;
  }

  /** Whether this is less than {@code other}. */
  public boolean isLessThan(Money other) {
    return pence < other.pence;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(pence, other.pence);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Money m && m.pence == pence;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(pence);
  }

  /**
   * Formats the amount in the en-GB style, whatever the default locale: {@code £1,234.56}, {@code
   * -£12.40}, {@code £0.00}.
   */
  @Override
  public String toString() {
    return format(pence);
  }

  /** Formats {@code pence} as {@link #toString()} does, without making a {@link Money}. */
  static String format(long pence) {
    boolean negative = pence < 0;
    // Unsigned digits of the magnitude: correct for Long.MIN_VALUE too.
    String digits = Long.toUnsignedString(negative ? -pence : pence);
    if (digits.length() < 3) {
      digits = "000".substring(digits.length()) + digits;
    }
    int poundsLength = digits.length() - 2;
    StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3 + 3);
    if (negative) {
      sb.append('-');
    }
    sb.append('£');
    for (int i = 0; i < poundsLength; i++) {
      if (i > 0 && (poundsLength - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(digits.charAt(i));
    }
    return sb.append('.').append(digits, poundsLength, digits.length()).toString();
  }
}
