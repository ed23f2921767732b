package io.github.laa.core;

import static io.github.laa.core.Fixtures.paths;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link FundingStream}: the limits of its id and name, and its defaults. */
class FundingStreamTest {

  @Test
  void anIdOfAHundredCharactersIsAcceptedAndOneOfAHundredAndOneRejected() {
    assertThat(FundingStream.of("x".repeat(100), "n").id()).hasSize(100);
    assertThat(paths(() -> FundingStream.of("x".repeat(101), "n"))).containsExactly("id");
  }

  @Test
  void aNameOfThreeHundredCharactersIsAcceptedAndOneOfThreeHundredAndOneRejected() {
    assertThat(FundingStream.of("s", "n".repeat(300)).name()).hasSize(300);
    assertThat(paths(() -> FundingStream.of("s", "n".repeat(301)))).containsExactly("name");
  }

  /** A line break is allowed in a note, not in a name or an id. */
  @Test
  void aNameMustNotHoldALineBreak() {
    assertThat(paths(() -> FundingStream.of("s", "two\nlines"))).containsExactly("name");
  }

  @Test
  void anIdMustNotHoldAControlCharacter() {
    assertThat(paths(() -> FundingStream.of("s\u0007", "n"))).containsExactly("id");
  }

  @Test
  void theIdAndNameMustNotBeEmpty() {
    assertThat(paths(() -> FundingStream.builder().id("").name("").build()))
        .containsExactly("id", "name");
  }

  @Test
  void isPooledNotRingFencedAndNotFormerlyDirectToTheVcsByDefault() {
    FundingStream s = FundingStream.of("s", "Stream");
    assertThat(s.ringFenced()).isFalse();
    assertThat(s.formerlyDirectToVcs()).isFalse();
    assertThat(s.mode()).isEqualTo(FundingMode.POOLED);
  }
}
