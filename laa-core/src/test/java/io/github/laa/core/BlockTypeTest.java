package io.github.laa.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link BlockType}: which types are the standard blocks. */
class BlockTypeTest {

  @Test
  void theThemedBlocksAreStandard() {
    assertThat(BlockType.CHILDREN_AND_YOUNG_PEOPLE.isStandard()).isTrue();
    assertThat(BlockType.ECONOMIC_DEVELOPMENT_AND_ENTERPRISE.isStandard()).isTrue();
  }

  @Test
  void theSinglePotAndLocalThemesAreNotStandard() {
    assertThat(BlockType.SINGLE_POT.isStandard()).isFalse();
    assertThat(BlockType.LOCAL_THEME.isStandard()).isFalse();
  }
}
