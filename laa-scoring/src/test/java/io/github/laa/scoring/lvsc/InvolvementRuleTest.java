package io.github.laa.scoring.lvsc;

import static io.github.laa.scoring.Fixtures.camden;
import static io.github.laa.scoring.Fixtures.camdenAndHackney;
import static io.github.laa.scoring.Fixtures.fiveAreas;
import static io.github.laa.scoring.Fixtures.involvedAtEveryStage;
import static io.github.laa.scoring.Fixtures.involvement;
import static io.github.laa.scoring.Reference.big;
import static io.github.laa.scoring.Reference.halfEven;
import static io.github.laa.scoring.RuleContract.allChecks;
import static io.github.laa.scoring.testing.LaaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.Areas;
import io.github.laa.core.Block;
import io.github.laa.core.BlockInvolvement;
import io.github.laa.core.BlockType;
import io.github.laa.core.Involvement;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Stage;
import io.github.laa.scoring.CohortScorecard;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Parameters;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Reference;
import io.github.laa.scoring.Reference.Expected;
import io.github.laa.scoring.Reference.Values;
import io.github.laa.scoring.RuleContract;
import io.github.laa.scoring.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * R4: worked examples on Camden, whose one block is SSC, and its {@link #CONTRACT} with the shared
 * campaigns.
 */
public class InvolvementRuleTest {
  /** R4's reference computation and law. */
  public static final RuleContract CONTRACT = new Contract();

  /** Run by JUnit. */
  InvolvementRuleTest() {}

  private static Finding score(LocalAreaAgreement laa) {
    return Lvsc2006.policy().score(laa).finding(Lvsc2006.VCS_INVOLVEMENT).orElseThrow();
  }

  @Test
  void passesWithStrategicInvolvementAndEveryBlockInvolvedInDesign() {
    // Ladder: (PARTNER 4 + INVOLVED 3 + LEADING 5) / (5 × 3) = 12/15 = 80.
    assertThat(
            score(
                involvement(
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
                involvement(
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
            score(
                involvement(
                    InvolvementLevel.LEADING, InvolvementLevel.PARTNER, InvolvementLevel.NONE)))
        .hasVerdict(Verdict.FAIL)
        .hasMargin("Delivery involvement in SSC must rise by 1 rung to leave NONE");
  }

  @Test
  void warnsWhenABlockIsOnlyConsultedInDesign() {
    // Ladder (3 + 2 + 3) / 15 = 53.33 → 53, within the WARN band.
    Finding f =
        score(
            involvement(
                InvolvementLevel.INVOLVED, InvolvementLevel.CONSULTED, InvolvementLevel.INVOLVED));
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
                involvement(
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
  void notAssessedWithoutInvolvement() {
    assertThat(score(camden().build())).isNotAssessedFor("involvement");
  }

  @Test
  void notAssessedWithoutABlocksLevelInDesignWhichTheLadderScoreNeedsToo() {
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

  @Test
  void theStrategicLevelIsACheckThatPassesAtTheMinimumOrAbove() {
    Finding r4 = score(involvedAtEveryStage(InvolvementLevel.PARTNER));
    assertThat(r4.entry(InvolvementRule.STRATEGIC).orElseThrow().check()).contains(Verdict.PASS);
  }

  @Test
  void theStrategicLevelBelowTheMinimumFailsItsCheck() {
    Finding low = score(involvedAtEveryStage(InvolvementLevel.CONSULTED));
    assertThat(low.entry(InvolvementRule.STRATEGIC).orElseThrow().check()).contains(Verdict.FAIL);
  }

  @Test
  void commissioningAndEvaluationLevelsAreEvidenceOfEachBlock() {
    Finding r4 = score(involvedAtEveryStage(InvolvementLevel.PARTNER));
    assertThat(r4.get(InvolvementRule.COMMISSIONING, "SSC")).isEqualTo(InvolvementLevel.CONSULTED);
    assertThat(r4.get(InvolvementRule.EVALUATION, "SSC")).isEqualTo(InvolvementLevel.INFORMED);
  }

  @Test
  void theMappingMatrixHasAColumnPerRecordedBlockAndStage() {
    InvolvementMatrix m =
        Lvsc2006.policy().scoreCohort(fiveAreas()).view(InvolvementRule.MAPPING).orElseThrow();
    assertThat(m.columns())
        .extracting(InvolvementMatrix.Column::label)
        .containsExactly("strategic", "SSC design", "SSC delivery");
    assertThat(m.rows())
        .extracting(r -> r.area().name())
        .containsExactly("Barnet", "Bexley", "Brent", "Bromley", "Camden");
    assertThat(m.level("E09000004", "SSC", Stage.DESIGN)).contains(InvolvementLevel.INFORMED);
    assertThat(m.level("E09000004", null, null)).contains(InvolvementLevel.CONSULTED);
    assertThat(m.level("E09000004", "CYP", Stage.DESIGN)).isEmpty();
  }

  @Test
  void theMatrixListsTheStandardBlocksInTheirOrderThenLocalThemesByIdAcrossTheCohort() {
    LocalAreaAgreement camden =
        camden()
            .addBlock(Block.of(BlockType.CHILDREN_AND_YOUNG_PEOPLE))
            .addBlock(theme("GREEN", "Green spaces"))
            .addBlock(theme("ARTS", "Arts"))
            .involvement(
                Involvement.builder()
                    .strategic(InvolvementLevel.CONSULTED)
                    .addBlock(
                        BlockInvolvement.of("GREEN", Stage.DELIVERY, InvolvementLevel.PARTNER))
                    .addBlock(BlockInvolvement.of("SSC", Stage.DESIGN, InvolvementLevel.INFORMED))
                    .addBlock(BlockInvolvement.of("ARTS", Stage.DESIGN, InvolvementLevel.LEADING))
                    .addBlock(BlockInvolvement.of("CYP", Stage.DELIVERY, InvolvementLevel.INVOLVED))
                    .build())
            .build();
    LocalAreaAgreement hackney =
        camden()
            .addBlock(theme("BOOKS", "Libraries"))
            .involvement(
                Involvement.builder()
                    .strategic(InvolvementLevel.INFORMED)
                    .addBlock(
                        BlockInvolvement.of("BOOKS", Stage.DESIGN, InvolvementLevel.CONSULTED))
                    .build())
            .build()
            .withArea(Areas.byName("Hackney").orElseThrow());
    InvolvementMatrix m =
        Lvsc2006.policy()
            .scoreCohort(List.of(hackney, camden))
            .view(InvolvementRule.MAPPING)
            .orElseThrow();
    assertThat(m.columns())
        .extracting(InvolvementMatrix.Column::label)
        .containsExactly(
            "strategic",
            "CYP delivery",
            "SSC design",
            "ARTS design",
            "BOOKS design",
            "GREEN delivery");
    String camdenCode = camden.area().code();
    String hackneyCode = hackney.area().code();
    assertThat(m.level(camdenCode, "ARTS", Stage.DESIGN)).contains(InvolvementLevel.LEADING);
    assertThat(m.level(camdenCode, "GREEN", Stage.DELIVERY)).contains(InvolvementLevel.PARTNER);
    assertThat(m.level(camdenCode, "BOOKS", Stage.DESIGN)).isEmpty();
    assertThat(m.level(hackneyCode, "BOOKS", Stage.DESIGN)).contains(InvolvementLevel.CONSULTED);
    assertThat(m.level(hackneyCode, null, null)).contains(InvolvementLevel.INFORMED);
  }

  private static Block theme(String id, String name) {
    return Block.builder().type(BlockType.LOCAL_THEME).id(id).name(name).build();
  }

  @Test
  void theMappingSectionIsATableOfLevelsByArea() {
    CohortScorecard cohort = Lvsc2006.policy().scoreCohort(fiveAreas());
    assertThat(cohort.toText())
        .contains("Involvement mapping (R4)\nArea     strategic  SSC design  SSC delivery\n")
        .contains("Bexley   consulted  informed    informed");
    assertThat(cohort.toMarkdown()).contains("| Area    | strategic | SSC design | SSC delivery |");
  }

  @Test
  void theMappingSectionHasALegendEvenWhenNothingIsRecorded() {
    CohortScorecard cohort = Lvsc2006.policy().scoreCohort(camdenAndHackney());
    assertThat(cohort.toText())
        .contains("\nInvolvement mapping (R4)\n")
        .contains(
            "Levels: none < informed < consulted < involved < partner < leading; - not recorded.\n");
    assertThat(cohort.toMarkdown()).contains("### Involvement mapping (R4)\n\n|");
  }

  @Test
  void hasItsTitle() {
    assertThat(InvolvementRule.INSTANCE.title())
        .isEqualTo("VCS involvement at the strategic level and in every block");
  }

  // ---------------------------------------------------------------------------------------------
  // The reference and the contract

  /** The level of {@code stage} in block {@code id}, found by a plain search. */
  private static @Nullable InvolvementLevel level(Involvement inv, String id, Stage stage) {
    for (BlockInvolvement b : inv.blocks()) {
      if (b.block().equals(id) && b.stage() == stage) {
        return b.level();
      }
    }
    return null;
  }

  private static final InvolvementLevel[] LADDER = {
    InvolvementLevel.NONE, InvolvementLevel.INFORMED, InvolvementLevel.CONSULTED,
    InvolvementLevel.INVOLVED, InvolvementLevel.PARTNER, InvolvementLevel.LEADING
  };

  /** The rung of a level: its place on the ladder of RULES.md (section 2), counted by hand. */
  private static int rung(InvolvementLevel l) {
    for (int i = 0; i < LADDER.length; i++) {
      if (LADDER[i] == l) {
        return i;
      }
    }
    throw new AssertionError(l);
  }

  /**
   * The reference ladder score, or empty when involvement or a block's design or delivery is
   * unknown (R1's correlations read it too).
   */
  static OptionalInt ladderScore(LocalAreaAgreement laa) {
    if (laa.involvement().isEmpty()) {
      return OptionalInt.empty();
    }
    Involvement inv = laa.involvement().get();
    int rungs = rung(inv.strategic());
    int levels = 1;
    for (Block b : laa.blocks()) {
      for (Stage s : List.of(Stage.DESIGN, Stage.DELIVERY)) {
        InvolvementLevel l = level(inv, b.id(), s);
        if (l == null) {
          return OptionalInt.empty();
        }
        rungs += rung(l);
        levels++;
      }
    }
    return OptionalInt.of(halfEven(big(100L * rungs), big(5L * levels)).intValueExact());
  }

  private static String rungs(int n) {
    return n + (n == 1 ? " rung" : " rungs");
  }

  private static final class Contract implements RuleContract {
    @Override
    public Expected expected(
        LocalAreaAgreement laa, Parameters p, @Nullable List<LocalAreaAgreement> cohort) {
      OptionalInt ladder = ladderScore(laa);
      if (ladder.isEmpty()) {
        return Expected.notAssessed();
      }
      Involvement inv = laa.involvement().orElseThrow();
      InvolvementLevel minStrategic = p.get(InvolvementRule.MIN_STRATEGIC);
      List<Object> failures = new ArrayList<>();
      List<Object> warnings = new ArrayList<>();
      // The levels as recorded, block by block, and the ladder score.
      Values evidence = new Values();
      evidence.put("strategic", inv.strategic());
      for (Block b : laa.blocks()) {
        String[] names = {"design", "delivery", "commissioning", "evaluation"};
        Stage[] stages = {Stage.DESIGN, Stage.DELIVERY, Stage.COMMISSIONING, Stage.EVALUATION};
        for (int i = 0; i < stages.length; i++) {
          InvolvementLevel l = level(inv, b.id(), stages[i]);
          if (l != null) {
            evidence.put(names[i], b.id(), l);
          }
        }
      }
      evidence.put("ladder score", (long) ladder.getAsInt());
      if (rung(inv.strategic()) < rung(minStrategic)) {
        failures.add(rungs(rung(minStrategic) - rung(inv.strategic())));
      }
      for (Block b : laa.blocks()) {
        InvolvementLevel design = Objects.requireNonNull(level(inv, b.id(), Stage.DESIGN));
        InvolvementLevel delivery = Objects.requireNonNull(level(inv, b.id(), Stage.DELIVERY));
        if (design == InvolvementLevel.NONE) {
          failures.add(rungs(1));
        } else if (design == InvolvementLevel.INFORMED || design == InvolvementLevel.CONSULTED) {
          warnings.add(rungs(rung(InvolvementLevel.INVOLVED) - rung(design)));
        }
        if (delivery == InvolvementLevel.NONE) {
          failures.add(rungs(1));
        }
      }
      Verdict v =
          !failures.isEmpty() ? Verdict.FAIL : !warnings.isEmpty() ? Verdict.WARN : Verdict.PASS;
      Expected e = Expected.of(v, ladder.getAsInt()).withEvidence(evidence);
      List<Object> margins = v == Verdict.FAIL ? failures : warnings;
      return margins.size() == 1 ? e.withMargin(margins.get(0)) : e;
    }

    @Override
    public void verdictAgreesWithEvidence(Finding f) {
      Verdict v = f.verdict();
      List<Verdict> all = allChecks(f);
      assertThat(v)
          .isEqualTo(
              all.contains(Verdict.FAIL)
                  ? Verdict.FAIL
                  : all.contains(Verdict.WARN) ? Verdict.WARN : Verdict.PASS);
      long ladder = f.get(InvolvementRule.LADDER_SCORE);
      assertThat(f.score()).isEqualTo(Reference.clamp(v, ladder));
      assertThat(f.margin().isPresent()).isEqualTo(v != Verdict.PASS);
    }
  }
}
