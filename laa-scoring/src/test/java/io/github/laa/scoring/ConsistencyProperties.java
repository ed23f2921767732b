package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.testing.TestBudget;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.testing.LaaGenerators;
import java.io.ByteArrayOutputStream;
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
import org.quicktheories.generators.Generate;

/**
 * Laws that tie a finding's verdict to its own evidence and margin, that keep a reform's effect to
 * the rule it changes, and that make the rendered text the same bytes on one thread and on many —
 * over generated agreements (narrow and wide) under the default policy and random ones.
 */
class ConsistencyProperties {
  private static final Policy LVSC = Lvsc2006.policy();
  private static final Gen<LocalAreaAgreement> AGREEMENTS =
      LaaGenerators.agreements().mix(LaaGenerators.wideAgreements(), 50);
  private static final Gen<Policy> POLICIES =
      Fixtures.variants().map(Fixtures.Variant::policy).mix(Generate.constant(LVSC), 30);
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

  /**
   * Every finding of {@code card} agrees with its own evidence: the generic laws for every rule,
   * then the rule's own law ({@link RuleContract#verdictAgreesWithEvidence}) where its test gives
   * one.
   */
  static void verdictsAgreeWithEvidence(Scorecard card) {
    for (Finding f : card.findings()) {
      verdictAgreesWithEvidence(card.policy().entry(f.ruleId()).orElseThrow().rule(), f);
    }
  }

  /**
   * The generic laws — the score within the verdict's band; {@link Verdict#NOT_ASSESSED} exactly
   * when a missing fact is named, and then without a margin — and then the verdict each rule's
   * Javadoc derives from its checks, read back from the evidence alone.
   */
  static void verdictAgreesWithEvidence(Rule rule, Finding f) {
    Verdict v = f.verdict();
    assertThat(f.score()).isBetween(v.minScore(), v.maxScore());
    assertThat(f.score())
        .as("%s score in the band RULES.md gives %s", f.ruleId(), v)
        .isBetween(Reference.band(v)[0], Reference.band(v)[1]);
    if (v == Verdict.NOT_ASSESSED) {
      assertThat(f.missing()).as("%s names what is missing", f.ruleId()).isPresent();
      assertThat(f.margin()).isEmpty();
      return;
    }
    assertThat(f.missing()).isEmpty();
    RuleContracts.of(rule).ifPresent(c -> c.verdictAgreesWithEvidence(f));
  }

  @Test
  void everyVerdictAgreesWithItsOwnEvidenceAndMargin() {
    AtomicLong n = counter("everyVerdictAgreesWithItsOwnEvidenceAndMargin");
    qt().withExamples(TestBudget.examples(3_000))
        .forAll(AGREEMENTS, POLICIES)
        .checkAssert(
            (laa, policy) -> {
              verdictsAgreeWithEvidence(policy.score(laa));
              n.incrementAndGet();
            });
    ranAtLeast(n, TestBudget.examples(3_000));
  }

  @Test
  void inACohortEveryVerdictAgreesWithItsEvidenceToo() {
    AtomicLong n = counter("inACohortEveryVerdictAgreesWithItsEvidenceToo");
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(LaaGenerators.cohorts(8).mix(LaaGenerators.wideCohorts(6), 40), POLICIES)
        .checkAssert(
            (cohort, policy) -> {
              for (Scorecard card : policy.scoreCohort(cohort).scorecards()) {
                verdictsAgreeWithEvidence(card);
              }
              n.incrementAndGet();
            });
    ranAtLeast(n, TestBudget.examples(1_000));
  }

  /**
   * A reform of one rule's parameters changes that rule's finding at most: the others are
   * identical, evidence and parameters included.
   */
  @Test
  void aReformOfOneRuleChangesNoOtherRulesFinding() {
    AtomicLong n = counter("aReformOfOneRuleChangesNoOtherRulesFinding");
    List<Rule> rules = LVSC.rules();
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(AGREEMENTS, Fixtures.variants(), integers().between(0, rules.size() - 1))
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
              for (Finding f : before.findings()) {
                if (!f.ruleId().equals(rule.id())) {
                  assertThat(after.finding(f.ruleId())).contains(f);
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
   * Policy#scoreCohortInParallel(java.util.Collection)}.
   */
  @Test
  void oneThreadAndManyThreadsRenderTheSameBytes() throws Exception {
    AtomicLong n = counter("oneThreadAndManyThreadsRenderTheSameBytes");
    List<List<LocalAreaAgreement>> cohorts = new ArrayList<>();
    List<Policy> policies = new ArrayList<>();
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(LaaGenerators.cohorts(6).mix(LaaGenerators.wideCohorts(5), 40), POLICIES)
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
      ByteArrayOutputStream threaded = new ByteArrayOutputStream();
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
