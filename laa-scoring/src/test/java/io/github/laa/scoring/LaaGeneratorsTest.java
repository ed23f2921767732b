package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.laa.scoring.lvsc.Lvsc2006;
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
              for (Finding f : Lvsc2006.policy().score(laa).findings()) {
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
            Lvsc2006.INFRASTRUCTURE_TARGETING,
            Lvsc2006.SECTOR_DIVISION,
            Lvsc2006.NET_RESOURCE_LOSS,
            Lvsc2006.SMALL_GRANTS,
            Lvsc2006.VCS_INVOLVEMENT,
            Lvsc2006.PERFORMANCE_CAPACITY,
            Lvsc2006.COMMISSIONING_PRACTICE);
  }

  /** The verdicts each rule can give under the default policy. */
  private static java.util.Set<Verdict> expectedVerdicts(RuleId id) {
    if (id.equals(Lvsc2006.SMALL_GRANTS) || id.equals(Lvsc2006.PERFORMANCE_CAPACITY)) {
      // Never not assessed: no programme fails; no delivery money needs no support.
      return java.util.EnumSet.of(Verdict.PASS, Verdict.WARN, Verdict.FAIL);
    }
    if (id.equals(Lvsc2006.NET_RESOURCE_LOSS) || id.equals(Lvsc2006.INFRASTRUCTURE_TARGETING)) {
      // Net loss warns only with a tolerance (default 0%); R1 never warns.
      return java.util.EnumSet.of(Verdict.PASS, Verdict.FAIL, Verdict.NOT_ASSESSED);
    }
    return java.util.EnumSet.allOf(Verdict.class);
  }
}
