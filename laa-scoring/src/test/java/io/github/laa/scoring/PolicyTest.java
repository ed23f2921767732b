package io.github.laa.scoring;

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
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Building, reforming and validating policies; the LVSC 2006 policy itself is in Lvsc2006Test. */
class PolicyTest {
  private static final Policy LVSC = Lvsc2006.policy();

  /** A 10% tolerance for R3a, small grants only SHOULD, net loss weighing 3. */
  private static final Policy TOLERANT =
      LVSC.reform("Tolerant")
          .date(LocalDate.of(2007, 4, 1))
          .set(NetResourceLossRule.TOLERANCE, Percentage.of(10))
          .severity(Lvsc2006.SMALL_GRANTS, Severity.SHOULD)
          .weight(Lvsc2006.NET_RESOURCE_LOSS, 3)
          .build();

  @Test
  void aReformIsANewPolicyAndLeavesTheOriginalUntouched() {
    Policy reform = TOLERANT;
    assertThat(reform.get(NetResourceLossRule.TOLERANCE)).isEqualTo(Percentage.of(10));
    assertThat(LVSC.get(NetResourceLossRule.TOLERANCE)).isEqualTo(Percentage.ZERO);
    assertThat(LVSC.entry(Lvsc2006.SMALL_GRANTS).orElseThrow().severity()).isEqualTo(Severity.MUST);
    assertThat(reform.entry(Lvsc2006.SMALL_GRANTS).orElseThrow().severity())
        .isEqualTo(Severity.SHOULD);
    assertThat(reform.entry(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow().weight()).isEqualTo(3);
    assertThat(reform).isNotEqualTo(LVSC);
    assertThat(reform.reform("Tolerant").build()).isEqualTo(reform);
  }

  @Test
  void clearingAValueReturnsItToItsDefault() {
    assertThat(
            TOLERANT
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
    InvalidDataException e = Assertions.catchThrowableOfType(InvalidDataException.class, b::build);
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly(
            "parameters[SMALL_GRANTS.minBudgetShare]", "parameters[NET_RESOURCE_LOSS.deflator]");
  }

  /** A rule whose own value is bad does not check its combinations (they could not be trusted). */
  @Test
  void aRuleWithABadValueOfItsOwnDoesNotCheckItsCombinations() {
    Policy.Builder c =
        LVSC.reform("bad tolerance")
            .set(NetResourceLossRule.TOLERANCE, Percentage.of(-1))
            .set(NetResourceLossRule.TERMS, NetResourceLossRule.Terms.REAL);
    assertThat(Assertions.catchThrowableOfType(InvalidDataException.class, c::build).problems())
        .extracting(Problem::path)
        .containsExactly("parameters[NET_RESOURCE_LOSS.tolerance]");
  }

  @Test
  void entriesAreEqualByRuleSeverityAndWeightAndPrintThem() {
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
  }

  @Test
  void policiesOfAnotherNameHashDifferently() {
    assertThat(LVSC.hashCode()).isNotEqualTo(LVSC.reform("other name").build().hashCode());
  }
}
