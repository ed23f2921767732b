package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each verdict's band of scores, as its Javadoc gives them. */
class VerdictTest {
  @Test
  void eachVerdictHasItsBandOfScores() {
    assertThat(Verdict.PASS.minScore()).isEqualTo(70);
    assertThat(Verdict.PASS.maxScore()).isEqualTo(100);
    assertThat(Verdict.WARN.minScore()).isEqualTo(40);
    assertThat(Verdict.WARN.maxScore()).isEqualTo(69);
    assertThat(Verdict.FAIL.minScore()).isEqualTo(0);
    assertThat(Verdict.FAIL.maxScore()).isEqualTo(39);
    assertThat(Verdict.NOT_ASSESSED.minScore()).isEqualTo(0);
    assertThat(Verdict.NOT_ASSESSED.maxScore()).isEqualTo(0);
  }
}
