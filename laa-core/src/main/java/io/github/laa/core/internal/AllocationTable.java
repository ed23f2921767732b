package io.github.laa.core.internal;

import com.google.common.base.Verify;
import com.google.common.collect.ImmutableList;
import io.github.laa.core.Allocation;
import io.github.laa.core.Block;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.FundingStream;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Outcome;
import io.github.laa.core.Purpose;
import io.github.laa.core.SizeBand;
import io.github.laa.core.VcsBody;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A columnar view of an agreement's allocations with every reference resolved to an index: row
 * {@code i} is {@code agreement.allocations().get(i)}, its recipient is {@code
 * agreement.bodies().get(bodyIndex(i))}, its stream {@code agreement.streams().get(streamIndex(i))}
 * (or other council funds when {@code streamIndex(i) < 0}).
 *
 * <p>Built once per agreement, the first time it is scored, and shared: rules that total money by
 * year, stream, purpose or size band read it in one pass over primitive arrays instead of looking
 * ids up in maps for every allocation. Get it with {@link AllocationTables#of(LocalAreaAgreement)}.
 *
 * <p>Machinery, not API: this package is exported only to {@code io.github.laa.scoring}.
 *
 * <p>This class is immutable and thread-safe: its arrays are never exposed.
 */
@SuppressWarnings("EnumOrdinal") // ordinals index dense arrays on the scoring hot path
public final class AllocationTable {
  private static final Purpose[] PURPOSES = Purpose.values();
  private static final SizeBand[] BANDS = SizeBand.values();
  private static final int SERVICE_DELIVERY = Purpose.SERVICE_DELIVERY.ordinal();
  private static final byte FULL_COST = 1;
  private static final byte IN_ADVANCE = 2;

  private final int firstStartYear;
  private final int minYearOffset;
  private final int[] yearOffset;
  private final long[] pence;
  private final int[] body;
  private final int[] stream;
  private final int[] outcome;
  private final byte[] purpose;
  private final byte[] termYears;
  private final byte[] flags;
  private final byte[] bodyBand;
  private final boolean[] bodyCommunity;
  private final boolean[] streamInAgreement;

  // What the table was built from, so that a copy of the agreement with a few allocations replaced
  // can have its table patched from this one (see patched).
  private final ImmutableList<Allocation> allocations;
  private final ImmutableList<VcsBody> bodyList;
  private final ImmutableList<FundingStream> streamList;
  private final ImmutableList<Block> blocks;
  private final Map<String, Integer> bodyIndex;
  private final Map<String, Integer> streamIndex;
  private final Map<String, Integer> outcomeIndex;

  /** Per row: the year offset, clamped to a byte (rows older than 128 years are never counted). */
  private final byte[] year;

  /** Per row: {@code purpose × bands + band}, then the flag bits; see {@link #accumulate}. */
  private final short[] code;

  /** Flag: the recipient is community-based. */
  public static final int COMMUNITY = 1;

  /** Flag: the stream is in the agreement. */
  public static final int IN_AGREEMENT = 2;

  /**
   * Flag: service delivery towards an LAA outcome (names an outcome or its stream is in the
   * agreement).
   */
  public static final int OUTCOME_DELIVERY = 4;

  /** The number of cells of the flags histogram: every combination of the three flags. */
  public static final int FLAG_CELLS = 8;

  /** Term flag: three years or more. */
  public static final int LONG_TERM = 1;

  /** Term flag: full cost recovery. */
  public static final int FULL_COST_RECOVERY = 2;

  /** Term flag: paid in advance. */
  public static final int PAID_IN_ADVANCE = 4;

  /** The number of cells of the terms histogram. */
  public static final int TERM_CELLS = 8;

  /**
   * The number of cells of the purpose-by-band histogram: {@code purpose.ordinal() × 5 +
   * band.ordinal()}.
   */
  public static final int PURPOSE_BAND_CELLS = PURPOSES.length * BANDS.length;

  static {
    // A row's code keeps purpose × band in bits 0–4, the flags in bits 5–7 and the terms in 8–10:
    // a seventh purpose or a sixth band would need the layout widened, not silently overlapped.
    Verify.verify(
        PURPOSE_BAND_CELLS <= 32,
        "purpose × band needs %s codes, more than 5 bits hold",
        PURPOSE_BAND_CELLS);
  }

  /** Term years from which funding counts as long-term. */
  public static final int LONG_TERM_YEARS = 3;

  private AllocationTable(
      int firstStartYear,
      int[] yearOffset,
      long[] pence,
      int[] body,
      int[] stream,
      int[] outcome,
      byte[] purpose,
      byte[] termYears,
      byte[] flags,
      byte[] bodyBand,
      boolean[] bodyCommunity,
      boolean[] streamInAgreement,
      Source source,
      @Nullable Patch patch) {
    this.allocations = source.allocations;
    this.bodyList = source.bodies;
    this.streamList = source.streams;
    this.blocks = source.blocks;
    this.bodyIndex = source.bodyIndex;
    this.streamIndex = source.streamIndex;
    this.outcomeIndex = source.outcomeIndex;
    this.firstStartYear = firstStartYear;
    this.yearOffset = yearOffset;
    this.pence = pence;
    this.body = body;
    this.stream = stream;
    this.outcome = outcome;
    this.purpose = purpose;
    this.termYears = termYears;
    this.flags = flags;
    this.bodyBand = bodyBand;
    this.bodyCommunity = bodyCommunity;
    this.streamInAgreement = streamInAgreement;
    int n = pence.length;
    if (patch == null) {
      this.year = new byte[n];
      this.code = new short[n];
      for (int r = 0; r < n; r++) {
        encode(r);
      }
    } else {
      this.year = patch.from.year.clone();
      this.code = patch.from.code.clone();
      for (int k = 0; k < patch.count; k++) {
        encode(patch.rows[k]);
      }
    }
    int min = 0;
    for (int y : yearOffset) {
      min = Math.min(min, y);
    }
    this.minYearOffset = min;
  }

  /** The rows of {@code from} that a patched table encodes again; the rest it copies. */
  private record Patch(AllocationTable from, int[] rows, int count) {}

  /** Row {@code r}'s clamped year and its code: purpose × band, flags and terms. */
  private void encode(int r) {
    year[r] = (byte) Math.max(Byte.MIN_VALUE, Math.min(Byte.MAX_VALUE, yearOffset[r]));
    int b = body[r];
    int band = b >= 0 ? bodyBand[b] : 0;
    boolean inAgreementStream = stream[r] >= 0 && streamInAgreement[stream[r]];
    boolean delivery = purpose[r] == SERVICE_DELIVERY && (inAgreementStream || outcome[r] >= 0);
    int bits =
        (b >= 0 && bodyCommunity[b] ? COMMUNITY : 0)
            | (inAgreementStream ? IN_AGREEMENT : 0)
            | (delivery ? OUTCOME_DELIVERY : 0);
    int terms =
        (termYears[r] >= LONG_TERM_YEARS ? LONG_TERM : 0)
            | ((flags[r] & FULL_COST) != 0 ? FULL_COST_RECOVERY : 0)
            | ((flags[r] & IN_ADVANCE) != 0 ? PAID_IN_ADVANCE : 0);
    code[r] = (short) ((purpose[r] * BANDS.length + band) | (bits << 5) | (terms << 8));
  }

  /**
   * Builds the table of a (valid) agreement. {@link AllocationTables#of(LocalAreaAgreement)} keeps
   * one per agreement.
   */
  static AllocationTable of(LocalAreaAgreement laa) {
    Map<String, Integer> outcomes = new HashMap<>();
    for (Block b : laa.blocks()) {
      for (Outcome o : b.outcomes()) {
        outcomes.putIfAbsent(o.id(), outcomes.size());
      }
    }
    Source source =
        new Source(
            laa.allocations(),
            laa.bodies(),
            laa.streams(),
            laa.blocks(),
            positions(laa.bodies(), VcsBody::id),
            positions(laa.streams(), FundingStream::id),
            outcomes);
    return of(
        laa.firstYear(),
        source,
        laa.bodies(),
        laa.streams().size(),
        laa.streamsInAgreement(),
        laa.streams());
  }

  /** What a table is built from besides the bodies, kept for {@link #patched}. */
  private record Source(
      ImmutableList<Allocation> allocations,
      ImmutableList<VcsBody> bodies,
      ImmutableList<FundingStream> streams,
      ImmutableList<Block> blocks,
      Map<String, Integer> bodyIndex,
      Map<String, Integer> streamIndex,
      Map<String, Integer> outcomeIndex) {}

  /** The most rows {@link #patched} rewrites; beyond them the table is built afresh. */
  static final int MAX_PATCHED_ROWS = 64;

  /**
   * The table of {@code laa}, made from this one, if {@code laa} has the same lists of bodies,
   * streams and blocks (the same objects) and the same first year and as many allocations, at most
   * {@link #MAX_PATCHED_ROWS} of them other objects than this table's — as a copy made with {@code
   * withAllocation} has; otherwise null. Equal to {@code of(laa)}.
   */
  @Nullable AllocationTable patched(LocalAreaAgreement laa) {
    ImmutableList<Allocation> now = laa.allocations();
    if (now.size() != allocations.size()
        || laa.bodies() != bodyList
        || laa.streams() != streamList
        || laa.blocks() != blocks
        || laa.firstYear().startYear() != firstStartYear) {
      return null;
    }
    int[] changed = new int[MAX_PATCHED_ROWS];
    int n = 0;
    for (int i = 0; i < now.size(); i++) {
      if (now.get(i) != allocations.get(i)) {
        if (n == MAX_PATCHED_ROWS) {
          return null;
        }
        changed[n++] = i;
      }
    }
    int[] yearOffsets = yearOffset.clone();
    long[] amounts = pence.clone();
    int[] bodies = body.clone();
    int[] streams = stream.clone();
    int[] outcomes = outcome.clone();
    byte[] purposes = purpose.clone();
    byte[] terms = termYears.clone();
    byte[] flagBits = flags.clone();
    for (int k = 0; k < n; k++) {
      int i = changed[k];
      row(
          now.get(i),
          i,
          firstStartYear,
          bodyIndex,
          streamIndex,
          outcomeIndex,
          yearOffsets,
          amounts,
          bodies,
          streams,
          outcomes,
          purposes,
          terms,
          flagBits);
    }
    return new AllocationTable(
        firstStartYear,
        yearOffsets,
        amounts,
        bodies,
        streams,
        outcomes,
        purposes,
        terms,
        flagBits,
        bodyBand,
        bodyCommunity,
        streamInAgreement,
        new Source(now, bodyList, streamList, blocks, bodyIndex, streamIndex, outcomeIndex),
        new Patch(this, changed, n));
  }

  /**
   * Whether this table and {@code other} share their columns about bodies and streams (the same
   * arrays): so a table patched from another does, and two built afresh do not. For tests.
   */
  public boolean sharesBodyColumnsWith(AllocationTable other) {
    return bodyBand == other.bodyBand
        && bodyCommunity == other.bodyCommunity
        && streamInAgreement == other.streamInAgreement;
  }

  /**
   * A table of {@code laa} built afresh, never patched nor kept: what tests hold {@link
   * AllocationTables#of} to.
   */
  public static AllocationTable fresh(LocalAreaAgreement laa) {
    return of(laa);
  }

  /**
   * Whether {@code other} has the same rows, indexes and codes: a patched table is held to the one
   * {@link #fresh} builds.
   */
  public boolean sameRowsAs(AllocationTable other) {
    return firstStartYear == other.firstStartYear
        && Arrays.equals(yearOffset, other.yearOffset)
        && Arrays.equals(pence, other.pence)
        && Arrays.equals(body, other.body)
        && Arrays.equals(stream, other.stream)
        && Arrays.equals(outcome, other.outcome)
        && Arrays.equals(purpose, other.purpose)
        && Arrays.equals(termYears, other.termYears)
        && Arrays.equals(flags, other.flags)
        && Arrays.equals(bodyBand, other.bodyBand)
        && Arrays.equals(bodyCommunity, other.bodyCommunity)
        && Arrays.equals(streamInAgreement, other.streamInAgreement)
        && Arrays.equals(year, other.year)
        && Arrays.equals(code, other.code)
        && minYearOffset == other.minYearOffset;
  }

  /** Each id's position in {@code items}; the first wins if an id repeats. */
  private static <T> Map<String, Integer> positions(List<T> items, Function<T, String> id) {
    Map<String, Integer> map = new HashMap<>(items.size() * 2);
    for (int i = 0; i < items.size(); i++) {
      map.putIfAbsent(id.apply(items.get(i)), i);
    }
    return map;
  }

  /** Builds the table; references that do not resolve get index -1. */
  private static AllocationTable of(
      FinancialYear firstYear,
      Source source,
      ImmutableList<VcsBody> bodies,
      int streamCount,
      Set<String> streamsInAgreement,
      ImmutableList<FundingStream> streams) {
    ImmutableList<Allocation> allocations = source.allocations();
    int n = allocations.size();
    int[] yearOffset = new int[n];
    long[] pence = new long[n];
    int[] body = new int[n];
    int[] stream = new int[n];
    int[] outcome = new int[n];
    byte[] purpose = new byte[n];
    byte[] termYears = new byte[n];
    byte[] flags = new byte[n];
    int first = firstYear.startYear();
    for (int i = 0; i < n; i++) {
      row(
          allocations.get(i),
          i,
          first,
          source.bodyIndex(),
          source.streamIndex(),
          source.outcomeIndex(),
          yearOffset,
          pence,
          body,
          stream,
          outcome,
          purpose,
          termYears,
          flags);
    }
    byte[] bodyBand = new byte[bodies.size()];
    boolean[] bodyCommunity = new boolean[bodies.size()];
    for (int b = 0; b < bodies.size(); b++) {
      VcsBody v = bodies.get(b);
      bodyBand[b] = (byte) v.sizeBand().ordinal();
      bodyCommunity[b] = v.communityBased();
    }
    boolean[] inAgreement = new boolean[streamCount];
    for (int s = 0; s < streamCount; s++) {
      inAgreement[s] = streamsInAgreement.contains(streams.get(s).id());
    }
    return new AllocationTable(
        first,
        yearOffset,
        pence,
        body,
        stream,
        outcome,
        purpose,
        termYears,
        flags,
        bodyBand,
        bodyCommunity,
        inAgreement,
        source,
        null);
  }

  /** Row {@code i} of the columns: allocation {@code a} with its references resolved. */
  private static void row(
      Allocation a,
      int i,
      int firstStartYear,
      Map<String, Integer> bodyIndex,
      Map<String, Integer> streamIndex,
      Map<String, Integer> outcomeIndex,
      int[] yearOffset,
      long[] pence,
      int[] body,
      int[] stream,
      int[] outcome,
      byte[] purpose,
      byte[] termYears,
      byte[] flags) {
    yearOffset[i] = a.year().startYear() - firstStartYear;
    pence[i] = a.amount().pence();
    body[i] = bodyIndex.getOrDefault(a.recipient(), -1);
    stream[i] = a.stream().isPresent() ? streamIndex.getOrDefault(a.stream().get(), -2) : -1;
    outcome[i] = a.outcome().isPresent() ? outcomeIndex.getOrDefault(a.outcome().get(), -2) : -1;
    purpose[i] = (byte) a.purpose().ordinal();
    termYears[i] = (byte) a.termYears();
    flags[i] =
        (byte) ((a.fullCostRecovery() ? FULL_COST : 0) | (a.paidInAdvance() ? IN_ADVANCE : 0));
  }

  /**
   * Adds every row whose year offset lies in {@code [-window, span - window)} into histograms of
   * {@code span} years, in one pass with no test on the row's data: cell {@code c} of year {@code
   * y} (offset {@code y - window}) is at index {@code c × span + y}.
   *
   * <ul>
   *   <li>{@code byFlags}, {@code countByFlags}: {@link #FLAG_CELLS} cells, indexed by the flags
   *       {@link #COMMUNITY} | {@link #IN_AGREEMENT} | {@link #OUTCOME_DELIVERY} of the row;
   *   <li>{@code byPurposeBand}: {@link #PURPOSE_BAND_CELLS} cells, indexed by {@code
   *       purpose.ordinal() × 5 + band.ordinal()} of the row and its recipient;
   *   <li>{@code byStream} (optional): {@code streamCount() + 1} cells, indexed by the stream's
   *       index plus one (0 for other council funds);
   *   <li>{@code byTerms} (optional): {@link #TERM_CELLS} cells, indexed by {@link #LONG_TERM} |
   *       {@link #FULL_COST_RECOVERY} | {@link #PAID_IN_ADVANCE}.
   * </ul>
   *
   * <p>Every total a rule needs is a sum of a few cells, so this is the only pass over the rows a
   * scoring makes. Sums cannot overflow: a valid agreement's allocations total at most {@link
   * Long#MAX_VALUE} pence.
   *
   * @throws IllegalArgumentException if {@code window} is not between 0 and 127 or an array is too
   *     short
   */
  public void accumulate(
      int window,
      int span,
      long[] byFlags,
      int[] countByFlags,
      long[] byPurposeBand,
      long @Nullable [] byStream,
      long @Nullable [] byTerms) {
    if (window < 0 || window > Byte.MAX_VALUE || span <= window) {
      throw new IllegalArgumentException("window must be between 0 and 127 and below span");
    }
    if (byFlags.length < FLAG_CELLS * span
        || countByFlags.length < FLAG_CELLS * span
        || byPurposeBand.length < PURPOSE_BAND_CELLS * span
        || (byStream != null && byStream.length < (streamCount() + 1) * span)
        || (byTerms != null && byTerms.length < TERM_CELLS * span)) {
      throw new IllegalArgumentException("histogram arrays are too short for span " + span);
    }
    byte[] year = this.year;
    long[] pence = this.pence;
    short[] code = this.code;
    int[] stream = this.stream;
    for (int r = 0; r < year.length; r++) {
      int y = year[r] + window;
      if (y < 0 || y >= span) {
        continue;
      }
      long p = pence[r];
      int c = code[r];
      int f = ((c >>> 5) & 7) * span + y;
      byFlags[f] += p;
      countByFlags[f]++;
      byPurposeBand[(c & 31) * span + y] += p;
      if (byStream != null) {
        byStream[(stream[r] + 1) * span + y] += p;
      }
      if (byTerms != null) {
        byTerms[((c >>> 8) & 7) * span + y] += p;
      }
    }
  }

  /** The number of rows (allocations). */
  public int size() {
    return pence.length;
  }

  /** The start year of the agreement's first year; year offsets count from it. */
  public int firstStartYear() {
    return firstStartYear;
  }

  /**
   * The earliest year offset of any row, or 0 when every row is in the agreement: {@code -3} means
   * the oldest baseline allocation is three years before the agreement.
   */
  public int minYearOffset() {
    return minYearOffset;
  }

  /**
   * The row's year minus the agreement's first year: negative for baseline years, 0–2 during it.
   */
  public int yearOffset(int row) {
    return yearOffset[row];
  }

  /** The row's amount in pence; never negative. */
  public long pence(int row) {
    return pence[row];
  }

  /** The index of the row's recipient in {@link LocalAreaAgreement#bodies()}. */
  public int bodyIndex(int row) {
    return body[row];
  }

  /**
   * The index of the row's stream in {@link LocalAreaAgreement#streams()}, or -1 for other council
   * funds (no stream).
   */
  public int streamIndex(int row) {
    return stream[row];
  }

  /** Whether the row's stream is listed by a block (false for other council funds). */
  public boolean inAgreement(int row) {
    int s = stream[row];
    return s >= 0 && streamInAgreement[s];
  }

  /** Whether the stream at {@code streamIndex} is listed by a block. */
  public boolean streamInAgreement(int streamIndex) {
    return streamInAgreement[streamIndex];
  }

  /**
   * The index of the row's outcome among all outcomes of the agreement's blocks, in block order, or
   * -1 when the money is not tied to an outcome.
   */
  public int outcomeIndex(int row) {
    return outcome[row];
  }

  /** The row's purpose. */
  public Purpose purpose(int row) {
    return PURPOSES[purpose[row]];
  }

  /** The row's purpose as {@link Purpose#ordinal()}, for indexing arrays. */
  public int purposeOrdinal(int row) {
    return purpose[row];
  }

  /** The length of the row's funding term in years. */
  public int termYears(int row) {
    return termYears[row];
  }

  /** Whether the row's funding is at full cost recovery. */
  public boolean fullCostRecovery(int row) {
    return (flags[row] & FULL_COST) != 0;
  }

  /** Whether the row's funding is paid in advance. */
  public boolean paidInAdvance(int row) {
    return (flags[row] & IN_ADVANCE) != 0;
  }

  /** The size band of the body at {@code bodyIndex}. */
  public SizeBand bodyBand(int bodyIndex) {
    return BANDS[bodyBand[bodyIndex]];
  }

  /** The size band of the body at {@code bodyIndex} as {@link SizeBand#ordinal()}. */
  public int bodyBandOrdinal(int bodyIndex) {
    return bodyBand[bodyIndex];
  }

  /** Whether the body at {@code bodyIndex} is community-based. */
  public boolean bodyCommunityBased(int bodyIndex) {
    return bodyCommunity[bodyIndex];
  }

  /** The number of bodies. */
  public int bodyCount() {
    return bodyBand.length;
  }

  /** The number of streams. */
  public int streamCount() {
    return streamInAgreement.length;
  }
}
