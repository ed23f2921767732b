package io.github.laa.scoring.lvsc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.scoring.Rule;
import io.github.laa.scoring.RuleContracts;
import org.junit.jupiter.api.Test;

/** The LVSC 2006 content as a whole. */
class Lvsc2006Test {
  /** The shared campaigns compare and check a rule only through its test's contract. */
  @Test
  void everyRuleHasAContractInItsOwnTest() {
    for (Rule rule : Lvsc2006.rules()) {
      assertThat(RuleContracts.of(rule))
          .as("%s.CONTRACT", rule.getClass().getName() + "Test")
          .isPresent();
    }
  }
}
