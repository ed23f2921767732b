package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laa.core.Money;
import io.github.laa.scoring.lvsc.SmallGrantsRule;
import org.junit.jupiter.api.Test;

class ParameterTest {
  @Test
  void aParameterDescribesItselfAndPrintsItsId() {
    assertThat(SmallGrantsRule.GRANT_CEILING.description())
        .isEqualTo("largest maximum grant of a small grants programme");
    assertThat(SmallGrantsRule.GRANT_CEILING).hasToString("SMALL_GRANTS.grantCeiling");
  }

  @Test
  void aParameterSaysWhatIsWrongWithAValue() {
    assertThat(SmallGrantsRule.GRANT_CEILING.problem(Money.ofPence(-1)))
        .contains("must not be negative but was: -£0.01");
    assertThat(SmallGrantsRule.GRANT_CEILING.problem(Money.ZERO)).isEmpty();
    assertThat(SmallGrantsRule.GRANT_CEILING.problem(null)).contains("must be set");
    assertThat(SmallGrantsRule.GRANT_CEILING.problem("£5k"))
        .contains("must be a Money but was a String");
  }

  @Test
  void aDefaultItsOwnCheckRejectsIsAMistake() {
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
  }
}
