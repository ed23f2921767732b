package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.AllocationTable;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Purpose;
import io.github.laa.core.SizeBand;
import java.util.EnumSet;
import java.util.Set;

/**
 * Totals of one agreement's VCS allocations, computed once per scoring and shared by every rule:
 * by year, stream, purpose, size band, recipient and terms.
 *
 * <p>Years are given as offsets from the agreement's first year: {@code 0}, {@code 1} and {@code
 * 2} are the agreement's years; {@code -1} to {@code -baselineYears()} the baseline window. Money
 * from years before the window is not counted; any other offset reads as zero.
 *
 * <p>Totals are in pence and cannot overflow: a valid agreement's allocations total at most {@link
 * Long#MAX_VALUE} pence.
 *
 * <p>Not thread-safe: an instance belongs to one scoring of one agreement. Groups a policy's rules
 * did not declare are computed on first use.
 */
@SuppressWarnings("EnumOrdinal") // ordinals index dense arrays
public final class AgreementFacts {
  private static final int PURPOSES = Purpose.values().length;
  private static final int BANDS = SizeBand.values().length;
  private static final int SMALL_GRANTS = Purpose.SMALL_GRANTS.ordinal();
  private static final int SERVICE_DELIVERY = Purpose.SERVICE_DELIVERY.ordinal();
  private static final int LONG_TERM_YEARS = 3;

  private final LocalAreaAgreement agreement;
  private final AllocationTable table;
  private final int window;
  private final int span;

  private final long[] total;
  private final long[] totalInAgreement;
  private final int[] count;
  private final int[] countInAgreement;

  private long @org.jspecify.annotations.Nullable [] stream;
  private long @org.jspecify.annotations.Nullable [] purpose;
  private long @org.jspecify.annotations.Nullable [] outcomeDelivery;
  private long @org.jspecify.annotations.Nullable [] band;
  private long @org.jspecify.annotations.Nullable [] community;
  private long @org.jspecify.annotations.Nullable [] grantsToMicroOrSmall;
  private long @org.jspecify.annotations.Nullable [] bodyInAgreement;
  private long @org.jspecify.annotations.Nullable [] bodyInBaseline;
  private long @org.jspecify.annotations.Nullable [] longTerm;
  private long @org.jspecify.annotations.Nullable [] fullCost;
  private long @org.jspecify.annotations.Nullable [] inAdvance;

  private AgreementFacts(LocalAreaAgreement agreement, int baselineYears) {
    this.agreement = agreement;
    this.table = agreement.allocationTable();
    this.window = baselineYears;
    this.span = baselineYears + agreement.years().size();
    this.total = new long[span];
    this.totalInAgreement = new long[span];
    this.count = new int[span];
    this.countInAgreement = new int[span];
  }

  /**
   * Computes the facts of {@code agreement} with a baseline window of {@code baselineYears} years,
   * computing the {@code aggregates} groups in the same pass.
   *
   * @throws IllegalArgumentException if {@code baselineYears} is not between 1 and 50
   */
  public static AgreementFacts of(LocalAreaAgreement agreement, int baselineYears, Set<Aggregate> aggregates) {
    if (baselineYears < 1 || baselineYears > 50) {
      throw new IllegalArgumentException("baselineYears must be between 1 and 50 but was: " + baselineYears);
    }
    AgreementFacts f = new AgreementFacts(agreement, baselineYears);
    f.compute(aggregates.isEmpty() ? EnumSet.noneOf(Aggregate.class) : EnumSet.copyOf(aggregates), true);
    return f;
  }

  /** Computes the facts of {@code agreement} with a one-year baseline and every group. */
  public static AgreementFacts of(LocalAreaAgreement agreement) {
    return of(agreement, 1, EnumSet.allOf(Aggregate.class));
  }

