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

  @Test
  void aParametersIdIsItsRulesIdAndItsName() {
    Parameter<Integer> p =
        Parameter.of(RuleId.of("CORE_FUNDING"), "years", "years to look at", Integer.class, 3);
    assertThat(p.id()).isEqualTo("CORE_FUNDING.years");
    assertThat(p.defaultValue()).contains(3);
    assertThatThrownBy(
            () -> Parameter.of(RuleId.of("CORE_FUNDING"), "Years", "years", Integer.class, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a parameter's name must be lower camel case, like tolerance, but was: Years");
    assertThatThrownBy(
            () -> Parameter.of(RuleId.of("CORE_FUNDING"), "years ago", "years", Integer.class, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a parameter's name must be lower camel case");
  }

  @Test
  void aParametersIdAndDescriptionAreCheckedText() {
    assertThatThrownBy(() -> Parameter.of("X.a\u00A0b", "a description", Integer.class, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a parameter's id must not contain spaces other than U+0020");
    assertThatThrownBy(() -> Parameter.of("X.a", "two\nlines", Integer.class, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "parameter X.a's description must not contain control characters but was:"
                + " \"two\\nlines\"");
  }
}
