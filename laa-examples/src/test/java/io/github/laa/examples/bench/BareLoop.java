package io.github.laa.examples.bench;

import io.github.laa.core.Allocation;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Purpose;
import io.github.laa.core.SmallGrantsProgramme;
import io.github.laa.core.VcsBody;
import io.github.laa.scoring.Verdict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The limit: the two headline rules (default parameters, same meaning as {@link DroolsPeer}) as one
 * hand-written pass over primitive arrays prepared beforehand. It computes nothing but the two
 * verdicts: no evidence, no margin. No library code runs while it scores.
 *
 * <p>{@link #score()} is branch-free in the loop: every row adds its amount to its year's bucket
 * (years outside the window go to a bucket nobody reads) and, multiplied by 0 or 1, to the small
 * grants totals. Its time does not depend on the data or on how the JIT compiles it. {@link
 * #scoreBranchy()} is the obvious loop with a {@code switch} and an {@code if}: faster when the
 * branch predictor has learnt the data (one agreement scored over and over) and when the JIT picks
 * the better of two code shapes, slower otherwise. Both are measured; the targets use {@link
 * #score()}.
 *
 * <p>Not thread-safe in preparation; scoring only reads.
 */
public final class BareLoop {
  /** Money above these breaks the small grants checks (pence). */
  private static final long GRANT_CEILING = 5_000_00L;

  private static final long INCOME_CAP_LIMIT = 100_000_00L;

  /** The bucket of rows outside the baseline year and the agreement years. */
  private static final byte OTHER_YEAR = 4;

  /**
   * Per allocation: 0 the baseline year, 1 to 3 the agreement years, {@link #OTHER_YEAR} any other
   * year.
   */
  private final byte[] slot;

  private final long[] pence;

  /**
   * Per allocation: 1 a small grant in an agreement year to a medium or larger body, 2 to a micro
   * or small body, otherwise 0.
   */
  private final byte[] grant;

  /** Per capacity-building programme: its budget in each agreement year. */
  private final long[][] budgets;

  private final long[] maxGrant;
  private final long[] incomeCap;

  private BareLoop(
      byte[] slot,
      long[] pence,
      byte[] grant,
      long[][] budgets,
      long[] maxGrant,
      long[] incomeCap) {
    this.slot = slot;
    this.pence = pence;
    this.grant = grant;
    this.budgets = budgets;
    this.maxGrant = maxGrant;
    this.incomeCap = incomeCap;
  }

  /** Prepares the arrays of {@code laa} (not measured). */
  public static BareLoop of(LocalAreaAgreement laa) {
    Map<String, Boolean> microOrSmall = new HashMap<>();
    for (VcsBody b : laa.bodies()) {
      microOrSmall.put(b.id(), b.sizeBand().isMicroOrSmall());
    }
    List<Allocation> all = laa.allocations();
    int n = all.size();
    byte[] slot = new byte[n];
    long[] pence = new long[n];
    byte[] grant = new byte[n];
    int first = laa.firstYear().startYear();
    for (int i = 0; i < n; i++) {
      Allocation a = all.get(i);
      int offset = a.year().startYear() - first;
      slot[i] = offset >= -1 && offset <= 2 ? (byte) (offset + 1) : OTHER_YEAR;
      pence[i] = a.amount().pence();
      if (a.purpose() == Purpose.SMALL_GRANTS && offset >= 0 && offset <= 2) {
        grant[i] = (byte) (Boolean.TRUE.equals(microOrSmall.get(a.recipient())) ? 2 : 1);
      }
    }
    List<SmallGrantsProgramme> capacity =
        laa.smallGrantsProgrammes().stream()
            .filter(SmallGrantsProgramme::capacityBuilding)
            .toList();
    long[][] budgets = new long[capacity.size()][3];
    long[] maxGrant = new long[capacity.size()];
    long[] incomeCap = new long[capacity.size()];
    for (int g = 0; g < capacity.size(); g++) {
      SmallGrantsProgramme p = capacity.get(g);
      for (int y = 0; y < 3; y++) {
        FinancialYear year = laa.firstYear().plusYears(y);
        budgets[g][y] = p.budget(year).pence();
      }
      maxGrant[g] = p.maxGrant().pence();
      incomeCap[g] = p.incomeCap().pence();
    }
    return new BareLoop(slot, pence, grant, budgets, maxGrant, incomeCap);
  }

  /** Both verdicts, {@linkplain HeadlineVerdicts#pack packed} into an int; branch-free loop. */
  public int score() {
    long[] total = new long[5];
    int[] count = new int[5];
    long grants = 0;
    long grantsToMicroSmall = 0;
    byte[] slot = this.slot;
    long[] pence = this.pence;
    byte[] grant = this.grant;
    for (int i = 0; i < slot.length; i++) {
      long p = pence[i];
      int s = slot[i];
      int g = grant[i];
      total[s] += p;
      count[s]++;
      grants += p * ((g + 1) >> 1); // 0, 1, 1
      grantsToMicroSmall += p * (g >> 1); // 0, 0, 1
    }
    return verdicts(count[0], total[0], total[1], total[2], total[3], grants, grantsToMicroSmall);
  }

  /** The same with a {@code switch} on the year and an {@code if} on small grants. */
  public int scoreBranchy() {
    long base = 0;
    long y0 = 0;
    long y1 = 0;
    long y2 = 0;
    int baseCount = 0;
    long grants = 0;
    long grantsToMicroSmall = 0;
    byte[] slot = this.slot;
    long[] pence = this.pence;
    byte[] grant = this.grant;
    for (int i = 0; i < slot.length; i++) {
      long p = pence[i];
      switch (slot[i]) {
        case 0 -> {
          base += p;
          baseCount++;
        }
        case 1 -> y0 += p;
        case 2 -> y1 += p;
        case 3 -> y2 += p;
        default -> {
          // a year outside the window
        }
      }
      byte g = grant[i];
      if (g != 0) {
        grants += p;
        if (g == 2) {
          grantsToMicroSmall += p;
        }
      }
    }
    return verdicts(baseCount, base, y0, y1, y2, grants, grantsToMicroSmall);
  }

  private int verdicts(
      int baseCount, long base, long y0, long y1, long y2, long grants, long grantsToMicroSmall) {
    Verdict net;
    if (baseCount == 0) {
      net = Verdict.NOT_ASSESSED;
    } else {
      net = Math.min(y0, Math.min(y1, y2)) < base ? Verdict.FAIL : Verdict.PASS;
    }
    return HeadlineVerdicts.pack(net, smallGrants(grants, grantsToMicroSmall));
  }

  private Verdict smallGrants(long grants, long grantsToMicroSmall) {
    int programmes = maxGrant.length;
    if (programmes == 0) {
      return Verdict.FAIL;
    }
    int warnings = 0;
    boolean anyBudget = false;
    for (int y = 0; y < 3; y++) {
      long budget = 0;
      for (int g = 0; g < programmes; g++) {
        budget += budgets[g][y];
      }
      if (budget == 0) {
        warnings++;
      } else {
        anyBudget = true;
      }
    }
    if (!anyBudget) {
      return Verdict.FAIL;
    }
    for (int g = 0; g < programmes; g++) {
      if (maxGrant[g] > GRANT_CEILING) {
        warnings++;
      }
      if (incomeCap[g] > INCOME_CAP_LIMIT) {
        warnings++;
      }
    }
    if (grants > 0 && grantsToMicroSmall * 2 < grants) {
      warnings++;
    }
    return warnings == 0 ? Verdict.PASS : Verdict.WARN;
  }
}
