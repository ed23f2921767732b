package io.github.laa.scoring.lvsc;

import com.google.common.collect.ImmutableList;
import com.google.common.math.BigIntegerMath;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.SizeBand;
import io.github.laa.scoring.AgreementFacts;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Key;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.Monotonicity;
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
import java.util.function.ToLongFunction;

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
      Key.ofPercentagePoints("micro and small share, change in percentage points");

  /** Evidence: the community-based share, baseline to agreement, with its check. */
  public static final Key<Percentage> COMMUNITY_CHANGE =
      Key.ofPercentagePoints("community-based share, change in percentage points");

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

  /**
   * Lower tolerances and concentration limits are stricter; the baseline years have no order of
   * strictness.
   */
  @Override
  public Monotonicity monotonicity(Parameter<?> parameter) {
    return parameter == TOLERANCE || parameter == CONCENTRATION_LIMIT
        ? Monotonicity.STRICTER_WHEN_LOWERED
        : Monotonicity.UNORDERED;
  }

  @Override
  public Finding evaluate(RuleInput in) {
    AgreementFacts facts = in.facts();
    Finding.Builder f = in.finding();
    Period base = Period.of(facts, -facts.baselineYears(), 0);
    Period agreement = Period.of(facts, 0, facts.agreement().years().size());
    if (base.total() == 0) {
      return f.notAssessed("VCS money in the baseline");
    }
    if (agreement.total() == 0) {
      return f.notAssessed("VCS money in the agreement years");
    }
    for (SizeBand b : SizeBand.values()) {
      f.evidence(BASELINE_SHARE, b.label(), base.share(base.band(b)));
      f.evidence(AGREEMENT_SHARE, b.label(), agreement.share(agreement.band(b)));
    }
    f.evidence(BASELINE_SHARE, MICRO_AND_SMALL, base.share(base.microOrSmall()));
    f.evidence(AGREEMENT_SHARE, MICRO_AND_SMALL, agreement.share(agreement.microOrSmall()));
    f.evidence(BASELINE_SHARE, COMMUNITY_BASED, base.share(base.community()));
    f.evidence(AGREEMENT_SHARE, COMMUNITY_BASED, agreement.share(agreement.community()));

    // Neither share may fall by more than the tolerance.
    long toleranceBp = in.get(TOLERANCE).basisPoints();
    long small = fall(f, MICRO_SMALL_CHANGE, base, agreement, Period::microOrSmall, toleranceBp);
    long community = fall(f, COMMUNITY_CHANGE, base, agreement, Period::community, toleranceBp);
    if (small > 0) {
      f.marginFor(
          Verdict.FAIL,
          keep(
              "Money to micro and small bodies over the agreement",
              base,
              agreement,
              Period::microOrSmall,
              toleranceBp));
    }
    if (community > 0) {
      f.marginFor(
          Verdict.FAIL,
          keep(
              "Money to community-based bodies over the agreement",
              base,
              agreement,
              Period::community,
              toleranceBp));
    }

    // The largest recipient may take at most the concentration limit.
    int largest = -1;
    long largestAmount = -1;
    for (int b = 0; b < facts.agreement().bodies().size(); b++) {
      if (facts.bodyInAgreement(b) > largestAmount) {
        largest = b;
        largestAmount = facts.bodyInAgreement(b);
      }
    }
    long limitBp = in.get(CONCENTRATION_LIMIT).basisPoints();
    boolean concentrated =
        largest >= 0
            && Fractions.compareProducts(largestAmount, 10_000, limitBp, agreement.total()) > 0;
    Percentage largestShare = agreement.share(Math.max(0, largestAmount));
    if (largest >= 0) {
      f.check(
          LARGEST_SHARE,
          facts.agreement().bodies().get(largest).name(),
          largestShare,
          concentrated ? Verdict.WARN : Verdict.PASS);
    }

    if (small > 0 || community > 0) {
      return f.verdict(Verdict.FAIL).score(100 - 5 * Math.max(small, community) / 100).build();
    }
    if (concentrated) {
      long overBp = largestShare.basisPoints() - limitBp;
      return f.verdict(Verdict.WARN)
          .score(100 - overBp / 100)
          .margin(
              Margin.of(
                  "The largest recipient's share",
                  Margin.Direction.MUST_FALL,
                  Margin.Amount.percentagePoints(
                      Percentage.ofBasisPoints(
                          fallToLimitBp(largestAmount, agreement.total(), limitBp))),
                  "to reach the concentration limit"))
          .build();
    }
    return f.verdict(Verdict.PASS).score(100).build();
  }

  /** VCS money in a period (a range of year offsets): in all, by size band, community-based. */
  private record Period(long total, long[] bands, long community) {
    static Period of(AgreementFacts facts, int fromOffset, int toOffset) {
      long total = 0;
      long community = 0;
      long[] bands = new long[SizeBand.values().length];
      for (int y = fromOffset; y < toOffset; y++) {
        total += facts.total(y);
        community += facts.communityBased(y);
        for (SizeBand b : SizeBand.values()) {
          bands[b.ordinal()] += facts.band(b, y);
        }
      }
      return new Period(total, bands, community);
    }

    long band(SizeBand b) {
      return bands[b.ordinal()];
    }

    long microOrSmall() {
      return band(SizeBand.MICRO) + band(SizeBand.SMALL);
    }

    Percentage share(long part) {
      return Percentage.ratio(part, total);
    }
  }

  /**
   * Records the change, in percentage points, of the share {@code part} takes of each period's
   * money, with its check; returns the fall in basis points if it fails (beyond the tolerance),
   * else 0.
   */
  private static long fall(
      Finding.Builder f,
      Key<Percentage> key,
      Period base,
      Period agreement,
      ToLongFunction<Period> part,
      long toleranceBp) {
    long a = part.applyAsLong(base);
    long c = part.applyAsLong(agreement);
    boolean beyond = fallsBeyond(a, base.total(), c, agreement.total(), toleranceBp);
    long fallBp = fallBp(a, base.total(), c, agreement.total(), beyond, toleranceBp);
    f.check(key, Percentage.ofBasisPoints(-fallBp), beyond ? Verdict.FAIL : Verdict.PASS);
    return beyond ? fallBp : 0;
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
      String subject,
      Period base,
      Period agreement,
      ToLongFunction<Period> part,
      long toleranceBp) {
    long baseM = part.applyAsLong(base);
    long baseT = base.total();
    long m = part.applyAsLong(agreement);
    long t = agreement.total();
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
