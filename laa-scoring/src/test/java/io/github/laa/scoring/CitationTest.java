package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  @Test
  void aCitationsSourceIsANameAndItsTextOneLine() {
    assertThatThrownBy(() -> Citation.of("", "core funding"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a citation's source must not be blank but was: \"\"");
    assertThatThrownBy(() -> Citation.of("Anytown Compact", "core\nRating: GREEN"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a citation's text must not contain control characters but was: \"core\\nRating:"
                + " GREEN\"");
    Citation c = Citation.of("Anytown Compact", "core funding");
    assertThat(c.source()).isEqualTo("Anytown Compact");
    assertThat(c.text()).isEqualTo("core funding");
  }
}
