package io.github.laa.core;

import com.google.common.collect.ImmutableList;

/**
 * A columnar view of an agreement's allocations with every reference resolved to an index: row
 * {@code i} is {@code agreement.allocations().get(i)}, its recipient is {@code
 * agreement.bodies().get(bodyIndex(i))}, its stream {@code agreement.streams().get(streamIndex(i))}
 * (or other council funds when {@code streamIndex(i) < 0}).
 *
 * <p>Built once per agreement, when the agreement is validated, and shared: rules that total money
 * by year, stream, purpose or size band read it in one pass over primitive arrays instead of
 * looking ids up in maps for every allocation. Get it with {@link
 * LocalAreaAgreement#allocationTable()}.
 *
 * <p>This class is immutable and thread-safe: its arrays are never exposed.
 */
@SuppressWarnings("EnumOrdinal") // ordinals index dense arrays on the scoring hot path
public final class AllocationTable {
  private static final Purpose[] PURPOSES = Purpose.values();
  private static final SizeBand[] BANDS = SizeBand.values();
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

  AllocationTable(
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
      boolean[] streamInAgreement) {
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
    int min = 0;
    for (int y : yearOffset) {
      min = Math.min(min, y);
    }
    this.minYearOffset = min;
  }

  /** Builds the table; references that do not resolve get index -1 (validation reports them). */
  static AllocationTable of(
      FinancialYear firstYear,
      ImmutableList<Allocation> allocations,
      java.util.Map<String, Integer> bodyIndex,
      java.util.Map<String, Integer> streamIndex,
      java.util.Map<String, Integer> outcomeIndex,
      ImmutableList<VcsBody> bodies,
      int streamCount,
      java.util.Set<String> streamsInAgreement,
      ImmutableList<FundingStream> streams) {
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
      Allocation a = allocations.get(i);
      yearOffset[i] = a.year().startYear() - first;
      pence[i] = a.amount().pence();
      body[i] = bodyIndex.getOrDefault(a.recipient(), -1);
      stream[i] = a.stream().isPresent() ? streamIndex.getOrDefault(a.stream().get(), -2) : -1;
      outcome[i] = a.outcome().isPresent() ? outcomeIndex.getOrDefault(a.outcome().get(), -2) : -1;
      purpose[i] = (byte) a.purpose().ordinal();
      termYears[i] = (byte) a.termYears();
      flags[i] = (byte) ((a.fullCostRecovery() ? FULL_COST : 0) | (a.paidInAdvance() ? IN_ADVANCE : 0));
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
        first, yearOffset, pence, body, stream, outcome, purpose, termYears, flags, bodyBand,
        bodyCommunity, inAgreement);
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

  /** The row's year minus the agreement's first year: negative for baseline years, 0–2 during it. */
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
   * The index of the row's stream in {@link LocalAreaAgreement#streams()}, or -1 for other
   * council funds (no stream).
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
   * The index of the row's outcome among all outcomes of the agreement's blocks, in block order,
   * or -1 when the money is not tied to an outcome.
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
