package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.scoring.lvsc.CommissioningRule;
import io.github.laa.scoring.lvsc.InfrastructureRule;
import io.github.laa.scoring.lvsc.InvolvementRule;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.lvsc.PerformanceCapacityRule;
import io.github.laa.scoring.lvsc.SectorDivisionRule;
import io.github.laa.scoring.lvsc.SmallGrantsRule;
import io.github.laa.scoring.testing.LaaGenerators;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws that tie a finding's verdict to its own evidence and margin, that keep a reform's effect to
 * the rule it changes, and that make the rendered text the same bytes on one thread and on many —
 * over generated agreements (narrow and wide) under the default policy and random ones.
 */
class ConsistencyProperties {
  private static final Policy LVSC = Lvsc2006.policy();
  private static final Gen<LocalAreaAgreement> AGREEMENTS =
      LaaGenerators.agreements().mix(WideGenerators.agreements(), 50);
  private static final Gen<Policy> POLICIES =
      WideGenerators.variants()
          .map(WideGenerators.Variant::policy)
          .mix(org.quicktheories.generators.Generate.constant(LVSC), 30);
  private static final Map<String, AtomicLong> EXAMPLES = new ConcurrentHashMap<>();

  @AfterAll
  static void report() {
    EXAMPLES.forEach(
        (name, n) -> System.out.printf("ConsistencyProperties.%s: %,d examples%n", name, n.get()));
  }

  private static AtomicLong counter(String name) {
    return EXAMPLES.computeIfAbsent(name, k -> new AtomicLong());
  }

  private static void ranAtLeast(AtomicLong ran, int asked) {
    assertThat(ran.get()).isGreaterThanOrEqualTo(asked - asked / 100);
  }

  private static List<Verdict> checks(Finding f, Key<?> key) {
    List<Verdict> out = new ArrayList<>();
    for (Evidence<?> e : f.entries(key)) {
      out.add(e.check().orElseThrow());
    }
    return out;
  }

  private static List<Verdict> allChecks(Finding f) {
    List<Verdict> out = new ArrayList<>();
    for (Evidence<?> e : f.evidence()) {
      e.check().ifPresent(out::add);
    }
    return out;
  }

  private static Money marginMoney(Finding f, Margin.Direction direction) {
    Margin m = f.margin().orElseThrow(() -> new AssertionError(f + " has no margin"));
    assertThat(m.direction()).as("%s margin direction", f.ruleId()).contains(direction);
    return m.money().orElseThrow();
  }

