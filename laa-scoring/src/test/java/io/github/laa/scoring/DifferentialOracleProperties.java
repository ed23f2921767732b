package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.laa.core.CommissioningPractice;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.ReferenceRules.Expected;
import io.github.laa.scoring.ReferenceRules.Params;
import io.github.laa.scoring.lvsc.CommissioningRule;
import io.github.laa.scoring.lvsc.Correlation;
import io.github.laa.scoring.lvsc.InfrastructureRule;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.TargetingEntry;
import io.github.laa.scoring.testing.LaaGenerators;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The differential oracle: every rule of the engine against {@link ReferenceRules}, an independent
 * plain implementation, on generated agreements and cohorts, under the default policy and under
 * random policies that vary every parameter. Verdicts must agree exactly; scores exactly where the
 * Javadoc fixes their rounding and within one point where it does not; margins exactly where the
 * reference can work them out.
 */
class DifferentialOracleProperties {
  private static final Policy LVSC = Lvsc2006.policy();
  private static final Params DEFAULTS = Params.defaults();
  private static final AtomicLong AGREEMENTS = new AtomicLong();
  private static final AtomicLong COMPARISONS = new AtomicLong();
  private static final AtomicLong COHORTS = new AtomicLong();

  @AfterAll
  static void report() {
    System.out.printf(
        "Differential oracle: %,d agreements scored by engine and reference, %,d rule findings compared, %,d cohorts%n",
        AGREEMENTS.get(), COMPARISONS.get(), COHORTS.get());
  }

  /**
   * QuickTheories can run slightly fewer examples than asked for (19,999 of 20,000 was seen); the
   * count actually run must be within 1 % of the figure asked for.
   */
  private static void ranAtLeast(AtomicLong ran, int asked) {
    assertThat(ran.get()).isGreaterThanOrEqualTo(asked - asked / 100);
  }

