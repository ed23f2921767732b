package io.github.laa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link Area}: a GSS code matching its kind, and a name. */
class AreaTest {

  @Test
  void acceptsAGssCodeMatchingItsKind() {
    assertThat(Area.of("E10000014", "Hampshire", AreaKind.COUNTY).kind())
        .isEqualTo(AreaKind.COUNTY);
  }

  @Test
  void rejectsACodeOfAnotherKind() {
    assertThatThrownBy(() -> Area.of("E09000011", "Greenwich", AreaKind.COUNTY))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Area is invalid: code: must start with E10 for COUNTY but was: E09000011");
  }

  @Test
  void reportsABlankNameABadCodeAndAMissingKindTogether() {
    assertThatThrownBy(() -> Area.builder().code("X1").name(" ").build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            """
            Area is invalid (3 problems):
              name: must not be blank but was: " "
              code: must be a GSS code, E and eight digits like "E09000011", but was: "X1"
              kind: must be set""");
  }
}
