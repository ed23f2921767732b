package io.github.laa.scoring.lvsc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.math.BigIntegerMath;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Purpose;
import io.github.laa.core.SmallGrantsProgramme;
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
import java.util.List;
import java.util.Optional;

/**
 * Recommendation R3, second part: resources should support a small grants programme as part of LAA
 * capacity building ({@link Lvsc2006#SMALL_GRANTS}).
 *
 * <p>Only programmes marked as part of capacity building count. {@link Verdict#FAIL} if there is
 * none (score 0), or none has a budget in any year of the agreement (score 20). Otherwise each of
 * these is a warning:
 *
 * <ul>
 *   <li>a year of the agreement without budget;
 *   <li>a programme whose maximum grant is above {@link #GRANT_CEILING} (default £5,000);
 *   <li>a programme whose eligibility income cap is above {@link #INCOME_CAP_LIMIT} (default
 *       £100,000, the top of the NCVO small band);
 *   <li>a year whose budget is below {@link #MIN_BUDGET_SHARE} of the year's VCS money (default 0%:
 *       off);
 *   <li>small grants recorded ({@link Purpose#SMALL_GRANTS} allocations in the agreement years) of
 *       which less than {@link #MIN_MICRO_SMALL_SHARE} (default 50%) reached micro or small bodies.
 * </ul>
 *
 * <p>No warning: {@link Verdict#PASS} (score 100); warnings: {@link Verdict#WARN}, score {@code 100
 * − 10 × warnings} within the band. Evidence lists every check with its figure and verdict.
 */
@Reads({Aggregate.PURPOSES, Aggregate.BANDS})
public final class SmallGrantsRule extends BuiltInRule {
  /** The largest maximum grant that is still a small grant (default £5,000). */
  public static final Parameter<Money> GRANT_CEILING =
      Parameter.of(
          Lvsc2006.SMALL_GRANTS,
          "grantCeiling",
          "largest maximum grant of a small grants programme",
          Money.class,
          Money.ofPounds(5_000),
          ParameterChecks::notNegative);

  /** The highest income cap for applicants (default £100,000: micro and small bodies). */
  public static final Parameter<Money> INCOME_CAP_LIMIT =
      Parameter.of(
          Lvsc2006.SMALL_GRANTS,
          "incomeCapLimit",
          "highest applicant income cap",
          Money.class,
          Money.ofPounds(100_000),
          ParameterChecks::notNegative);

  /** The least budget, as a share of the year's VCS money (default 0%: off). */
  public static final Parameter<Percentage> MIN_BUDGET_SHARE =
      Parameter.of(
          Lvsc2006.SMALL_GRANTS,
          "minBudgetShare",
          "least budget as a share of the year's VCS money",
          Percentage.class,
          Percentage.ZERO,
          ParameterChecks::zeroToHundred);

  /**
   * The least share of recorded small grants that must reach micro or small bodies (default 50%).
   */
  public static final Parameter<Percentage> MIN_MICRO_SMALL_SHARE =
      Parameter.of(
          Lvsc2006.SMALL_GRANTS,
          "minMicroSmallShare",
          "least share of small grants reaching micro or small bodies",
          Percentage.class,
          Percentage.of(50),
          ParameterChecks::zeroToHundred);

  /** Evidence: the number of small grants programmes. */
  public static final Key<Long> PROGRAMMES = Key.of("small grants programmes", Long.class);

  /** Evidence: the number of them that are part of capacity building. */
  public static final Key<Long> CAPACITY_BUILDING = Key.of("part of capacity building", Long.class);

  /** Evidence: the capacity-building budget of a year, with its check (about the year). */
  public static final Key<Money> BUDGET = Key.of("budget", Money.class);

  /** Evidence: a programme's maximum grant, with its check (about the programme's name). */
  public static final Key<Money> MAX_GRANT = Key.of("maximum grant", Money.class);

  /** Evidence: a programme's applicant income cap, with its check (about the programme's name). */
  public static final Key<Money> INCOME_CAP = Key.of("income cap", Money.class);

  /** Evidence: a year's budget as a share of its VCS money, with its check (about the year). */
  public static final Key<Percentage> BUDGET_SHARE =
      Key.of("budget share of VCS money", Percentage.class);

