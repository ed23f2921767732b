package io.github.laa.scoring.lvsc;

import com.google.common.collect.ImmutableList;
import com.google.common.math.BigIntegerMath;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.SizeBand;
import io.github.laa.scoring.AgreementFacts;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Key;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.Parameter;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.RuleInput;
import io.github.laa.scoring.Severity;
import io.github.laa.scoring.Verdict;
import io.github.laa.scoring.internal.Aggregate;
import io.github.laa.scoring.internal.Fractions;
import io.github.laa.scoring.internal.Reads;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Recommendation R2: an LAA must not widen the divide between larger VCS organisations and small
 * community-based ones ({@link Lvsc2006#SECTOR_DIVISION}).
 *
 * <p>Two shares of VCS money are compared between the baseline window ({@link
 * Policy#BASELINE_YEARS}) and the agreement's three years, each share being the money in the period
 * to those bodies divided by all VCS money in the period: the share reaching <b>micro and small</b>
 * bodies, and the share reaching <b>community-based</b> bodies. If either falls by more than {@link
 * #TOLERANCE} percentage points (default 0): {@link Verdict#FAIL}. Otherwise, if the largest
 * recipient took more than {@link #CONCENTRATION_LIMIT} (default 50%) of the agreement years' VCS
 * money: {@link Verdict#WARN}. Otherwise {@link Verdict#PASS}.
 *
 * <p>No VCS money in the baseline window, or in the agreement years: {@link Verdict#NOT_ASSESSED}.
 * Score, from the figures as the evidence shows them (whole basis points) and rounded down: {@code
 * 100 − ⌊5 × fallBp ÷ 100⌋} for the larger failing fall, or for a warning {@code 100 − ⌊(largest
 * share − limit in basis points) ÷ 100⌋}; within the verdict's band. Evidence: the shares of every
 * size band and of community-based bodies in both periods, and the largest recipient's share.
 * Margin: how much more money micro and small (or community-based) bodies need over the agreement
 * to keep their baseline share less the tolerance.
 */
@SuppressWarnings("EnumOrdinal") // totals by size band in arrays indexed by ordinal
@Reads({Aggregate.BANDS, Aggregate.BODIES})
public final class SectorDivisionRule extends BuiltInRule {
  /** The fall in a share, in percentage points, that is still accepted (default 0). */
  public static final Parameter<Percentage> TOLERANCE =
      Parameter.of(
          Lvsc2006.SECTOR_DIVISION,
          "tolerance",
          "fall in percentage points still accepted",
          Percentage.class,
          Percentage.ZERO,
          ParameterChecks::zeroToHundred);

  /** The largest share one recipient may take before a warning (default 50%). */
  public static final Parameter<Percentage> CONCENTRATION_LIMIT =
      Parameter.of(
          Lvsc2006.SECTOR_DIVISION,
          "concentrationLimit",
          "largest share of VCS money one recipient may take",
          Percentage.class,
          Percentage.of(50),
          ParameterChecks::zeroToHundred);

  /** Evidence: a size band's share in the baseline window (about the band's label). */
  public static final Key<Percentage> BASELINE_SHARE = Key.of("baseline share", Percentage.class);

  /** Evidence: a size band's share in the agreement years (about the band's label). */
  public static final Key<Percentage> AGREEMENT_SHARE = Key.of("agreement share", Percentage.class);

  /** Evidence: the micro-and-small share, baseline to agreement, with its check. */
  public static final Key<Percentage> MICRO_SMALL_CHANGE =
      Key.of("micro and small share, change in percentage points", Percentage.class);

  /** Evidence: the community-based share, baseline to agreement, with its check. */
  public static final Key<Percentage> COMMUNITY_CHANGE =
      Key.of("community-based share, change in percentage points", Percentage.class);

  /** Evidence: the largest recipient's share of the agreement years' money, with its check. */
  public static final Key<Percentage> LARGEST_SHARE =
      Key.of("largest recipient's share", Percentage.class);

  /** Label for community-based bodies in the share evidence. */
  public static final String COMMUNITY_BASED = "community-based";

  /** Label for micro and small bodies together in the share evidence. */
  public static final String MICRO_AND_SMALL = "micro and small";

  private static final ImmutableList<Parameter<?>> PARAMETERS =
      ImmutableList.of(Policy.BASELINE_YEARS, TOLERANCE, CONCENTRATION_LIMIT);

  /** The single instance (declared after the constants its constructor reads). */
  public static final SectorDivisionRule INSTANCE = new SectorDivisionRule();

  private SectorDivisionRule() {
    super(
        Lvsc2006.SECTOR_DIVISION,
        "No widening of the divide between large and small VCS bodies",
        Recommendation.R2.cite(
            "LAAs need to ensure they do not exacerbate the division between larger VCS organisations"
                + " and small community based organisations"),
        Severity.SHOULD,
        PARAMETERS,
        ImmutableList.of());
  }

  @Override
  public Finding evaluate(RuleInput in) {
    AgreementFacts facts = in.facts();
    LocalAreaAgreement laa = facts.agreement();
    Finding.Builder f = in.finding();
    int window = facts.baselineYears();
    int years = laa.years().size();
    long baseTotal = 0;
    long agreeTotal = 0;
    long[] baseBand = new long[SizeBand.values().length];
    long[] agreeBand = new long[SizeBand.values().length];
    long baseCommunity = 0;
    long agreeCommunity = 0;
    for (int y = -window; y < years; y++) {
      boolean baseline = y < 0;
      for (SizeBand b : SizeBand.values()) {
        long v = facts.band(b, y);
        if (baseline) {
          baseBand[b.ordinal()] += v;
        } else {
          agreeBand[b.ordinal()] += v;
        }
      }
      if (baseline) {
        baseTotal += facts.total(y);
        baseCommunity += facts.communityBased(y);
      } else {
        agreeTotal += facts.total(y);
        agreeCommunity += facts.communityBased(y);
      }
    }
    if (baseTotal == 0) {
      return f.notAssessed("VCS money in the baseline");
    }
    if (agreeTotal == 0) {
      return f.notAssessed("VCS money in the agreement years");
    }
    for (SizeBand b : SizeBand.values()) {
      f.evidence(BASELINE_SHARE, b.label(), Percentage.ratio(baseBand[b.ordinal()], baseTotal));
      f.evidence(AGREEMENT_SHARE, b.label(), Percentage.ratio(agreeBand[b.ordinal()], agreeTotal));
    }
    long baseSmall = baseBand[SizeBand.MICRO.ordinal()] + baseBand[SizeBand.SMALL.ordinal()];
    long agreeSmall = agreeBand[SizeBand.MICRO.ordinal()] + agreeBand[SizeBand.SMALL.ordinal()];
    f.evidence(BASELINE_SHARE, MICRO_AND_SMALL, Percentage.ratio(baseSmall, baseTotal));
    f.evidence(AGREEMENT_SHARE, MICRO_AND_SMALL, Percentage.ratio(agreeSmall, agreeTotal));
    f.evidence(BASELINE_SHARE, COMMUNITY_BASED, Percentage.ratio(baseCommunity, baseTotal));
    f.evidence(AGREEMENT_SHARE, COMMUNITY_BASED, Percentage.ratio(agreeCommunity, agreeTotal));

    long toleranceBp = in.get(TOLERANCE).basisPoints();
    boolean smallFalls = fallsBeyond(baseSmall, baseTotal, agreeSmall, agreeTotal, toleranceBp);
    boolean communityFalls =
        fallsBeyond(baseCommunity, baseTotal, agreeCommunity, agreeTotal, toleranceBp);
    long smallFallBp =
        fallBp(baseSmall, baseTotal, agreeSmall, agreeTotal, smallFalls, toleranceBp);
    long communityFallBp =
        fallBp(baseCommunity, baseTotal, agreeCommunity, agreeTotal, communityFalls, toleranceBp);
    f.check(
        MICRO_SMALL_CHANGE,
        Percentage.ofBasisPoints(-smallFallBp),
        smallFalls ? Verdict.FAIL : Verdict.PASS);
    f.check(
        COMMUNITY_CHANGE,
        Percentage.ofBasisPoints(-communityFallBp),
        communityFalls ? Verdict.FAIL : Verdict.PASS);

    int largest = -1;
    long largestAmount = -1;
    for (int b = 0; b < laa.bodies().size(); b++) {
      long v = facts.bodyInAgreement(b);
      if (v > largestAmount) {
        largest = b;
        largestAmount = v;
      }
    }
    long limitBp = in.get(CONCENTRATION_LIMIT).basisPoints();
    boolean concentrated =
        largest >= 0 && Fractions.compareProducts(largestAmount, 10_000, limitBp, agreeTotal) > 0;
    Percentage largestShare = Percentage.ratio(Math.max(0, largestAmount), agreeTotal);
    if (largest >= 0) {
      f.check(
          LARGEST_SHARE,
          laa.bodies().get(largest).name(),
          largestShare,
          concentrated ? Verdict.WARN : Verdict.PASS);
    }

    if (smallFalls || communityFalls) {
      long worstBp = Math.max(smallFalls ? smallFallBp : 0, communityFalls ? communityFallBp : 0);
      f.verdict(Verdict.FAIL).score(100 - 5 * worstBp / 100);
      if (smallFalls) {
        f.margin(
            keep(
                "Money to micro and small bodies over the agreement",
                baseSmall,
                baseTotal,
                agreeSmall,
                agreeTotal,
                toleranceBp));
      } else {
        f.margin(
            keep(
                "Money to community-based bodies over the agreement",
                baseCommunity,
                baseTotal,
                agreeCommunity,
                agreeTotal,
                toleranceBp));
      }
    } else if (concentrated) {
      long overBp = largestShare.basisPoints() - limitBp;
      f.verdict(Verdict.WARN).score(100 - overBp / 100);
      f.margin(
          Margin.of(
              "The largest recipient's share",
              Margin.Direction.MUST_FALL,
              Margin.Amount.percentagePoints(
                  Percentage.ofBasisPoints(fallToLimitBp(largestAmount, agreeTotal, limitBp))),
              "to reach the concentration limit"));
    } else {
      f.verdict(Verdict.PASS).score(100);
    }
    return f.build();
  }

  /** Whether {@code a/b − c/d > tolerance}, exactly: {@code (a·d − c·b) · 10,000 > tol · b · d}. */
  private static boolean fallsBeyond(long a, long b, long c, long d, long toleranceBp) {
    BigInteger fall =
        BigInteger.valueOf(a)
            .multiply(BigInteger.valueOf(d))
            .subtract(BigInteger.valueOf(c).multiply(BigInteger.valueOf(b)));
    return fall.multiply(BigInteger.valueOf(10_000))
            .compareTo(
                BigInteger.valueOf(toleranceBp)
                    .multiply(BigInteger.valueOf(b))
                    .multiply(BigInteger.valueOf(d)))
        > 0;
  }

  /**
   * The least fall, in whole basis points, that brings a share {@code part / whole} above {@code
   * limitBp} down to it: {@code ⌈(10,000·part − limitBp·whole) ÷ whole⌉}. Rounded up, not to the
   * nearest, so that falling by the margin does reach the limit.
   */
  private static long fallToLimitBp(long part, long whole, long limitBp) {
    BigInteger excess =
        BigInteger.valueOf(part)
            .multiply(BigInteger.valueOf(10_000))
            .subtract(BigInteger.valueOf(limitBp).multiply(BigInteger.valueOf(whole)));
    return BigIntegerMath.divide(excess, BigInteger.valueOf(whole), RoundingMode.CEILING)
        .longValueExact();
  }

  /**
   * The fall {@code a/b − c/d} in basis points (negative for a rise), from the exact fraction
   * {@code (a·d − c·b)·10,000 ÷ (b·d)} rounded half-even; a fall beyond the tolerance that rounds
   * to within it shows as the tolerance plus one basis point, so that the evidence never shows a
   * failing fall within the tolerance. (A fall within it never rounds beyond it: the tolerance is a
   * whole number of basis points.)
   */
  private static long fallBp(long a, long b, long c, long d, boolean beyond, long toleranceBp) {
    BigInteger num =
        BigInteger.valueOf(a)
            .multiply(BigInteger.valueOf(d))
            .subtract(BigInteger.valueOf(c).multiply(BigInteger.valueOf(b)))
            .multiply(BigInteger.valueOf(10_000));
    BigInteger den = BigInteger.valueOf(b).multiply(BigInteger.valueOf(d));
    long rounded =
        new BigDecimal(num).divide(new BigDecimal(den), 0, RoundingMode.HALF_EVEN).longValueExact();
    return beyond ? Math.max(rounded, toleranceBp + 1) : rounded;
  }

  /**
   * The extra money x to the protected bodies that restores their share to the baseline share less
   * the tolerance, s: {@code (m + x) / (t + x) >= s}, so {@code x = ceil((s·t − m) / (1 − s))}.
   */
  private static Margin keep(
      String subject, long baseM, long baseT, long m, long t, long toleranceBp) {
    // s = baseM / baseT − tol / 10,000 = (10,000·baseM − tol·baseT) / (10,000·baseT)
    BigInteger sNum =
        BigInteger.valueOf(10_000)
            .multiply(BigInteger.valueOf(baseM))
            .subtract(BigInteger.valueOf(toleranceBp).multiply(BigInteger.valueOf(baseT)));
    BigInteger sDen = BigInteger.valueOf(10_000).multiply(BigInteger.valueOf(baseT));
    if (sNum.compareTo(sDen) >= 0) {
      return Margin.requirement(subject + " must be all of the money to keep the baseline share");
    }
    // x = ceil((sNum·t − sDen·m) / (sDen − sNum))
    BigInteger num =
        sNum.multiply(BigInteger.valueOf(t)).subtract(sDen.multiply(BigInteger.valueOf(m)));
    BigInteger den = sDen.subtract(sNum);
    long pence = Fractions.saturated(BigIntegerMath.divide(num, den, RoundingMode.CEILING));
    return Margin.of(
        subject,
        Margin.Direction.MUST_RISE,
        Margin.Amount.of(Money.ofPence(pence)),
        "to keep the baseline share");
  }
}
