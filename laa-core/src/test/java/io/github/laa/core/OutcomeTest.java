package io.github.laa.core;

import static io.github.laa.core.Fixtures.paths;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Outcome}: its id and title, and its defaults. */
class OutcomeTest {

  @Test
  void theIdAndTitleMustNotBeEmpty() {
    assertThat(paths(() -> Outcome.builder().id("").title("").build()))
        .containsExactly("id", "title");
  }

  @Test
  void isNotMandatoryByDefault() {
    assertThat(Outcome.builder().id("o").title("t").build().mandatory()).isFalse();
  }
}
