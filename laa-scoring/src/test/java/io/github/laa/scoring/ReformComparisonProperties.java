package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.laa.core.InvalidDataException;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.testing.TestBudget;
import io.github.laa.scoring.ReformComparison.Outcome;
import io.github.laa.scoring.ReformComparison.RuleComparison;
import io.github.laa.scoring.testing.LaaGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of {@link Policy#compareStrictness}: a rule said to be at least as strict never gives a
 * random agreement a better verdict (nor a pass the other policy does not give), and every
 * counterexample does what it claims when scored again. Pairs of policies are random reforms of
 * LVSC 2006 and the same reform with one parameter taken from another, so that both answers come up
 * often.
 */
class ReformComparisonProperties {
  private static final Gen<LocalAreaAgreement> AGREEMENTS =
      LaaGenerators.agreements().mix(LaaGenerators.wideAgreements(), 30);

  /** A pair: {@code a}, and {@code a} with one (or, when {@code k < 0}, every) value from b. */
  private record Pair(Policy a, Policy b) {
    @Override
    public String toString() {
      return a.values() + " vs " + b.values();
    }
  }

  private static Pair pair(Fixtures.Variant x, Fixtures.Variant y, int k) {
    if (k < 0) {
      return new Pair(x.policy(), y.policy());
    }
    List<ParameterValue<?>> values = new ArrayList<>(y.policy().values());
    ParameterValue<?> from = values.get(k % values.size());
    Policy.Builder b = x.policy().reform("one changed");
    set(b, from);
    try {
      return new Pair(x.policy(), b.build());
    } catch (InvalidDataException e) {
      return new Pair(x.policy(), x.policy()); // e.g. real terms without a series
    }
  }

  private static <T> void set(Policy.Builder b, ParameterValue<T> v) {
    v.value().ifPresent(value -> b.set(v.parameter(), value));
  }

  private static final Gen<Pair> PAIRS =
      Fixtures.variants()
          .zip(Fixtures.variants(), integers().between(-3, 40), ReformComparisonProperties::pair);

  @Test
  void aRuleAtLeastAsStrictNeverGivesABetterVerdict() {
    AtomicLong differing = new AtomicLong();
    qt().withExamples(TestBudget.examples(2_000))
        .forAll(PAIRS, AGREEMENTS)
        .checkAssert(
            (pair, laa) -> {
              ReformComparison c = pair.a().compareStrictness(pair.b());
              Scorecard a = pair.a().score(laa);
              Scorecard b = pair.b().score(laa);
              for (RuleComparison r : c.rules()) {
                if (r.outcome() != Outcome.AT_LEAST_AS_STRICT) {
                  continue;
                }
                differing.addAndGet(r.differences().isEmpty() ? 0 : 1);
                Verdict va = a.finding(r.rule()).orElseThrow().verdict();
                Verdict vb = b.finding(r.rule()).orElseThrow().verdict();
                assertThat(va.isBetterThan(vb)).as(r + ": " + va + " vs " + vb).isFalse();
                assertThat(va == Verdict.PASS && vb != Verdict.PASS)
                    .as(r + ": " + va + " vs " + vb)
                    .isFalse();
              }
            });
    // Not only identical rules: some whose values differ were shown at least as strict.
    assertThat(differing.get()).isPositive();
  }

  @Test
  void everyCounterexampleIsValidAndDoesWhatItClaims() {
    AtomicLong found = new AtomicLong();
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(PAIRS)
        .checkAssert(
            pair -> {
              ReformComparison c = pair.a().compareStrictness(pair.b());
              for (RuleComparison r : c.rules()) {
                assertThat(r.counterexample().isPresent())
                    .isEqualTo(r.outcome() == Outcome.LESS_STRICT);
                if (r.outcome() != Outcome.LESS_STRICT) {
                  continue;
                }
                found.incrementAndGet();
                LocalAreaAgreement cx = r.counterexample().orElseThrow();
                // Valid: built, so checked; and both policies score it without a problem.
                Verdict va = pair.a().score(cx).finding(r.rule()).orElseThrow().verdict();
                Verdict vb = pair.b().score(cx).finding(r.rule()).orElseThrow().verdict();
                assertThat(r.verdictHere()).contains(va);
                assertThat(r.verdictThere()).contains(vb);
                assertThat(va.isBetterThan(vb) || (va == Verdict.PASS && vb != Verdict.PASS))
                    .as(r.toString())
                    .isTrue();
              }
            });
    assertThat(found.get()).isPositive();
  }

  @Test
  void aPolicyIsAtLeastAsStrictAsItself() {
    qt().withExamples(TestBudget.examples(300))
        .forAll(Fixtures.variants())
        .checkAssert(
            v -> {
              ReformComparison c = v.policy().compareStrictness(v.policy());
              assertThat(c.isAtLeastAsStrict()).isTrue();
              assertThat(c.rules())
                  .allSatisfy(r -> assertThat(r.reason()).isEqualTo("the same parameter values"));
            });
  }
}