  /** One pass over the table, filling the base totals (if {@code base}) and the requested groups. */
  private void compute(EnumSet<Aggregate> groups, boolean base) {
    boolean streams = groups.contains(Aggregate.STREAMS);
    boolean purposes = groups.contains(Aggregate.PURPOSES);
    boolean bands = groups.contains(Aggregate.BANDS);
    boolean bodies = groups.contains(Aggregate.BODIES);
    boolean terms = groups.contains(Aggregate.TERMS);
    int streamRows = table.streamCount() + 1;
    if (streams) {
      stream = new long[streamRows * span];
    }
    if (purposes) {
      purpose = new long[PURPOSES * span];
      outcomeDelivery = new long[span];
    }
    if (bands) {
      band = new long[BANDS * span];
      community = new long[span];
      grantsToMicroOrSmall = new long[span];
    }
    if (bodies) {
      bodyInAgreement = new long[table.bodyCount()];
      bodyInBaseline = new long[table.bodyCount()];
    }
    if (terms) {
      longTerm = new long[span];
      fullCost = new long[span];
      inAdvance = new long[span];
    }
    long[] st = streams ? stream : null;
    long[] pu = purposes ? purpose : null;
    long[] od = purposes ? outcomeDelivery : null;
    long[] ba = bands ? band : null;
    long[] co = bands ? community : null;
    long[] gm = bands ? grantsToMicroOrSmall : null;
    long[] bi = bodies ? bodyInAgreement : null;
    long[] bb = bodies ? bodyInBaseline : null;
    long[] lt = terms ? longTerm : null;
    long[] fc = terms ? fullCost : null;
    long[] ia = terms ? inAdvance : null;
    int n = table.size();
    for (int row = 0; row < n; row++) {
      int y = table.yearOffset(row) + window;
      if (y < 0 || y >= span) {
        continue;
      }
      long p = table.pence(row);
      boolean inAgreement = table.inAgreement(row);
      if (base) {
        total[y] += p;
        count[y]++;
        if (inAgreement) {
          totalInAgreement[y] += p;
          countInAgreement[y]++;
        }
      }
      if (st != null) {
        st[(table.streamIndex(row) + 1) * span + y] += p;
      }
      if (pu != null && od != null) {
        int purposeOrdinal = table.purposeOrdinal(row);
        pu[purposeOrdinal * span + y] += p;
        if (purposeOrdinal == SERVICE_DELIVERY && (inAgreement || table.outcomeIndex(row) >= 0)) {
          od[y] += p;
        }
      }
      if (ba != null && co != null && gm != null) {
        int b = table.bodyIndex(row);
        int bandOrdinal = table.bodyBandOrdinal(b);
        ba[bandOrdinal * span + y] += p;
        if (table.bodyCommunityBased(b)) {
          co[y] += p;
        }
        if (table.purposeOrdinal(row) == SMALL_GRANTS && bandOrdinal <= SizeBand.SMALL.ordinal()) {
          gm[y] += p;
        }
      }
      if (bi != null && bb != null) {
        if (y >= window) {
          bi[table.bodyIndex(row)] += p;
        } else {
          bb[table.bodyIndex(row)] += p;
        }
      }
      if (lt != null && fc != null && ia != null) {
        if (table.termYears(row) >= LONG_TERM_YEARS) {
          lt[y] += p;
        }
        if (table.fullCostRecovery(row)) {
          fc[y] += p;
        }
        if (table.paidInAdvance(row)) {
          ia[y] += p;
        }
      }
    }
  }

  /** Computes {@code group} in a pass of its own, if the policy's rules did not declare it. */
  private void ensure(long @org.jspecify.annotations.Nullable [] array, Aggregate group) {
    if (array == null) {
      compute(EnumSet.of(group), false);
    }
  }

  /** The value at year {@code yearOffset} of row {@code row} of a year-by-row array. */
  private long at(long @org.jspecify.annotations.Nullable [] values, int row, int yearOffset) {
    int i = index(yearOffset);
    return values == null || i < 0 ? 0 : values[row * span + i];
  }

  private int index(int yearOffset) {
    int y = yearOffset + window;
    return y < 0 || y >= span ? -1 : y;
  }


  /** The agreement. */
  public LocalAreaAgreement agreement() {
    return agreement;
  }

  /** The agreement's allocation table. */
  public AllocationTable table() {
    return table;
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
    return at(total, 0, yearOffset);
  }

