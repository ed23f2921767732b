package io.github.laa.scoring;

import io.github.laa.core.Allocation;
import io.github.laa.core.Block;
import io.github.laa.core.BlockInvolvement;
import io.github.laa.core.CommissioningPractice;
import io.github.laa.core.DeflatorSeries;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.InfrastructureProfile;
import io.github.laa.core.Involvement;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Purpose;
import io.github.laa.core.SmallGrantsProgramme;
import io.github.laa.core.Stage;
import io.github.laa.core.VcsBody;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A deliberately plain second implementation of every rule, written from DESIGN.md §4 and the
 * rules' Javadoc, not from the engine: straight loops over the agreement's allocations, {@link
 * BigInteger} and {@link BigDecimal} arithmetic on pence, exact fractions compared by
 * cross-multiplying, and no {@code AgreementFacts}, {@code Fractions}, {@code Ranks} or other
 * engine helper. The differential properties score generated agreements with both and compare.
 *
 * <p>Where the Javadoc leaves a rounding open (a score "100 − 5 × the fall in points"), the
 * reference computes the exact value and the comparison allows one point either way; where it fixes
 * one (money half-even to the penny, shares in basis points as the evidence shows them), the
 * reference follows it exactly.
 */
final class ReferenceRules {
  private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** The margin must exist but has no amount (a requirement in words). */
  static final Object NO_AMOUNT = "(a requirement without an amount)";

  private ReferenceRules() {}

  /** What the reference expects of one finding. */
  record Expected(
      Verdict verdict,
      OptionalInt score,
      int scoreTolerance,
      Optional<Object> marginAmount,
      int warnings) {
    static Expected notAssessed() {
      return new Expected(Verdict.NOT_ASSESSED, OptionalInt.of(0), 0, Optional.empty(), 0);
    }

    static Expected of(Verdict verdict, long exactScore) {
      return new Expected(
          verdict, OptionalInt.of(clamp(verdict, exactScore)), 0, Optional.empty(), 0);
    }

    /** A score known only to within one point (the Javadoc does not fix its rounding). */
    static Expected roughly(Verdict verdict, BigDecimal score) {
      long rounded = score.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
      return new Expected(verdict, OptionalInt.of(clamp(verdict, rounded)), 1, Optional.empty(), 0);
    }

    Expected withMargin(Object amount) {
      return new Expected(verdict, score, scoreTolerance, Optional.of(amount), warnings);
    }

    Expected withWarnings(int n) {
      return new Expected(verdict, score, scoreTolerance, marginAmount, n);
    }
  }

  private static int clamp(Verdict v, long score) {
    return (int) Math.max(v.minScore(), Math.min(v.maxScore(), score));
  }

