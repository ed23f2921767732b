package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each verdict's band of scores, as its Javadoc gives them, and the order of verdicts. */
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

  @Test
  void passIsBetterThanWarnWhichIsBetterThanFailAndNotAssessedIsUnordered() {
    assertThat(Verdict.PASS.isBetterThan(Verdict.WARN)).isTrue();
    assertThat(Verdict.PASS.isBetterThan(Verdict.FAIL)).isTrue();
    assertThat(Verdict.WARN.isBetterThan(Verdict.FAIL)).isTrue();
    assertThat(Verdict.WARN.isBetterThan(Verdict.PASS)).isFalse();
    assertThat(Verdict.FAIL.isBetterThan(Verdict.WARN)).isFalse();
    assertThat(Verdict.PASS.isBetterThan(Verdict.PASS)).isFalse();
    for (Verdict v : Verdict.values()) {
      assertThat(v.isBetterThan(Verdict.NOT_ASSESSED)).as(v.toString()).isFalse();
      assertThat(Verdict.NOT_ASSESSED.isBetterThan(v)).as(v.toString()).isFalse();
    }
  }
}
