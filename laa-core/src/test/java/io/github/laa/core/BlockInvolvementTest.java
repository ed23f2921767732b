package io.github.laa.core;

import static io.github.laa.core.Fixtures.paths;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link BlockInvolvement}: the VCS's involvement in one block at one stage, and its note. */
class BlockInvolvementTest {

  private static BlockInvolvement.Builder cypDesign() {
    return BlockInvolvement.builder().block("CYP").stage(Stage.DESIGN).level(InvolvementLevel.NONE);
  }

  @Test
  void aNoteOfFourThousandCharactersWithLineBreaksAndTabsIsAccepted() {
    BlockInvolvement ok = cypDesign().note("a\nb\tc\r" + "d".repeat(3_994)).build();
    assertThat(ok.note().orElseThrow()).hasSize(4_000);
  }

  @Test
  void aNoteOfMoreThanFourThousandCharactersIsRejected() {
    assertThat(paths(() -> cypDesign().note("d".repeat(4_001)).build())).containsExactly("note");
  }

  @Test
  void checksTheTextOfTheBlockAndOfTheNote() {
    assertThat(
            paths(
                () ->
                    BlockInvolvement.builder()
                        .block(" b")
                        .stage(Stage.DESIGN)
                        .level(InvolvementLevel.NONE)
                        .note(" ")
                        .build()))
        .containsExactly("block", "note");
  }
}
