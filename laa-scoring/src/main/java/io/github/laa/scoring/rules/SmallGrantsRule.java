package io.github.laa.scoring.rules;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Purpose;
import io.github.laa.core.SmallGrantsProgramme;
import io.github.laa.scoring.Aggregate;
import io.github.laa.scoring.AgreementFacts;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.Parameter;
import io.github.laa.scoring.Recommendation;
import io.github.laa.scoring.RuleId;
import io.github.laa.scoring.RuleInput;
import io.github.laa.scoring.Severity;
import io.github.laa.scoring.Verdict;
import io.github.laa.scoring.internal.Fractions;
import java.math.BigInteger;
import java.util.EnumSet;
import org.jspecify.annotations.Nullable;

/**
 * Recommendation R3, second part: resources should support a small grants programme as part of LAA
 * capacity building ({@link RuleId#SMALL_GRANTS}).
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
public final class SmallGrantsRule extends BuiltInRule {
  /** The largest maximum grant that is still a small grant (default £5,000). */
  public static final Parameter<Money> GRANT_CEILING =
      Parameter.of(
          "SMALL_GRANTS.grantCeiling",
          "largest maximum grant of a small grants programme",
          Money.class,
          Money.ofPounds(5_000),
          Rules::notNegative);

  /** The highest income cap for applicants (default £100,000: micro and small bodies). */
  public static final Parameter<Money> INCOME_CAP_LIMIT =
      Parameter.of(
          "SMALL_GRANTS.incomeCapLimit",
          "highest applicant income cap",
          Money.class,
          Money.ofPounds(100_000),
          Rules::notNegative);

  /** The least budget, as a share of the year's VCS money (default 0%: off). */
  public static final Parameter<Percentage> MIN_BUDGET_SHARE =
      Parameter.of(
          "SMALL_GRANTS.minBudgetShare",
          "least budget as a share of the year's VCS money",
          Percentage.class,
          Percentage.ZERO,
          Rules::zeroToHundred);

  /**
   * The least share of recorded small grants that must reach micro or small bodies (default 50%).
   */
  public static final Parameter<Percentage> MIN_MICRO_SMALL_SHARE =
      Parameter.of(
          "SMALL_GRANTS.minMicroSmallShare",
          "least share of small grants reaching micro or small bodies",
          Percentage.class,
          Percentage.of(50),
          Rules::zeroToHundred);

  /** Evidence: the number of small grants programmes. */
  public static final String PROGRAMMES = "small grants programmes";

  /** Evidence: the number of them that are part of capacity building. */
  public static final String CAPACITY_BUILDING = "part of capacity building";

  /** Evidence: the capacity-building budget of a year, with its check (about the year). */
  public static final String BUDGET = "budget";

  /** Evidence: a programme's maximum grant, with its check (about the programme's name). */
  public static final String MAX_GRANT = "maximum grant";

  /** Evidence: a programme's applicant income cap, with its check (about the programme's name). */
  public static final String INCOME_CAP = "income cap";

  /** Evidence: a year's budget as a share of its VCS money, with its check (about the year). */
  public static final String BUDGET_SHARE = "budget share of VCS money";

  /** Evidence: small grants recorded in the agreement years. */
  public static final String GRANTS_RECORDED = "small grants recorded";

  /** Evidence: recorded small grants that reached micro or small bodies. */
  public static final String GRANTS_TO_MICRO_SMALL = "small grants to micro or small bodies";

  /** Evidence: their share, with its check. */
  public static final String MICRO_SMALL_SHARE = "share to micro or small bodies";

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

  /** The single instance (declared after the constants its constructor reads). */
  public static final SmallGrantsRule INSTANCE = new SmallGrantsRule();

  private SmallGrantsRule() {
    super(
        RuleId.SMALL_GRANTS,
        "A small grants programme as part of capacity building",
        Recommendation.R3,
        "resources should be made available to support a small grants programme as part of future"
            + " LAA capacity-building initiatives",
        Severity.MUST,
        PARAMETERS,
        EnumSet.of(Aggregate.PURPOSES, Aggregate.BANDS));
  }

  @Override
  public Finding evaluate(RuleInput in) {
    AgreementFacts facts = in.facts();
    LocalAreaAgreement laa = facts.agreement();
    Finding.Builder f = in.finding();
    ImmutableList<SmallGrantsProgramme> programmes = laa.smallGrantsProgrammes();
    int capacity = 0;
    for (SmallGrantsProgramme g : programmes) {
      if (g.capacityBuilding()) {
        capacity++;
      }
    }
    f.evidence(PROGRAMMES, (long) programmes.size());
    f.evidence(CAPACITY_BUILDING, (long) capacity);
    if (capacity == 0) {
      return f.verdict(Verdict.FAIL).score(0).margin(NEEDS_PROGRAMME).build();
    }

    int years = laa.years().size();
    long[] budget = new long[years];
    boolean anyBudget = false;
    for (int y = 0; y < years; y++) {
      FinancialYear year = laa.years().get(y);
      for (SmallGrantsProgramme g : programmes) {
        if (g.capacityBuilding()) {
          budget[y] += g.budget(year).pence();
        }
      }
      anyBudget |= budget[y] > 0;
    }
    if (!anyBudget) {
      for (int y = 0; y < years; y++) {
        f.check(BUDGET, laa.years().get(y), Money.ZERO, Verdict.FAIL);
      }
      return f.verdict(Verdict.FAIL).score(20).margin(NEEDS_BUDGET).build();
    }

    int warnings = 0;
    Margin first = null;
    for (int y = 0; y < years; y++) {
      boolean none = budget[y] == 0;
      f.check(
          BUDGET, laa.years().get(y), Money.ofPence(budget[y]), none ? Verdict.WARN : Verdict.PASS);
      if (none) {
        warnings++;
        first = first == null ? NEEDS_EVERY_YEAR : first;
      }
    }
    Money ceiling = in.get(GRANT_CEILING);
    Money capLimit = in.get(INCOME_CAP_LIMIT);
    Margin closest = null;
    long closestRoom = Long.MAX_VALUE;
    for (SmallGrantsProgramme g : programmes) {
      if (!g.capacityBuilding()) {
        continue;
      }
      boolean over = g.maxGrant().isGreaterThan(ceiling);
      f.check(MAX_GRANT, g.name(), g.maxGrant(), over ? Verdict.WARN : Verdict.PASS);
      if (over) {
        warnings++;
        first =
            first != null
                ? first
                : Margin.of(
                    "Maximum grant",
                    g.name(),
                    Margin.Direction.MUST_FALL,
                    g.maxGrant().minus(ceiling),
                    "to reach the ceiling");
      } else if (ceiling.pence() - g.maxGrant().pence() < closestRoom) {
        closestRoom = ceiling.pence() - g.maxGrant().pence();
        closest =
            Margin.of(
                "Maximum grant",
                g.name(),
                Margin.Direction.COULD_RISE,
                Money.ofPence(closestRoom),
                "before exceeding the ceiling");
      }
      boolean capOver = g.incomeCap().isGreaterThan(capLimit);
      f.check(INCOME_CAP, g.name(), g.incomeCap(), capOver ? Verdict.WARN : Verdict.PASS);
      if (capOver) {
        warnings++;
        first =
            first != null
                ? first
                : Margin.of(
                    "Income cap",
                    g.name(),
                    Margin.Direction.MUST_FALL,
                    g.incomeCap().minus(capLimit),
                    "to reach the limit");
      }
    }
    long minShareBp = in.get(MIN_BUDGET_SHARE).basisPoints();
    if (minShareBp > 0) {
      for (int y = 0; y < years; y++) {
        long vcs = facts.total(y);
        if (vcs == 0) {
          continue;
        }
        boolean low = Fractions.shareBelow(budget[y], vcs, minShareBp);
        // A share beyond the range of Percentage (a budget over 10^14 times the VCS money) is not
        // low.
        int year = y;
        Fractions.percentage(budget[y], vcs)
            .ifPresent(
                p ->
                    f.check(
                        BUDGET_SHARE, laa.years().get(year), p, low ? Verdict.WARN : Verdict.PASS));
        if (low) {
          warnings++;
          if (first == null) {
            // The least budget b with b / vcs >= minShare: ceil(vcs × minShare) − budget.
            long needed =
                ceilDiv(BigInteger.valueOf(vcs).multiply(BigInteger.valueOf(minShareBp)), 10_000);
            first =
                Margin.of(
                    "The small grants budget",
                    laa.years().get(y),
                    Margin.Direction.MUST_RISE,
                    Money.ofPence(needed - budget[y]),
                    "to reach the minimum share of VCS money");
          }
        }
      }
    }
    long recorded = 0;
    long toMicroSmall = 0;
    for (int y = 0; y < years; y++) {
      recorded += facts.purpose(Purpose.SMALL_GRANTS, y);
      toMicroSmall += facts.smallGrantsToMicroOrSmall(y);
    }
    f.evidence(GRANTS_RECORDED, Money.ofPence(recorded));
    if (recorded > 0) {
      f.evidence(GRANTS_TO_MICRO_SMALL, Money.ofPence(toMicroSmall));
      long shareBp = in.get(MIN_MICRO_SMALL_SHARE).basisPoints();
      boolean low = Fractions.shareBelow(toMicroSmall, recorded, shareBp);
      f.check(
          MICRO_SMALL_SHARE,
          null,
          Percentage.ratio(toMicroSmall, recorded),
          low ? Verdict.WARN : Verdict.PASS);
      if (low) {
        warnings++;
        if (first == null && shareBp < 10_000) {
          // Extra grants x to micro or small bodies with (m + x) / (r + x) >= s:
          // x = ceil((s × r − m) / (1 − s)) = ceil((bp × r − 10,000 × m) / (10,000 − bp)).
          BigInteger numerator =
              BigInteger.valueOf(shareBp)
                  .multiply(BigInteger.valueOf(recorded))
                  .subtract(BigInteger.valueOf(10_000).multiply(BigInteger.valueOf(toMicroSmall)));
          long extra = ceilDiv(numerator, 10_000 - shareBp);
          first =
              Margin.of(
                  "Small grants to micro or small bodies",
                  null,
                  Margin.Direction.MUST_RISE,
                  Money.ofPence(extra),
                  "to reach the minimum share");
        }
      }
    }
    if (warnings == 0) {
      f.verdict(Verdict.PASS).score(100);
      margin(f, closest);
    } else {
      f.verdict(Verdict.WARN).score(100 - 10L * warnings);
      margin(f, first);
    }
    return f.build();
  }

  /**
   * {@code ceil(n / d)} for non-negative {@code n} and positive {@code d}, saturating at {@link
   * Long#MAX_VALUE}.
   */
  private static long ceilDiv(BigInteger n, long d) {
    BigInteger[] qr = n.divideAndRemainder(BigInteger.valueOf(d));
    BigInteger q = qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    return q.bitLength() < 64 ? q.longValueExact() : Long.MAX_VALUE;
  }

  private static void margin(Finding.Builder f, @Nullable Margin m) {
    if (m != null) {
      f.margin(m);
    }
  }
}
