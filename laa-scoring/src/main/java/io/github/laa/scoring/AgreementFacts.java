package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Purpose;
import io.github.laa.core.SizeBand;
import io.github.laa.core.internal.AllocationTable;
import io.github.laa.core.internal.AllocationTables;
import io.github.laa.scoring.internal.Aggregate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Totals of one agreement's VCS allocations, computed once per scoring and shared by every rule: by
 * year, stream, purpose, size band, recipient and terms. One branch-free pass over the agreement's
 * allocations, resolved to indexes when the agreement was validated, fills small histograms; every
 * total is a sum of a few of their cells.
 *
 * <p>Years are given as offsets from the agreement's first year: {@code 0}, {@code 1} and {@code 2}
 * are the agreement's years; {@code -1} to {@code -baselineYears()} the baseline window. Money from
 * years before the window is not counted; any other offset reads as zero.
 *
 * <p>Totals are in pence and cannot overflow: a valid agreement's allocations total at most {@link
 * Long#MAX_VALUE} pence.
 *
 * <p>Not thread-safe: an instance belongs to one scoring of one agreement. Groups of totals the
 * policy's rules do not read are computed on first use.
 */
@SuppressWarnings("EnumOrdinal") // ordinals index dense arrays
public final class AgreementFacts {
  private static final int BANDS = SizeBand.values().length;
  private static final int PURPOSES = Purpose.values().length;

  private final LocalAreaAgreement agreement;
  private final AllocationTable table;
  private final int window;
  private final int span;

  /** Histograms of one pass; see {@code AllocationTable.accumulate}. */
  private final long[] byFlags;

  private final int[] countByFlags;
  private final long[] byPurposeBand;
  private long @Nullable [] byStream;
  private long @Nullable [] byTerms;
  private long @Nullable [] bodyInAgreement;
  private long @Nullable [] bodyInBaseline;

  private AgreementFacts(
      LocalAreaAgreement agreement, int baselineYears, Set<Aggregate> aggregates) {
    this.agreement = agreement;
    this.table = AllocationTables.of(agreement);
    this.window = baselineYears;
    this.span = baselineYears + agreement.years().size();
    this.byFlags = new long[AllocationTable.FLAG_CELLS * span];
    this.countByFlags = new int[AllocationTable.FLAG_CELLS * span];
    this.byPurposeBand = new long[AllocationTable.PURPOSE_BAND_CELLS * span];
    if (aggregates.contains(Aggregate.STREAMS)) {
      byStream = new long[(table.streamCount() + 1) * span];
    }
    if (aggregates.contains(Aggregate.TERMS)) {
      byTerms = new long[AllocationTable.TERM_CELLS * span];
    }
    table.accumulate(window, span, byFlags, countByFlags, byPurposeBand, byStream, byTerms);
    if (aggregates.contains(Aggregate.BODIES)) {
      bodies();
    }
  }

  /**
   * Computes the facts of {@code agreement} with a baseline window of {@code baselineYears} years,
   * as a policy whose {@link Policy#BASELINE_YEARS} is that number does: useful to test a rule's
   * arithmetic on its own.
   *
   * @throws IllegalArgumentException if {@code baselineYears} is not between 1 and {@link
   *     Policy#MAX_BASELINE_YEARS}
   */
  public static AgreementFacts of(LocalAreaAgreement agreement, int baselineYears) {
    return of(agreement, baselineYears, EnumSet.allOf(Aggregate.class));
  }

  /**
   * Computes the facts of {@code agreement} as {@code policy} does when it scores it: with its
   * baseline window, and in the first pass the groups of totals its rules read.
   */
  public static AgreementFacts of(LocalAreaAgreement agreement, Policy policy) {
    return policy.facts(agreement);
  }

  /** Computes the facts of {@code agreement} with a one-year baseline. */
  public static AgreementFacts of(LocalAreaAgreement agreement) {
    return of(agreement, 1);
  }

