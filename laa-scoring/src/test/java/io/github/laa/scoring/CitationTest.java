package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.lvsc.SmallGrantsRule;
import org.junit.jupiter.api.Test;

class CitationTest {
  @Test
  void citationsAreEqualOnlyWithEqualSourceAndText() {
    assertThat(SmallGrantsRule.INSTANCE.citation())
        .isEqualTo(SmallGrantsRule.INSTANCE.citation())
        .isNotEqualTo(NetResourceLossRule.INSTANCE.citation());
    assertThat(Citation.of("Anytown Compact", "core funding"))
        .isNotEqualTo(Citation.of("Anytown Compact", "other"))
        .isNotEqualTo(Citation.of("Elsewhere", "core funding"));
    assertThat(Citation.of("Anytown Compact", "core funding").hashCode())
        .isNotEqualTo(Citation.of("Elsewhere", "core funding").hashCode());
  }
}
