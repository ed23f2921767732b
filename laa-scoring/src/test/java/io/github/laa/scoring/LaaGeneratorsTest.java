package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.laa.core.Percentage;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.testing.LaaGenerators;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
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

  /**
   * Every verdict a rule can give occurs in at least 5 % of generated agreements, so that no
   * property over them checks one verdict only by luck: measured over 2,000 agreements (fixed seed)
   * under the LVSC 2006 policy, and R3a's WARN under a 50 % tolerance (at the default 0 % R3a has
   * no WARN); the table is printed.
   */
  @Test
  void everyVerdictOfEveryRuleOccursInAtLeastFivePercentOfGeneratedAgreements() {
    Policy lvsc = Lvsc2006.policy();
    Policy tolerant =
        lvsc.reform("50% tolerance").set(NetResourceLossRule.TOLERANCE, Percentage.of(50)).build();
    int n = 2_000;
    Map<RuleId, EnumMap<Verdict, Integer>> seen = new LinkedHashMap<>();
    EnumMap<Verdict, Integer> tolerantLoss = new EnumMap<>(Verdict.class);
    qt().withExamples(n)
        .withFixedSeed(11)
        .forAll(LaaGenerators.agreements())
        .checkAssert(
            laa -> {
              for (Finding f : lvsc.score(laa).findings()) {
                seen.computeIfAbsent(f.ruleId(), k -> new EnumMap<>(Verdict.class))
                    .merge(f.verdict(), 1, Integer::sum);
              }
              tolerantLoss.merge(
                  tolerant.score(laa).verdict(Lvsc2006.NET_RESOURCE_LOSS), 1, Integer::sum);
            });
    StringBuilder table =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "Verdicts of %,d generated agreements (%%):%n%-28s %6s %6s %6s %6s%n",
                n,
                "rule",
                "PASS",
                "WARN",
                "FAIL",
                "N/A"));
    seen.forEach((id, counts) -> table.append(row(id.value(), counts, n)));
    table.append(row("NET_RESOURCE_LOSS (50% tol.)", tolerantLoss, n));
    System.out.print(table);
    for (Map.Entry<RuleId, EnumMap<Verdict, Integer>> e : seen.entrySet()) {
      for (Verdict v : expectedVerdicts(lvsc, e.getKey())) {
        assertThat(e.getValue().getOrDefault(v, 0))
            .as("%s %s in %s generated agreements", e.getKey(), v, n)
            .isGreaterThanOrEqualTo(n / 20);
      }
    }
    assertThat(tolerantLoss.getOrDefault(Verdict.WARN, 0))
        .as("NET_RESOURCE_LOSS WARN under a 50%% tolerance")
        .isGreaterThanOrEqualTo(n / 20);
  }

  private static String row(String rule, Map<Verdict, Integer> counts, int n) {
    return String.format(
        Locale.ROOT,
        "%-28s %6.1f %6.1f %6.1f %6.1f%n",
        rule,
        100.0 * counts.getOrDefault(Verdict.PASS, 0) / n,
        100.0 * counts.getOrDefault(Verdict.WARN, 0) / n,
        100.0 * counts.getOrDefault(Verdict.FAIL, 0) / n,
        100.0 * counts.getOrDefault(Verdict.NOT_ASSESSED, 0) / n);
  }
}