  /**
   * The facts with {@code aggregates} computed in the first pass; groups not asked for are computed
   * when first read.
   */
  static AgreementFacts of(
      LocalAreaAgreement agreement, int baselineYears, Set<Aggregate> aggregates) {
    if (baselineYears < 1 || baselineYears > Policy.MAX_BASELINE_YEARS) {
      throw new IllegalArgumentException(
          "baselineYears must be between 1 and "
              + Policy.MAX_BASELINE_YEARS
              + " but was: "
              + baselineYears);
    }
    return new AgreementFacts(agreement, baselineYears, aggregates);
  }

  private long[] streams() {
    long[] s = byStream;
    if (s == null) {
      s = new long[(table.streamCount() + 1) * span];
      table.accumulate(
          window,
          span,
          new long[byFlags.length],
          new int[countByFlags.length],
          new long[byPurposeBand.length],
          s,
          null);
      byStream = s;
    }
    return s;
  }

  private long[] terms() {
    long[] t = byTerms;
    if (t == null) {
      t = new long[AllocationTable.TERM_CELLS * span];
      table.accumulate(
          window,
          span,
          new long[byFlags.length],
          new int[countByFlags.length],
          new long[byPurposeBand.length],
          null,
          t);
      byTerms = t;
    }
    return t;
  }

  /** Totals by recipient, in a pass of their own: only rules that compare recipients need them. */
  private void bodies() {
    long[] in = new long[table.bodyCount()];
    long[] before = new long[table.bodyCount()];
    for (int row = 0; row < table.size(); row++) {
      int y = table.yearOffset(row) + window;
      if (y < 0 || y >= span) {
        continue;
      }
      (y >= window ? in : before)[table.bodyIndex(row)] += table.pence(row);
    }
    bodyInAgreement = in;
    bodyInBaseline = before;
  }

  private int index(int yearOffset) {
    int y = yearOffset + window;
    return y < 0 || y >= span ? -1 : y;
  }

  /** The sum over the flag cells of year {@code yearOffset} that have every bit of {@code mask}. */
  private long flags(long[] cells, int cellCount, int yearOffset, int mask) {
    int y = index(yearOffset);
    long sum = 0;
    for (int c = 0; y >= 0 && c < cellCount; c++) {
      if ((c & mask) == mask) {
        sum += cells[c * span + y];
      }
    }
    return sum;
  }

  private int counts(int yearOffset, int mask) {
    int y = index(yearOffset);
    int sum = 0;
    for (int c = 0; y >= 0 && c < AllocationTable.FLAG_CELLS; c++) {
      if ((c & mask) == mask) {
        sum += countByFlags[c * span + y];
      }
    }
    return sum;
  }

  private long purposeBand(int purpose, int band, int yearOffset) {
    int y = index(yearOffset);
    return y < 0 ? 0 : byPurposeBand[(purpose * BANDS + band) * span + y];
  }

  /** The agreement. */
  public LocalAreaAgreement agreement() {
    return agreement;
  }

  /** The number of baseline years counted (the window before the agreement). */
  public int baselineYears() {
    return window;
  }

  /** The financial year at {@code yearOffset} from the agreement's first year. */
  public FinancialYear year(int yearOffset) {
    return agreement.firstYear().plusYears(yearOffset);
  }

  /** The baseline years in the window, oldest first. */
  public ImmutableList<FinancialYear> baselineWindow() {
    return FinancialYear.rangeClosed(year(-window), year(-1));
  }

  /** Total VCS money in the year, from all sources, in pence. */
  public long total(int yearOffset) {
    return flags(byFlags, AllocationTable.FLAG_CELLS, yearOffset, 0);
  }

  /** Total VCS money in {@code year}, from all sources. */
  public Money total(FinancialYear year) {
    return Money.ofPence(total(agreement.firstYear().yearsUntil(year)));
  }

  /** Total VCS money in the year from streams in the agreement, in pence. */
  public long totalInAgreementStreams(int yearOffset) {
    return flags(byFlags, AllocationTable.FLAG_CELLS, yearOffset, AllocationTable.IN_AGREEMENT);
  }

  /** The number of allocations in the year. */
  public int count(int yearOffset) {
    return counts(yearOffset, 0);
  }

