package io.github.laa.scoring.lvsc;

import static io.github.laa.scoring.Agreements.camden;
import static io.github.laa.scoring.testing.LaaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.BlockInvolvement;
import io.github.laa.core.Involvement;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Stage;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Verdict;
import org.junit.jupiter.api.Test;

/** Worked examples of R4 on Camden, whose one block is SSC. */
class InvolvementRuleTest {
  private static Finding score(LocalAreaAgreement laa) {
    return Lvsc2006.policy().score(laa).finding(Lvsc2006.VCS_INVOLVEMENT).orElseThrow();
  }

  private static LocalAreaAgreement with(
      InvolvementLevel strategic, InvolvementLevel design, InvolvementLevel delivery) {
    return camden()
        .involvement(
            Involvement.builder()
                .strategic(strategic)
                .addBlock(BlockInvolvement.of("SSC", Stage.DESIGN, design))
                .addBlock(BlockInvolvement.of("SSC", Stage.DELIVERY, delivery))
                .addBlock(BlockInvolvement.of("SSC", Stage.EVALUATION, InvolvementLevel.CONSULTED))
                .build())
        .build();
  }

  @Test
  void passesWithStrategicInvolvementAndEveryBlockInvolvedInDesign() {
    // Ladder: (PARTNER 4 + INVOLVED 3 + LEADING 5) / (5 × 3) = 12/15 = 80.
    assertThat(
            score(
                with(
                    InvolvementLevel.PARTNER, InvolvementLevel.INVOLVED, InvolvementLevel.LEADING)))
        .hasVerdict(Verdict.PASS)
        .hasScore(80)
        .hasEvidence(InvolvementRule.LADDER_SCORE, 80L)
        .hasEvidence(InvolvementRule.EVALUATION, "SSC", InvolvementLevel.CONSULTED);
  }

  @Test
  void failsBelowInvolvedAtTheStrategicLevel() {
    // Ladder (2 + 3 + 5) / 15 = 66.67 → 67, moved into the FAIL band.
    assertThat(
            score(
                with(
                    InvolvementLevel.CONSULTED,
                    InvolvementLevel.INVOLVED,
                    InvolvementLevel.LEADING)))
        .hasVerdict(Verdict.FAIL)
        .hasScore(39)
        .hasEvidence(InvolvementRule.LADDER_SCORE, 67L)
        .hasMargin("Strategic involvement must rise by 1 rung to reach INVOLVED");
  }

  @Test
  void failsWhenABlockHasNoInvolvementInDelivery() {
    assertThat(
            score(with(InvolvementLevel.LEADING, InvolvementLevel.PARTNER, InvolvementLevel.NONE)))
        .hasVerdict(Verdict.FAIL)
        .hasMargin("Delivery involvement in SSC must rise by 1 rung to leave NONE");
  }

  @Test
  void warnsWhenABlockIsOnlyConsultedInDesign() {
    // Ladder (3 + 2 + 3) / 15 = 53.33 → 53, within the WARN band.
    Finding f =
        score(
            with(InvolvementLevel.INVOLVED, InvolvementLevel.CONSULTED, InvolvementLevel.INVOLVED));
    assertThat(f)
        .hasVerdict(Verdict.WARN)
        .hasScore(53)
        .hasMargin("Design involvement in SSC must rise by 1 rung to reach INVOLVED");
    assertThat(f.entry(InvolvementRule.DESIGN, "SSC").orElseThrow().check()).contains(Verdict.WARN);
  }

  @Test
  void aStricterReformRaisesTheStrategicBar() {
    Policy strict =
        Lvsc2006.policy()
            .reform("strict")
            .set(InvolvementRule.MIN_STRATEGIC, InvolvementLevel.PARTNER)
            .build();
    Finding f =
        strict
            .score(
                with(
                    InvolvementLevel.INVOLVED,
                    InvolvementLevel.INVOLVED,
                    InvolvementLevel.INVOLVED))
            .finding(Lvsc2006.VCS_INVOLVEMENT)
            .orElseThrow();
    assertThat(f)
        .hasVerdict(Verdict.FAIL)
        .hasMargin("Strategic involvement must rise by 1 rung to reach PARTNER");
  }

  @Test
  void notAssessedWithoutTheFacts() {
    assertThat(score(camden().build())).isNotAssessedFor("involvement");
    LocalAreaAgreement noDesign =
        camden()
            .involvement(
                Involvement.builder()
                    .strategic(InvolvementLevel.LEADING)
                    .addBlock(BlockInvolvement.of("SSC", Stage.DELIVERY, InvolvementLevel.LEADING))
                    .build())
            .build();
    assertThat(score(noDesign)).isNotAssessedFor("involvement in the design of block SSC");
    assertThat(InvolvementRule.ladderScore(noDesign)).isEmpty();
  }
}
