package io.github.laa.examples.bench;

import io.github.laa.core.Purpose;
import io.github.laa.core.SizeBand;
import io.github.laa.core.internal.AllocationTable;

/**
 * A prototype, for measurement only, of a proposed change to the library's per-scoring pass ({@code
 * AgreementFacts.compute}): the same totals by year, stream, purpose and size band, from a compact
 * row layout that the allocation table could build once, when the agreement is validated.
 *
 * <p>Each row keeps its year offset as a byte, its amount, its stream index plus one, and one
 * 16-bit code: purpose × size band of the recipient (30 values) in the low 5 bits, and three flags
 * above them: recipient community-based, stream in the agreement, service delivery towards an
 * outcome. The pass then adds every row's amount, with no test on its data, into three small
 * histograms (by stream, by purpose × band, by flags); every total a rule reads is a sum over a few
 * histogram cells, worked out after the pass. The library's pass instead tests each row's purpose,
 * recipient and stream, and reads the recipient's band through its body index.
 *
 * <p>{@code PackedTotalsTest} checks that it gives the library's totals on the fixtures.
 */
@SuppressWarnings("EnumOrdinal") // ordinals index the histograms, as in the library
public final class PackedTotals {
  private static final int BANDS = SizeBand.values().length;
  private static final int PURPOSES = Purpose.values().length;
  private static final int PURPOSE_BAND = 32; // 30 used
  private static final int FLAGS = 8;
  private static final int COMMUNITY = 1;
  private static final int IN_AGREEMENT = 2;
  private static final int OUTCOME_DELIVERY = 4;

  private final byte[] yearOffset;
  private final long[] pence;
  private final int[] streamPlusOne;
  private final short[] code;
  private final int streams;

  private PackedTotals(
      byte[] yearOffset, long[] pence, int[] streamPlusOne, short[] code, int streams) {
    this.yearOffset = yearOffset;
    this.pence = pence;
    this.streamPlusOne = streamPlusOne;
    this.code = code;
    this.streams = streams;
  }

  /** Builds the compact rows from the library's table: the work the table would do once. */
  public static PackedTotals of(AllocationTable t) {
    int n = t.size();
    byte[] year = new byte[n];
    long[] pence = new long[n];
    int[] stream = new int[n];
    short[] code = new short[n];
    for (int r = 0; r < n; r++) {
      year[r] = (byte) Math.max(Byte.MIN_VALUE, t.yearOffset(r));
      pence[r] = t.pence(r);
      stream[r] = t.streamIndex(r) + 1;
      int body = t.bodyIndex(r);
      boolean delivery =
          t.purpose(r) == Purpose.SERVICE_DELIVERY && (t.inAgreement(r) || t.outcomeIndex(r) >= 0);
      int flags =
          (t.bodyCommunityBased(body) ? COMMUNITY : 0)
              | (t.inAgreement(r) ? IN_AGREEMENT : 0)
              | (delivery ? OUTCOME_DELIVERY : 0);
      code[r] = (short) ((t.purposeOrdinal(r) * BANDS + t.bodyBandOrdinal(body)) | flags << 5);
    }
    return new PackedTotals(year, pence, stream, code, t.streamCount());
  }

  /**
   * The totals of one scoring, for a baseline window of {@code window} years before the agreement.
   */
  public Totals compute(int window) {
    int span = window + 3;
    long[] byStream = new long[(streams + 1) * span];
    long[] byPurposeBand = new long[PURPOSE_BAND * span];
    long[] byFlags = new long[FLAGS * span];
    int[] countByFlags = new int[FLAGS * span];
    byte[] year = this.yearOffset;
    long[] pence = this.pence;
    int[] stream = this.streamPlusOne;
    short[] code = this.code;
    for (int r = 0; r < year.length; r++) {
      int y = year[r] + window;
      if (y < 0 || y >= span) {
        continue;
      }
      long p = pence[r];
      int c = code[r];
      byStream[stream[r] * span + y] += p;
      byPurposeBand[(c & 31) * span + y] += p;
      int f = (c >>> 5) * span + y;
      byFlags[f] += p;
      countByFlags[f]++;
    }
    return new Totals(window, span, byStream, byPurposeBand, byFlags, countByFlags);
  }

  /** The histograms of one pass, and the totals the rules read, derived from them. */
  public static final class Totals {
    private final int window;
    private final int span;
    private final long[] byStream;
    private final long[] byPurposeBand;
    private final long[] byFlags;
    private final int[] countByFlags;

    Totals(
        int window,
        int span,
        long[] byStream,
        long[] byPurposeBand,
        long[] byFlags,
        int[] countByFlags) {
      this.window = window;
      this.span = span;
      this.byStream = byStream;
      this.byPurposeBand = byPurposeBand;
      this.byFlags = byFlags;
      this.countByFlags = countByFlags;
    }

    private int index(int yearOffset) {
      int y = yearOffset + window;
      return y < 0 || y >= span ? -1 : y;
    }

    private long flags(int yearOffset, int mask) {
      int y = index(yearOffset);
      long sum = 0;
      for (int f = 0; y >= 0 && f < FLAGS; f++) {
        if ((f & mask) == mask) {
          sum += byFlags[f * span + y];
        }
      }
      return sum;
    }

    private int count(int yearOffset, int mask) {
      int y = index(yearOffset);
      int sum = 0;
      for (int f = 0; y >= 0 && f < FLAGS; f++) {
        if ((f & mask) == mask) {
          sum += countByFlags[f * span + y];
        }
      }
      return sum;
    }

    public long total(int yearOffset) {
      return flags(yearOffset, 0);
    }

    public long totalInAgreementStreams(int yearOffset) {
      return flags(yearOffset, IN_AGREEMENT);
    }

    public int count(int yearOffset) {
      return count(yearOffset, 0);
    }

    public int countInAgreementStreams(int yearOffset) {
      return count(yearOffset, IN_AGREEMENT);
    }

    public long communityBased(int yearOffset) {
      return flags(yearOffset, COMMUNITY);
    }

    public long outcomeDelivery(int yearOffset) {
      return flags(yearOffset, OUTCOME_DELIVERY);
    }

    public long stream(int streamIndex, int yearOffset) {
      int y = index(yearOffset);
      return y < 0 ? 0 : byStream[(streamIndex + 1) * span + y];
    }

    public long purpose(Purpose purpose, int yearOffset) {
      int y = index(yearOffset);
      long sum = 0;
      for (int b = 0; y >= 0 && b < BANDS; b++) {
        sum += byPurposeBand[(purpose.ordinal() * BANDS + b) * span + y];
      }
      return sum;
    }

    public long band(SizeBand band, int yearOffset) {
      int y = index(yearOffset);
      long sum = 0;
      for (int q = 0; y >= 0 && q < PURPOSES; q++) {
        sum += byPurposeBand[(q * BANDS + band.ordinal()) * span + y];
      }
      return sum;
    }

    public long smallGrantsToMicroOrSmall(int yearOffset) {
      int y = index(yearOffset);
      int base = Purpose.SMALL_GRANTS.ordinal() * BANDS;
      return y < 0
          ? 0
          : byPurposeBand[(base + SizeBand.MICRO.ordinal()) * span + y]
              + byPurposeBand[(base + SizeBand.SMALL.ordinal()) * span + y];
    }
  }
}