  /** Compares every finding of {@code card} with the reference, alone or in {@code cohort}. */
  static void compareAll(Scorecard card, Params params, @Nullable List<LocalAreaAgreement> cohort) {
    List<Expected> expected = ReferenceRules.all(card.agreement(), params, cohort);
    assertThat(card.findings()).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      compare(card.findings().get(i), expected.get(i));
    }
    AGREEMENTS.incrementAndGet();
  }

  /**
   * A margin's amount as the reference writes it: money and percentage points as values, score
   * points and rungs as their text ("2 points", "1 rung").
   */
  private static Object plain(Margin.Amount a) {
    if (a instanceof Margin.Amount.OfMoney m) {
      return m.money();
    }
    if (a instanceof Margin.Amount.OfPercentagePoints p) {
      return p.points();
    }
    return a.toString();
  }

  static void compare(Finding f, Expected e) {
    String rule = f.ruleId().value();
    assertThat(f.verdict()).as("%s verdict", rule).isEqualTo(e.verdict());
    if (e.score().isPresent()) {
      if (e.scoreTolerance() == 0) {
        assertThat(f.score()).as("%s score", rule).isEqualTo(e.score().getAsInt());
      } else {
        assertThat(f.score())
            .as("%s score", rule)
            .isCloseTo(e.score().getAsInt(), within(e.scoreTolerance()));
      }
    }
    if (e.marginAmount().isPresent()) {
      Object amount = e.marginAmount().get();
      assertThat(f.margin()).as("%s margin", rule).isPresent();
      if (amount == ReferenceRules.NO_AMOUNT) {
        assertThat(f.margin().orElseThrow().amount()).as("%s margin amount", rule).isEmpty();
      } else {
        assertThat(f.margin().orElseThrow().amount().map(DifferentialOracleProperties::plain))
            .as("%s margin amount", rule)
            .contains(amount);
      }
    }
    COMPARISONS.incrementAndGet();
  }

  @Test
  void everyRuleAgreesWithTheReferenceOnTenThousandGeneratedAgreements() {
    AtomicLong n = new AtomicLong();
    qt().withExamples(TestBudget.examples(10_000))
        .forAll(LaaGenerators.agreements())
        .checkAssert(
            laa -> {
              compareAll(LVSC.score(laa), DEFAULTS, null);
              n.incrementAndGet();
            });
    ranAtLeast(n, TestBudget.examples(10_000));
  }

  @Test
  void everyRuleAgreesWithTheReferenceOnWideAgreementsUnderTheDefaultPolicy() {
    AtomicLong n = new AtomicLong();
    qt().withExamples(TestBudget.examples(4_000))
        .forAll(WideGenerators.agreements())
        .checkAssert(
            laa -> {
              compareAll(LVSC.score(laa), DEFAULTS, null);
              n.incrementAndGet();
            });
    ranAtLeast(n, TestBudget.examples(4_000));
  }

  @Test
  void everyRuleAgreesWithTheReferenceUnderRandomPolicies() {
    AtomicLong n = new AtomicLong();
    qt().withExamples(TestBudget.examples(6_000))
        .forAll(
            WideGenerators.agreements().mix(LaaGenerators.agreements(), 30),
            WideGenerators.variants())
        .checkAssert(
            (laa, variant) -> {
              compareAll(variant.policy().score(laa), variant.params(), null);
              n.incrementAndGet();
            });
    ranAtLeast(n, TestBudget.examples(6_000));
  }

  private record WeeksMonths(int weeks, int months) {}

  /**
   * R6 alone, where exact halves are likeliest: small weights, short full-credit periods and round
   * shares, so that the rounding of a score of exactly n + ½ is tested often.
   */
  @Test
  void commissioningScoresAreExactlyRoundedUnderAnyWeights() {
    LocalAreaAgreement base = Agreements.camden().build();
    Gen<List<Integer>> weights =
        lists()
            .of(integers().between(0, 12).mix(integers().between(0, 100), 30))
            .ofSize(5)
            .map(
                w -> w.stream().mapToInt(Integer::intValue).sum() > 0 ? w : List.of(1, 0, 0, 0, 0));
    Gen<Integer> share =
        integers().between(0, 8).map(i -> i * 1_250).mix(integers().between(0, 10_000), 20);
    AtomicLong n = new AtomicLong();
    qt().withExamples(TestBudget.examples(20_000))
        .forAll(
            weights,
            integers().between(1, 12).zip(integers().between(1, 6), WeeksMonths::new),
            lists().of(share).ofSize(3),
            integers().between(0, 14).zip(integers().between(0, 7), WeeksMonths::new))
        .checkAssert(
            (w, full, shares, facts) -> {
              int fullWeeks = full.weeks();
              int fullMonths = full.months();
              CommissioningPractice practice =
                  CommissioningPractice.builder()
                      .threeYearTermsShare(Percentage.ofBasisPoints(shares.get(0)))
                      .fullCostRecoveryShare(Percentage.ofBasisPoints(shares.get(1)))
                      .paidInAdvanceShare(Percentage.ofBasisPoints(shares.get(2)))
                      .consultationWeeks(facts.weeks())
                      .noticeMonths(facts.months())
                      .build();
              LocalAreaAgreement laa = base.withCommissioning(practice);
              Policy policy =
                  LVSC.reform("weights")
                      .set(CommissioningRule.WEIGHT_TERMS, w.get(0))
                      .set(CommissioningRule.WEIGHT_FULL_COST, w.get(1))
                      .set(CommissioningRule.WEIGHT_ADVANCE, w.get(2))
                      .set(CommissioningRule.WEIGHT_CONSULTATION, w.get(3))
                      .set(CommissioningRule.WEIGHT_NOTICE, w.get(4))
                      .set(CommissioningRule.CONSULTATION_WEEKS, fullWeeks)
                      .set(CommissioningRule.NOTICE_MONTHS, fullMonths)
                      .set(CommissioningRule.WARN_SCORE, 0)
                      .set(CommissioningRule.PASS_SCORE, 100)
                      .build();
              Params d = DEFAULTS;
              Params params =
                  new Params(
                      d.baselineYears(),
                      d.ratingThreshold(),
                      d.sectorToleranceBp(),
                      d.concentrationLimitBp(),
                      false,
                      null,
                      false,
                      false,
                      d.lossToleranceBp(),
                      d.grantCeilingPence(),
                      d.incomeCapLimitPence(),
                      d.minBudgetShareBp(),
                      d.minMicroSmallShareBp(),
                      d.minStrategic(),
                      d.minPerformanceShareBp(),
                      List.copyOf(w),
                      fullWeeks,
                      fullMonths,
                      100,
                      0);
              Finding f = policy.score(laa).finding(Lvsc2006.COMMISSIONING_PRACTICE).orElseThrow();
              compare(f, ReferenceRules.commissioning(laa, params));
              assertThat(f.get(CommissioningRule.SCORE))
                  .isEqualTo((long) ReferenceRules.commissioningScore(laa, params).orElseThrow());
              n.incrementAndGet();
            });
    ranAtLeast(n, TestBudget.examples(20_000));
  }

  @Test
  void cohortFindingsAndInfrastructureAnalyticsAgreeWithTheReference() {
    AtomicLong n = new AtomicLong();
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(
            LaaGenerators.cohorts(12).mix(WideGenerators.cohorts(10), 40),
            WideGenerators.variants()
                .mix(
                    org.quicktheories.generators.Generate.constant(
                        new WideGenerators.Variant(LVSC, DEFAULTS)),
                    50))
        .checkAssert(
            (cohort, variant) -> {
              CohortScorecard scored = variant.policy().scoreCohort(cohort);
              for (Scorecard card : scored.scorecards()) {
                compareAll(card, variant.params(), cohort);
                compareQuartileEvidence(card, cohort);
              }
              compareTargetingList(scored, variant.params(), cohort);
              compareCorrelations(scored, cohort);
              COHORTS.incrementAndGet();
              n.incrementAndGet();
            });
    ranAtLeast(n, TestBudget.examples(1_000));
  }

  private static void compareQuartileEvidence(Scorecard card, List<LocalAreaAgreement> cohort) {
    Finding r1 = card.finding(Lvsc2006.INFRASTRUCTURE_TARGETING).orElseThrow();
    if (r1.verdict() == Verdict.NOT_ASSESSED) {
      return;
    }
    Integer q = ReferenceRules.quartile(card.agreement(), cohort);
    var evidence = r1.find(io.github.laa.scoring.lvsc.InfrastructureRule.COHORT_QUARTILE);
    if (q == null) {
      assertThat(evidence).isEmpty();
    } else {
      assertThat(evidence.orElseThrow()).isEqualTo((long) q);
    }
  }

  /** The weak areas (by rating or quartile), weakest first: rating, funding per body, code. */
  private static void compareTargetingList(
      CohortScorecard scored, Params p, List<LocalAreaAgreement> cohort) {
    List<LocalAreaAgreement> weak = new ArrayList<>();
    for (LocalAreaAgreement laa : cohort) {
      if (laa.infrastructure().isPresent() && ReferenceRules.weakInfrastructure(laa, p, cohort)) {
        weak.add(laa);
      }
    }
    weak.sort(
        Comparator.comparingInt(
                (LocalAreaAgreement a) -> a.infrastructure().orElseThrow().qualityRating())
            .thenComparing(
                a -> {
                  var f = ReferenceRules.fundingPerBody(a);
                  return f == null ? java.math.BigInteger.valueOf(Long.MAX_VALUE) : f;
                })
            .thenComparing(a -> a.area().code()));
    assertThat(scored.view(InfrastructureRule.TARGETING).orElseThrow())
        .extracting(e -> e.area().code())
        .containsExactlyElementsOf(weak.stream().map(a -> a.area().code()).toList());
    for (TargetingEntry e : scored.view(InfrastructureRule.TARGETING).orElseThrow()) {
      LocalAreaAgreement laa =
          cohort.stream().filter(a -> a.area().equals(e.area())).findFirst().orElseThrow();
      var perBody = ReferenceRules.fundingPerBody(laa);
      assertThat(e.fundingPerBody().map(Money::pence).orElse(-1L))
          .isEqualTo(perBody == null ? -1L : perBody.longValueExact());
    }
  }

  private static void compareCorrelations(CohortScorecard scored, List<LocalAreaAgreement> cohort) {
    List<long[]> rating = new ArrayList<>();
    List<long[]> funding = new ArrayList<>();
    for (LocalAreaAgreement laa : cohort) {
      var ladder = ReferenceRules.ladderScore(laa);
      if (ladder.isEmpty() || laa.infrastructure().isEmpty()) {
        continue;
      }
      rating.add(new long[] {laa.infrastructure().get().qualityRating(), ladder.getAsInt()});
      var perBody = ReferenceRules.fundingPerBody(laa);
      if (perBody != null) {
        funding.add(new long[] {perBody.longValueExact(), ladder.getAsInt()});
      }
    }
    List<Correlation> engine = scored.view(InfrastructureRule.CORRELATIONS).orElseThrow();
    assertThat(engine).hasSize(2);
    assertSame(engine.get(0), rating);
    assertSame(engine.get(1), funding);
  }

  private static void assertSame(Correlation c, List<long[]> pairs) {
    assertThat(c.n()).isEqualTo(pairs.size());
    OptionalDouble expected = ReferenceRules.spearman(pairs);
    assertThat(c.rho().isPresent()).as("rho present for %s", c.x()).isEqualTo(expected.isPresent());
    if (expected.isPresent()) {
      assertThat(c.rho().getAsDouble()).isCloseTo(expected.getAsDouble(), within(1e-9));
    }
  }
}
