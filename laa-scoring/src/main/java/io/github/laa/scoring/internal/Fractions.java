package io.github.laa.scoring.internal;

import io.github.laa.core.Percentage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Exact arithmetic on non-negative {@code long}s that would overflow if done naively: comparing
 * products and taking half-even means. No allocation, no exceptions.
 */
public final class Fractions {
  private Fractions() {}

  /**
   * Compares {@code a × b} with {@code c × d} exactly, for non-negative arguments; returns a
   * negative number, zero or a positive number as the first product is less, equal or greater.
   */
  public static int compareProducts(long a, long b, long c, long d) {
    long hi1 = Math.multiplyHigh(a, b);
    long hi2 = Math.multiplyHigh(c, d);
    if (hi1 != hi2) {
      return Long.compare(hi1, hi2);
    }
    return Long.compareUnsigned(a * b, c * d);
  }

  /**
   * Whether {@code part / whole} is below {@code basisPoints / 10,000}; false when {@code whole} is
   * 0.
   */
  public static boolean shareBelow(long part, long whole, long basisPoints) {
    return whole > 0 && compareProducts(part, 10_000, basisPoints, whole) < 0;
  }

  /**
   * {@code part} as a percentage of a positive {@code whole}, half-even to a basis point, like
   * {@link Percentage#ratio(long, long)}; empty when that is beyond a {@code long} number of basis
   * points (a ratio above about 9 × 10<sup>14</sup> %), where {@code Percentage.ratio} throws.
   */
  public static Optional<Percentage> percentage(long part, long whole) {
    BigInteger bp =
        BigDecimal.valueOf(part)
            .movePointRight(4)
            .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_EVEN)
            .toBigIntegerExact();
    return bp.bitLength() < 64
        ? Optional.of(Percentage.ofBasisPoints(bp.longValueExact()))
        : Optional.empty();
  }

  /**
   * {@code n} as a {@code long}, or {@link Long#MAX_VALUE} if it is larger: a margin that cannot be
   * met within the range of money says so by its size.
   */
  public static long saturated(BigInteger n) {
    return n.bitLength() < 64 ? n.longValueExact() : Long.MAX_VALUE;
  }

  /**
   * The mean of {@code values[from..to)}, all non-negative, rounded half-even, without overflow
   * even when their sum exceeds {@link Long#MAX_VALUE}.
   */
  public static long meanHalfEven(long[] values, int from, int to) {
    long n = (long) to - from;
    long quotients = 0;
    long remainders = 0;
    for (int i = from; i < to; i++) {
      quotients += values[i] / n;
      remainders += values[i] % n;
    }
    long q = quotients + remainders / n;
    long r = remainders % n;
    long twice = 2 * r;
    if (twice > n || (twice == n && (q & 1) == 1)) {
      q++;
    }
    return q;
  }
}
