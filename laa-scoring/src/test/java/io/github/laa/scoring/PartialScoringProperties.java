package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.laa.core.Allocation;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.testing.TestBudget;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.testing.LaaGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of partial scoring over generated agreements and policies: nothing unknown gives today's
 * findings; the agreement as given is one of the completions; every step of every dependence holds
 * when the agreement is completed at it, and the step before holds one penny below; a rule whose
 * finding is kept has that finding in every completion tried.
 */
class PartialScoringProperties {
  private static final Policy LVSC = Lvsc2006.policy();
  private static final Gen<Policy> POLICIES =
      Fixtures.variants().map(Fixtures.Variant::policy).mix(Generate.constant(LVSC), 30);

  @Test
  void nothingUnknownGivesTodaysFindings() {
    AtomicLong n = new AtomicLong();
    qt().withExamples(TestBudget.examples(300))
        .forAll(LaaGenerators.agreements(), POLICIES)
        .checkAssert(
            (laa, policy) -> {
              Scorecard card = policy.score(laa);
              PartialScorecard partial = policy.scorePartially(PartialAgreement.of(laa));
              assertThat(partial.findings())
                  .extracting(f -> f.finding().orElseThrow())
                  .containsExactlyElementsOf(card.findings());
              assertThat(partial.possibleRatings()).containsExactly(card.rag());
              n.incrementAndGet();
            });
    assertThat(n.get()).isPositive();
  }

  @Test
  void anUnknownYearsStepsHoldByScoringCompletions() {
    AtomicLong n = new AtomicLong();
    AtomicLong steps = new AtomicLong();
    qt().withExamples(TestBudget.examples(500))
        .forAll(LaaGenerators.agreements(), POLICIES, integers().between(0, 99))
        .checkAssert(
            (laa, policy, pick) -> {
              List<FinancialYear> years = new ArrayList<>();
              for (Allocation a : laa.allocations()) {
                if (!years.contains(a.year())) {
                  years.add(a.year());
                }
              }
              if (years.isEmpty()) {
                return;
              }
              UnknownFact<?> fact = UnknownFact.amounts(years.get(pick % years.size()));
              PartialScorecard partial = policy.scorePartially(PartialAgreement.of(laa, fact));
              Scorecard asGiven = policy.score(laa);
              assertThat(partial.asGiven()).isEqualTo(asGiven);
              for (PartialFinding f : partial.findings()) {
                assertThat(f.possibleVerdicts()).contains(asGiven.verdict(f.ruleId()));
                f.finding()
                    .ifPresent(
                        kept ->
                            assertThat(kept).isEqualTo(asGiven.finding(f.ruleId()).orElseThrow()));
                assertThat(f.isDecided()).isEqualTo(f.dependences().isEmpty());
                for (PartialFinding.Dependence<?> d : f.dependences()) {
                  PartialScoringTest.assertStepsHold(partial, f.ruleId(), fact, d);
                  steps.addAndGet(d.steps().size());
                }
              }
              n.incrementAndGet();
            });
    System.out.printf(
        Locale.ROOT,
        "PartialScoringProperties: %,d agreements with an unknown year, %,d steps checked%n",
        n.get(),
        steps.get());
    assertThat(n.get()).isPositive();
    assertThat(steps.get()).isGreaterThan(n.get());
  }
}
