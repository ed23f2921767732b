package io.github.laa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AreasTest {

  @Test
  void londonHasTheCityAndThirtyTwoBoroughsWithConsecutiveCodes() {
    assertThat(Areas.london()).hasSize(33);
    assertThat(Areas.londonBoroughs())
        .hasSize(32)
        .allMatch(a -> a.kind() == AreaKind.LONDON_BOROUGH);
    for (int i = 0; i < 33; i++) {
      assertThat(Areas.london().get(i).code())
          .isEqualTo(String.format(java.util.Locale.ROOT, "E090000%02d", i + 1));
    }
    assertThat(Areas.london().stream().map(Area::name).collect(Collectors.toSet())).hasSize(33);
  }

  @Test
  void findsThePilotBoroughsByNameOrCode() {
    assertThat(Areas.byName("Greenwich").orElseThrow().code()).isEqualTo("E09000011");
    assertThat(Areas.byName("hammersmith & fulham").orElseThrow().code()).isEqualTo("E09000013");
    assertThat(Areas.byCode("E09000001").orElseThrow().kind()).isEqualTo(AreaKind.CITY_OF_LONDON);
    assertThat(Areas.byCode("E09000034")).isEmpty();
    assertThat(Areas.byName("Atlantis")).isEmpty();
  }

  @Test
  void anAreaCodeMustBeAGssCodeMatchingItsKind() {
    assertThat(Area.of("E10000014", "Hampshire", AreaKind.COUNTY).kind())
        .isEqualTo(AreaKind.COUNTY);
    assertThatThrownBy(() -> Area.of("E09000011", "Greenwich", AreaKind.COUNTY))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Area is invalid: code: must start with E10 for COUNTY but was: E09000011");
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
