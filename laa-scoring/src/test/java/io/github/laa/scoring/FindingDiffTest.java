package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.yearly;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.scoring.lvsc.Lvsc2006;
import org.junit.jupiter.api.Test;

class FindingDiffTest {
  private static final Policy LVSC = Lvsc2006.policy();

  /** R3a fails with score 39. */
  private static final Scorecard LOSS = LVSC.score(yearly("£100k", "£90k", "£100k", "£100k"));

  /** R3a passes with score 100. */
  private static final Scorecard NO_LOSS = LVSC.score(yearly("£100k", "£100k", "£100k", "£100k"));

  @Test
  void aVerdictThatChangesFlipsAndTheScoreChangeIsAfterMinusBefore() {
    FindingDiff loss = LOSS.diff(NO_LOSS).finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();
    assertThat(loss.flipped()).isTrue();
    assertThat(loss.scoreChange()).isEqualTo(100 - 39);
  }

  @Test
  void aFindingDiffPrintsBothVerdictsAndTheSignedScoreChange() {
    assertThat(LOSS.diff(NO_LOSS).finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow())
        .hasToString("NET_RESOURCE_LOSS: FAIL → PASS (+61)");
    assertThat(NO_LOSS.diff(LOSS).finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow())
        .hasToString("NET_RESOURCE_LOSS: PASS → FAIL (-61)");
  }
}
