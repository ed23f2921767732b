package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.lvsc.NetResourceLossRuleTest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RuleContractsTest {
  @Test
  void aRulesContractIsTheContractOfTheTestNamedAfterItsClass() {
    assertThat(RuleContracts.of(NetResourceLossRule.INSTANCE))
        .containsSame(NetResourceLossRuleTest.CONTRACT);
  }

  @Test
  void aRuleWithoutATestHasNoContract() {
    assertThat(RuleContracts.of(new Fixtures.CoreFunding())).isEmpty();
  }

  /** A rule whose test has a contract that is not final. */
  static final class Unfinished implements Rule {
    @Override
    public RuleId id() {
      return RuleId.of("UNFINISHED");
    }

    @Override
    public String title() {
      return "Unfinished";
    }

    @Override
    public Citation citation() {
      return Citation.of("nowhere", "nothing");
    }

    @Override
    public Finding evaluate(RuleInput in) {
      return in.finding().notAssessed("anything");
    }
  }

  /** The test of {@link Unfinished}, with a contract that could be replaced. */
  static final class UnfinishedTest {
    @SuppressWarnings("NonFinalStaticField") // the mistake RuleContracts rejects
    public static RuleContract CONTRACT =
        new RuleContract() {
          @Override
          public Reference.Expected expected(
              LocalAreaAgreement laa,
              Parameters policy,
              @Nullable List<LocalAreaAgreement> cohort) {
            return Reference.Expected.notAssessed();
          }

          @Override
          public void verdictAgreesWithEvidence(Finding f) {}
        };

    private UnfinishedTest() {}
  }

  @Test
  void aContractThatIsNotStaticFinalIsRejected() {
    assertThatThrownBy(() -> RuleContracts.of(new Unfinished()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "io.github.laa.scoring.RuleContractsTest$UnfinishedTest.CONTRACT must be a public static"
                + " final RuleContract");
  }
}