  /** The number of allocations in the year from streams in the agreement. */
  public int countInAgreementStreams(int yearOffset) {
    return counts(yearOffset, AllocationTable.IN_AGREEMENT);
  }

  /**
   * VCS money in the year from the stream at {@code streamIndex} in {@link
   * LocalAreaAgreement#streams()}, or from other council funds for {@code -1}, in pence.
   */
  public long stream(int streamIndex, int yearOffset) {
    int y = index(yearOffset);
    return y < 0 ? 0 : streams()[(streamIndex + 1) * span + y];
  }

  /**
   * Whether the stream at {@code streamIndex} in {@link LocalAreaAgreement#streams()} is pooled or
   * aligned under a block of the agreement.
   */
  public boolean streamInAgreement(int streamIndex) {
    return table.streamInAgreement(streamIndex);
  }

  /** VCS money in the year for {@code purpose}, in pence. */
  public long purpose(Purpose purpose, int yearOffset) {
    long sum = 0;
    for (int b = 0; b < BANDS; b++) {
      sum += purposeBand(purpose.ordinal(), b, yearOffset);
    }
    return sum;
  }

  /**
   * Service-delivery money in the year towards LAA outcomes: allocations for {@link
   * Purpose#SERVICE_DELIVERY} that name an outcome or come from a stream in the agreement, in
   * pence.
   */
  public long outcomeDelivery(int yearOffset) {
    return flags(byFlags, AllocationTable.FLAG_CELLS, yearOffset, AllocationTable.OUTCOME_DELIVERY);
  }

  /** VCS money in the year to bodies of size band {@code band}, in pence. */
  public long band(SizeBand band, int yearOffset) {
    long sum = 0;
    for (int p = 0; p < PURPOSES; p++) {
      sum += purposeBand(p, band.ordinal(), yearOffset);
    }
    return sum;
  }

  /** VCS money in the year to micro and small bodies, in pence. */
  public long microOrSmall(int yearOffset) {
    return band(SizeBand.MICRO, yearOffset) + band(SizeBand.SMALL, yearOffset);
  }

  /** VCS money in the year to community-based bodies, in pence. */
  public long communityBased(int yearOffset) {
    return flags(byFlags, AllocationTable.FLAG_CELLS, yearOffset, AllocationTable.COMMUNITY);
  }

  /**
   * Small grants ({@link Purpose#SMALL_GRANTS}) in the year to micro and small bodies, in pence.
   */
  public long smallGrantsToMicroOrSmall(int yearOffset) {
    int grants = Purpose.SMALL_GRANTS.ordinal();
    return purposeBand(grants, SizeBand.MICRO.ordinal(), yearOffset)
        + purposeBand(grants, SizeBand.SMALL.ordinal(), yearOffset);
  }

  /** VCS money to the body at {@code bodyIndex} over the agreement's years, in pence. */
  public long bodyInAgreement(int bodyIndex) {
    long[] b = bodyInAgreement;
    if (b == null) {
      bodies();
      b = bodyInAgreement;
    }
    return b == null ? 0 : b[bodyIndex];
  }

  /** VCS money to the body at {@code bodyIndex} over the baseline window, in pence. */
  public long bodyInBaseline(int bodyIndex) {
    long[] b = bodyInBaseline;
    if (b == null) {
      bodies();
      b = bodyInBaseline;
    }
    return b == null ? 0 : b[bodyIndex];
  }

  /** VCS money in the year on terms of three years or more, in pence. */
  public long longTerm(int yearOffset) {
    return flags(terms(), AllocationTable.TERM_CELLS, yearOffset, AllocationTable.LONG_TERM);
  }

  /** VCS money in the year at full cost recovery, in pence. */
  public long fullCost(int yearOffset) {
    return flags(
        terms(), AllocationTable.TERM_CELLS, yearOffset, AllocationTable.FULL_COST_RECOVERY);
  }

  /** VCS money in the year paid in advance, in pence. */
  public long inAdvance(int yearOffset) {
    return flags(terms(), AllocationTable.TERM_CELLS, yearOffset, AllocationTable.PAID_IN_ADVANCE);
  }
}
