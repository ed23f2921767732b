package io.github.laa.core;

import static io.github.laa.core.Fixtures.Y2006;
import static io.github.laa.core.Fixtures.paths;
import static io.github.laa.core.Fixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@link Indicator}: its code and description, one target a year, and its defaults. */
class IndicatorTest {

  @Test
  void hasOneTargetPerYear() {
    Target t = Target.builder().year(Y2006).baseline(BigDecimal.ONE).value(BigDecimal.TEN).build();
    assertThat(
            problems(
                () ->
                    Indicator.builder()
                        .code("NI 7")
                        .description("Third sector")
                        .addTargets(t, t)
                        .build()))
        .containsExactly("targets[1].year: must not repeat a year but 2006/07 has another target");
  }

  @Test
  void anEmptyCodeAndAControlCharacterInTheDescriptionAreRejected() {
    assertThat(paths(() -> Indicator.builder().code("").description("\u0085").build()))
        .containsExactly("code", "description");
  }

  @Test
  void isNotStatutoryByDefault() {
    assertThat(Indicator.builder().code("c").description("d").build().statutory()).isFalse();
  }
}