  /** The verdict each rule's Javadoc derives from its checks, read back from the evidence alone. */
  static void verdictAgreesWithEvidence(Finding f) {
    Verdict v = f.verdict();
    assertThat(f.score()).isBetween(v.minScore(), v.maxScore());
    if (v == Verdict.NOT_ASSESSED) {
      assertThat(f.missing()).as("%s names what is missing", f.ruleId()).isPresent();
      assertThat(f.margin()).isEmpty();
      return;
    }
    assertThat(f.missing()).isEmpty();
    switch (f.ruleId().value()) {
      case "NET_RESOURCE_LOSS" -> {
        List<Verdict> changes = checks(f, NetResourceLossRule.CHANGE);
        Verdict worst =
            changes.contains(Verdict.FAIL)
                ? Verdict.FAIL
                : changes.contains(Verdict.WARN) ? Verdict.WARN : Verdict.PASS;
        assertThat(v).as("net loss verdict is its worst change check").isEqualTo(worst);
        Money baseline = f.get(NetResourceLossRule.BASELINE);
        if (v == Verdict.PASS) {
          assertThat(marginMoney(f, Margin.Direction.COULD_FALL).isNegative()).isFalse();
        } else {
          Money rise = marginMoney(f, Margin.Direction.MUST_RISE);
          assertThat(rise.isPositive()).isTrue();
          assertThat(rise.isGreaterThan(baseline)).as("a loss is at most the baseline").isFalse();
        }
      }
      case "SMALL_GRANTS" -> {
        long capacity = f.get(SmallGrantsRule.CAPACITY_BUILDING);
        List<Verdict> budgets = checks(f, SmallGrantsRule.BUDGET);
        long warns = allChecks(f).stream().filter(c -> c == Verdict.WARN).count();
        if (capacity == 0
            || (!budgets.isEmpty() && budgets.stream().allMatch(c -> c == Verdict.FAIL))) {
          assertThat(v).isEqualTo(Verdict.FAIL);
          assertThat(f.margin()).isPresent();
        } else {
          assertThat(v).isEqualTo(warns == 0 ? Verdict.PASS : Verdict.WARN);
          assertThat(f.score()).isEqualTo(warns == 0 ? 100 : Verdict.WARN.clamp(100 - 10 * warns));
        }
      }
      case "SECTOR_DIVISION" -> {
        boolean falls =
            checks(f, SectorDivisionRule.MICRO_SMALL_CHANGE).contains(Verdict.FAIL)
                || checks(f, SectorDivisionRule.COMMUNITY_CHANGE).contains(Verdict.FAIL);
        boolean concentrated = checks(f, SectorDivisionRule.LARGEST_SHARE).contains(Verdict.WARN);
        assertThat(v).isEqualTo(falls ? Verdict.FAIL : concentrated ? Verdict.WARN : Verdict.PASS);
        if (v == Verdict.WARN) {
          Margin m = f.margin().orElseThrow();
          assertThat(m.direction()).contains(Margin.Direction.MUST_FALL);
          assertThat(
                  ((Margin.Amount.OfPercentagePoints) m.amount().orElseThrow())
                      .points()
                      .basisPoints())
              .as("a fall that reaches the limit")
              .isPositive();
        } else if (v == Verdict.FAIL) {
          assertThat(f.margin()).isPresent();
        }
      }
      case "INFRASTRUCTURE_TARGETING" -> {
        boolean weak = f.get(InfrastructureRule.WEAK);
        boolean weakRating = checks(f, InfrastructureRule.RATING).contains(Verdict.WARN);
        boolean weakQuartile = checks(f, InfrastructureRule.COHORT_QUARTILE).contains(Verdict.WARN);
        assertThat(weak).isEqualTo(weakRating || weakQuartile);
        List<Verdict> support = checks(f, InfrastructureRule.AGREEMENT_SUPPORT);
        assertThat(v)
            .isEqualTo(weak && support.contains(Verdict.FAIL) ? Verdict.FAIL : Verdict.PASS);
        if (v == Verdict.FAIL) {
          Money baseline = f.get(InfrastructureRule.BASELINE_SUPPORT);
          Money mean = f.get(InfrastructureRule.AGREEMENT_SUPPORT);
          // Rising by the margin takes the mean just above the baseline.
          assertThat(mean.plus(marginMoney(f, Margin.Direction.MUST_RISE)))
              .isEqualTo(baseline.plus(Money.ofPence(1)));
        }
      }
      case "VCS_INVOLVEMENT" -> {
        List<Verdict> all = allChecks(f);
        assertThat(v)
            .isEqualTo(
                all.contains(Verdict.FAIL)
                    ? Verdict.FAIL
                    : all.contains(Verdict.WARN) ? Verdict.WARN : Verdict.PASS);
        long ladder = f.get(InvolvementRule.LADDER_SCORE);
        assertThat(f.score()).isEqualTo(v.clamp(ladder));
        assertThat(f.margin().isPresent()).isEqualTo(v != Verdict.PASS);
      }
      case "PERFORMANCE_CAPACITY" -> {
        boolean unfunded = checks(f, PerformanceCapacityRule.SUPPORT).contains(Verdict.FAIL);
        boolean low = checks(f, PerformanceCapacityRule.SHARE).contains(Verdict.WARN);
        assertThat(v).isEqualTo(unfunded ? Verdict.FAIL : low ? Verdict.WARN : Verdict.PASS);
        if (v != Verdict.PASS) {
          assertThat(marginMoney(f, Margin.Direction.MUST_RISE).isPositive()).isTrue();
        }
      }
      case "COMMISSIONING_PRACTICE" -> {
        long score = f.get(CommissioningRule.SCORE);
        assertThat(score).isBetween(0L, 100L);
        assertThat(f.score()).isEqualTo(v.clamp(score));
        assertThat(f.margin().isPresent()).isEqualTo(v != Verdict.PASS);
      }
      default -> throw new AssertionError("unknown rule " + f.ruleId());
    }
  }

  @Test
  void everyVerdictAgreesWithItsOwnEvidenceAndMargin() {
    AtomicLong n = counter("everyVerdictAgreesWithItsOwnEvidenceAndMargin");
    qt().withExamples(TestBudget.examples(3_000))
        .forAll(AGREEMENTS, POLICIES)
        .checkAssert(
            (laa, policy) -> {
              for (Finding f : policy.score(laa).findings()) {
                verdictAgreesWithEvidence(f);
              }
              n.incrementAndGet();
            });
    ranAtLeast(n, TestBudget.examples(3_000));
  }

  @Test
  void inACohortEveryVerdictAgreesWithItsEvidenceToo() {
    AtomicLong n = counter("inACohortEveryVerdictAgreesWithItsEvidenceToo");
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(LaaGenerators.cohorts(8).mix(WideGenerators.cohorts(6), 40), POLICIES)
        .checkAssert(
            (cohort, policy) -> {
              for (Scorecard card : policy.scoreCohort(cohort).scorecards()) {
                card.findings().forEach(ConsistencyProperties::verdictAgreesWithEvidence);
              }
              n.incrementAndGet();
            });
    ranAtLeast(n, TestBudget.examples(1_000));
  }

