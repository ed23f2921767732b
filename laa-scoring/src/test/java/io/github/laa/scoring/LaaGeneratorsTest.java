package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.testing.LaaGenerators;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generators reach every verdict of every rule, so properties over them test something. */
class LaaGeneratorsTest {
  @Test
  void generatedAgreementsReachEveryVerdictOfEveryRule() {
    Policy policy = Lvsc2006.policy();
    Map<RuleId, EnumMap<Verdict, Integer>> seen = new HashMap<>();
    qt().withExamples(2_000)
        .withFixedSeed(7)
        .forAll(LaaGenerators.agreements())
        .checkAssert(
            laa -> {
              for (Finding f : policy.score(laa).findings()) {
                seen.computeIfAbsent(f.ruleId(), k -> new EnumMap<>(Verdict.class))
                    .merge(f.verdict(), 1, Integer::sum);
              }
            });
    for (RuleId id : seen.keySet()) {
      assertThat(seen.get(id).keySet())
          .as(id.value() + " " + seen.get(id))
          .containsAll(expectedVerdicts(policy, id));
    }
    assertThat(seen).containsOnlyKeys(policy.rules().stream().map(Rule::id).toList());
  }

  /**
   * The verdicts each rule can give under the default policy, as its test's contract says; without
   * a contract, none is required.
   */
  private static Set<Verdict> expectedVerdicts(Policy policy, RuleId id) {
    return RuleContracts.of(policy, id)
        .map(RuleContract::verdictsOfGeneratedAgreements)
        .orElse(EnumSet.noneOf(Verdict.class));
  }
}
