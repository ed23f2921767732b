package io.github.laa.scoring.lvsc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.math.BigIntegerMath;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Purpose;
import io.github.laa.scoring.AgreementFacts;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Key;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.Monotonicity;
import io.github.laa.scoring.Parameter;
import io.github.laa.scoring.Parameters;
import io.github.laa.scoring.RuleInput;
import io.github.laa.scoring.Severity;
import io.github.laa.scoring.Verdict;
import io.github.laa.scoring.internal.Aggregate;
import io.github.laa.scoring.internal.Fractions;
import io.github.laa.scoring.internal.Reads;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Recommendation R5: support VCS organisations to set performance indicators and manage performance
 * measurement ({@link Lvsc2006#PERFORMANCE_CAPACITY}).
 *
 * <p>In every agreement year in which VCS bodies receive service-delivery money towards LAA
 * outcomes ({@link Purpose#SERVICE_DELIVERY} allocations that name an outcome or come from a stream
 * in the agreement), the agreement must fund {@link Purpose#PERFORMANCE_SUPPORT} to the VCS: a year
 * without it is a {@link Verdict#FAIL}. A year where it is below {@link #MIN_SHARE} of that year's
 * delivery money (default 1%) is a {@link Verdict#WARN}. Years without such delivery need nothing;
 * if no year has any, the rule passes.
 *
 * <p>Score, rounded down: {@link Verdict#PASS} 100; {@link Verdict#WARN} {@code 40 + ⌊29 × (lowest
 * share ÷ minimum share)⌋}; {@link Verdict#FAIL} {@code ⌊39 × (years funded ÷ years with
 * delivery)⌋}; each within its band. Margin (none for a pass): how much more performance support
 * the worst year — a year without any if there is one, else the year of the lowest share — needs to
 * reach the minimum share, {@code ⌈delivery × minimum share⌉ − support}, and at least £0.01.
 */
@Reads(Aggregate.PURPOSES)
public final class PerformanceCapacityRule extends BuiltInRule {
  /** The least performance support, as a share of the year's delivery money (default 1%). */
  public static final Parameter<Percentage> MIN_SHARE =
      Parameter.of(
          Lvsc2006.PERFORMANCE_CAPACITY,
          "minShare",
          "least performance support as a share of VCS delivery money",
          Percentage.class,
          Percentage.of(1),
          ParameterChecks::zeroToHundred);

  /** Evidence: a year's VCS service-delivery money towards LAA outcomes (about the year). */
  public static final Key<Money> DELIVERY = Key.of("delivery towards LAA outcomes", Money.class);

  /** Evidence: a year's performance support, with its check (about the year). */
  public static final Key<Money> SUPPORT = Key.of("performance support", Money.class);

  /** Evidence: support as a share of delivery, with its check (about the year). */
  public static final Key<Percentage> SHARE = Key.of("support share of delivery", Percentage.class);

  /** The single instance (declared after the constants its constructor reads). */
  public static final PerformanceCapacityRule INSTANCE = new PerformanceCapacityRule();

  private PerformanceCapacityRule() {
    super(
        Lvsc2006.PERFORMANCE_CAPACITY,
        "Performance-measurement support wherever the VCS delivers LAA outcomes",
        Recommendation.R5.cite(
            "There needs to be specific support and capacity building to help voluntary and community"
                + " organisations develop skills in setting appropriate performance indicators and"
                + " managing performance measurement"),
        Severity.SHOULD,
        ImmutableList.of(MIN_SHARE),
        ImmutableList.of());
  }

  /** {@code PASS}, {@code WARN} or {@code FAIL}: this rule is never {@code NOT_ASSESSED}. */
  @Override
  public ImmutableSet<Verdict> possibleVerdicts(Parameters parameters) {
    return ASSESSED_VERDICTS;
  }

  /** A higher minimum share is stricter. */
  @Override
  public Monotonicity monotonicity(Parameter<?> parameter) {
    return parameter == MIN_SHARE ? Monotonicity.STRICTER_WHEN_RAISED : Monotonicity.UNKNOWN;
  }

  @Override
  public Finding evaluate(RuleInput in) {
    AgreementFacts facts = in.facts();
    LocalAreaAgreement laa = facts.agreement();
    Finding.Builder f = in.finding();
    long minBp = in.get(MIN_SHARE).basisPoints();
    int needed = 0;
    int funded = 0;
    boolean low = false;
    // The worst year: unfunded first, else the lowest share (support × 10,000 ÷ delivery).
    int worst = -1;
    long worstSupport = 0;
    long worstDelivery = 0;
    for (int y = 0; y < laa.years().size(); y++) {
      FinancialYear year = laa.years().get(y);
      long delivery = facts.outcomeDelivery(y);
      long support = facts.purpose(Purpose.PERFORMANCE_SUPPORT, y);
      if (delivery == 0) {
        continue;
      }
      needed++;
      f.evidence(DELIVERY, year, Money.ofPence(delivery));
      boolean none = support == 0;
      f.check(SUPPORT, year, Money.ofPence(support), none ? Verdict.FAIL : Verdict.PASS);
      boolean below = Fractions.shareBelow(support, delivery, minBp);
      // A share beyond the range of Percentage (support over 10^14 times delivery) is not below.
      Verdict shareCheck = none ? Verdict.FAIL : below ? Verdict.WARN : Verdict.PASS;
      Fractions.percentage(support, delivery).ifPresent(p -> f.check(SHARE, year, p, shareCheck));
      if (!none) {
        funded++;
      }
      low |= below;
      if (worst < 0
          || Fractions.compareProducts(support, worstDelivery, worstSupport, delivery) < 0) {
        worst = y;
        worstSupport = support;
        worstDelivery = delivery;
      }
    }
    if (needed == 0) {
      return f.verdict(Verdict.PASS).score(100).build();
    }
    if (funded < needed) {
      f.verdict(Verdict.FAIL).score(39L * funded / needed);
    } else if (low) {
      // 40 + 29 × share / minimum share, share / min = support × 10,000 / (delivery × minBp).
      long scaled =
          BigInteger.valueOf(29)
              .multiply(BigInteger.valueOf(worstSupport))
              .multiply(BigInteger.valueOf(10_000))
              .divide(BigInteger.valueOf(worstDelivery).multiply(BigInteger.valueOf(minBp)))
              .longValueExact();
      f.verdict(Verdict.WARN).score(40 + scaled);
    } else {
      return f.verdict(Verdict.PASS).score(100).build();
    }
    // ceil(delivery × minBp / 10,000) − support
    long target =
        BigIntegerMath.divide(
                BigInteger.valueOf(worstDelivery).multiply(BigInteger.valueOf(minBp)),
                BigInteger.valueOf(10_000),
                RoundingMode.CEILING)
            .longValueExact();
    long rise = Math.max(1, target - worstSupport);
    f.margin(
        Margin.of(
            "Performance support",
            laa.years().get(worst),
            Margin.Direction.MUST_RISE,
            Margin.Amount.of(Money.ofPence(rise)),
            "to reach the minimum share of delivery money"));
    return f.build();
  }
}