  /** Evidence: small grants recorded in the agreement years. */
  public static final Key<Money> GRANTS_RECORDED = Key.of("small grants recorded", Money.class);

  /** Evidence: recorded small grants that reached micro or small bodies. */
  public static final Key<Money> GRANTS_TO_MICRO_SMALL =
      Key.of("small grants to micro or small bodies", Money.class);

  /** Evidence: their share, with its check. */
  public static final Key<Percentage> MICRO_SMALL_SHARE =
      Key.of("share to micro or small bodies", Percentage.class);

  private static final ImmutableList<Parameter<?>> PARAMETERS =
      ImmutableList.of(GRANT_CEILING, INCOME_CAP_LIMIT, MIN_BUDGET_SHARE, MIN_MICRO_SMALL_SHARE);

  private static final Margin NEEDS_PROGRAMME =
      Margin.requirement(
          "The agreement needs a small grants programme that is part of its capacity building");
  private static final Margin NEEDS_BUDGET =
      Margin.requirement(
          "A capacity-building small grants programme needs a budget in a year of the agreement");
  private static final Margin NEEDS_EVERY_YEAR =
      Margin.requirement("The small grants budget needs money in every year of the agreement");

  private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

  /** The single instance (declared after the constants its constructor reads). */
  public static final SmallGrantsRule INSTANCE = new SmallGrantsRule();

  private SmallGrantsRule() {
    super(
        Lvsc2006.SMALL_GRANTS,
        "A small grants programme as part of capacity building",
        Recommendation.R3.cite(
            "resources should be made available to support a small grants programme as part of future"
                + " LAA capacity-building initiatives"),
        Severity.MUST,
        PARAMETERS,
        ImmutableList.of());
  }

  /** {@code PASS}, {@code WARN} or {@code FAIL}: this rule is never {@code NOT_ASSESSED}. */
  @Override
  public ImmutableSet<Verdict> possibleVerdicts(Parameters parameters) {
    return ASSESSED_VERDICTS;
  }

  /**
   * Lower ceilings and income-cap limits, and higher minimum shares, are stricter: each only adds
   * warnings.
   */
  @Override
  public Monotonicity monotonicity(Parameter<?> parameter) {
    if (parameter == GRANT_CEILING || parameter == INCOME_CAP_LIMIT) {
      return Monotonicity.STRICTER_WHEN_LOWERED;
    }
    if (parameter == MIN_BUDGET_SHARE || parameter == MIN_MICRO_SMALL_SHARE) {
      return Monotonicity.STRICTER_WHEN_RAISED;
    }
    return Monotonicity.UNKNOWN;
  }

  /**
   * For a higher ceiling or income-cap limit under {@code lenient}: the template with a programme
   * whose maximum grant (or income cap) is the lenient limit, the other within both.
   */
  @Override
  public Optional<LocalAreaAgreement> counterexample(Parameters lenient, Parameters strict) {
    Money ceiling = min(lenient.get(GRANT_CEILING), strict.get(GRANT_CEILING));
    Money cap = min(lenient.get(INCOME_CAP_LIMIT), strict.get(INCOME_CAP_LIMIT));
    if (lenient.get(GRANT_CEILING).isGreaterThan(strict.get(GRANT_CEILING))) {
      return Optional.of(Counterexamples.smallGrants(lenient.get(GRANT_CEILING), cap));
    }
    if (lenient.get(INCOME_CAP_LIMIT).isGreaterThan(strict.get(INCOME_CAP_LIMIT))) {
      return Optional.of(Counterexamples.smallGrants(ceiling, lenient.get(INCOME_CAP_LIMIT)));
    }
    return Optional.empty();
  }

  private static Money min(Money a, Money b) {
    return a.isGreaterThan(b) ? b : a;
  }

