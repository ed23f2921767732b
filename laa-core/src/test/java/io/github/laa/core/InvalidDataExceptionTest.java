package io.github.laa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link InvalidDataException}: its subject, its problems and the message it writes of them. */
class InvalidDataExceptionTest {

  private static InvalidDataException fiftyThreeProblems() {
    List<Problem> many = new ArrayList<>();
    for (int i = 0; i < 53; i++) {
      many.add(Problem.of("p" + i, "bad"));
    }
    return new InvalidDataException("Thing", many);
  }

  @Test
  void needsAProblem() {
    assertThatThrownBy(() -> new InvalidDataException("X", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(InvalidDataException.class);
  }

  @Test
  void keepsItsSubjectAndEveryProblem() {
    InvalidDataException e = fiftyThreeProblems();
    assertThat(e.subject()).isEqualTo("Thing");
    assertThat(e.problems()).hasSize(53);
  }

  @Test
  void writesAtMostFiftyProblemsIntoItsMessageAndCountsTheRest() {
    InvalidDataException e = fiftyThreeProblems();
    assertThat(e.getMessage())
        .startsWith("Thing is invalid (53 problems):\n  p0: bad\n")
        .contains("\n  p49: bad\n  … and 3 more")
        .doesNotContain("p50");
    assertThat(java.util.Objects.requireNonNull(e.getMessage()).lines().count()).isEqualTo(52);
  }
}
