package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.camdenAndHackney;
import static io.github.laa.scoring.Fixtures.fiveAreas;
import static io.github.laa.scoring.Fixtures.yearly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.laa.core.Areas;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.lvsc.InfrastructureRule;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortDiffTest {
  private static final Policy LVSC = Lvsc2006.policy();

  private static final Policy TOLERANT =
      LVSC.reform("10% tolerance").set(NetResourceLossRule.TOLERANCE, Percentage.of(10)).build();

  @Test
  void aCohortDiffPrintsItsPoliciesAndFlips() {
    List<LocalAreaAgreement> cohort =
        List.of(
            yearly("£100k", "£90k", "£100k", "£100k"),
            yearly("£100k", "£100k", "£100k", "£100k")
                .withArea(Areas.byName("Hackney").orElseThrow()));
    CohortDiff diff = LVSC.scoreCohort(cohort).diff(TOLERANT.scoreCohort(cohort));
    assertThat(diff)
        .hasToString("CohortDiff LVSC 2006 → 10% tolerance: " + diff.flips().size() + " flips");
    assertThat(diff.flips()).isNotEmpty();
    assertThat(diff.toMarkdown()).contains("Camden").contains("NET_RESOURCE_LOSS");
    assertThat(diff.toText()).contains("Camden").contains("NET_RESOURCE_LOSS");
  }

  @Test
  void aCohortDiffListsEveryFlipAndCountsFlipsPerRule() {
    List<LocalAreaAgreement> areas = fiveAreas();
    Policy lenient = LVSC.reform("lenient R1").set(InfrastructureRule.RATING_THRESHOLD, 1).build();
    CohortDiff d = LVSC.scoreCohort(areas).diff(lenient.scoreCohort(areas));
    // Threshold 1: Bexley (2) and Brent (2, but in the weakest quartile) — only Bexley stops being
    // weak.
    assertThat(d.flips())
        .extracting(
            f -> f.area().name(),
            CohortDiff.Flip::ruleId,
            CohortDiff.Flip::before,
            CohortDiff.Flip::after,
            CohortDiff.Flip::scoreChange)
        .containsExactly(
            tuple("Bexley", Lvsc2006.INFRASTRUCTURE_TARGETING, Verdict.FAIL, Verdict.PASS, 100));
    assertThat(d.flipsByRule())
        .containsEntry(Lvsc2006.INFRASTRUCTURE_TARGETING, 1)
        .containsEntry(Lvsc2006.NET_RESOURCE_LOSS, 0)
        .hasSize(LVSC.rules().size());
    assertThat(d.toText())
        .contains("Bexley  INFRASTRUCTURE_TARGETING  FAIL    PASS           +100");
  }

  @Test
  void aCohortDiffRendersFlipsPerRuleAndEveryFlip() {
    CohortDiff cd =
        LVSC.scoreCohort(camdenAndHackney()).diff(TOLERANT.scoreCohort(camdenAndHackney()));
    assertThat(cd.toText())
        .contains("2 areas, 2 flips\n")
        .contains("Flips per rule\n")
        .contains("NET_RESOURCE_LOSS  ")
        .contains("\nFlips\n")
        .contains("Camden");
    assertThat(cd.toMarkdown())
        .startsWith("## ")
        .contains("### Flips per rule\n\n|")
        .contains("### Flips\n\n|");
    assertThat(cd.flipsByRule()).containsEntry(Lvsc2006.NET_RESOURCE_LOSS, 2);
  }

  @Test
  void aCohortDiffOfACohortWithItselfHasNoFlips() {
    CohortScorecard a = LVSC.scoreCohort(camdenAndHackney());
    assertThat(a.diff(a).toText()).contains("0 flips\n").contains("  (none)\n");
  }
}