  @Override
  public Finding evaluate(RuleInput in) {
    AgreementFacts facts = in.facts();
    LocalAreaAgreement laa = facts.agreement();
    Finding.Builder f = in.finding();
    ImmutableList<SmallGrantsProgramme> capacity = capacityBuilding(laa.smallGrantsProgrammes());
    f.evidence(PROGRAMMES, (long) laa.smallGrantsProgrammes().size());
    f.evidence(CAPACITY_BUILDING, (long) capacity.size());
    if (capacity.isEmpty()) {
      return f.verdict(Verdict.FAIL).score(0).margin(NEEDS_PROGRAMME).build();
    }
    ImmutableList<FinancialYear> years = laa.years();
    long[] budget = new long[years.size()];
    boolean anyBudget = false;
    for (int y = 0; y < budget.length; y++) {
      for (SmallGrantsProgramme g : capacity) {
        budget[y] += g.budget(years.get(y)).pence();
      }
      anyBudget |= budget[y] > 0;
    }
    if (!anyBudget) {
      years.forEach(year -> f.check(BUDGET, year, Money.ZERO, Verdict.FAIL));
      return f.verdict(Verdict.FAIL).score(20).margin(NEEDS_BUDGET).build();
    }

    // Every check that warns offers its margin; the finding's is the first one's.
    int warnings = 0;
    for (int y = 0; y < budget.length; y++) {
      boolean none = budget[y] == 0;
      f.check(BUDGET, years.get(y), Money.ofPence(budget[y]), none ? Verdict.WARN : Verdict.PASS);
      if (none) {
        warnings++;
        f.marginFor(Verdict.WARN, NEEDS_EVERY_YEAR);
      }
    }
    warnings += programmeLimits(f, capacity, in.get(GRANT_CEILING), in.get(INCOME_CAP_LIMIT));
    warnings += budgetShares(f, facts, budget, in.get(MIN_BUDGET_SHARE).basisPoints());
    warnings += microOrSmallShare(f, facts, in.get(MIN_MICRO_SMALL_SHARE).basisPoints());
    if (warnings > 0) {
      return f.verdict(Verdict.WARN).score(100 - 10L * warnings).build();
    }
    closestToCeiling(capacity, in.get(GRANT_CEILING)).ifPresent(f::margin);
    return f.verdict(Verdict.PASS).score(100).build();
  }

  /** The programmes that are part of capacity building; no copy when all of them are. */
  private static ImmutableList<SmallGrantsProgramme> capacityBuilding(
      ImmutableList<SmallGrantsProgramme> all) {
    for (SmallGrantsProgramme g : all) {
      if (!g.capacityBuilding()) {
        ImmutableList.Builder<SmallGrantsProgramme> some = ImmutableList.builder();
        for (SmallGrantsProgramme h : all) {
          if (h.capacityBuilding()) {
            some.add(h);
          }
        }
        return some.build();
      }
    }
    return all;
  }

  /** Each programme's maximum grant and income cap against their limits; the warnings. */
  private static int programmeLimits(
      Finding.Builder f, List<SmallGrantsProgramme> capacity, Money ceiling, Money capLimit) {
    int warnings = 0;
    for (SmallGrantsProgramme g : capacity) {
      warnings +=
          atMost(f, MAX_GRANT, g, g.maxGrant(), ceiling, "Maximum grant", "to reach the ceiling");
      warnings +=
          atMost(f, INCOME_CAP, g, g.incomeCap(), capLimit, "Income cap", "to reach the limit");
    }
    return warnings;
  }

  /**
   * Checks that a programme's {@code value} is at most {@code limit}; if not, offers the fall that
   * reaches it as the margin. Returns 1 for a warning, else 0.
   */
  private static int atMost(
      Finding.Builder f,
      Key<Money> key,
      SmallGrantsProgramme g,
      Money value,
      Money limit,
      String subject,
      String goal) {
    boolean over = value.isGreaterThan(limit);
    f.check(key, g.name(), value, over ? Verdict.WARN : Verdict.PASS);
    if (!over) {
      return 0;
    }
    f.marginFor(
        Verdict.WARN,
        Margin.of(
            subject,
            g.name(),
            Margin.Direction.MUST_FALL,
            Margin.Amount.of(value.minus(limit)),
            goal));
    return 1;
  }

