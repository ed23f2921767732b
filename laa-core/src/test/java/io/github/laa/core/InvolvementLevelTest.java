package io.github.laa.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link InvolvementLevel}: the rungs of the ladder of involvement and their order. */
class InvolvementLevelTest {

  @Test
  void aLevelIsAtLeastItself() {
    assertThat(InvolvementLevel.INVOLVED.isAtLeast(InvolvementLevel.INVOLVED)).isTrue();
  }

  @Test
  void aHigherLevelIsAtLeastALowerOne() {
    assertThat(InvolvementLevel.PARTNER.isAtLeast(InvolvementLevel.INVOLVED)).isTrue();
  }

  @Test
  void aLowerLevelIsNotAtLeastAHigherOne() {
    assertThat(InvolvementLevel.CONSULTED.isAtLeast(InvolvementLevel.INVOLVED)).isFalse();
  }

  @Test
  void leadingIsTheTopRung() {
    assertThat(InvolvementLevel.LEADING.rung()).isEqualTo(InvolvementLevel.TOP_RUNG);
  }
}
