package io.github.laa.scoring.internal;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/** Ranks, quartiles and Spearman's rank correlation, with ties handled explicitly. */
public final class Ranks {
  private Ranks() {}

  /**
   * The 1-based rank of {@code value} in ascending {@code sorted} values, ties sharing the lowest
   * rank: in [5, 7, 7, 9] the rank of 7 is 2.
   */
  public static int lowerRank(List<Long> sorted, long value) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid) < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo + 1;
  }

  /**
   * Competition ranks ("1224") of scores sorted best first: equal scores share the better rank. For
   * [96, 96, 94, 88] they are [1, 1, 3, 4].
   */
  public static int[] competitionRanks(int[] sortedScores) {
    int[] ranks = new int[sortedScores.length];
    for (int i = 0; i < ranks.length; i++) {
      ranks[i] = i > 0 && sortedScores[i] == sortedScores[i - 1] ? ranks[i - 1] : i + 1;
    }
    return ranks;
  }

  /**
   * The quartile, 1 to 4, of rank {@code rank} (1 = first) among {@code n}: {@code ⌊4(rank−1)/n⌋ +
   * 1}.
   */
  public static int quartile(int rank, int n) {
    return (int) (4L * (rank - 1) / n) + 1;
  }

  /**
   * Twice the average ranks (1-based) of {@code values}: tied values all get the mean of the ranks
   * they span, so [10, 20, 20, 30] ranks as [1, 2.5, 2.5, 4] and this returns [2, 5, 5, 8].
   * Doubling keeps every rank a whole number.
   */
  public static long[] doubledAverageRanks(long[] values) {
    int n = values.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(values[a], values[b]));
    long[] ranks = new long[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      // positions i..j (0-based) hold ranks i+1..j+1; their mean doubled is i + j + 2.
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = i + j + 2L;
      }
      i = j + 1;
    }
    return ranks;
  }

  /**
   * Spearman's rank correlation of paired {@code x} and {@code y}: the Pearson correlation of their
   * average ranks. The sums are exact integers (on doubled ranks, whose mean is n + 1), so the
   * result does not depend on the order of the pairs; only the final square root is in floating
   * point. Empty with fewer than two pairs or when either side is constant.
   */
  public static OptionalDouble spearman(long[] x, long[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x and y must pair up");
    }
    int n = x.length;
    if (n < 2) {
      return OptionalDouble.empty();
    }
    long[] rx = doubledAverageRanks(x);
    long[] ry = doubledAverageRanks(y);
    long mean = n + 1L;
    long sxy = 0;
    long sxx = 0;
    long syy = 0;
    for (int i = 0; i < n; i++) {
      long dx = rx[i] - mean;
      long dy = ry[i] - mean;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    if (sxx == 0 || syy == 0) {
      return OptionalDouble.empty();
    }
    // (double) sxx * syy is exact below 2^53, so a perfect correlation gives exactly ±1.
    double r = sxy / Math.sqrt((double) sxx * (double) syy);
    return OptionalDouble.of(Math.max(-1, Math.min(1, r)));
  }
}