  /** Every parameter of every rule, with the LVSC 2006 defaults. */
  record Params(
      int baselineYears,
      int ratingThreshold,
      long sectorToleranceBp,
      long concentrationLimitBp,
      boolean realTerms,
      @Nullable DeflatorSeries deflator,
      boolean onlyAgreementStreams,
      boolean meanOfYears,
      long lossToleranceBp,
      long grantCeilingPence,
      long incomeCapLimitPence,
      long minBudgetShareBp,
      long minMicroSmallShareBp,
      InvolvementLevel minStrategic,
      long minPerformanceShareBp,
      List<Integer> commissioningWeights,
      int fullConsultationWeeks,
      int fullNoticeMonths,
      int passScore,
      int warnScore) {
    static Params defaults() {
      return new Params(
          1,
          2,
          0,
          5_000,
          false,
          null,
          false,
          false,
          0,
          500_000,
          10_000_000,
          0,
          5_000,
          InvolvementLevel.INVOLVED,
          100,
          List.of(20, 20, 20, 20, 20),
          12,
          3,
          70,
          40);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Plain helpers: loops over the agreement, nothing from the engine.

  private static BigInteger sum(LocalAreaAgreement laa, Predicate<Allocation> which) {
    BigInteger s = BigInteger.ZERO;
    for (Allocation a : laa.allocations()) {
      if (which.test(a)) {
        s = s.add(BigInteger.valueOf(a.amount().pence()));
      }
    }
    return s;
  }

  private static int count(LocalAreaAgreement laa, Predicate<Allocation> which) {
    int n = 0;
    for (Allocation a : laa.allocations()) {
      if (which.test(a)) {
        n++;
      }
    }
    return n;
  }

  private static boolean streamInAgreement(LocalAreaAgreement laa, Optional<String> stream) {
    if (stream.isEmpty()) {
      return false;
    }
    for (Block b : laa.blocks()) {
      for (String s : b.streams()) {
        if (s.equals(stream.get())) {
          return true;
        }
      }
    }
    return false;
  }

  private static VcsBody recipient(LocalAreaAgreement laa, Allocation a) {
    for (VcsBody b : laa.bodies()) {
      if (b.id().equals(a.recipient())) {
        return b;
      }
    }
    throw new AssertionError("no body " + a.recipient());
  }

  /** NCVO: micro below £10,000, small below £100,000 (DESIGN.md §3). */
  private static boolean microOrSmall(VcsBody b) {
    return b.income().pence() < 100_000_00L;
  }

  private static List<FinancialYear> baselineWindow(LocalAreaAgreement laa, int years) {
    List<FinancialYear> window = new ArrayList<>();
    for (int k = years; k >= 1; k--) {
      window.add(laa.firstYear().plusYears(-k));
    }
    return window;
  }

  private static boolean inAny(List<FinancialYear> years, FinancialYear y) {
    for (FinancialYear x : years) {
      if (x.equals(y)) {
        return true;
      }
    }
    return false;
  }

  /** {@code n ÷ d} rounded half-even to a whole number. */
  private static BigInteger halfEven(BigInteger n, BigInteger d) {
    return new BigDecimal(n)
        .divide(new BigDecimal(d), 0, RoundingMode.HALF_EVEN)
        .toBigIntegerExact();
  }

  /** {@code ⌈n ÷ d⌉} for positive {@code d}. */
  private static BigInteger ceil(BigInteger n, BigInteger d) {
    BigInteger[] qr = n.divideAndRemainder(d);
    return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
  }

  private static BigInteger big(long v) {
    return BigInteger.valueOf(v);
  }

  /** An amount beyond the range of {@link Money} is shown as the largest amount. */
  private static Money moneyUpToMax(BigInteger pence) {
    return money(pence.min(LONG_MAX));
  }

  private static Money money(BigInteger pence) {
    return Money.ofPence(pence.longValueExact());
  }

  // ---------------------------------------------------------------------------------------------
  // R1

  /**
   * Infrastructure funding per VCS body, half-even to the penny; null without profile or bodies.
   */
  static @Nullable BigInteger fundingPerBody(LocalAreaAgreement laa) {
    if (laa.infrastructure().isEmpty() || laa.bodies().isEmpty()) {
      return null;
    }
    return halfEven(
        big(laa.infrastructure().get().annualFunding().pence()), big(laa.bodies().size()));
  }

  /**
   * The quartile (1 = least funding per body) of {@code laa} in {@code cohort}: rank = 1 + the
   * number of areas with strictly less, quartile = ⌊4(rank − 1) ÷ n⌋ + 1 over the n areas that have
   * a figure. Null if {@code laa} has none.
   */
  static @Nullable Integer quartile(LocalAreaAgreement laa, List<LocalAreaAgreement> cohort) {
    BigInteger mine = fundingPerBody(laa);
    if (mine == null) {
      return null;
    }
    int n = 0;
    int less = 0;
    for (LocalAreaAgreement other : cohort) {
      BigInteger theirs = fundingPerBody(other);
      if (theirs != null) {
        n++;
        if (theirs.compareTo(mine) < 0) {
          less++;
        }
      }
    }
    return 4 * less / n + 1;
  }

  /** Whether R1 calls {@code laa}'s infrastructure weak (null cohort: scored alone). */
  static boolean weakInfrastructure(
      LocalAreaAgreement laa, Params p, @Nullable List<LocalAreaAgreement> cohort) {
    InfrastructureProfile profile = laa.infrastructure().orElseThrow();
    if (profile.qualityRating() <= p.ratingThreshold()) {
      return true;
    }
    if (cohort == null) {
      return false;
    }
    Integer q = quartile(laa, cohort);
    return q != null && q == 1;
  }

  static Expected infrastructure(
      LocalAreaAgreement laa, Params p, @Nullable List<LocalAreaAgreement> cohort) {
    if (laa.infrastructure().isEmpty()) {
      return Expected.notAssessed();
    }
    if (!weakInfrastructure(laa, p, cohort)) {
      return Expected.of(Verdict.PASS, 100);
    }
    List<FinancialYear> window = baselineWindow(laa, p.baselineYears());
    BigInteger before = BigInteger.ZERO;
    for (FinancialYear y : window) {
      if (count(laa, a -> a.year().equals(y)) == 0) {
        return Expected.notAssessed();
      }
      before =
          before.add(
              sum(laa, a -> a.year().equals(y) && a.purpose() == Purpose.INFRASTRUCTURE_SUPPORT));
    }
    BigInteger during =
        sum(
            laa,
            a -> laa.isAgreementYear(a.year()) && a.purpose() == Purpose.INFRASTRUCTURE_SUPPORT);
    // Both yearly means in whole pence, half-even, as the evidence shows them.
    BigInteger baseline = halfEven(before, big(window.size()));
    BigInteger mean = halfEven(during, big(laa.years().size()));
    if (mean.compareTo(baseline) > 0) {
      return Expected.of(Verdict.PASS, 100);
    }
    return Expected.of(Verdict.FAIL, 0)
        .withMargin(money(baseline.subtract(mean).add(BigInteger.ONE)));
  }

  /** Spearman's rho of paired values, average ranks for ties, straight from the definition. */
  static OptionalDouble spearman(List<long[]> pairs) {
    int n = pairs.size();
    if (n < 2) {
      return OptionalDouble.empty();
    }
    double[] rx = new double[n];
    double[] ry = new double[n];
    for (int i = 0; i < n; i++) {
      rx[i] = averageRank(pairs, i, 0);
      ry[i] = averageRank(pairs, i, 1);
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += rx[i] / n;
      my += ry[i] / n;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (rx[i] - mx) * (ry[i] - my);
      sxx += (rx[i] - mx) * (rx[i] - mx);
      syy += (ry[i] - my) * (ry[i] - my);
    }
    if (sxx < 1e-9 || syy < 1e-9) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(sxy / Math.sqrt(sxx * syy));
  }

  /** 1 + the number of values below, + half the number of other values equal. */
  private static double averageRank(List<long[]> pairs, int i, int side) {
    long v = pairs.get(i)[side];
    int below = 0;
    int equal = 0;
    for (int j = 0; j < pairs.size(); j++) {
      long w = pairs.get(j)[side];
      if (w < v) {
        below++;
      } else if (w == v && j != i) {
        equal++;
      }
    }
    return 1 + below + equal / 2.0;
  }

  // ---------------------------------------------------------------------------------------------
  // R2

  static Expected sectorDivision(LocalAreaAgreement laa, Params p) {
    List<FinancialYear> window = baselineWindow(laa, p.baselineYears());
    Predicate<Allocation> inBase = a -> inAny(window, a.year());
    Predicate<Allocation> inAgreement = a -> laa.isAgreementYear(a.year());
    BigInteger baseTotal = sum(laa, inBase);
    BigInteger agreeTotal = sum(laa, inAgreement);
    if (baseTotal.signum() == 0 || agreeTotal.signum() == 0) {
      return Expected.notAssessed();
    }
    BigInteger baseSmall = sum(laa, a -> inBase.test(a) && microOrSmall(recipient(laa, a)));
    BigInteger agreeSmall = sum(laa, a -> inAgreement.test(a) && microOrSmall(recipient(laa, a)));
    BigInteger baseCommunity = sum(laa, a -> inBase.test(a) && recipient(laa, a).communityBased());
    BigInteger agreeCommunity =
        sum(laa, a -> inAgreement.test(a) && recipient(laa, a).communityBased());

    // A fall in points, exactly: (baseShare − agreeShare) × 100.
    BigDecimal smallFall = pointsFall(baseSmall, baseTotal, agreeSmall, agreeTotal);
    BigDecimal communityFall = pointsFall(baseCommunity, baseTotal, agreeCommunity, agreeTotal);
    boolean smallFails =
        fallsBeyond(baseSmall, baseTotal, agreeSmall, agreeTotal, p.sectorToleranceBp());
    boolean communityFails =
        fallsBeyond(baseCommunity, baseTotal, agreeCommunity, agreeTotal, p.sectorToleranceBp());
    if (smallFails || communityFails) {
      BigDecimal worst = BigDecimal.ZERO;
      if (smallFails) {
        worst = worst.max(smallFall);
      }
      if (communityFails) {
        worst = worst.max(communityFall);
      }
      Expected e =
          Expected.roughly(
              Verdict.FAIL,
              BigDecimal.valueOf(100).subtract(worst.multiply(BigDecimal.valueOf(5))));
      Object margin =
          smallFails
              ? keepShare(baseSmall, baseTotal, agreeSmall, agreeTotal, p.sectorToleranceBp())
              : keepShare(
                  baseCommunity, baseTotal, agreeCommunity, agreeTotal, p.sectorToleranceBp());
      return e.withMargin(margin);
    }
    // The largest recipient over the agreement years; the first listed wins a tie.
    BigInteger largest = BigInteger.valueOf(-1);
    for (VcsBody b : laa.bodies()) {
      BigInteger got = sum(laa, a -> inAgreement.test(a) && a.recipient().equals(b.id()));
      if (got.compareTo(largest) > 0) {
        largest = got;
      }
    }
    boolean concentrated =
        largest.multiply(TEN_THOUSAND).compareTo(big(p.concentrationLimitBp()).multiply(agreeTotal))
            > 0;
    if (!concentrated) {
      return Expected.of(Verdict.PASS, 100);
    }
    BigDecimal sharePoints =
        new BigDecimal(largest.multiply(big(100)))
            .divide(new BigDecimal(agreeTotal), 20, RoundingMode.HALF_EVEN);
    BigDecimal over = sharePoints.subtract(BigDecimal.valueOf(p.concentrationLimitBp(), 2));
    // The least fall in basis points that reaches the limit: the excess rounded up to a basis
    // point.
    BigInteger overBp =
        ceil(
            largest
                .multiply(TEN_THOUSAND)
                .subtract(big(p.concentrationLimitBp()).multiply(agreeTotal)),
            agreeTotal);
    return Expected.roughly(Verdict.WARN, BigDecimal.valueOf(100).subtract(over))
        .withMargin(Percentage.ofBasisPoints(overBp.longValueExact()));
  }

  private static BigDecimal pointsFall(BigInteger a, BigInteger b, BigInteger c, BigInteger d) {
    BigDecimal before =
        new BigDecimal(a.multiply(big(100))).divide(new BigDecimal(b), 20, RoundingMode.HALF_EVEN);
    BigDecimal after =
        new BigDecimal(c.multiply(big(100))).divide(new BigDecimal(d), 20, RoundingMode.HALF_EVEN);
    return before.subtract(after);
  }

  /** Whether a/b − c/d > tol (in basis points), exactly. */
  private static boolean fallsBeyond(
      BigInteger a, BigInteger b, BigInteger c, BigInteger d, long tolBp) {
    // (a/b − c/d) × 10,000 > tol  ⇔  (a·d − c·b) × 10,000 > tol · b · d
    BigInteger lhs = a.multiply(d).subtract(c.multiply(b)).multiply(TEN_THOUSAND);
    return lhs.compareTo(big(tolBp).multiply(b).multiply(d)) > 0;
  }

  /**
   * The least whole-pence x with (m + x) ÷ (t + x) ≥ baseM ÷ baseT − tol, found from the exact
   * inequality; {@link #NO_AMOUNT} when no amount reaches it (the share must be 100 %).
   */
  private static Object keepShare(
      BigInteger baseM, BigInteger baseT, BigInteger m, BigInteger t, long tolBp) {
    // s = sn / sd with sn = 10,000·baseM − tol·baseT, sd = 10,000·baseT.
    BigInteger sn = TEN_THOUSAND.multiply(baseM).subtract(big(tolBp).multiply(baseT));
    BigInteger sd = TEN_THOUSAND.multiply(baseT);
    if (sn.compareTo(sd) >= 0) {
      return NO_AMOUNT;
    }
    // (m + x)·sd ≥ sn·(t + x)  ⇔  x·(sd − sn) ≥ sn·t − sd·m
    BigInteger x = ceil(sn.multiply(t).subtract(sd.multiply(m)), sd.subtract(sn));
    if (x.signum() < 0) {
      x = BigInteger.ZERO;
    }
    return Money.ofPence(x.min(LONG_MAX).longValueExact());
  }

  // ---------------------------------------------------------------------------------------------
  // R3a

  static Expected netResourceLoss(LocalAreaAgreement laa, Params p) {
    Predicate<Allocation> inScope =
        a -> !p.onlyAgreementStreams() || streamInAgreement(laa, a.stream());
    FinancialYear priceBase = laa.firstYear().previous();
    List<FinancialYear> window = baselineWindow(laa, p.baselineYears());
    BigInteger baseSum = BigInteger.ZERO;
    for (FinancialYear y : window) {
      if (count(laa, a -> a.year().equals(y) && inScope.test(a)) == 0) {
        return Expected.notAssessed();
      }
      BigInteger real =
          restate(sum(laa, a -> a.year().equals(y) && inScope.test(a)), y, priceBase, p);
      if (real == null) {
        return Expected.notAssessed();
      }
      baseSum = baseSum.add(real);
    }
    BigInteger baseline = halfEven(baseSum, big(window.size()));
    List<BigInteger> years = new ArrayList<>();
    for (FinancialYear y : laa.years()) {
      BigInteger real =
          restate(sum(laa, a -> a.year().equals(y) && inScope.test(a)), y, priceBase, p);
      if (real == null) {
        return Expected.notAssessed();
      }
      years.add(real);
    }
    BigInteger compared;
    if (p.meanOfYears()) {
      BigInteger all = BigInteger.ZERO;
      for (BigInteger v : years) {
        all = all.add(v);
      }
      compared = halfEven(all, big(years.size()));
    } else {
      compared = years.get(0);
      for (BigInteger v : years) {
        compared = compared.min(v);
      }
    }
    BigInteger loss = baseline.subtract(compared);
    if (loss.signum() <= 0) {
      return Expected.of(Verdict.PASS, 100).withMargin(money(compared.subtract(baseline)));
    }
    boolean withinTolerance =
        loss.multiply(TEN_THOUSAND).compareTo(big(p.lossToleranceBp()).multiply(baseline)) <= 0;
    Verdict v = withinTolerance ? Verdict.WARN : Verdict.FAIL;
    // 100 − 2 × loss%, the loss as a percentage of the baseline.
    BigDecimal lossPercent =
        new BigDecimal(loss.multiply(big(100)))
            .divide(new BigDecimal(baseline), 20, RoundingMode.HALF_EVEN);
    return Expected.roughly(
            v, BigDecimal.valueOf(100).subtract(lossPercent.multiply(BigDecimal.valueOf(2))))
        .withMargin(money(loss));
  }

  /**
   * Pence of year {@code y} in {@code base} prices, half-even to the penny; as is in cash terms;
   * null without an index for either year, or when the result is beyond the range of {@link Money}.
   */
  private static @Nullable BigInteger restate(
      BigInteger pence, FinancialYear y, FinancialYear base, Params p) {
    if (!p.realTerms()) {
      return pence;
    }
    DeflatorSeries d = Objects.requireNonNull(p.deflator());
    Optional<BigDecimal> from = d.index(y);
    Optional<BigDecimal> to = d.index(base);
    if (from.isEmpty() || to.isEmpty()) {
      return null;
    }
    BigInteger r =
        new BigDecimal(pence)
            .multiply(to.get())
            .divide(from.get(), 0, RoundingMode.HALF_EVEN)
            .toBigIntegerExact();
    return r.compareTo(LONG_MAX) > 0 ? null : r;
  }

  // ---------------------------------------------------------------------------------------------
  // R3b

  static Expected smallGrants(LocalAreaAgreement laa, Params p) {
    List<SmallGrantsProgramme> capacity = new ArrayList<>();
    for (SmallGrantsProgramme g : laa.smallGrantsProgrammes()) {
      if (g.capacityBuilding()) {
        capacity.add(g);
      }
    }
    if (capacity.isEmpty()) {
      return Expected.of(Verdict.FAIL, 0).withMargin(NO_AMOUNT);
    }
    List<BigInteger> budgets = new ArrayList<>();
    boolean any = false;
    for (FinancialYear y : laa.years()) {
      BigInteger budget = BigInteger.ZERO;
      for (SmallGrantsProgramme g : capacity) {
        Money m = g.budgets().get(y);
        if (m != null) {
          budget = budget.add(big(m.pence()));
        }
      }
      budgets.add(budget);
      any |= budget.signum() > 0;
    }
    if (!any) {
      return Expected.of(Verdict.FAIL, 20).withMargin(NO_AMOUNT);
    }
    // One margin per warning; null where the Javadoc leaves it open.
    List<@Nullable Object> margins = new ArrayList<>();
    for (BigInteger b : budgets) {
      if (b.signum() == 0) {
        margins.add(NO_AMOUNT);
      }
    }
    for (SmallGrantsProgramme g : capacity) {
      if (g.maxGrant().pence() > p.grantCeilingPence()) {
        margins.add(Money.ofPence(g.maxGrant().pence() - p.grantCeilingPence()));
      }
      if (g.incomeCap().pence() > p.incomeCapLimitPence()) {
        margins.add(Money.ofPence(g.incomeCap().pence() - p.incomeCapLimitPence()));
      }
    }
    if (p.minBudgetShareBp() > 0) {
      for (int i = 0; i < laa.years().size(); i++) {
        FinancialYear y = laa.years().get(i);
        BigInteger vcs = sum(laa, a -> a.year().equals(y));
        BigInteger budget = budgets.get(i);
        // budget ÷ vcs < minShare; a year without VCS money has no share to check.
        if (vcs.signum() > 0
            && budget.multiply(TEN_THOUSAND).compareTo(big(p.minBudgetShareBp()).multiply(vcs))
                < 0) {
          BigInteger needed = ceil(vcs.multiply(big(p.minBudgetShareBp())), TEN_THOUSAND);
          margins.add(money(needed.subtract(budget)));
        }
      }
    }
    BigInteger recorded =
        sum(laa, a -> a.purpose() == Purpose.SMALL_GRANTS && laa.isAgreementYear(a.year()));
    BigInteger toSmall =
        sum(
            laa,
            a ->
                a.purpose() == Purpose.SMALL_GRANTS
                    && laa.isAgreementYear(a.year())
                    && microOrSmall(recipient(laa, a)));
    long s = p.minMicroSmallShareBp();
    if (recorded.signum() > 0
        && toSmall.multiply(TEN_THOUSAND).compareTo(big(s).multiply(recorded)) < 0) {
      // (m + x) ÷ (r + x) ≥ s  ⇔  x ≥ (s·r − m) ÷ (1 − s); none when s is 100 %.
      margins.add(
          s >= 10_000
              ? null
              : moneyUpToMax(
                  ceil(
                      big(s).multiply(recorded).subtract(TEN_THOUSAND.multiply(toSmall)),
                      big(10_000 - s))));
    }
    int warnings = margins.size();
    if (warnings == 0) {
      return Expected.of(Verdict.PASS, 100);
    }
    Expected e = Expected.of(Verdict.WARN, 100 - 10L * warnings).withWarnings(warnings);
    // Which warning's margin the finding gives is not specified when there are several.
    Object only = warnings == 1 ? margins.get(0) : null;
    return only != null ? e.withMargin(only) : e;
  }

  // ---------------------------------------------------------------------------------------------
  // R4

  /** The level of {@code stage} in block {@code id}, found by a plain search. */
  private static @Nullable InvolvementLevel level(Involvement inv, String id, Stage stage) {
    for (BlockInvolvement b : inv.blocks()) {
      if (b.block().equals(id) && b.stage() == stage) {
        return b.level();
      }
    }
    return null;
  }

  private static final InvolvementLevel[] LADDER = {
    InvolvementLevel.NONE, InvolvementLevel.INFORMED, InvolvementLevel.CONSULTED,
    InvolvementLevel.INVOLVED, InvolvementLevel.PARTNER, InvolvementLevel.LEADING
  };

  /** The rung of a level: its place on DESIGN.md's ladder, counted by hand. */
  private static int rung(InvolvementLevel l) {
    for (int i = 0; i < LADDER.length; i++) {
      if (LADDER[i] == l) {
        return i;
      }
    }
    throw new AssertionError(l);
  }

  /** The ladder score, or empty when involvement or a block's design or delivery is unknown. */
  static OptionalInt ladderScore(LocalAreaAgreement laa) {
    if (laa.involvement().isEmpty()) {
      return OptionalInt.empty();
    }
    Involvement inv = laa.involvement().get();
    int rungs = rung(inv.strategic());
    int levels = 1;
    for (Block b : laa.blocks()) {
      for (Stage s : List.of(Stage.DESIGN, Stage.DELIVERY)) {
        InvolvementLevel l = level(inv, b.id(), s);
        if (l == null) {
          return OptionalInt.empty();
        }
        rungs += rung(l);
        levels++;
      }
    }
    return OptionalInt.of(halfEven(big(100L * rungs), big(5L * levels)).intValueExact());
  }

  static Expected involvement(LocalAreaAgreement laa, Params p) {
    OptionalInt ladder = ladderScore(laa);
    if (ladder.isEmpty()) {
      return Expected.notAssessed();
    }
    Involvement inv = laa.involvement().orElseThrow();
    List<Object> failures = new ArrayList<>();
    List<Object> warnings = new ArrayList<>();
    if (rung(inv.strategic()) < rung(p.minStrategic())) {
      failures.add(rungs(rung(p.minStrategic()) - rung(inv.strategic())));
    }
    for (Block b : laa.blocks()) {
      InvolvementLevel design = Objects.requireNonNull(level(inv, b.id(), Stage.DESIGN));
      InvolvementLevel delivery = Objects.requireNonNull(level(inv, b.id(), Stage.DELIVERY));
      if (design == InvolvementLevel.NONE) {
        failures.add(rungs(1));
      } else if (design == InvolvementLevel.INFORMED || design == InvolvementLevel.CONSULTED) {
        warnings.add(rungs(rung(InvolvementLevel.INVOLVED) - rung(design)));
      }
      if (delivery == InvolvementLevel.NONE) {
        failures.add(rungs(1));
      }
    }
    Verdict v =
        !failures.isEmpty() ? Verdict.FAIL : !warnings.isEmpty() ? Verdict.WARN : Verdict.PASS;
    Expected e = Expected.of(v, ladder.getAsInt());
    List<Object> margins = v == Verdict.FAIL ? failures : warnings;
    return margins.size() == 1 ? e.withMargin(margins.get(0)) : e;
  }

  private static String rungs(int n) {
    return n + (n == 1 ? " rung" : " rungs");
  }

  // ---------------------------------------------------------------------------------------------
  // R5

  static Expected performance(LocalAreaAgreement laa, Params p) {
    long min = p.minPerformanceShareBp();
    int needed = 0;
    int funded = 0;
    boolean below = false;
    @Nullable BigInteger worstSupport = null;
    @Nullable BigInteger worstDelivery = null;
    for (FinancialYear y : laa.years()) {
      BigInteger delivery =
          sum(
              laa,
              a ->
                  a.year().equals(y)
                      && a.purpose() == Purpose.SERVICE_DELIVERY
                      && (a.outcome().isPresent() || streamInAgreement(laa, a.stream())));
      BigInteger support =
          sum(laa, a -> a.year().equals(y) && a.purpose() == Purpose.PERFORMANCE_SUPPORT);
      if (delivery.signum() == 0) {
        continue;
      }
      needed++;
      if (support.signum() > 0) {
        funded++;
      }
      if (support.multiply(TEN_THOUSAND).compareTo(big(min).multiply(delivery)) < 0) {
        below = true;
      }
      // The worst year: the lowest share, the earliest of equals.
      if (worstSupport == null
          || support
                  .multiply(Objects.requireNonNull(worstDelivery))
                  .compareTo(worstSupport.multiply(delivery))
              < 0) {
        worstSupport = support;
        worstDelivery = delivery;
      }
    }
    if (needed == 0 || (funded == needed && !below)) {
      return Expected.of(Verdict.PASS, 100);
    }
    BigInteger ws = Objects.requireNonNull(worstSupport);
    BigInteger wd = Objects.requireNonNull(worstDelivery);
    BigInteger target = ceil(wd.multiply(big(min)), TEN_THOUSAND);
    // An unfunded year needs at least a penny to count as funded.
    Money rise = money(target.subtract(ws).max(BigInteger.ONE));
    if (funded < needed) {
      BigDecimal score =
          BigDecimal.valueOf(39L * funded)
              .divide(BigDecimal.valueOf(needed), 20, RoundingMode.HALF_EVEN);
      return Expected.roughly(Verdict.FAIL, score).withMargin(rise);
    }
    // 40 + 29 × lowest share ÷ minimum share
    BigDecimal ratio =
        new BigDecimal(ws.multiply(TEN_THOUSAND))
            .divide(new BigDecimal(wd.multiply(big(min))), 20, RoundingMode.HALF_EVEN);
    return Expected.roughly(
            Verdict.WARN, BigDecimal.valueOf(40).add(ratio.multiply(BigDecimal.valueOf(29))))
        .withMargin(rise);
  }

  // ---------------------------------------------------------------------------------------------
  // R6

  static Expected commissioning(LocalAreaAgreement laa, Params p) {
    OptionalInt raw = commissioningScore(laa, p);
    if (raw.isEmpty()) {
      return Expected.notAssessed();
    }
    int score = raw.getAsInt();
    Verdict v =
        score >= p.passScore()
            ? Verdict.PASS
            : score >= p.warnScore() ? Verdict.WARN : Verdict.FAIL;
    Expected e = Expected.of(v, score);
    if (v == Verdict.PASS) {
      return e;
    }
    int next = v == Verdict.WARN ? p.passScore() : p.warnScore();
    return e.withMargin(next - score == 1 ? "1 point" : (next - score) + " points");
  }

  /**
   * The commissioning score 0–100 before it is put in its verdict's band; empty if not assessed.
   */
  static OptionalInt commissioningScore(LocalAreaAgreement laa, Params p) {
    if (laa.commissioning().isEmpty()) {
      return OptionalInt.empty();
    }
    CommissioningPractice c = laa.commissioning().get();
    BigInteger money = sum(laa, a -> laa.isAgreementYear(a.year()));
    Percentage terms = share(c.threeYearTermsShare(), laa, a -> a.termYears() >= 3, money);
    Percentage cost = share(c.fullCostRecoveryShare(), laa, Allocation::fullCostRecovery, money);
    Percentage advance = share(c.paidInAdvanceShare(), laa, Allocation::paidInAdvance, money);
    if (terms == null
        || cost == null
        || advance == null
        || c.consultationWeeks().isEmpty()
        || c.noticeMonths().isEmpty()) {
      return OptionalInt.empty();
    }
    List<Integer> w = p.commissioningWeights();
    // Each fact as an exact fraction num/den of its full weight.
    BigInteger[][] fractions = {
      {big(terms.basisPoints()), TEN_THOUSAND},
      {big(cost.basisPoints()), TEN_THOUSAND},
      {big(advance.basisPoints()), TEN_THOUSAND},
      capped(c.consultationWeeks().getAsInt(), p.fullConsultationWeeks()),
      capped(c.noticeMonths().getAsInt(), p.fullNoticeMonths())
    };
    // score = 100 × Σ wᵢ·nᵢ/dᵢ ÷ Σ wᵢ, half-even, over a common denominator.
    BigInteger den = BigInteger.ONE;
    for (BigInteger[] f : fractions) {
      den = den.multiply(f[1]);
    }
    BigInteger num = BigInteger.ZERO;
    int weights = 0;
    for (int i = 0; i < 5; i++) {
      num = num.add(big(w.get(i)).multiply(fractions[i][0]).multiply(den.divide(fractions[i][1])));
      weights += w.get(i);
    }
    return OptionalInt.of(
        halfEven(num.multiply(big(100)), den.multiply(big(weights))).intValueExact());
  }

  /**
   * The given share, else money-weighted from the agreement years' allocations, in basis points.
   */
  private static @Nullable Percentage share(
      Optional<Percentage> given,
      LocalAreaAgreement laa,
      Predicate<Allocation> which,
      BigInteger money) {
    if (given.isPresent()) {
      return given.get();
    }
    if (money.signum() == 0) {
      return null;
    }
    BigInteger part = sum(laa, a -> laa.isAgreementYear(a.year()) && which.test(a));
    return Percentage.ofBasisPoints(halfEven(part.multiply(TEN_THOUSAND), money).longValueExact());
  }

  private static BigInteger[] capped(int value, int full) {
    return value >= full
        ? new BigInteger[] {BigInteger.ONE, BigInteger.ONE}
        : new BigInteger[] {big(value), big(full)};
  }

  // ---------------------------------------------------------------------------------------------

  /** Every rule's expectation, in the order of {@link io.github.laa.scoring.lvsc.Rules#all()}. */
  static List<Expected> all(
      LocalAreaAgreement laa, Params p, @Nullable List<LocalAreaAgreement> cohort) {
    return List.of(
        infrastructure(laa, p, cohort),
        sectorDivision(laa, p),
        netResourceLoss(laa, p),
        smallGrants(laa, p),
        involvement(laa, p),
        performance(laa, p),
        commissioning(laa, p));
  }
}
