package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.camden;
import static io.github.laa.scoring.Fixtures.chest;
import static io.github.laa.scoring.Fixtures.yearly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laa.core.InvalidDataException;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Problem;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.lvsc.SmallGrantsRule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PolicyTest {
  private static final Policy LVSC = Lvsc2006.policy();

  @Test
  void theDefaultPolicyHasTheLvscRulesAndDate() {
    assertThat(LVSC.name()).isEqualTo("LVSC 2006");
    assertThat(LVSC.date()).isEqualTo(LocalDate.of(2006, 3, 8));
    assertThat(LVSC.entries())
        .extracting(e -> e.rule().id())
        .contains(Lvsc2006.NET_RESOURCE_LOSS, Lvsc2006.SMALL_GRANTS);
    assertThat(LVSC.entry(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow().severity())
        .isEqualTo(Severity.MUST);
    assertThat(LVSC.entry(Lvsc2006.SMALL_GRANTS).orElseThrow().severity()).isEqualTo(Severity.MUST);
    assertThat(LVSC.get(NetResourceLossRule.TOLERANCE)).isEqualTo(Percentage.ZERO);
    assertThat(LVSC.get(SmallGrantsRule.GRANT_CEILING)).isEqualTo(Money.parse("£5,000"));
    assertThat(LVSC.get(Policy.AMBER_THRESHOLD)).isEqualTo(70);
    assertThat(LVSC.find(NetResourceLossRule.DEFLATOR)).isEmpty();
    assertThat(LVSC).isSameAs(Lvsc2006.policy());
    assertThat(LVSC.toString()).startsWith("LVSC 2006 (2006-03-08), ");
  }

  @Test
  void aReformIsANewPolicyAndLeavesTheOriginalUntouched() {
    Policy reform =
        LVSC.reform("Tolerant")
            .date(LocalDate.of(2007, 4, 1))
            .set(NetResourceLossRule.TOLERANCE, Percentage.of(10))
            .severity(Lvsc2006.SMALL_GRANTS, Severity.SHOULD)
            .weight(Lvsc2006.NET_RESOURCE_LOSS, 3)
            .build();
    assertThat(reform.get(NetResourceLossRule.TOLERANCE)).isEqualTo(Percentage.of(10));
    assertThat(LVSC.get(NetResourceLossRule.TOLERANCE)).isEqualTo(Percentage.ZERO);
    assertThat(LVSC.entry(Lvsc2006.SMALL_GRANTS).orElseThrow().severity()).isEqualTo(Severity.MUST);
    assertThat(reform.entry(Lvsc2006.SMALL_GRANTS).orElseThrow().severity())
        .isEqualTo(Severity.SHOULD);
    assertThat(reform.entry(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow().weight()).isEqualTo(3);
    assertThat(reform).isNotEqualTo(LVSC);
    assertThat(reform.reform("Tolerant").build()).isEqualTo(reform);
    assertThat(
            reform
                .reform("x")
                .clear(NetResourceLossRule.TOLERANCE)
                .build()
                .get(NetResourceLossRule.TOLERANCE))
        .isEqualTo(Percentage.ZERO);
  }

  @Test
  void invalidValuesAreAllReportedAtOnce() {
    assertThatThrownBy(
            () ->
                LVSC.reform("Broken")
                    .set(NetResourceLossRule.TOLERANCE, Percentage.of(101))
                    .set(Policy.BASELINE_YEARS, 0)
                    .set(Policy.AMBER_THRESHOLD, 101)
                    .set(Fixtures.CoreFunding.MINIMUM, Money.parse("£1"))
                    .weight(Lvsc2006.SMALL_GRANTS, 101)
                    .removeRule(RuleId.of("NO_SUCH_RULE"))
                    .build())
        .isInstanceOf(InvalidDataException.class)
        .satisfies(
            e ->
                assertThat(((InvalidDataException) e).problems())
                    .extracting(Problem::toString)
                    .containsExactly(
                        "rules: has no rule NO_SUCH_RULE to remove",
                        "rules[SMALL_GRANTS].weight: must be between 0 and 100 but was: 101",
                        "parameters[NET_RESOURCE_LOSS.tolerance]: must be between 0% and 100% but was: 101.00%",
                        "parameters[POLICY.baselineYears]: must be between 1 and 10 but was: 0",
                        "parameters[POLICY.amberThreshold]: must be between 0 and 100 but was: 101",
                        "parameters[CORE_FUNDING.minimum]: is not read by any rule of the policy"));
  }

  @Test
  void customRulesJoinAPolicyAndReadTheirParameters() {
    Policy council =
        LVSC.reform("Anytown 2007")
            .rule(new Fixtures.CoreFunding(), Severity.MUST, 1)
            .set(Fixtures.CoreFunding.MINIMUM, Money.parse("£10k"))
            .build();
    Scorecard card = council.score(yearly("£1", "£1", "£1", "£1"));
    Finding f = card.finding(RuleId.of("CORE_FUNDING")).orElseThrow();
    assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(f.get(Fixtures.CoreFunding.CORE, Fixtures.Y2006)).isEqualTo(Money.ZERO);
    assertThat(f.parameters())
        .extracting(Object::toString)
        .containsExactly("CORE_FUNDING.minimum = £10,000.00");
    assertThat(card.rag()).isEqualTo(Rag.RED);
    assertThat(card.findings().get(card.findings().size() - 1).ruleId())
        .isEqualTo(RuleId.of("CORE_FUNDING"));
    assertThat(
            council
                .reform("without")
                .removeRule(RuleId.of("CORE_FUNDING"))
                .build()
                .entry(RuleId.of("CORE_FUNDING")))
        .isEmpty();
  }

  @Test
  void ragIsRedWhenAMustRuleFailsAmberForConcernsOrALowScoreGreenOtherwise() {
    Policy headline = Fixtures.HEADLINE;
    // Net loss fails (MUST): red.
    assertThat(headline.score(yearly("£100k", "£90k", "£100k", "£100k")).rag()).isEqualTo(Rag.RED);
    // Net loss passes and small grants passes: green, score 100.
    Scorecard green =
        headline.score(
            yearly("£100k", "£100k", "£100k", "£100k").withSmallGrantsProgrammes(chest().build()));
    assertThat(green.rag()).isEqualTo(Rag.GREEN);
    assertThat(green.score()).hasValue(100);
    // Small grants only SHOULD and failing: amber, not red; score (100 + 0) / 2 = 50.
    Policy softer =
        headline.reform("softer").severity(Lvsc2006.SMALL_GRANTS, Severity.SHOULD).build();
    Scorecard amber = softer.score(yearly("£100k", "£100k", "£100k", "£100k"));
    assertThat(amber.rag()).isEqualTo(Rag.AMBER);
    assertThat(amber.score()).hasValue(50);
    // Everything passes but the amber threshold is above the score: amber.
    Policy strict = headline.reform("strict").set(Policy.AMBER_THRESHOLD, 100).build();
    assertThat(
            strict
                .score(
                    yearly("£100k", "£100k", "£100k", "£100k")
                        .withSmallGrantsProgrammes(chest().build()))
                .rag())
        .isEqualTo(Rag.GREEN);
    // Nothing assessed (no baseline; small grants left out with weight 0): no score, amber.
    Policy onlyNetLoss = headline.reform("only").removeRule(Lvsc2006.SMALL_GRANTS).build();
    Scorecard none = onlyNetLoss.score(camden().build());
    assertThat(none.score()).isEmpty();
    assertThat(none.rag()).isEqualTo(Rag.AMBER);
    assertThat(none.toString()).isEqualTo("Camden (Round 2) under only: AMBER, score n/a");
  }

  @Test
  void theOverallScoreIsTheWeightedMeanRoundedHalfEven() {
    // Net loss FAIL 39 (weight 3), small grants PASS 100 (weight 1): (117 + 100) / 4 = 54.25 → 54.
    Policy weighted =
        Policy.builder("Weighted", LocalDate.of(2006, 3, 8))
            .rule(NetResourceLossRule.INSTANCE, Severity.SHOULD, 3)
            .rule(SmallGrantsRule.INSTANCE, Severity.SHOULD, 1)
            .build();
    Scorecard card =
        weighted.score(
            yearly("£100k", "£90k", "£100k", "£100k").withSmallGrantsProgrammes(chest().build()));
    assertThat(card.finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow().score()).isEqualTo(39);
    assertThat(card.score()).hasValue(54);
    // Weight 0 leaves a rule out of the score: 100.
    Policy zero = weighted.reform("zero").weight(Lvsc2006.NET_RESOURCE_LOSS, 0).build();
    assertThat(
            zero.score(
                    yearly("£100k", "£90k", "£100k", "£100k")
                        .withSmallGrantsProgrammes(chest().build()))
                .score())
        .hasValue(100);
  }

  @Test
  void ruleIdsHaveOneForm() {
    assertThat(RuleId.of("CORE_FUNDING"))
        .isEqualTo(RuleId.of("CORE_FUNDING"))
        .hasToString("CORE_FUNDING");
    assertThatThrownBy(() -> RuleId.of("core funding"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("but was: \"core funding\"");
  }

  /**
   * Regression (found by the bad-input campaign): build() threw for the bad values alone and never
   * reached the rules' checks of combinations, so a policy with a 150 % tolerance and real terms
   * without a deflator was reported for the tolerance only. Now every rule whose own values are
   * acceptable checks its combinations too, and one exception lists both problems.
   */
  @Test
  void oneExceptionListsBadValuesAndTheCombinationsOtherRulesReject() {
    Policy.Builder b =
        LVSC.reform("two problems")
            .set(SmallGrantsRule.MIN_BUDGET_SHARE, Percentage.of(150))
            .set(NetResourceLossRule.TERMS, NetResourceLossRule.Terms.REAL);
    InvalidDataException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(InvalidDataException.class, b::build);
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly(
            "parameters[SMALL_GRANTS.minBudgetShare]", "parameters[NET_RESOURCE_LOSS.deflator]");
    // A rule whose own value is bad does not check its combinations (they could not be trusted).
    Policy.Builder c =
        LVSC.reform("bad tolerance")
            .set(NetResourceLossRule.TOLERANCE, Percentage.of(-1))
            .set(NetResourceLossRule.TERMS, NetResourceLossRule.Terms.REAL);
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                    InvalidDataException.class, c::build)
                .problems())
        .extracting(Problem::path)
        .containsExactly("parameters[NET_RESOURCE_LOSS.tolerance]");
  }

  /**
   * Regression (found by the bad-input campaign): the message echoed the input raw, control
   * characters and all.
   */
  @Test
  void ruleIdMessagesQuoteTheInputOnOnePrintableLine() {
    InvalidDataException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            InvalidDataException.class, () -> RuleId.of("bad\nid\u0007\"" + "x".repeat(70)));
    assertThat(e.problems().get(0).message())
        .isEqualTo(
            "must be upper-case letters, digits and underscores, starting with a letter, like NET_RESOURCE_LOSS, but was: \"bad\\u000aid\\u0007\\\""
                + "x".repeat(56)
                + "\"… (78 characters)");
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                    InvalidDataException.class, () -> RuleId.of("A".repeat(63) + "\uD83D\uDE00"))
                .getMessage())
        .endsWith("A".repeat(63) + "\\ud83d\"… (65 characters)");
  }
}
