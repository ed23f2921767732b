package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.Y2005;
import static io.github.laa.scoring.Fixtures.Y2006;
import static io.github.laa.scoring.Fixtures.Y2007;
import static io.github.laa.scoring.Fixtures.Y2008;
import static io.github.laa.scoring.Fixtures.camden;
import static io.github.laa.scoring.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.laa.core.Areas;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Purpose;
import io.github.laa.core.SizeBand;
import io.github.laa.scoring.internal.Aggregate;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.Recommendation;
import io.github.laa.scoring.lvsc.SmallGrantsRule;
import io.github.laa.scoring.testing.LaaGenerators;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The value types of findings (evidence, margins, changes, citations, parameters) compared and
 * printed, the lazily computed groups of {@link AgreementFacts} against the eager ones, and
 * scorecard diffs — the gaps mutation testing found in laa-scoring, each closed with a specific
 * value.
 */
class ValuesAndFactsTest {
  private static final Policy LVSC = Lvsc2006.policy();

  @Test
  void everyGroupComputedOnFirstUseEqualsTheOneComputedUpFront() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(
            io.github.laa.scoring.testing.LaaGenerators.agreements()
                .mix(LaaGenerators.wideAgreements(), 50),
            org.quicktheories.generators.SourceDSL.integers().between(1, 4))
        .checkAssert(
            (laa, window) -> {
              AgreementFacts eager = AgreementFacts.of(laa, window, EnumSet.allOf(Aggregate.class));
              AgreementFacts lazy = AgreementFacts.of(laa, window, EnumSet.noneOf(Aggregate.class));
              assertThat(lazy.baselineYears()).isEqualTo(window);
              assertThat(lazy.baselineWindow())
                  .hasSize(window)
                  .startsWith(laa.firstYear().plusYears(-window))
                  .endsWith(laa.firstYear().previous());
              for (int y = -window - 1; y <= 3; y++) {
                assertThat(lazy.total(y)).isEqualTo(eager.total(y));
                assertThat(lazy.count(y)).isEqualTo(eager.count(y));
                assertThat(lazy.totalInAgreementStreams(y))
                    .isEqualTo(eager.totalInAgreementStreams(y));
                assertThat(lazy.countInAgreementStreams(y))
                    .isEqualTo(eager.countInAgreementStreams(y));
                for (int s = -1; s < laa.streams().size(); s++) {
                  assertThat(lazy.stream(s, y)).isEqualTo(eager.stream(s, y));
                }
                for (Purpose p : Purpose.values()) {
                  assertThat(lazy.purpose(p, y)).isEqualTo(eager.purpose(p, y));
                }
                for (SizeBand b : SizeBand.values()) {
                  assertThat(lazy.band(b, y)).isEqualTo(eager.band(b, y));
                }
                assertThat(lazy.microOrSmall(y))
                    .isEqualTo(eager.band(SizeBand.MICRO, y) + eager.band(SizeBand.SMALL, y));
                assertThat(lazy.outcomeDelivery(y)).isEqualTo(eager.outcomeDelivery(y));
                assertThat(lazy.communityBased(y)).isEqualTo(eager.communityBased(y));
                assertThat(lazy.smallGrantsToMicroOrSmall(y))
                    .isEqualTo(eager.smallGrantsToMicroOrSmall(y));
                assertThat(lazy.longTerm(y)).isEqualTo(eager.longTerm(y));
                assertThat(lazy.fullCost(y)).isEqualTo(eager.fullCost(y));
                assertThat(lazy.inAdvance(y)).isEqualTo(eager.inAdvance(y));
              }
              for (int b = 0; b < laa.bodies().size(); b++) {
                assertThat(lazy.bodyInAgreement(b)).isEqualTo(eager.bodyInAgreement(b));
                assertThat(lazy.bodyInBaseline(b)).isEqualTo(eager.bodyInBaseline(b));
              }
            });
  }

  /**
   * Camden, baseline window of two years: the CVS gets £10k in 2004/05 (outside a one-year window),
   * £20k in 2005/06; the club £5k in 2005/06 and £7k in 2006/07; the trust £30k in 2008/09. Every
   * group read back by hand.
   */
  @Test
  void theFactsOfAHandMadeAgreement() {
    LocalAreaAgreement laa =
        camden()
            .addAllocation(money("cvs", "nrf", Fixtures.Y2004, "£10k"))
            .addAllocation(
                money("cvs", "council", Y2005, "£20k").withTermYears(3).withFullCostRecovery(true))
            .addAllocation(
                money("club", "nrf", Y2005, "£5k")
                    .withPurpose(Purpose.SMALL_GRANTS)
                    .withPaidInAdvance(true))
            .addAllocation(money("club", "nrf", Y2006, "£7k").withPurpose(Purpose.SMALL_GRANTS))
            .addAllocation(money("trust", "council", Y2008, "£30k"))
            .build();
    AgreementFacts one = AgreementFacts.of(laa);
    assertThat(one.total(-1)).isEqualTo(25_000_00L);
    assertThat(one.total(-2)).as("outside a one-year window").isZero();
    assertThat(one.total(Y2005)).isEqualTo(Money.ofPounds(25_000));
    assertThat(one.totalInAgreementStreams(-1)).isEqualTo(5_000_00L);
    assertThat(one.count(-1)).isEqualTo(2);
    assertThat(one.countInAgreementStreams(-1)).isEqualTo(1);
    assertThat(one.stream(1, -1)).as("council budget").isEqualTo(20_000_00L);
    assertThat(one.stream(1, 2)).isEqualTo(30_000_00L);
    assertThat(one.purpose(Purpose.SMALL_GRANTS, 0)).isEqualTo(7_000_00L);
    assertThat(one.smallGrantsToMicroOrSmall(-1)).isEqualTo(5_000_00L);
    assertThat(one.microOrSmall(0)).isEqualTo(7_000_00L);
    assertThat(one.communityBased(0)).isEqualTo(7_000_00L);
    assertThat(one.longTerm(-1)).isEqualTo(20_000_00L);
    assertThat(one.fullCost(-1)).isEqualTo(20_000_00L);
    assertThat(one.inAdvance(-1)).isEqualTo(5_000_00L);
    assertThat(one.bodyInBaseline(0)).isEqualTo(20_000_00L);
    assertThat(one.bodyInAgreement(1)).isEqualTo(7_000_00L);
    assertThat(one.bodyInAgreement(2)).isEqualTo(30_000_00L);
    assertThat(one.year(-1)).isEqualTo(Y2005);
    AgreementFacts two = AgreementFacts.of(laa, 2, EnumSet.of(Aggregate.BODIES));
    assertThat(two.total(-2)).isEqualTo(10_000_00L);
    assertThat(two.bodyInBaseline(0)).isEqualTo(30_000_00L);
    assertThat(two.total(3)).as("after the agreement").isZero();
    assertThat(two.total(-3)).as("before the window").isZero();
    assertThat(AgreementFacts.of(laa, 10, EnumSet.noneOf(Aggregate.class)).baselineYears())
        .isEqualTo(10);
    assertThatThrownBy(() -> AgreementFacts.of(laa, 0, EnumSet.noneOf(Aggregate.class)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AgreementFacts.of(laa, 11, EnumSet.noneOf(Aggregate.class)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void valuesAreEqualOnlyWithEqualParts() {
    Change c = Change.of(Money.ofPounds(10), Money.ofPounds(8));
    assertThat(c)
        .isEqualTo(Change.of(Money.ofPounds(10), Money.ofPounds(8)))
        .hasSameHashCodeAs(Change.of(Money.ofPounds(10), Money.ofPounds(8)));
    assertThat(c)
        .isNotEqualTo(Change.of(Money.ofPounds(10), Money.ofPounds(9)))
        .isNotEqualTo(Change.of(Money.ofPounds(11), Money.ofPounds(8)))
        .isNotEqualTo("x");
    assertThat(c.hashCode())
        .isNotEqualTo(Change.of(Money.ofPounds(8), Money.ofPounds(10)).hashCode());
    assertThat(c).hasToString("£10.00 → £8.00 (-£2.00, -20.00%)");
    assertThat(Change.of(Money.ofPounds(10), Money.ofPounds(15)))
        .hasToString("£10.00 → £15.00 (+£5.00, +50.00%)");
    assertThat(Change.of(Money.ofPounds(10), Money.ofPounds(10)))
        .hasToString("£10.00 → £10.00 (£0.00, 0.00%)");
    assertThat(Change.of(Money.ZERO, Money.ofPounds(1))).hasToString("£0.00 → £1.00 (+£1.00)");

    Key<Money> budget = Key.of("budget", Money.class);
    Evidence<?> e = evidence(f -> f.check(budget, Y2006, Money.ofPounds(5), Verdict.WARN));
    assertThat(e).isEqualTo(evidence(f -> f.check(budget, Y2006, Money.ofPounds(5), Verdict.WARN)));
    assertThat(e)
        .isNotEqualTo(evidence(f -> f.check(budget, Y2006, Money.ofPounds(5), Verdict.PASS)))
        .isNotEqualTo(evidence(f -> f.check(budget, Y2007, Money.ofPounds(5), Verdict.WARN)))
        .isNotEqualTo(evidence(f -> f.check(budget, Y2006, Money.ofPounds(6), Verdict.WARN)))
        .isNotEqualTo(evidence(f -> f.check(budget, "2006/07", Money.ofPounds(5), Verdict.WARN)))
        .isNotEqualTo(evidence(f -> f.evidence(budget, Y2006, Money.ofPounds(5))));
    assertThat(e.hashCode())
        .isNotEqualTo(
            evidence(f -> f.check(budget, Y2007, Money.ofPounds(5), Verdict.WARN)).hashCode());
    assertThat(e).hasToString("budget [2006/07]: £5.00 (WARN)");
    assertThat(evidence(f -> f.evidence(Key.of("total", Money.class), Money.ofPounds(1))))
        .hasToString("total: £1.00");

    Margin m =
        Margin.of(
            "VCS resources",
            Y2007,
            Margin.Direction.MUST_RISE,
            Margin.Amount.of(Money.ofPounds(3)),
            "to avoid a net loss");
    assertThat(m.subject()).isEqualTo("VCS resources");
    assertThat(m.goal()).isEqualTo("to avoid a net loss");
    assertThat(m.direction()).contains(Margin.Direction.MUST_RISE);
    assertThat(m.year()).contains(Y2007);
    assertThat(m)
        .isEqualTo(
            Margin.of(
                "VCS resources",
                Y2007,
                Margin.Direction.MUST_RISE,
                Margin.Amount.of(Money.ofPounds(3)),
                "to avoid a net loss"));
    assertThat(m)
        .isNotEqualTo(
            Margin.of(
                "VCS resources",
                Y2007,
                Margin.Direction.MUST_RISE,
                Margin.Amount.of(Money.ofPounds(4)),
                "to avoid a net loss"))
        .isNotEqualTo(Margin.requirement("x"));
    assertThat(m.hashCode())
        .isNotEqualTo(
            Margin.of(
                    "VCS resources",
                    Y2008,
                    Margin.Direction.MUST_RISE,
                    Margin.Amount.of(Money.ofPounds(3)),
                    "to avoid a net loss")
                .hashCode());
    assertThat(Margin.requirement("Needs a programme").goal()).isEmpty();
    assertThat(Margin.requirement("Needs a programme").direction()).isEmpty();
    assertThat(Margin.requirement("Needs a programme").money()).isEmpty();
    assertThat(Margin.requirement("Needs a programme").isRequirement()).isTrue();

    Citation cited = SmallGrantsRule.INSTANCE.citation();
    assertThat(cited.source()).isEqualTo(Recommendation.SOURCE + ", recommendation 3");
    assertThat(cited.text())
        .startsWith("resources should be made available to support a small grants programme");
    assertThat(cited)
        .isEqualTo(SmallGrantsRule.INSTANCE.citation())
        .isNotEqualTo(io.github.laa.scoring.lvsc.NetResourceLossRule.INSTANCE.citation());
    assertThat(Citation.of("Anytown Compact", "core funding"))
        .isNotEqualTo(Citation.of("Anytown Compact", "other"))
        .isNotEqualTo(Citation.of("Elsewhere", "core funding"));
    assertThat(Citation.of("Anytown Compact", "core funding").hashCode())
        .isNotEqualTo(Citation.of("Elsewhere", "core funding").hashCode());
    assertThat(Recommendation.R3.summary())
        .isEqualTo(
            "No net loss of resources to the VCS; a small grants programme as part of capacity building.");
    assertThat(Recommendation.R3.text()).contains("net loss");
  }

  /** The one piece of evidence a finding builder records. */
  private static Evidence<?> evidence(java.util.function.Consumer<Finding.Builder> record) {
    Finding.Builder f = Finding.builder(SmallGrantsRule.INSTANCE);
    record.accept(f);
    return f.verdict(Verdict.PASS).build().evidence().get(0);
  }

  @Test
  void parametersAndTheirValuesDescribeThemselves() {
    assertThat(SmallGrantsRule.GRANT_CEILING.description())
        .isEqualTo("largest maximum grant of a small grants programme");
    assertThat(SmallGrantsRule.GRANT_CEILING).hasToString("SMALL_GRANTS.grantCeiling");
    assertThat(SmallGrantsRule.GRANT_CEILING.problem(Money.ofPence(-1)))
        .contains("must not be negative but was: -£0.01");
    assertThat(SmallGrantsRule.GRANT_CEILING.problem(Money.ZERO)).isEmpty();
    assertThat(SmallGrantsRule.GRANT_CEILING.problem(null)).contains("must be set");
    assertThat(SmallGrantsRule.GRANT_CEILING.problem("£5k"))
        .contains("must be a Money but was a String");
    assertThatThrownBy(
            () ->
                Parameter.of(
                    "X.bad",
                    "a bad default",
                    Integer.class,
                    -1,
                    i -> i < 0 ? "must not be negative" : null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("default of X.bad must not be negative");
    Finding f = LVSC.score(camden().build()).finding(Lvsc2006.SMALL_GRANTS).orElseThrow();
    ParameterValue ceiling = valueOf(f, SmallGrantsRule.GRANT_CEILING);
    ParameterValue cap = valueOf(f, SmallGrantsRule.INCOME_CAP_LIMIT);
    assertThat(ceiling.value()).contains(Money.ofPounds(5_000));
    assertThat(ceiling)
        .isEqualTo(valueOf(f, SmallGrantsRule.GRANT_CEILING))
        .isNotEqualTo(cap)
        .hasToString("SMALL_GRANTS.grantCeiling = £5,000.00");
    assertThat(ceiling.hashCode()).isNotEqualTo(cap.hashCode());
    Policy.Entry entry = LVSC.entry(Lvsc2006.SMALL_GRANTS).orElseThrow();
    Policy.Entry other = LVSC.entry(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();
    assertThat(entry).hasToString("SMALL_GRANTS (MUST, weight 1)");
    assertThat(entry)
        .isEqualTo(LVSC.reform("same").build().entry(Lvsc2006.SMALL_GRANTS).orElseThrow())
        .isNotEqualTo(other);
    assertThat(entry)
        .isNotEqualTo(
            LVSC.reform("weight")
                .weight(Lvsc2006.SMALL_GRANTS, 2)
                .build()
                .entry(Lvsc2006.SMALL_GRANTS)
                .orElseThrow());
    assertThat(entry.hashCode()).isNotEqualTo(other.hashCode());
    assertThat(LVSC.rules())
        .extracting(Rule::id)
        .containsExactlyElementsOf(Lvsc2006.rules().stream().map(Rule::id).toList());
    assertThat(LVSC.hashCode()).isNotEqualTo(LVSC.reform("other name").build().hashCode());
  }

  /** The value {@code f} records for parameter {@code p}. */
  private static ParameterValue valueOf(Finding f, Parameter<?> p) {
    return f.parameters().stream().filter(v -> v.parameter() == p).findFirst().orElseThrow();
  }

  @Test
  void ruleIdsCompareByTheirText() {
    assertThat(Lvsc2006.SMALL_GRANTS.compareTo(Lvsc2006.NET_RESOURCE_LOSS)).isPositive();
    assertThat(Lvsc2006.SMALL_GRANTS.hashCode())
        .isNotEqualTo(Lvsc2006.NET_RESOURCE_LOSS.hashCode());
  }

  @Test
  void findingsAndScorecardsCompareAndPrintByContent() {
    Scorecard a = LVSC.score(Fixtures.yearly("£100k", "£90k", "£100k", "£100k"));
    Scorecard b = LVSC.score(Fixtures.yearly("£100k", "£100k", "£100k", "£100k"));
    Finding fa = a.finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();
    Finding fb = b.finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();
    assertThat(fa)
        .isEqualTo(
            LVSC.score(Fixtures.yearly("£100k", "£90k", "£100k", "£100k"))
                .finding(Lvsc2006.NET_RESOURCE_LOSS)
                .orElseThrow());
    assertThat(fa).isNotEqualTo(fb);
    assertThat(fa.hashCode()).isNotEqualTo(fb.hashCode());
    assertThat(fa).hasToString("NET_RESOURCE_LOSS: FAIL (score 39)");
    assertThat(a.finding(Lvsc2006.INFRASTRUCTURE_TARGETING).orElseThrow())
        .hasToString(
            "INFRASTRUCTURE_TARGETING: NOT_ASSESSED (score 0), missing infrastructure profile");
    assertThat(a)
        .isEqualTo(LVSC.score(Fixtures.yearly("£100k", "£90k", "£100k", "£100k")))
        .isNotEqualTo(b);
    assertThat(a.hashCode()).isNotEqualTo(b.hashCode());
    assertThat(Finding.builder(SmallGrantsRule.INSTANCE).build())
        .hasToString("SMALL_GRANTS: NOT_ASSESSED (score 0), missing a verdict from the rule");
    assertThat(Finding.builder(SmallGrantsRule.INSTANCE).build().missing())
        .contains("a verdict from the rule");
    assertThat(Finding.builder(SmallGrantsRule.INSTANCE).notAssessed("a fact").missing())
        .contains("a fact");
    Finding about =
        Finding.builder(SmallGrantsRule.INSTANCE)
            .notAssessed("a deflator index for", FinancialYear.of(2006));
    assertThat(about.missing()).contains("a deflator index for 2006/07");
    assertThat(about)
        .hasToString("SMALL_GRANTS: NOT_ASSESSED (score 0), missing a deflator index for 2006/07");
    assertThat(about)
        .isEqualTo(
            Finding.builder(SmallGrantsRule.INSTANCE).notAssessed("a deflator index for 2006/07"));
    assertThat(about.hashCode())
        .isEqualTo(
            Finding.builder(SmallGrantsRule.INSTANCE)
                .notAssessed("a deflator index for 2006/07")
                .hashCode());
    assertThat(about)
        .isNotEqualTo(
            Finding.builder(SmallGrantsRule.INSTANCE)
                .notAssessed("a deflator index for", FinancialYear.of(2007)));

    ScorecardDiff diff = a.diff(b);
    assertThat(diff.isEmpty()).isFalse();
    assertThat(a.diff(a).isEmpty()).isTrue();
    assertThat(diff.scoreChange()).hasValue(b.score().getAsInt() - a.score().getAsInt());
    assertThat(diff).hasToString("ScorecardDiff of Camden: " + diff.flipped().size() + " flipped");
    FindingDiff loss = diff.finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();
    assertThat(loss.flipped()).isTrue();
    assertThat(loss.scoreChange()).isEqualTo(100 - 39);
    assertThat(loss).hasToString("NET_RESOURCE_LOSS: FAIL → PASS (+61)");
    assertThat(b.diff(a).finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow())
        .hasToString("NET_RESOURCE_LOSS: PASS → FAIL (-61)");
    // Same verdicts but another score is not empty either.
    Scorecard c =
        LVSC.score(Fixtures.yearly("£100k", "£30k", "£100k", "£100k")); // FAIL too, score 0 not 39
    assertThat(a.diff(c).isEmpty()).isFalse();
    // A rule on one side only.
    Scorecard without =
        LVSC.reform("no R6")
            .removeRule(Lvsc2006.COMMISSIONING_PRACTICE)
            .build()
            .score(a.agreement());
    FindingDiff gone = a.diff(without).finding(Lvsc2006.COMMISSIONING_PRACTICE).orElseThrow();
    assertThat(gone.flipped()).isTrue();
    assertThat(gone.scoreChange())
        .isEqualTo(-a.finding(Lvsc2006.COMMISSIONING_PRACTICE).orElseThrow().score());
    assertThat(a.diff(without).scoreChange()).isPresent();
    assertThatThrownBy(
            () -> a.diff(LVSC.score(a.agreement().withArea(Areas.byName("Hackney").orElseThrow()))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cohortDiffsAndCohortsPrintWhatTheyHold() {
    List<LocalAreaAgreement> cohort =
        List.of(
            Fixtures.yearly("£100k", "£90k", "£100k", "£100k"),
            Fixtures.yearly("£100k", "£100k", "£100k", "£100k")
                .withArea(Areas.byName("Hackney").orElseThrow()));
    CohortScorecard before = LVSC.scoreCohort(cohort);
    CohortScorecard after =
        LVSC.reform("10% tolerance")
            .set(io.github.laa.scoring.lvsc.NetResourceLossRule.TOLERANCE, Percentage.of(10))
            .build()
            .scoreCohort(cohort);
    CohortDiff diff = before.diff(after);
    assertThat(diff)
        .hasToString("CohortDiff LVSC 2006 → 10% tolerance: " + diff.flips().size() + " flips");
    assertThat(diff.flips()).isNotEmpty();
    assertThat(diff.toMarkdown()).contains("Camden").contains("NET_RESOURCE_LOSS");
    assertThat(diff.toText()).contains("Camden").contains("NET_RESOURCE_LOSS");
    assertThat(before).hasToString("CohortScorecard of 2 areas under LVSC 2006");
    assertThat(before.agreements())
        .extracting(a -> a.area().name())
        .containsExactly("Camden", "Hackney");
    assertThat(before.scorecard("E09000012")).isPresent();
    assertThat(before.scorecard("E09000099")).isEmpty();
  }
}
