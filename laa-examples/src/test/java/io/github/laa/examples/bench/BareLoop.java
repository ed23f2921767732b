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
 * verdicts: no evidence, no margin, no allocation. No library code runs in {@link #score()}.
 *
 * <p>Not thread-safe in preparation; {@link #score()} only reads.
 */
public final class BareLoop {
  /** Money above these breaks the small grants checks (pence). */
  private static final long GRANT_CEILING = 5_000_00L;

  private static final long INCOME_CAP_LIMIT = 100_000_00L;
  private static final long SMALL_BAND_TOP = 100_000_00L;

  /** Per allocation: 0 the baseline year, 1 to 3 the agreement years, -1 any other year. */
  private final byte[] slot;

  private final long[] pence;
  /** Per allocation: 0 not a small grant, 1 a small grant to a medium or larger body, 2 to a micro or small body. */
  private final byte[] grant;
  /** Per capacity-building programme: its budget in each agreement year. */
  private final long[][] budgets;

  private final long[] maxGrant;
  private final long[] incomeCap;

  private BareLoop(byte[] slot, long[] pence, byte[] grant, long[][] budgets, long[] maxGrant, long[] incomeCap) {
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
      microOrSmall.put(b.id(), b.income().pence() < SMALL_BAND_TOP);
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
      slot[i] = (byte) (offset >= -1 && offset <= 2 ? offset + 1 : -1);
      pence[i] = a.amount().pence();
      if (a.purpose() == Purpose.SMALL_GRANTS) {
        grant[i] = (byte) (Boolean.TRUE.equals(microOrSmall.get(a.recipient())) ? 2 : 1);
      }
    }
    List<SmallGrantsProgramme> capacity =
        laa.smallGrantsProgrammes().stream().filter(SmallGrantsProgramme::capacityBuilding).toList();
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

  /** Both verdicts, {@linkplain HeadlineVerdicts#pack packed} into an int. */
  public int score() {
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
          continue;
        }
        case 1 -> y0 += p;
        case 2 -> y1 += p;
        case 3 -> y2 += p;
        default -> {
          continue;
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
