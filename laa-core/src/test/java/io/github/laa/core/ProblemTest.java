package io.github.laa.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Problem}: a path and a message, compared by both. */
class ProblemTest {

  private static final Problem P = Problem.of("recipient", "no VCS body \"x\"");

  @Test
  void problemsOfTheSamePathAndMessageAreEqualAndHashAlike() {
    assertThat(P)
        .isEqualTo(Problem.of("recipient", "no VCS body \"x\""))
        .hasSameHashCodeAs(Problem.of("recipient", "no VCS body \"x\""));
  }

  @Test
  void problemsOfAnotherPathOrMessageAreNotEqual() {
    assertThat(P)
        .isNotEqualTo(Problem.of("stream", "no VCS body \"x\""))
        .isNotEqualTo(Problem.of("recipient", "other"))
        .isNotEqualTo("recipient");
  }

  @Test
  void theHashDependsOnThePath() {
    assertThat(P.hashCode()).isNotEqualTo(Problem.of("stream", "no VCS body \"x\"").hashCode());
  }

  @Test
  void aProblemWithoutAPathPrintsAsItsMessage() {
    assertThat(Problem.of("", "bad")).hasToString("bad");
  }

  @Test
  void keepsItsMessage() {
    assertThat(P.message()).isEqualTo("no VCS body \"x\"");
  }
}