  /** Total VCS money in {@code year}, from all sources. */
  public Money total(FinancialYear year) {
    return Money.ofPence(total(agreement.firstYear().yearsUntil(year)));
  }

  /** Total VCS money in the year from streams in the agreement, in pence. */
  public long totalInAgreementStreams(int yearOffset) {
    return at(totalInAgreement, 0, yearOffset);
  }

  /** The number of allocations in the year. */
  public int count(int yearOffset) {
    int i = index(yearOffset);
    return i < 0 ? 0 : count[i];
  }

  /** The number of allocations in the year from streams in the agreement. */
  public int countInAgreementStreams(int yearOffset) {
    int i = index(yearOffset);
    return i < 0 ? 0 : countInAgreement[i];
  }

  /**
   * VCS money in the year from the stream at {@code streamIndex} in {@link
   * LocalAreaAgreement#streams()}, or from other council funds for {@code -1}, in pence.
   */
  public long stream(int streamIndex, int yearOffset) {
    ensure(stream, Aggregate.STREAMS);
    return at(stream, streamIndex + 1, yearOffset);
  }

  /** VCS money in the year for {@code purpose}, in pence. */
  public long purpose(Purpose purpose, int yearOffset) {
    ensure(this.purpose, Aggregate.PURPOSES);
    return at(this.purpose, purpose.ordinal(), yearOffset);
  }

  /**
   * Service-delivery money in the year towards LAA outcomes: allocations for {@link
   * Purpose#SERVICE_DELIVERY} that name an outcome or come from a stream in the agreement, in pence.
   */
  public long outcomeDelivery(int yearOffset) {
    ensure(outcomeDelivery, Aggregate.PURPOSES);
    return at(outcomeDelivery, 0, yearOffset);
  }

  /** VCS money in the year to bodies of size band {@code band}, in pence. */
  public long band(SizeBand band, int yearOffset) {
    ensure(this.band, Aggregate.BANDS);
    return at(this.band, band.ordinal(), yearOffset);
  }

  /** VCS money in the year to micro and small bodies, in pence. */
  public long microOrSmall(int yearOffset) {
    return band(SizeBand.MICRO, yearOffset) + band(SizeBand.SMALL, yearOffset);
  }

  /** VCS money in the year to community-based bodies, in pence. */
  public long communityBased(int yearOffset) {
    ensure(community, Aggregate.BANDS);
    return at(community, 0, yearOffset);
  }

  /** Small grants ({@link Purpose#SMALL_GRANTS}) in the year to micro and small bodies, in pence. */
  public long smallGrantsToMicroOrSmall(int yearOffset) {
    ensure(grantsToMicroOrSmall, Aggregate.BANDS);
    return at(grantsToMicroOrSmall, 0, yearOffset);
  }

  /** VCS money to the body at {@code bodyIndex} over the agreement's years, in pence. */
  public long bodyInAgreement(int bodyIndex) {
    ensure(bodyInAgreement, Aggregate.BODIES);
    long[] s = bodyInAgreement;
    return s == null ? 0 : s[bodyIndex];
  }

  /** VCS money to the body at {@code bodyIndex} over the baseline window, in pence. */
  public long bodyInBaseline(int bodyIndex) {
    ensure(bodyInBaseline, Aggregate.BODIES);
    long[] s = bodyInBaseline;
    return s == null ? 0 : s[bodyIndex];
  }

  /** VCS money in the year on terms of three years or more, in pence. */
  public long longTerm(int yearOffset) {
    ensure(longTerm, Aggregate.TERMS);
    return at(longTerm, 0, yearOffset);
  }

  /** VCS money in the year at full cost recovery, in pence. */
  public long fullCost(int yearOffset) {
    ensure(fullCost, Aggregate.TERMS);
    return at(fullCost, 0, yearOffset);
  }

  /** VCS money in the year paid in advance, in pence. */
  public long inAdvance(int yearOffset) {
    ensure(inAdvance, Aggregate.TERMS);
    return at(inAdvance, 0, yearOffset);
  }
}
