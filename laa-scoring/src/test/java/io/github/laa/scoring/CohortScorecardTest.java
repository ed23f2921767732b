package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.camden;
import static io.github.laa.scoring.Fixtures.camdenAndHackney;
import static io.github.laa.scoring.Fixtures.fiveAreas;
import static io.github.laa.scoring.Fixtures.yearly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laa.core.Areas;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.scoring.lvsc.CommissioningRule;
import io.github.laa.scoring.lvsc.InfrastructureRule;
import io.github.laa.scoring.lvsc.InvolvementRule;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A scored cohort: its league table, scorecards, validity and reports, with every figure worked out
 * by hand. The cohort views of the LVSC 2006 rules are tested with their rules.
 */
class CohortScorecardTest {
  private static final Policy LVSC = Lvsc2006.policy();

  @Test
  void theLeagueTableSharesRanksForEqualScoresAndListsUnscoredAreasLast() {
    Policy netLossOnly =
        Policy.builder("net loss", LocalDate.of(2006, 3, 8))
            .rule(NetResourceLossRule.INSTANCE)
            .build();
    List<LocalAreaAgreement> cohort =
        List.of(
            yearly("£100k", "£100k", "£100k", "£100k")
                .withArea(Areas.byName("Sutton").orElseThrow()), // 100
            yearly("£100k", "£90k", "£100k", "£100k")
                .withArea(Areas.byName("Merton").orElseThrow()), // 39
            yearly("£100k", "£100k", "£100k", "£100k")
                .withArea(Areas.byName("Barnet").orElseThrow()), // 100
            camden().build().withArea(Areas.byName("Ealing").orElseThrow())); // not assessed
    CohortScorecard c = netLossOnly.scoreCohort(cohort);
    assertThat(c.leagueTable())
        .extracting(
            e -> e.area().name(),
            LeagueEntry::score,
            LeagueEntry::rank,
            LeagueEntry::quartile,
            LeagueEntry::rag)
        .containsExactly(
            Tuple.tuple(
                "Barnet", OptionalInt.of(100), OptionalInt.of(1), OptionalInt.of(1), Rag.GREEN),
            Tuple.tuple(
                "Sutton", OptionalInt.of(100), OptionalInt.of(1), OptionalInt.of(1), Rag.GREEN),
            Tuple.tuple(
                "Merton", OptionalInt.of(39), OptionalInt.of(3), OptionalInt.of(3), Rag.RED),
            Tuple.tuple(
                "Ealing",
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                Rag.AMBER));
  }

  @Test
  void eachAreaAppearsOnce() {
    LocalAreaAgreement a = fiveAreas().get(0);
    assertThatThrownBy(() -> LVSC.scoreCohort(List.of(a, fiveAreas().get(1), a)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Cohort is invalid: agreements[2].area: must appear once but E09000003 (Barnet) is also agreements[0]");
  }

  @Test
  void parallelScoringGivesTheSameScorecards() {
    assertThat(LVSC.scoreCohortInParallel(fiveAreas()).scorecards())
        .isEqualTo(LVSC.scoreCohort(fiveAreas()).scorecards());
    assertThat(LVSC.scoreCohortInParallel(fiveAreas()).toText())
        .isEqualTo(LVSC.scoreCohort(fiveAreas()).toText());
  }

  @Test
  void aCohortPrintsItsSizeAndPolicy() {
    assertThat(LVSC.scoreCohort(camdenAndHackney()))
        .hasToString("CohortScorecard of 2 areas under LVSC 2006");
  }

  @Test
  void theAgreementsComeByAreaCode() {
    List<LocalAreaAgreement> cohort =
        List.of(
            yearly("£100k", "£90k", "£100k", "£100k"),
            yearly("£100k", "£100k", "£100k", "£100k")
                .withArea(Areas.byName("Hackney").orElseThrow()));
    assertThat(LVSC.scoreCohort(cohort).agreements())
        .extracting(a -> a.area().name())
        .containsExactly("Camden", "Hackney");
  }

  @Test
  void aScorecardIsFoundByItsAreasCode() {
    CohortScorecard cohort = LVSC.scoreCohort(camdenAndHackney());
    assertThat(cohort.scorecard("E09000012")).isPresent();
    assertThat(cohort.scorecard("E09000099")).isEmpty();
  }

  @Test
  void theReportStartsWithTheLeagueTable() {
    assertThat(LVSC.scoreCohort(fiveAreas()).toText())
        .startsWith("Cohort: 5 areas under LVSC 2006 (2006-03-08)\n\nLeague table\n");
    assertThat(LVSC.scoreCohort(camdenAndHackney()).toText()).contains("League table\n");
    assertThat(LVSC.scoreCohort(camdenAndHackney()).toMarkdown()).contains("### League table\n\n|");
  }

  @Test
  void theViewsSectionsFollowThePolicysRuleOrder() {
    // Nothing for R1, R4 or R6 is recorded: every table is empty, and the last rule's comes last.
    List<LocalAreaAgreement> cohort = camdenAndHackney();
    assertThat(
            Fixtures.policyOf(
                    InfrastructureRule.INSTANCE,
                    InvolvementRule.INSTANCE,
                    CommissioningRule.INSTANCE)
                .scoreCohort(cohort)
                .toText())
        .endsWith("\nCommissioning benchmark (R6)\n  (none)\n");
    assertThat(
            Fixtures.policyOf(
                    CommissioningRule.INSTANCE,
                    InvolvementRule.INSTANCE,
                    InfrastructureRule.INSTANCE)
                .scoreCohort(cohort)
                .toText())
        .endsWith(
            "\nTargeting list (R1): extra infrastructure resources recommended, weakest first\n  (none)\n");
  }

  @Test
  void theViewsAreThoseThePolicysRulesContribute() {
    CohortScorecard onlyNetLoss =
        Fixtures.policyOf(NetResourceLossRule.INSTANCE).scoreCohort(camdenAndHackney());
    assertThat(onlyNetLoss.views()).isEmpty();
    assertThat(onlyNetLoss.view(CommissioningRule.BENCHMARK)).isEmpty();
  }
}
