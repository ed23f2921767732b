package io.github.laa.core;

import com.google.common.math.LongMath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A percentage held exactly in hundredths of a percent (basis points): {@code 12.34%} is 1,234
 * basis points. Shares of money, tolerances and limits are percentages.
 *
 * <pre>{@code
 * Percentage.of(5);                     // 5%
 * Percentage.parse("12.5%");            // 12.50%
 * Percentage.ratio(1, 3);               // 33.33% (rounded half-even)
 * }</pre>
 *
 * <p>Values may be negative (a fall) or above 100 (a rise); domain facts that are shares check
 * their own range.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Percentage implements Comparable<Percentage> {
  /** {@code 0%}. */
  public static final Percentage ZERO = new Percentage(0);

  /** {@code 100%}. */
  public static final Percentage HUNDRED = new Percentage(10_000);

  private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

  /** Parts below this in size can be multiplied by 10,000 in a {@code long}. */
  private static final long SMALL_PART = Long.MAX_VALUE / 10_000;

  private final long basisPoints;

  private Percentage(long basisPoints) {
    this.basisPoints = basisPoints;
  }

  /** Returns {@code percent}%. */
  public static Percentage of(long percent) {
    if (percent > Long.MAX_VALUE / 100 || percent < Long.MIN_VALUE / 100) {
      throw new InvalidDataException(
          "Percentage", Problem.of("percent", "must be within range but was: " + percent));
    }
    return ofBasisPoints(percent * 100);
  }

  /** Returns {@code basisPoints} hundredths of a percent. */
  public static Percentage ofBasisPoints(long basisPoints) {
    return basisPoints == 0 ? ZERO : basisPoints == 10_000 ? HUNDRED : new Percentage(basisPoints);
  }

  /**
   * Returns {@code percent}%, which must have at most two decimal places.
   *
   * @throws InvalidDataException if it has more, or is out of range
   */
  public static Percentage of(BigDecimal percent) {
    if (percent.signum() == 0) {
      return ZERO; // 0E+2147483647 too: moving its point would overflow the scale
    }
    // |percent| < 10^(precision − scale); 10^17 % is beyond a long number of basis points. Checked
    // in long arithmetic first, so that an extreme scale neither overflows nor builds a huge
    // number.
    BigDecimal bp =
        (long) percent.precision() - percent.scale() > 17 ? null : percent.movePointRight(2);
    if (bp == null
        || bp.stripTrailingZeros().scale() > 0
        || bp.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
        || bp.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
      throw new InvalidDataException(
          "Percentage",
          Problem.of(
              "percent",
              "must have at most two decimal places and be within range but was: "
                  + Problems.decimal(percent)));
    }
    return ofBasisPoints(bp.longValueExact());
  }

  /**
   * Returns {@code part} as a percentage of {@code whole}, rounded half-even to hundredths of a
   * percent. Exact for any {@code long} arguments whose ratio fits.
   *
   * @throws ArithmeticException if {@code whole} is zero, or the result is beyond a {@code long}
   *     number of basis points (a ratio above about 9 × 10<sup>14</sup> %)
   */
  public static Percentage ratio(long part, long whole) {
    if (whole == 0) {
      throw new ArithmeticException("whole must not be zero");
    }
    if (part > -SMALL_PART && part < SMALL_PART) {
      // The common case, in long arithmetic: |part × 10,000| fits.
      return ofBasisPoints(LongMath.divide(part * 10_000, whole, RoundingMode.HALF_EVEN));
    }
    BigDecimal bp =
        new BigDecimal(BigInteger.valueOf(part).multiply(TEN_THOUSAND))
            .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_EVEN);
    return ofBasisPoints(bp.longValueExact());
  }

  /** Returns {@code part} as a percentage of {@code whole}; see {@link #ratio(long, long)}. */
  public static Percentage ratio(Money part, Money whole) {
    return ratio(part.pence(), whole.pence());
  }

  /**
   * Reads {@code 12.5%}, {@code 12.5}, {@code -3%} or {@code 0.25 %}: a decimal with at most two
   * places, optionally followed by a percent sign.
   *
   * @throws InvalidDataException naming the input if it is not such a percentage
   */
  public static Percentage parse(CharSequence text) {
    return tryParse(text)
        .orElseThrow(
            () ->
                new InvalidDataException(
                    "Percentage",
                    Problem.of(
                        "",
                        "text must be a percentage like \"12.5%\" with at most two decimal places but was: "
                            + Problems.quote(text))));
  }

  /** Like {@link #parse(CharSequence)} but returns empty instead of throwing. */
  public static Optional<Percentage> tryParse(@Nullable CharSequence text) {
    if (text == null || text.length() > 32) {
      return Optional.empty();
    }
    String s = text.toString().strip();
    if (s.endsWith("%")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (!s.matches("-?[0-9]{1,15}(\\.[0-9]{1,2})?")) {
      return Optional.empty();
    }
    return Optional.of(ofBasisPoints(new BigDecimal(s).movePointRight(2).longValueExact()));
  }

  /** The value in hundredths of a percent. */
  public long basisPoints() {
    return basisPoints;
  }

  /** The value in percent, e.g. {@code 12.34}. */
  public BigDecimal toPercent() {
    return BigDecimal.valueOf(basisPoints, 2);
  }

  /** The value as a fraction of one, e.g. {@code 0.1234}. */
  public BigDecimal toFraction() {
    return BigDecimal.valueOf(basisPoints, 4);
  }

  /**
   * Returns this share of {@code amount}, rounded half-even to whole pence.
   *
   * @throws ArithmeticException if the result does not fit
   */
  public Money partOf(Money amount) {
    return amount.scaledBy(toFraction());
  }

  /** Whether this is below zero. */
  public boolean isNegative() {
    return basisPoints < 0;
  }

  /** Whether this is more than {@code other}. */
  public boolean isGreaterThan(Percentage other) {
    return basisPoints > other.basisPoints;
  }

  /** Whether this is less than {@code other}. */
  public boolean isLessThan(Percentage other) {
    return basisPoints < other.basisPoints;
  }

  @Override
  public int compareTo(Percentage other) {
    return Long.compare(basisPoints, other.basisPoints);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Percentage p && p.basisPoints == basisPoints;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(basisPoints);
  }

  /**
   * Returns the value with two decimal places and a percent sign: {@code 12.50%}, {@code -3.00%}.
   */
  @Override
  public String toString() {
    return toPercent().toPlainString() + "%";
  }
}
