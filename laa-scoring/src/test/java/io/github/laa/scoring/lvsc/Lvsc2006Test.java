package io.github.laa.scoring.lvsc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.Fixtures;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Rule;
import io.github.laa.scoring.RuleContracts;
import io.github.laa.scoring.Scorecard;
import io.github.laa.scoring.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The LVSC 2006 content as a whole: its policy and its rules. */
class Lvsc2006Test {
  private static final Policy LVSC = Lvsc2006.policy();

  /** The shared campaigns compare and check a rule only through its test's contract. */
  @Test
  void everyRuleHasAContractInItsOwnTest() {
    for (Rule rule : Lvsc2006.rules()) {
      assertThat(RuleContracts.of(rule))
          .as("%s.CONTRACT", rule.getClass().getName() + "Test")
          .isPresent();
    }
  }

  @Test
  void thePolicyIsNamedAndDatedAfterTheResearch() {
    assertThat(LVSC.name()).isEqualTo("LVSC 2006");
    assertThat(LVSC.date()).isEqualTo(LocalDate.of(2006, 3, 8));
    assertThat(LVSC.toString()).startsWith("LVSC 2006 (2006-03-08), ");
  }

  @Test
  void netResourceLossAndSmallGrantsAreMust() {
    assertThat(LVSC.entries())
        .extracting(e -> e.rule().id())
        .contains(Lvsc2006.NET_RESOURCE_LOSS, Lvsc2006.SMALL_GRANTS);
    assertThat(LVSC.entry(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow().severity())
        .isEqualTo(Severity.MUST);
    assertThat(LVSC.entry(Lvsc2006.SMALL_GRANTS).orElseThrow().severity()).isEqualTo(Severity.MUST);
  }

  @Test
  void thePolicyHasTheParametersDefaults() {
    assertThat(LVSC.get(NetResourceLossRule.TOLERANCE)).isEqualTo(Percentage.ZERO);
    assertThat(LVSC.get(SmallGrantsRule.GRANT_CEILING)).isEqualTo(Money.parse("£5,000"));
    assertThat(LVSC.get(Policy.AMBER_THRESHOLD)).isEqualTo(70);
    assertThat(LVSC.find(NetResourceLossRule.DEFLATOR)).isEmpty();
  }

  @Test
  void thePolicyIsOneConstant() {
    assertThat(LVSC).isSameAs(Lvsc2006.policy());
  }

  @Test
  void thePolicyHasTheRulesInTheirOrder() {
    assertThat(LVSC.rules())
        .extracting(Rule::id)
        .containsExactlyElementsOf(Lvsc2006.rules().stream().map(Rule::id).toList());
  }

  @Test
  void aPolicyBuiltFromTheRulesScoresAsThePolicyDoes() {
    Scorecard card = LVSC.score(Fixtures.yearly("£100k", "£100k", "£100k", "£100k"));
    Policy.Builder b = Policy.builder("fresh", LocalDate.of(2026, 1, 1));
    Lvsc2006.rules().forEach(b::rule);
    Policy fresh = b.build();
    assertThat(fresh.entries()).hasSize(Lvsc2006.rules().size());
    assertThat(fresh.score(card.agreement()).findings()).isEqualTo(card.findings());
  }
}
