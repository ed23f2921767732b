package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.testing.TestBudget;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.testing.LaaGenerators;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of {@link Policy#tippingPoints}: scoring a reform with the parameter at a point's value
 * gives the verdict the point names, one step short of it (for numbers) gives the verdict before,
 * and a parameter said not to change keeps the verdict at the end of its range — over generated
 * agreements under the default policy and random reforms.
 */
class TippingPointsProperties {
  private static final Gen<Policy> POLICIES =
      Fixtures.variants()
          .map(Fixtures.Variant::policy)
          .mix(Generate.constant(Lvsc2006.policy()), 30);

  private static <T> Verdict verdictWith(
      Policy policy, LocalAreaAgreement laa, RuleId rule, Parameter<T> p, Object value) {
    Policy reform = policy.reform("probe").set(p, p.type().cast(value)).build();
    return reform.score(laa).finding(rule).orElseThrow().verdict();
  }

  /** One step from {@code value} back towards the policy's value, for numbers; else null. */
  private static @Nullable Object stepBack(TippingPoint t) {
    long s = t.direction() == TippingPoint.Direction.RAISE ? -1 : 1;
    Object v = t.value().orElseThrow();
    if (v instanceof Percentage p) {
      return Percentage.ofBasisPoints(p.basisPoints() + s);
    }
    if (v instanceof Money m) {
      return Money.ofPence(m.pence() + s);
    }
    if (v instanceof Integer i && t.method() != TippingPoint.Method.ENUMERATED) {
      return (int) (i + s);
    }
    return null;
  }

  @Test
  void everyPointIsWhereScoringChangesTheVerdict() {
    AtomicLong changes = new AtomicLong();
    qt().withExamples(TestBudget.examples(150))
        .forAll(LaaGenerators.agreements(), POLICIES)
        .checkAssert(
            (laa, policy) -> {
              for (TippingPoint t : policy.tippingPoints(laa).all()) {
                Verdict now = policy.score(laa).finding(t.rule()).orElseThrow().verdict();
                assertThat(t.before()).isEqualTo(now);
                if (!t.changes()) {
                  assertThat(verdictWith(policy, laa, t.rule(), t.parameter(), t.limit()))
                      .as(t.toString())
                      .isEqualTo(now);
                  continue;
                }
                changes.incrementAndGet();
                assertThat(
                        verdictWith(policy, laa, t.rule(), t.parameter(), t.value().orElseThrow()))
                    .as(t.toString())
                    .isEqualTo(t.after().orElseThrow());
                Object back = stepBack(t);
                if (back != null && !back.equals(t.current())) {
                  assertThat(verdictWith(policy, laa, t.rule(), t.parameter(), back))
                      .as(t + " one step back")
                      .isEqualTo(now);
                }
              }
            });
    assertThat(changes.get()).isPositive();
  }
}
