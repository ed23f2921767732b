package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.HEADLINE;
import static io.github.laa.scoring.Fixtures.camden;
import static io.github.laa.scoring.Fixtures.chest;
import static io.github.laa.scoring.Fixtures.grown;
import static io.github.laa.scoring.Fixtures.yearly;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.lvsc.InfrastructureRule;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.lvsc.SmallGrantsRule;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A scorecard's rating, overall score, equality and rendering. Policies of a few named rules
 * ({@link Fixtures#HEADLINE}, {@link Fixtures#policyOf}) keep the expected figures and text
 * independent of which rules LVSC 2006 has.
 */
class ScorecardTest {
  private static final Policy LVSC = Lvsc2006.policy();

  /** R3a fails (2007/08 is £5k short, MUST), R3b passes. */
  private static final Scorecard CARD =
      HEADLINE.score(
          yearly("£100,000", "£100k", "£95k", "£110k").withSmallGrantsProgrammes(chest().build()));

  /** R1 is not assessed (no profile); R3a fails in 2006/07, £10k short. */
  private static final Scorecard MISSING_AND_FAILING =
      Fixtures.policyOf(InfrastructureRule.INSTANCE, NetResourceLossRule.INSTANCE)
          .score(yearly("£100k", "£90k", "£100k", "£100k"));

  // ---------------------------------------------------------------------------------------------
  // Rating and overall score

  @Test
  void aFailingMustRuleMakesTheScorecardRed() {
    assertThat(HEADLINE.score(yearly("£100k", "£90k", "£100k", "£100k")).rag()).isEqualTo(Rag.RED);
  }

  @Test
  void aScorecardWhoseEveryRulePassesIsGreen() {
    Scorecard green =
        HEADLINE.score(
            yearly("£100k", "£100k", "£100k", "£100k").withSmallGrantsProgrammes(chest().build()));
    assertThat(green.rag()).isEqualTo(Rag.GREEN);
    assertThat(green.score()).hasValue(100);
  }

  @Test
  void aScorecardWhoseRulesAllPassBelowTheAmberThresholdIsAmber() {
    Policy at80 =
        Policy.builder("Council", LocalDate.of(2006, 3, 8))
            .rule(Fixtures.passingWith(80))
            .set(Policy.AMBER_THRESHOLD, 80)
            .build();
    Policy at81 = at80.reform("Stricter").set(Policy.AMBER_THRESHOLD, 81).build();
    LocalAreaAgreement laa = yearly("£100k", "£100k", "£100k", "£100k");
    assertThat(at80.score(laa).score()).hasValue(80);
    assertThat(at80.score(laa).rag()).isEqualTo(Rag.GREEN);
    assertThat(at81.score(laa).rag()).isEqualTo(Rag.AMBER);
  }

  @Test
  void aFailingShouldRuleMakesTheScorecardAmberNotRed() {
    // Small grants only SHOULD and failing: amber, not red; score (100 + 0) / 2 = 50.
    Policy softer =
        HEADLINE.reform("softer").severity(Lvsc2006.SMALL_GRANTS, Severity.SHOULD).build();
    Scorecard amber = softer.score(yearly("£100k", "£100k", "£100k", "£100k"));
    assertThat(amber.rag()).isEqualTo(Rag.AMBER);
    assertThat(amber.score()).hasValue(50);
  }

  @Test
  void aScoreAtTheAmberThresholdIsNotBelowIt() {
    // Everything passes with 100, and the threshold is 100: green.
    Policy strict = HEADLINE.reform("strict").set(Policy.AMBER_THRESHOLD, 100).build();
    assertThat(
            strict
                .score(
                    yearly("£100k", "£100k", "£100k", "£100k")
                        .withSmallGrantsProgrammes(chest().build()))
                .rag())
        .isEqualTo(Rag.GREEN);
  }

  @Test
  void aScoreBelowTheAmberThresholdMakesTheScorecardAtBestAmber() {
    Scorecard card = LVSC.score(yearly("£100k", "£100k", "£100k", "£100k"));
    int score = card.score().getAsInt();
    Policy strict = LVSC.reform("strict").set(Policy.AMBER_THRESHOLD, score + 1).build();
    Policy lenient = LVSC.reform("lenient").set(Policy.AMBER_THRESHOLD, score).build();
    boolean concerns =
        card.findings().stream()
            .anyMatch(f -> f.verdict() == Verdict.FAIL || f.verdict() == Verdict.WARN);
    assertThat(strict.score(card.agreement()).rag()).isEqualTo(concerns ? card.rag() : Rag.AMBER);
    if (!concerns) {
      assertThat(lenient.score(card.agreement()).rag()).isEqualTo(Rag.GREEN);
    }
  }

  @Test
  void aScorecardWithNothingAssessedHasNoScoreAndIsAmber() {
    // Nothing assessed (no baseline; small grants removed): no score, amber.
    Policy onlyNetLoss = HEADLINE.reform("only").removeRule(Lvsc2006.SMALL_GRANTS).build();
    Scorecard none = onlyNetLoss.score(camden().build());
    assertThat(none.score()).isEmpty();
    assertThat(none.rag()).isEqualTo(Rag.AMBER);
  }

  @Test
  void aScorecardPrintsItsAreaRoundPolicyRatingAndScore() {
    Policy onlyNetLoss = HEADLINE.reform("only").removeRule(Lvsc2006.SMALL_GRANTS).build();
    assertThat(onlyNetLoss.score(camden().build()).toString())
        .isEqualTo("Camden (Round 2) under only: AMBER, score n/a");
  }

  /** Net loss SHOULD with weight 3, small grants SHOULD with weight 1. */
  private static final Policy WEIGHTED =
      Policy.builder("Weighted", LocalDate.of(2006, 3, 8))
          .rule(NetResourceLossRule.INSTANCE, Severity.SHOULD, 3)
          .rule(SmallGrantsRule.INSTANCE, Severity.SHOULD, 1)
          .build();

  @Test
  void theOverallScoreIsTheWeightedMeanRoundedHalfEven() {
    // Net loss FAIL 39 (weight 3), small grants PASS 100 (weight 1): (117 + 100) / 4 = 54.25 → 54.
    Scorecard card =
        WEIGHTED.score(
            yearly("£100k", "£90k", "£100k", "£100k").withSmallGrantsProgrammes(chest().build()));
    assertThat(card.finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow().score()).isEqualTo(39);
    assertThat(card.score()).hasValue(54);
  }

  @Test
  void aRuleOfWeightZeroIsLeftOutOfTheOverallScore() {
    Policy zero = WEIGHTED.reform("zero").weight(Lvsc2006.NET_RESOURCE_LOSS, 0).build();
    assertThat(
            zero.score(
                    yearly("£100k", "£90k", "£100k", "£100k")
                        .withSmallGrantsProgrammes(chest().build()))
                .score())
        .hasValue(100);
  }

  @Test
  void scorecardsAreEqualByContent() {
    Scorecard a = LVSC.score(yearly("£100k", "£90k", "£100k", "£100k"));
    Scorecard b = LVSC.score(yearly("£100k", "£100k", "£100k", "£100k"));
    assertThat(a).isEqualTo(LVSC.score(yearly("£100k", "£90k", "£100k", "£100k"))).isNotEqualTo(b);
    assertThat(a.hashCode()).isNotEqualTo(b.hashCode());
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  @Test
  void textLeadsWithASummaryLinePerRuleThenTheCompactEvidence() {
    String text = CARD.toText();
    assertThat(text)
        .startsWith(
            """
            Scorecard: Camden (E09000007)
            Agreement: Round 2, 2006/07 to 2008/09
            Policy:    LVSC 2006 (2006-03-08)
            Rating:    RED, score 70/100

            Rule               Verdict  Score  Margin or missing fact
            -----------------  -------  -----  -----------------------------------------------------------------
            NET_RESOURCE_LOSS  FAIL        39  VCS resources in 2007/08 must rise by £5,000.00 to avoid a net
                                               loss
            SMALL_GRANTS       PASS       100  Maximum grant in Community Chest could rise by £0.00 before
                                               exceeding the ceiling
            """)
        .contains("1. NET_RESOURCE_LOSS: No net loss of resources to the VCS\n")
        .contains("   MUST, weight 1: FAIL, score 39\n")
        .contains("     total [2005/06]     £100,000.00\n")
        // A check of £0.00 stays; the zero percentage change beside it goes.
        .contains("     change [2006/07]          £0.00  PASS\n")
        .doesNotContain("change % [2006/07]")
        .contains("     change [2007/08]     -£5,000.00  FAIL\n")
        .contains("     change % [2007/08]       -5.00%\n")
        .contains(
            "     change by stream [Neighbourhood Renewal Fund]  £100,000.00  £95,000.00"
                + "  -£5,000.00  -5.00%\n")
        .contains("     maximum grant [Community Chest]    £5,000.00  PASS\n")
        // The policy's parameters are all at their defaults, and the citations are in the detail.
        .doesNotContain("Parameters")
        .doesNotContain("NET_RESOURCE_LOSS.tolerance")
        .doesNotContain("Cites:")
        .doesNotContain(" \n");
  }

  @Test
  void detailedTextAddsMarginCitationZerosAndEveryParameter() {
    String text = CARD.toDetailedText();
    assertThat(text)
        .startsWith(CARD.toText().substring(0, CARD.toText().indexOf("\nEvidence")))
        .contains("Evidence, every row and parameter\n")
        .contains(
            "   Margin:   VCS resources in 2007/08 must rise by £5,000.00 to avoid a net loss\n")
        .contains(
            "   Cites:    LVSC, \"Voluntary sector involvement in Local Area Agreements\", 8 March"
                + " 2006,\n")
        .contains("     change % [2006/07]        0.00%\n")
        .contains("   Parameters:\n     POLICY.baselineYears = 1\n")
        .contains("     NET_RESOURCE_LOSS.tolerance = 0.00%\n")
        .contains("     NET_RESOURCE_LOSS.deflator = (not set)\n")
        .doesNotContain(" \n");
    assertThat(text.lines()).allMatch(l -> l.length() <= 100);
  }

  @Test
  void markdownHasASummaryTableAndASectionPerFinding() {
    String md = CARD.toMarkdown();
    assertThat(md)
        .startsWith(
            "## Camden (E09000007) — Round 2, 2006/07 to 2008/09\n\n**Policy:** LVSC 2006 (2006-03-08) · **Rating:** RED")
        .contains("| Rule              | Verdict | Score | Margin or missing fact ")
        .contains(
            "| NET_RESOURCE_LOSS | FAIL    |    39 | VCS resources in 2007/08 must rise by £5,000.00 to avoid a net loss ")
        .contains("### NET_RESOURCE_LOSS: No net loss of resources to the VCS")
        .contains(
            "**FAIL**, score 39 (MUST, weight 1). VCS resources in 2007/08 must rise by £5,000.00 to avoid a net loss.")
        .contains("| change [2007/08]   |  -£5,000.00 | FAIL  |")
        .contains("| change [2006/07]   |       £0.00 | PASS  |")
        .doesNotContain("change % [2006/07]")
        // Every parameter is at its default.
        .doesNotContain("Parameters")
        .doesNotContain("POLICY.baselineYears");
  }

  @Test
  void renderingIsTheSameUnderAnyDefaultLocaleAndEveryTime() {
    String expected = CARD.toText();
    Locale saved = Locale.getDefault();
    try {
      for (Locale l :
          new Locale[] {
            Locale.FRANCE,
            Locale.GERMANY,
            Locale.forLanguageTag("ar-EG"),
            Locale.forLanguageTag("hi-IN")
          }) {
        Locale.setDefault(l);
        assertThat(CARD.toText()).isEqualTo(expected);
        assertThat(HEADLINE.score(CARD.agreement()).toText()).isEqualTo(expected);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void textNumbersEachFindingAndShowsItsSeverityWeightAndNotAssessedAsNa() {
    String text = MISSING_AND_FAILING.toText();
    assertThat(text)
        .contains(
            "\nINFRASTRUCTURE_TARGETING  NOT_ASSESSED    n/a  missing: infrastructure profile\n")
        .contains(
            "\nNET_RESOURCE_LOSS         FAIL             39  VCS resources in 2006/07 must rise"
                + " by £10,000.00 to\n"
                + "                                               avoid a net loss\n")
        .contains(
            "\n1. INFRASTRUCTURE_TARGETING: Extra resources where VCS infrastructure is weakest\n"
                + "   SHOULD, weight 1: NOT_ASSESSED, score n/a\n")
        .contains(
            "\n2. NET_RESOURCE_LOSS: No net loss of resources to the VCS\n"
                + "   MUST, weight 1: FAIL, score 39\n")
        .doesNotContain("score 0");
    assertThat(MISSING_AND_FAILING.toDetailedText())
        .contains("   Missing:  infrastructure profile\n")
        .contains(
            "   Margin:   VCS resources in 2006/07 must rise by £10,000.00 to avoid a net loss\n");
  }

  @Test
  void markdownShowsEachVerdictWithItsMissingFactOrMarginAndAnEvidenceTable() {
    String md = MISSING_AND_FAILING.toMarkdown();
    assertThat(md)
        .contains(
            "| INFRASTRUCTURE_TARGETING | NOT_ASSESSED |   n/a | missing: infrastructure profile")
        .contains(
            "**NOT_ASSESSED**, score n/a (SHOULD, weight 1). Missing: infrastructure profile.\n");
    assertThat(md)
        .contains(
            "**FAIL**, score 39 (MUST, weight 1). VCS resources in 2006/07 must rise by £10,000.00 to avoid a net loss.\n");
    assertThat(md).contains("| Evidence").doesNotContain("score 0");
  }

  /**
   * Regression (found by the differential oracle's wide generator): scoring and rendering money
   * grown beyond any percentage threw {@link ArithmeticException}; the percentages are now left out
   * of the evidence and nothing throws.
   */
  @Test
  void aScorecardOfMoneyGrownBeyondAnyPercentageRenders() {
    Policy policy =
        LVSC.reform("budget share").set(SmallGrantsRule.MIN_BUDGET_SHARE, Percentage.of(1)).build();
    assertThat(policy.score(grown()).toText()).contains("Rating:    RED");
  }

  @Test
  void aChangeWithoutAPercentageRendersWithoutOne() {
    // Comparing the mean: NRF's 1p baseline against (HUGE + 1p + 0) ÷ 3 = 768,614,336,404,564,651p.
    Policy mean =
        LVSC.reform("mean")
            .set(NetResourceLossRule.COMPARISON, NetResourceLossRule.Comparison.MEAN_OF_YEARS)
            .build();
    String text = mean.score(grown()).toDetailedText();
    // The label wraps (the amounts leave it 29 columns); its first line holds the amounts and ends
    // with the difference: no percentage.
    assertThat(text)
        .containsPattern(
            "\n     change by stream +£0\\.01 +£7,686,143,364,045,646\\.51"
                + " +\\+£7,686,143,364,045,646\\.50\n +\\[Neighbourhood Renewal Fund\\]\n");
  }
}
