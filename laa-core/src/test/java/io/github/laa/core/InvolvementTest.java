package io.github.laa.core;

import static io.github.laa.core.Fixtures.paths;
import static io.github.laa.core.Fixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Involvement}: the VCS's strategic involvement and one entry per block and stage. */
class InvolvementTest {

  @Test
  void needsAStrategicLevelAndOneEntryPerBlockAndStage() {
    assertThat(
            problems(
                () ->
                    Involvement.builder()
                        .addBlock(BlockInvolvement.of("CYP", Stage.DESIGN, InvolvementLevel.NONE))
                        .addBlock(
                            BlockInvolvement.of("CYP", Stage.DESIGN, InvolvementLevel.LEADING))
                        .build()))
        .containsExactly(
            "strategic: must be set", "blocks[1]: must not repeat block \"CYP\" stage DESIGN");
  }

  @Test
  void levelGivesTheLevelOfABlockAtAStageOrNothing() {
    Involvement inv =
        Involvement.builder()
            .strategic(InvolvementLevel.CONSULTED)
            .addBlock(BlockInvolvement.of("CYP", Stage.DESIGN, InvolvementLevel.PARTNER))
            .build();
    assertThat(inv.level("CYP", Stage.DESIGN)).contains(InvolvementLevel.PARTNER);
    assertThat(inv.level("CYP", Stage.DELIVERY)).isEmpty();
  }

  @Test
  void aStrategicNoteMustNotHoldAControlCharacter() {
    assertThat(
            paths(
                () ->
                    Involvement.builder()
                        .strategic(InvolvementLevel.NONE)
                        .strategicNote("bell\u0007")
                        .build()))
        .containsExactly("strategicNote");
  }
}
