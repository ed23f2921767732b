package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.laa.core.Allocation;
import io.github.laa.core.DeflatorSeries;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Purpose;
import io.github.laa.scoring.ReferenceRules.Params;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.testing.LaaGenerators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Laws every scoring obeys, over generated agreements. */
class ScoringProperties {
  static final Policy LVSC = Lvsc2006.policy();

  /** A deflator series covering every year the generators use (1999/00 to 2012/13). */
  static final DeflatorSeries FULL_SERIES;

  static {
    DeflatorSeries.Builder b = DeflatorSeries.builder().name("test series, +2.5% a year");
    BigDecimal index = new BigDecimal("95.000");
    for (int y = 1999; y <= 2012; y++) {
      b.putIndex(FinancialYear.of(y), index);
      index = index.multiply(new BigDecimal("1.025")).setScale(3, java.math.RoundingMode.HALF_EVEN);
    }
    FULL_SERIES = b.build();
  }

  private static List<Finding> findings(Policy p, LocalAreaAgreement laa) {
    return p.score(laa).findings();
  }

  @Test
  void scoringDoesNotDependOnTheOrderOfAllocations() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(LaaGenerators.agreements(), longs().all())
        .checkAssert(
            (laa, seed) -> {
              List<Allocation> shuffled = new ArrayList<>(laa.allocations());
              Collections.shuffle(shuffled, new Random(seed));
              assertThat(findings(LVSC, laa.withAllocations(shuffled)))
                  .isEqualTo(findings(LVSC, laa));
            });
  }

  @Test
  void addingVcsMoneyToAnAgreementYearNeverTurnsANetLossPassIntoAFail() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(
            LaaGenerators.agreements(), integers().between(0, 2), longs().between(0, 100_000_000L))
        .checkAssert(
            (laa, year, pence) -> {
              Verdict before = LVSC.score(laa).verdict(Lvsc2006.NET_RESOURCE_LOSS);
              List<Allocation> more = new ArrayList<>(laa.allocations());
              more.add(
                  Allocation.builder()
                      .recipient(laa.bodies().get(0).id())
                      .year(laa.firstYear().plusYears(year))
                      .amount(Money.ofPence(pence))
                      .purpose(Purpose.CORE)
                      .build());
              Verdict after =
                  LVSC.score(laa.withAllocations(more)).verdict(Lvsc2006.NET_RESOURCE_LOSS);
              if (before == Verdict.PASS) {
                assertThat(after).isEqualTo(Verdict.PASS);
              }
            });
  }

  @Test
  void splittingAnAllocationInTwoChangesNoVerdict() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(
            LaaGenerators.agreements(), integers().between(0, 1_000), integers().between(0, 100))
        .assuming((laa, which, percent) -> !laa.allocations().isEmpty())
        .checkAssert(
            (laa, which, percent) -> {
              int i = which % laa.allocations().size();
              Allocation a = laa.allocations().get(i);
              long first = a.amount().pence() * percent / 100;
              List<Allocation> split = new ArrayList<>(laa.allocations());
              split.set(i, a.withAmount(Money.ofPence(first)));
              split.add(a.withAmount(Money.ofPence(a.amount().pence() - first)));
              List<Finding> before = findings(LVSC, laa);
              List<Finding> after = findings(LVSC, laa.withAllocations(split));
              for (int k = 0; k < before.size(); k++) {
                assertThat(after.get(k).verdict())
                    .as(before.get(k).ruleId().value())
                    .isEqualTo(before.get(k).verdict());
              }
            });
  }

  @Test
  void anIdentityReformChangesNothing() {
    Policy same = LVSC.reform(LVSC.name()).build();
    assertThat(same).isEqualTo(LVSC);
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(LaaGenerators.agreements())
        .checkAssert(laa -> assertThat(same.score(laa)).isEqualTo(LVSC.score(laa)));
  }

  @Test
  void scoresStayInTheirVerdictsBandAndTheOverallScoreIsTheWeightedMean() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(LaaGenerators.agreements())
        .checkAssert(
            laa -> {
              Scorecard card = LVSC.score(laa);
              long sum = 0;
              int n = 0;
              for (Finding f : card.findings()) {
                assertThat(f.score()).isBetween(f.verdict().minScore(), f.verdict().maxScore());
                if (f.verdict() == Verdict.NOT_ASSESSED) {
                  assertThat(f.missing()).isPresent();
                } else {
                  sum += f.score();
                  n++;
                }
              }
              if (n == 0) {
                assertThat(card.score()).isEmpty();
              } else {
                // Weights are all 1: the mean, rounded half-even.
                long expected =
                    new BigDecimal(sum)
                        .divide(BigDecimal.valueOf(n), 0, java.math.RoundingMode.HALF_EVEN)
                        .longValueExact();
                assertThat(card.score()).hasValue((int) expected);
                assertThat(card.score().getAsInt()).isBetween(0, 100);
              }
            });
  }

  @Test
  void scoringFromManyThreadsGivesTheSameScorecardsAndText() throws Exception {
    List<LocalAreaAgreement> agreements = new ArrayList<>();
    qt().withExamples(TestBudget.examples(1_000))
        .withFixedSeed(42)
        .forAll(LaaGenerators.agreements())
        .checkAssert(agreements::add);
    List<String> sequential = new ArrayList<>();
    for (LocalAreaAgreement laa : agreements) {
      sequential.add(LVSC.score(laa).toText());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(
            pool.submit(
                () -> {
                  List<String> out = new ArrayList<>();
                  for (LocalAreaAgreement laa : agreements) {
                    out.add(LVSC.score(laa).toText());
                  }
                  return out;
                }));
      }
      for (Future<List<String>> run : runs) {
        assertThat(run.get()).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void netResourceLossAgreesWithTheReferenceUnderEveryVariant() {
    Params d = Params.defaults();
    record Variant(Policy policy, Params params) {}
    List<Variant> variants =
        List.of(
            new Variant(LVSC, d),
            new Variant(
                LVSC.reform("3%").set(NetResourceLossRule.TOLERANCE, Percentage.of(3)).build(),
                withLoss(d, 1, false, false, 300, null)),
            new Variant(
                LVSC.reform("mean, scoped, 2 years")
                    .set(
                        NetResourceLossRule.COMPARISON,
                        NetResourceLossRule.Comparison.MEAN_OF_YEARS)
                    .set(NetResourceLossRule.SCOPE, NetResourceLossRule.Scope.AGREEMENT_STREAMS)
                    .set(Policy.BASELINE_YEARS, 2)
                    .build(),
                withLoss(d, 2, true, true, 0, null)),
            new Variant(
                LVSC.reform("real, 1.5%, 3 years")
                    .set(NetResourceLossRule.TERMS, NetResourceLossRule.Terms.REAL)
                    .set(NetResourceLossRule.DEFLATOR, FULL_SERIES)
                    .set(NetResourceLossRule.TOLERANCE, Percentage.parse("1.5%"))
                    .set(Policy.BASELINE_YEARS, 3)
                    .build(),
                withLoss(d, 3, false, false, 150, FULL_SERIES)));
    qt().withExamples(TestBudget.examples(2_000))
        .forAll(LaaGenerators.agreements(), integers().between(0, variants.size() - 1))
        .checkAssert(
            (laa, v) -> {
              Variant variant = variants.get(v);
              Finding f =
                  variant.policy().score(laa).finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();
              DifferentialOracleProperties.compare(
                  f, ReferenceRules.netResourceLoss(laa, variant.params()));
            });
  }

  /** The defaults with R3a's parameters (and the baseline window) replaced. */
  private static Params withLoss(
      Params d,
      int years,
      boolean scoped,
      boolean mean,
      long toleranceBp,
      @Nullable DeflatorSeries deflator) {
    return new Params(
        years,
        d.ratingThreshold(),
        d.sectorToleranceBp(),
        d.concentrationLimitBp(),
        deflator != null,
        deflator,
        scoped,
        mean,
        toleranceBp,
        d.grantCeilingPence(),
        d.incomeCapLimitPence(),
        d.minBudgetShareBp(),
        d.minMicroSmallShareBp(),
        d.minStrategic(),
        d.minPerformanceShareBp(),
        d.commissioningWeights(),
        d.fullConsultationWeeks(),
        d.fullNoticeMonths(),
        d.passScore(),
        d.warnScore());
  }

  @Test
  void smallGrantsAgreesWithTheReference() {
    qt().withExamples(TestBudget.examples(2_000))
        .forAll(LaaGenerators.agreements())
        .checkAssert(
            laa -> {
              Finding f = LVSC.score(laa).finding(Lvsc2006.SMALL_GRANTS).orElseThrow();
              DifferentialOracleProperties.compare(
                  f, ReferenceRules.smallGrants(laa, Params.defaults()));
            });
  }
}