  /** For a pass: the programme whose maximum grant is closest to the ceiling, and its room. */
  private static Optional<Margin> closestToCeiling(
      List<SmallGrantsProgramme> capacity, Money ceiling) {
    SmallGrantsProgramme closest = null;
    long closestRoom = Long.MAX_VALUE;
    for (SmallGrantsProgramme g : capacity) {
      long room = ceiling.pence() - g.maxGrant().pence();
      if (room < closestRoom) {
        closest = g;
        closestRoom = room;
      }
    }
    if (closest == null) {
      return Optional.empty();
    }
    return Optional.of(
        Margin.of(
            "Maximum grant",
            closest.name(),
            Margin.Direction.COULD_RISE,
            Margin.Amount.of(Money.ofPence(closestRoom)),
            "before exceeding the ceiling"));
  }

  /** Each year's budget as a share of its VCS money, when a minimum share is set; the warnings. */
  private static int budgetShares(
      Finding.Builder f, AgreementFacts facts, long[] budget, long minShareBp) {
    if (minShareBp == 0) {
      return 0;
    }
    int warnings = 0;
    for (int y = 0; y < budget.length; y++) {
      long vcs = facts.total(y);
      if (vcs == 0) {
        continue;
      }
      FinancialYear year = facts.year(y);
      boolean low = Fractions.shareBelow(budget[y], vcs, minShareBp);
      // A share beyond the range of Percentage (a budget over 10^14 times the VCS money) is not
      // low.
      Fractions.percentage(budget[y], vcs)
          .ifPresent(p -> f.check(BUDGET_SHARE, year, p, low ? Verdict.WARN : Verdict.PASS));
      if (low) {
        warnings++;
        // The least budget b with b / vcs >= minShare: ceil(vcs × minShare) − budget.
        long needed =
            Fractions.saturated(
                BigIntegerMath.divide(
                    BigInteger.valueOf(vcs).multiply(BigInteger.valueOf(minShareBp)),
                    TEN_THOUSAND,
                    RoundingMode.CEILING));
        f.marginFor(
            Verdict.WARN,
            Margin.of(
                "The small grants budget",
                year,
                Margin.Direction.MUST_RISE,
                Margin.Amount.of(Money.ofPence(needed - budget[y])),
                "to reach the minimum share of VCS money"));
      }
    }
    return warnings;
  }

  /** Recorded small grants and the share of them reaching micro or small bodies; the warnings. */
  private static int microOrSmallShare(Finding.Builder f, AgreementFacts facts, long shareBp) {
    long recorded = 0;
    long toMicroSmall = 0;
    for (int y = 0; y < facts.agreement().years().size(); y++) {
      recorded += facts.purpose(Purpose.SMALL_GRANTS, y);
      toMicroSmall += facts.smallGrantsToMicroOrSmall(y);
    }
    f.evidence(GRANTS_RECORDED, Money.ofPence(recorded));
    if (recorded == 0) {
      return 0;
    }
    f.evidence(GRANTS_TO_MICRO_SMALL, Money.ofPence(toMicroSmall));
    boolean low = Fractions.shareBelow(toMicroSmall, recorded, shareBp);
    f.check(
        MICRO_SMALL_SHARE,
        Percentage.ratio(toMicroSmall, recorded),
        low ? Verdict.WARN : Verdict.PASS);
    if (!low) {
      return 0;
    }
    if (shareBp < 10_000) {
      // Extra grants x to micro or small bodies with (m + x) / (r + x) >= s:
      // x = ceil((s × r − m) / (1 − s)) = ceil((bp × r − 10,000 × m) / (10,000 − bp)).
      BigInteger numerator =
          BigInteger.valueOf(shareBp)
              .multiply(BigInteger.valueOf(recorded))
              .subtract(TEN_THOUSAND.multiply(BigInteger.valueOf(toMicroSmall)));
      long extra =
          Fractions.saturated(
              BigIntegerMath.divide(
                  numerator, BigInteger.valueOf(10_000 - shareBp), RoundingMode.CEILING));
      f.marginFor(
          Verdict.WARN,
          Margin.of(
              "Small grants to micro or small bodies",
              Margin.Direction.MUST_RISE,
              Margin.Amount.of(Money.ofPence(extra)),
              "to reach the minimum share"));
    }
    return 1;
  }
}
