package io.github.laa.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link Areas}: the London areas and their lookup by name and by code. */
class AreasTest {

  @Test
  void londonHasTheCityAndThirtyTwoBoroughs() {
    assertThat(Areas.london()).hasSize(33);
    assertThat(Areas.londonBoroughs())
        .hasSize(32)
        .allMatch(a -> a.kind() == AreaKind.LONDON_BOROUGH);
  }

  @Test
  void londonCodesAreConsecutive() {
    for (int i = 0; i < 33; i++) {
      assertThat(Areas.london().get(i).code())
          .isEqualTo(String.format(Locale.ROOT, "E090000%02d", i + 1));
    }
  }

  @Test
  void londonNamesAreDistinct() {
    assertThat(Areas.london().stream().map(Area::name).collect(Collectors.toSet())).hasSize(33);
  }

  @Test
  void byNameFindsABoroughIgnoringCaseAndAmpersands() {
    assertThat(Areas.byName("Greenwich").orElseThrow().code()).isEqualTo("E09000011");
    assertThat(Areas.byName("hammersmith & fulham").orElseThrow().code()).isEqualTo("E09000013");
  }

  @Test
  void byCodeFindsTheCity() {
    assertThat(Areas.byCode("E09000001").orElseThrow().kind()).isEqualTo(AreaKind.CITY_OF_LONDON);
  }

  @Test
  void unknownCodesAndNamesAreEmpty() {
    assertThat(Areas.byCode("E09000034")).isEmpty();
    assertThat(Areas.byName("Atlantis")).isEmpty();
  }
}
