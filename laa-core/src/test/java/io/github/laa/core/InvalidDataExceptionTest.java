package io.github.laa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.Assertions;
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
    assertThat(Objects.requireNonNull(e.getMessage()).lines().count()).isEqualTo(52);
  }

  @Test
  void keepsAThousandProblemsAndCountsEveryOne() {
    List<Problem> many = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      many.add(Problem.of("p" + i, "bad"));
    }
    InvalidDataException e = new InvalidDataException("Thing", many);
    assertThat(e.problems())
        .hasSize(InvalidDataException.MAX_KEPT_PROBLEMS)
        .startsWith(many.get(0));
    assertThat(e.problemCount()).isEqualTo(5_000);
    assertThat(e.getMessage())
        .startsWith("Thing is invalid (5000 problems):\n  p0: bad\n")
        .endsWith("\n  p49: bad\n  … and 4950 more");
  }

  @Test
  void aMillionBadAllocationsMakeOneBoundedException() {
    // Every added allocation names an unknown body: nearly a million problems (within the limit of
    // a million allocations, with Camden's own two), a thousand kept.
    Allocation stray = Fixtures.allocation("nobody", Fixtures.Y2006, 1);
    List<Allocation> rows = Collections.nCopies(999_998, stray);
    InvalidDataException e =
        Assertions.catchThrowableOfType(
            InvalidDataException.class, () -> Fixtures.camden().addAllAllocations(rows).build());
    assertThat(e.problemCount()).isEqualTo(999_998);
    assertThat(e.problems()).hasSize(1_000);
    assertThat(e.problems().get(0)).hasToString("allocations[2].recipient: no VCS body \"nobody\"");
    assertThat(e.getMessage()).endsWith("  … and 999948 more").hasLineCount(52);
  }

  @Test
  void anAgreementBeyondTheLimitsIsRefusedBeforeItIsChecked() {
    Allocation stray = Fixtures.allocation("nobody", Fixtures.Y2006, 1);
    List<Allocation> rows = Collections.nCopies(LocalAreaAgreement.MAX_ALLOCATIONS + 1, stray);
    InvalidDataException e =
        Assertions.catchThrowableOfType(
            InvalidDataException.class, () -> Fixtures.camden().addAllAllocations(rows).build());
    // One problem, the size (Camden's two allocations and a million and one more); the unknown
    // recipients are not even looked at.
    assertThat(e.getMessage())
        .isEqualTo(
            "LocalAreaAgreement for Camden is invalid: allocations: must be at most 1,000,000 but"
                + " were: 1,000,003");
  }
}
