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
                seen.computeIfAbsent(f.ruleId(), k -> new EnumMap<>(Verdict.class)).merge(f.verdict(), 1, Integer::sum);
              }
            });
    for (RuleId id : seen.keySet()) {
      assertThat(seen.get(id).keySet()).as(id.value() + " " + seen.get(id)).containsAll(expectedVerdicts(id));
    }
    assertThat(seen).containsKeys(RuleId.NET_RESOURCE_LOSS, RuleId.SMALL_GRANTS);
  }

  private static java.util.Set<Verdict> expectedVerdicts(RuleId id) {
    if (id.equals(RuleId.SMALL_GRANTS)) {
      return java.util.EnumSet.of(Verdict.PASS, Verdict.WARN, Verdict.FAIL);
    }
    if (id.equals(RuleId.NET_RESOURCE_LOSS)) {
      // WARN needs a tolerance; the default is 0%.
      return java.util.EnumSet.of(Verdict.PASS, Verdict.FAIL, Verdict.NOT_ASSESSED);
    }
    return java.util.EnumSet.allOf(Verdict.class);
  }
}
