package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.Y2006;
import static io.github.laa.scoring.Fixtures.camden;
import static io.github.laa.scoring.Fixtures.money;
import static io.github.laa.scoring.Reference.TEN_THOUSAND;
import static io.github.laa.scoring.Reference.big;
import static io.github.laa.scoring.Reference.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.Area;
import io.github.laa.core.Areas;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Purpose;
import io.github.laa.core.testing.TestBudget;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.testing.LaaGenerators;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Adding a rule to the LVSC content touches the rule class, {@code Lvsc2006} (its id and its place
 * in {@code rules()}) and the rules reference {@code RULES.md}, plus the rule's own test — no other
 * main file and no other test: the shared tests (the differential oracle, the consistency laws, the
 * generators' reach, the bad-input campaign) iterate over a policy's rules and learn what they need
 * of each from its test's {@link RuleContract}.
 *
 * <p>This test proves it. It defines an eighth rule, {@link CoreFundingShareRule}, with its own id,
 * parameter, evidence keys and cohort view, and its own test, {@link CoreFundingShareRuleTest},
 * whose contract {@link RuleContracts} finds by the same convention as for the LVSC rules; it adds
 * the rule to a reform of {@code Lvsc2006.policy()} and runs the shared machinery over that policy
 * unchanged: the consistency laws over generated agreements and cohorts, the bad-input campaign's
 * policy-level checks, the text and Markdown reports, and {@link CohortScorecard#view}.
 */
class AddingARuleTest {
  /** The eighth rule's id, as {@code Lvsc2006} would declare it. */
  static final RuleId CORE_FUNDING_SHARE = RuleId.of("CORE_FUNDING_SHARE");

  /**
   * An illustrative eighth rule: at least {@link #MIN_SHARE} (default 10%) of the VCS money of the
   * agreement's first year is core funding ({@link Purpose#CORE}), else {@link Verdict#FAIL} (score
   * 0) with a requirement as its margin; {@link Verdict#PASS} (score 100) otherwise. No VCS money
   * in the first year: {@link Verdict#NOT_ASSESSED}. Across a cohort it lists the areas that fail.
   */
  static final class CoreFundingShareRule implements Rule {
    /** The least share of the first year's VCS money that must be core funding (default 10%). */
    static final Parameter<Percentage> MIN_SHARE =
        Parameter.of(
            CORE_FUNDING_SHARE,
            "minShare",
            "least share of the first agreement year's VCS money for core costs",
            Percentage.class,
            Percentage.of(10),
            p ->
                p.isNegative() || p.isGreaterThan(Percentage.HUNDRED)
                    ? "must be between 0% and 100% but was: " + p
                    : null);

    /** Evidence: core funding in the first agreement year. */
    static final Key<Money> CORE = Key.of("core funding", Money.class);

    /** Evidence: its share of the year's VCS money, with its check. */
    static final Key<Percentage> SHARE = Key.of("core share of VCS money", Percentage.class);

    /** The areas whose finding fails, by area code. */
    static final CohortView<ImmutableList<Area>> SHORT_OF_CORE_FUNDING =
        CohortView.of(
            "Areas short of core funding (R7)",
            cohort ->
                cohort.scorecards().stream()
                    .filter(s -> s.verdict(CORE_FUNDING_SHARE) == Verdict.FAIL)
                    .map(Scorecard::area)
                    .collect(ImmutableList.toImmutableList()),
            areas -> {
              Section.Builder s =
                  Section.builder("Areas short of core funding (R7)")
                      .description("core funding below the minimum share, by area code")
                      .column("Area")
                      .column("Code");
              areas.forEach(a -> s.row(a.name(), a.code()));
              return s.build();
            });

    static final CoreFundingShareRule INSTANCE = new CoreFundingShareRule();

    private CoreFundingShareRule() {}

    @Override
    public RuleId id() {
      return CORE_FUNDING_SHARE;
    }

    @Override
    public String title() {
      return "A share of VCS money for core costs";
    }

    @Override
    public Citation citation() {
      return Citation.of(
          "An illustrative eighth rule", "a fair share of VCS funding meets core costs");
    }

    @Override
    public ImmutableList<Parameter<?>> parameters() {
      return ImmutableList.of(MIN_SHARE);
    }

    @Override
    public ImmutableList<CohortView<?>> cohortViews() {
      return ImmutableList.of(SHORT_OF_CORE_FUNDING);
    }

    @Override
    public Finding evaluate(RuleInput in) {
      Finding.Builder f = in.finding();
      FinancialYear year = in.facts().year(0);
      long total = in.facts().total(0);
      if (total == 0) {
        return f.notAssessed("VCS money in", year);
      }
      long core = in.facts().purpose(Purpose.CORE, 0);
      Percentage min = in.get(MIN_SHARE);
      boolean enough =
          BigInteger.valueOf(core)
                  .multiply(BigInteger.valueOf(10_000))
                  .compareTo(
                      BigInteger.valueOf(min.basisPoints()).multiply(BigInteger.valueOf(total)))
              >= 0;
      f.evidence(CORE, year, Money.ofPence(core));
      f.check(SHARE, year, Percentage.ratio(core, total), enough ? Verdict.PASS : Verdict.FAIL);
      if (enough) {
        return f.verdict(Verdict.PASS).score(100).build();
      }
      return f.verdict(Verdict.FAIL)
          .score(0)
          .margin(
              Margin.requirement(
                  "Core funding in " + year + " must be at least " + min + " of its VCS money"))
          .build();
    }
  }

  /** The eighth rule's own test, as far as the shared campaigns are concerned: its contract. */
  static final class CoreFundingShareRuleTest {
    /** Its reference computation, law and parameter draws. */
    public static final RuleContract CONTRACT =
        new RuleContract() {
          @Override
          public Reference.Expected expected(
              LocalAreaAgreement laa, Parameters policy, @Nullable List<LocalAreaAgreement> c) {
            FinancialYear first = laa.firstYear();
            BigInteger total = sum(laa, a -> a.year().equals(first));
            if (total.signum() == 0) {
              return Reference.Expected.notAssessed();
            }
            BigInteger core = sum(laa, a -> a.year().equals(first) && a.purpose() == Purpose.CORE);
            long bp = policy.get(CoreFundingShareRule.MIN_SHARE).basisPoints();
            return core.multiply(TEN_THOUSAND).compareTo(big(bp).multiply(total)) >= 0
                ? Reference.Expected.of(Verdict.PASS, 100)
                : Reference.Expected.of(Verdict.FAIL, 0).withMargin(Reference.NO_AMOUNT);
          }

          @Override
          public void verdictAgreesWithEvidence(Finding f) {
            assertThat(RuleContract.checks(f, CoreFundingShareRule.SHARE))
                .containsExactly(f.verdict());
            assertThat(f.margin().map(Margin::isRequirement))
                .isEqualTo(f.verdict() == Verdict.FAIL ? Optional.of(true) : Optional.empty());
          }

          @Override
          public Set<Verdict> verdictsOfGeneratedAgreements() {
            return EnumSet.of(Verdict.PASS, Verdict.FAIL, Verdict.NOT_ASSESSED);
          }

          @Override
          public void drawParameters(ParameterDraw draw) {
            draw.share(CoreFundingShareRule.MIN_SHARE);
          }
        };

    private CoreFundingShareRuleTest() {}
  }

  /** LVSC 2006 with the eighth rule added, as a reform. */
  private static final Policy EIGHT =
      Lvsc2006.policy()
          .reform("LVSC 2006 and core funding")
          .rule(CoreFundingShareRule.INSTANCE)
          .build();

  /**
   * Camden, £10k of core funding of £100k in 2006/07 (exactly 10%, a pass), and Hackney, £9,999.99
   * of £100k (a fail).
   */
  private static List<LocalAreaAgreement> oneShortOfCoreFunding() {
    LocalAreaAgreement camden =
        camden()
            .addAllocation(money("cvs", "nrf", Y2006, "£90k"))
            .addAllocation(money("club", "council", Y2006, "£10k").withPurpose(Purpose.CORE))
            .build();
    LocalAreaAgreement hackney =
        camden()
            .addAllocation(money("cvs", "nrf", Y2006, "£90,000.01"))
            .addAllocation(money("club", "council", Y2006, "£9,999.99").withPurpose(Purpose.CORE))
            .build()
            .withArea(Areas.byName("Hackney").orElseThrow());
    return List.of(camden, hackney);
  }

  @Test
  void theRulesContractIsFoundInItsOwnTestByTheConvention() {
    assertThat(RuleContracts.of(CoreFundingShareRule.INSTANCE))
        .containsSame(CoreFundingShareRuleTest.CONTRACT);
    assertThat(EIGHT.rules()).endsWith(CoreFundingShareRule.INSTANCE);
  }

  @Test
  void theConsistencyLawsHoldOverGeneratedAgreementsAndTheRuleReachesEveryVerdict() {
    Set<Verdict> seen = EnumSet.noneOf(Verdict.class);
    AtomicLong n = new AtomicLong();
    qt().withExamples(TestBudget.examples(2_000))
        .withFixedSeed(8)
        .forAll(LaaGenerators.agreements().mix(LaaGenerators.wideAgreements(), 50))
        .checkAssert(
            laa -> {
              Scorecard card = EIGHT.score(laa);
              ConsistencyProperties.verdictsAgreeWithEvidence(card);
              Finding f = card.finding(CORE_FUNDING_SHARE).orElseThrow();
              CoreFundingShareRuleTest.CONTRACT.expected(laa, EIGHT, null).assertMatches(f);
              seen.add(f.verdict());
              n.incrementAndGet();
            });
    assertThat(n.get()).isGreaterThanOrEqualTo(TestBudget.examples(2_000) * 99L / 100);
    assertThat(seen).containsAll(CoreFundingShareRuleTest.CONTRACT.verdictsOfGeneratedAgreements());
  }

  @Test
  void theConsistencyLawsHoldInGeneratedCohorts() {
    qt().withExamples(TestBudget.examples(300))
        .forAll(LaaGenerators.cohorts(8).mix(LaaGenerators.wideCohorts(6), 40))
        .checkAssert(
            cohort -> {
              for (Scorecard card : EIGHT.scoreCohort(cohort).scorecards()) {
                ConsistencyProperties.verdictsAgreeWithEvidence(card);
              }
            });
  }

  @Test
  void aRuleAddedWithoutATestOfItsOwnGetsTheGenericLaws() {
    Policy withoutContract =
        Lvsc2006.policy().reform("with a council's rule").rule(new Fixtures.CoreFunding()).build();
    assertThat(RuleContracts.of(new Fixtures.CoreFunding())).isEmpty();
    qt().withExamples(TestBudget.examples(500))
        .forAll(LaaGenerators.agreements())
        .checkAssert(
            laa -> ConsistencyProperties.verdictsAgreeWithEvidence(withoutContract.score(laa)));
  }

  @Test
  void theBadInputCampaignsPolicyChecksCoverTheRulesParameter() {
    PolicyProbes probes =
        new PolicyProbes(
            new BadInputCampaign.Input(),
            EIGHT,
            Fixtures.sample(LaaGenerators.agreements(), 100, 1));
    BadInputTest.RandomDraw draw = new BadInputTest.RandomDraw(8);
    int inputs = TestBudget.examples(2_000);
    for (int i = 0; i < inputs; i++) {
      probes.policies(draw);
    }
    assertThat(probes.plantedPaths()).containsKey("parameters[CORE_FUNDING_SHARE.minShare]");
    assertThat(probes.validPolicies()).isPositive();
  }

  @Test
  void itsFindingAppearsInTheScorecardsTextAndMarkdown() {
    Scorecard card = EIGHT.score(oneShortOfCoreFunding().get(1));
    assertThat(card.toText())
        .contains(
            "\nCORE_FUNDING_SHARE        FAIL              0  Core funding in 2006/07 must be at"
                + " least 10.00% of\n"
                + "                                               its VCS money\n")
        .contains(
            "\n"
                + EIGHT.rules().size()
                + ". CORE_FUNDING_SHARE: A share of VCS money for core costs\n"
                + "   SHOULD, weight 1: FAIL, score 0\n")
        .contains("     core share of VCS money [2006/07]     10.00%  FAIL\n");
    assertThat(card.toDetailedText())
        .contains("   Margin:   Core funding in 2006/07 must be at least 10.00% of its VCS money\n")
        .contains("     CORE_FUNDING_SHARE.minShare = 10.00%\n");
    assertThat(card.toMarkdown())
        .contains("### CORE_FUNDING_SHARE: A share of VCS money for core costs\n")
        .contains("| core share of VCS money [2006/07] |");
  }

  @Test
  void itsCohortSectionAppearsInTheCohortsTextAndMarkdown() {
    CohortScorecard cohort = EIGHT.scoreCohort(oneShortOfCoreFunding());
    assertThat(cohort.toText())
        .endsWith(
            "\nAreas short of core funding (R7): core funding below the minimum share, by area"
                + " code\nArea     Code\n-------  ---------\nHackney  E09000012\n");
    assertThat(cohort.toMarkdown())
        .contains("### Areas short of core funding (R7)\n\nCore funding below the minimum share")
        .contains("| Hackney | E09000012 |");
  }

  @Test
  void theCohortScorecardGivesItsViewsValue() {
    CohortScorecard cohort = EIGHT.scoreCohort(oneShortOfCoreFunding());
    assertThat(cohort.view(CoreFundingShareRule.SHORT_OF_CORE_FUNDING).orElseThrow())
        .extracting(Area::name)
        .containsExactly("Hackney");
    assertThat(cohort.views()).endsWith(CoreFundingShareRule.SHORT_OF_CORE_FUNDING);
  }
}
