package io.github.laa.core;

import static io.github.laa.core.Fixtures.paths;
import static io.github.laa.core.Fixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Block}: ids and names from its type or, for a local theme, given; its streams. */
class BlockTest {

  @Test
  void aStandardBlockTakesItsIdAndNameFromItsType() {
    Block cyp = Block.of(BlockType.CHILDREN_AND_YOUNG_PEOPLE);
    assertThat(cyp.id()).isEqualTo("CYP");
    assertThat(cyp.name()).isEqualTo("Children and Young People");
  }

  @Test
  void aLocalThemeNeedsAnIdAndAName() {
    assertThat(problems(() -> Block.builder().type(BlockType.LOCAL_THEME).build()))
        .containsExactly(
            "id: must be set for a local theme", "name: must be set for a local theme");
  }

  @Test
  void aLocalThemeKeepsTheIdItIsGiven() {
    Block sd =
        Block.builder()
            .type(BlockType.LOCAL_THEME)
            .id("SD")
            .name("Sustainable Development")
            .build();
    assertThat(sd.id()).isEqualTo("SD");
  }

  @Test
  void checksItsIdForWhiteSpace() {
    assertThat(paths(() -> Block.builder().type(BlockType.SINGLE_POT).id("SP ").build()))
        .containsExactly("id");
  }

  @Test
  void checksEachStreamForWhiteSpace() {
    assertThat(paths(() -> Block.builder().type(BlockType.SINGLE_POT).addStream(" x").build()))
        .containsExactly("streams[0]");
  }

  @Test
  void streamsMustNotRepeat() {
    assertThat(
            problems(
                () ->
                    Block.builder()
                        .type(BlockType.SINGLE_POT)
                        .addStream("a")
                        .addStream("a")
                        .build()))
        .containsExactly("streams[1]: must not repeat stream \"a\"");
  }

  @Test
  void reportsAMissingTypeIdAndNameTogether() {
    assertThat(problems(() -> Block.builder().build()))
        .containsExactly(
            "type: must be set",
            "id: must not be blank but was: \"\"",
            "name: must not be blank but was: \"\"");
  }
}
