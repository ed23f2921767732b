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
import io.github.laa.scoring.DatedValue;
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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
 *
 * <p>{@link #GRANT_CEILING} is read by year ({@link io.github.laa.scoring.Parameter#byYear()}): a
 * programme's maximum grant is checked against the lowest ceiling in force in the agreement years
 * in which it has a budget (in all agreement years if it has a budget in none), so that a dated
 * ceiling applies to grants made from its year. When the ceiling has dated values, the evidence
 * shows the ceiling of every agreement year ({@link #CEILING}), the source of each dated one
 * ({@link #CEILING_SOURCE}) and the ceiling applied to each programme ({@link #CEILING_APPLIED});
 * without them the evidence is as before.
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
              ParameterChecks::notNegative)
          .byYear();

  /**
   * Evidence, only when {@link #GRANT_CEILING} has dated values: the ceiling in force in an
   * agreement year (about the year).
   */
  public static final Key<Money> CEILING = Key.of("ceiling", Money.class);

  /**
   * Evidence, only for a year in which a dated value of {@link #GRANT_CEILING} is in force: where
   * it comes from, e.g. {@code from 2008/09: Anytown Compact 2008: "§3 …"} (about the year).
   */
  public static final Key<String> CEILING_SOURCE = Key.of("ceiling source", String.class);

  /**
   * Evidence, only when {@link #GRANT_CEILING} has dated values: the ceiling a programme's maximum
   * grant is checked against, the lowest in the years it makes grants (about the programme's name).
   */
  public static final Key<Money> CEILING_APPLIED = Key.of("ceiling applied", Money.class);

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
    Money[] ceilings = ceilings(f, in, capacity, years);
    boolean dated = !in.datedValues(GRANT_CEILING).isEmpty();
    warnings += programmeLimits(f, capacity, ceilings, dated, in.get(INCOME_CAP_LIMIT));
    warnings += budgetShares(f, facts, budget, in.get(MIN_BUDGET_SHARE).basisPoints());
    warnings += microOrSmallShare(f, facts, in.get(MIN_MICRO_SMALL_SHARE).basisPoints());
    if (warnings > 0) {
      return f.verdict(Verdict.WARN).score(100 - 10L * warnings).build();
    }
    closestToCeiling(capacity, ceilings).ifPresent(f::margin);
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

  /**
   * The grant ceiling for each programme. Without dated values of {@link #GRANT_CEILING}, the
   * policy's one value, with no evidence. With them, the ceiling of every agreement year is
   * evidence (with its source when a dated value is in force), and a programme's ceiling is the
   * lowest of the years in which it has a budget (of all agreement years if it has a budget in
   * none): the ceiling in force when its grants are made.
   */
  private static Money[] ceilings(
      Finding.Builder f,
      RuleInput in,
      List<SmallGrantsProgramme> capacity,
      List<FinancialYear> years) {
    Money[] out = new Money[capacity.size()];
    if (in.datedValues(GRANT_CEILING).isEmpty()) {
      Arrays.fill(out, in.get(GRANT_CEILING));
      return out;
    }
    Money[] byYear = new Money[years.size()];
    for (int y = 0; y < byYear.length; y++) {
      FinancialYear year = years.get(y);
      Optional<DatedValue<Money>> inForce = in.datedValue(GRANT_CEILING, year);
      byYear[y] = inForce.isPresent() ? inForce.orElseThrow().value() : in.get(GRANT_CEILING);
      f.evidence(CEILING, year, byYear[y]);
      inForce.ifPresent(d -> f.evidence(CEILING_SOURCE, year, d.sourceText()));
    }
    for (int i = 0; i < out.length; i++) {
      SmallGrantsProgramme g = capacity.get(i);
      Money lowest = null;
      Money lowestOfAll = null;
      for (int y = 0; y < byYear.length; y++) {
        if (lowestOfAll == null || byYear[y].isLessThan(lowestOfAll)) {
          lowestOfAll = byYear[y];
        }
        if (g.budget(years.get(y)).pence() > 0
            && (lowest == null || byYear[y].isLessThan(lowest))) {
          lowest = byYear[y];
        }
      }
      out[i] = lowest != null ? lowest : Objects.requireNonNull(lowestOfAll);
    }
    return out;
  }

  /**
   * Each programme's maximum grant and income cap against their limits; the warnings. With a dated
   * ceiling, the ceiling applied to each programme is evidence too.
   */
  private static int programmeLimits(
      Finding.Builder f,
      List<SmallGrantsProgramme> capacity,
      Money[] ceilings,
      boolean dated,
      Money capLimit) {
    int warnings = 0;
    for (int i = 0; i < capacity.size(); i++) {
      SmallGrantsProgramme g = capacity.get(i);
      if (dated) {
        f.evidence(CEILING_APPLIED, g.name(), ceilings[i]);
      }
      warnings +=
          atMost(
              f, MAX_GRANT, g, g.maxGrant(), ceilings[i], "Maximum grant", "to reach the ceiling");
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
      List<SmallGrantsProgramme> capacity, Money[] ceilings) {
    SmallGrantsProgramme closest = null;
    long closestRoom = Long.MAX_VALUE;
    for (int i = 0; i < capacity.size(); i++) {
      SmallGrantsProgramme g = capacity.get(i);
      long room = ceilings[i].pence() - g.maxGrant().pence();
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
