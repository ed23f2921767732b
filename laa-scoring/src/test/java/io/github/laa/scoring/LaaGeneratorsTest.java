package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.laa.scoring.testing.LaaGenerators;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generators reach every verdict of every rule, so properties over them test something. */
class LaaGeneratorsTest {
  @Test
  void generatedAgreementsReachEveryVerdictOfEveryRule() {
    Map<RuleId, EnumMap<Verdict, Integer>> seen = new HashMap<>();
    qt().withExamples(2_000)
        .withFixedSeed(7)
        .forAll(LaaGenerators.agreements())
        .checkAssert(
            laa -> {
              for (Finding f : Policy.lvsc2006().score(laa).findings()) {
                seen.computeIfAbsent(f.ruleId(), k -> new EnumMap<>(Verdict.class))
                    .merge(f.verdict(), 1, Integer::sum);
              }
            });
    for (RuleId id : seen.keySet()) {
      assertThat(seen.get(id).keySet())
          .as(id.value() + " " + seen.get(id))
          .containsAll(expectedVerdicts(id));
    }
    assertThat(seen)
        .containsOnlyKeys(
            RuleId.INFRASTRUCTURE_TARGETING,
            RuleId.SECTOR_DIVISION,
            RuleId.NET_RESOURCE_LOSS,
            RuleId.SMALL_GRANTS,
            RuleId.VCS_INVOLVEMENT,
            RuleId.PERFORMANCE_CAPACITY,
            RuleId.COMMISSIONING_PRACTICE);
  }

  /** The verdicts each rule can give under the default policy. */
  private static java.util.Set<Verdict> expectedVerdicts(RuleId id) {
    if (id.equals(RuleId.SMALL_GRANTS) || id.equals(RuleId.PERFORMANCE_CAPACITY)) {
      // Never not assessed: no programme fails; no delivery money needs no support.
      return java.util.EnumSet.of(Verdict.PASS, Verdict.WARN, Verdict.FAIL);
    }
    if (id.equals(RuleId.NET_RESOURCE_LOSS) || id.equals(RuleId.INFRASTRUCTURE_TARGETING)) {
      // Net loss warns only with a tolerance (default 0%); R1 never warns.
      return java.util.EnumSet.of(Verdict.PASS, Verdict.FAIL, Verdict.NOT_ASSESSED);
    }
    return java.util.EnumSet.allOf(Verdict.class);
  }
}
