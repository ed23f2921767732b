package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.laa.core.Allocation;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Purpose;
import io.github.laa.core.testing.TestBudget;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.testing.LaaGenerators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Laws every scoring obeys, over generated agreements. */
class ScoringProperties {
  static final Policy LVSC = Lvsc2006.policy();

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
  void splittingAnAllocationInTwoChangesNoVerdict() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(
            LaaGenerators.agreements(), integers().between(0, 1_000), integers().between(0, 100))
        .checkAssert(
            (generated, which, percent) -> {
              // An agreement without allocations is given one, so that every example splits one.
              LocalAreaAgreement laa = withAnAllocation(generated, which);
              int i = which % laa.allocations().size();
              Allocation a = laa.allocations().get(i);
              long first = a.amount().pence() * percent / 100;
              List<Allocation> split = new ArrayList<>(laa.allocations());
              split.set(i, a.withAmount(Money.ofPence(first)));
              split.add(a.withAmount(Money.ofPence(a.amount().pence() - first)));
              Scorecard before = LVSC.score(laa);
              Scorecard after = LVSC.score(laa.withAllocations(split));
              for (Finding f : before.findings()) {
                assertThat(after.verdict(f.ruleId())).as(f.ruleId().value()).isEqualTo(f.verdict());
              }
            });
  }

  /**
   * {@code laa}, or with no allocation, the same with one of {@code pence} pence to its first body.
   */
  private static LocalAreaAgreement withAnAllocation(LocalAreaAgreement laa, long pence) {
    if (!laa.allocations().isEmpty()) {
      return laa;
    }
    return laa.withAllocations(
        List.of(
            Allocation.builder()
                .recipient(laa.bodies().get(0).id())
                .year(laa.firstYear())
                .amount(Money.ofPence(pence))
                .purpose(Purpose.SERVICE_DELIVERY)
                .build()));
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
                assertThat(f.score())
                    .isBetween(Reference.band(f.verdict())[0], Reference.band(f.verdict())[1]);
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
                        .divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_EVEN)
                        .longValueExact();
                assertThat(card.score()).hasValue((int) expected);
                assertThat(card.score().getAsInt()).isBetween(0, 100);
              }
            });
  }

  @Test
  void scoringFromManyThreadsGivesTheSameScorecardsAndText() throws Exception {
    List<LocalAreaAgreement> agreements =
        Fixtures.sample(LaaGenerators.agreements(), TestBudget.examples(1_000), 42);
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
}