  /**
   * A reform of one rule's parameters changes that rule's finding at most: the other six are
   * identical, evidence and parameters included.
   */
  @Test
  void aReformOfOneRuleChangesNoOtherRulesFinding() {
    AtomicLong n = counter("aReformOfOneRuleChangesNoOtherRulesFinding");
    List<Rule> rules = Lvsc2006.rules();
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(AGREEMENTS, WideGenerators.variants(), integers().between(0, rules.size() - 1))
        .checkAssert(
            (laa, variant, r) -> {
              Rule rule = rules.get(r);
              Policy.Builder b = LVSC.reform("only " + rule.id());
              for (Parameter<?> p : rule.parameters()) {
                if (p != Policy.BASELINE_YEARS) {
                  copy(b, variant.policy(), p);
                }
              }
              Scorecard before = LVSC.score(laa);
              Scorecard after = b.build().score(laa);
              for (int i = 0; i < before.findings().size(); i++) {
                if (!before.findings().get(i).ruleId().equals(rule.id())) {
                  assertThat(after.findings().get(i)).isEqualTo(before.findings().get(i));
                }
              }
              n.incrementAndGet();
            });
    ranAtLeast(n, TestBudget.examples(1_000));
  }

  private static <T> void copy(Policy.Builder b, Policy from, Parameter<T> p) {
    from.find(p).ifPresent(v -> b.set(p, v));
  }

  @Test
  void anIdentityReformOfAnyPolicyChangesNothing() {
    AtomicLong n = counter("anIdentityReformOfAnyPolicyChangesNothing");
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(AGREEMENTS, POLICIES)
        .checkAssert(
            (laa, policy) -> {
              Policy same = policy.reform(policy.name()).build();
              assertThat(same).isEqualTo(policy);
              assertThat(same.score(laa).toText()).isEqualTo(policy.score(laa).toText());
              n.incrementAndGet();
            });
    ranAtLeast(n, TestBudget.examples(1_000));
  }

  private static final ExecutorService POOL = Executors.newFixedThreadPool(8);

  /**
   * The rendered scorecards of a cohort are the same bytes whether its agreements are scored one by
   * one on this thread, as eight tasks on eight threads, or with {@link
   * Policy#scoreInParallel(java.util.Collection)}.
   */
  @Test
  void oneThreadAndManyThreadsRenderTheSameBytes() throws Exception {
    AtomicLong n = counter("oneThreadAndManyThreadsRenderTheSameBytes");
    List<List<LocalAreaAgreement>> cohorts = new ArrayList<>();
    List<Policy> policies = new ArrayList<>();
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(LaaGenerators.cohorts(6).mix(WideGenerators.cohorts(5), 40), POLICIES)
        .checkAssert(
            (cohort, policy) -> {
              cohorts.add(cohort);
              policies.add(policy);
            });
    for (int c = 0; c < cohorts.size(); c++) {
      List<LocalAreaAgreement> cohort = cohorts.get(c);
      Policy policy = policies.get(c);
      byte[] sequential = render(policy.scoreCohort(cohort)).getBytes(StandardCharsets.UTF_8);
      List<Future<byte[]>> parts = new ArrayList<>();
      for (LocalAreaAgreement laa : cohort) {
        parts.add(POOL.submit(() -> policy.score(laa).toText().getBytes(StandardCharsets.UTF_8)));
      }
      java.io.ByteArrayOutputStream threaded = new java.io.ByteArrayOutputStream();
      for (Future<byte[]> f : parts) {
        threaded.write(f.get());
      }
      // Scored alone (no cohort), in input order, on eight threads and on this one: same bytes.
      StringBuilder inInputOrder = new StringBuilder();
      for (LocalAreaAgreement laa : cohort) {
        inInputOrder.append(policy.score(laa).toText());
      }
      assertThat(threaded.toByteArray())
          .isEqualTo(inInputOrder.toString().getBytes(StandardCharsets.UTF_8));
      assertThat(render(policy.scoreCohortInParallel(cohort)).getBytes(StandardCharsets.UTF_8))
          .isEqualTo(sequential);
      n.incrementAndGet();
    }
    ranAtLeast(n, TestBudget.examples(1_000));
  }

  private static String render(CohortScorecard scored) {
    StringBuilder sb = new StringBuilder(scored.toText()).append(scored.toMarkdown());
    for (Scorecard card : scored.scorecards()) {
      sb.append(card.toText());
    }
    return sb.toString();
  }
}
