package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.camden;
import static io.github.laa.scoring.Fixtures.cohortArea;
import static io.github.laa.scoring.Fixtures.fiveAreas;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laa.core.Areas;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Stage;
import io.github.laa.scoring.internal.Ranks;
import io.github.laa.scoring.lvsc.BenchmarkEntry;
import io.github.laa.scoring.lvsc.CommissioningRule;
import io.github.laa.scoring.lvsc.Correlation;
import io.github.laa.scoring.lvsc.InfrastructureRule;
import io.github.laa.scoring.lvsc.InvolvementMatrix;
import io.github.laa.scoring.lvsc.InvolvementRule;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.lvsc.TargetingEntry;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Cohort analytics, with every figure worked out by hand. */
class CohortScorecardTest {
  private static final Policy LVSC = Lvsc2006.policy();

  @Test
  void spearmanWithTiesMatchesTheHandComputation() {
    // x = ratings [1, 2, 2, 3, 5] → average ranks [1, 2.5, 2.5, 4, 5].
    // y = ladder [20, 40, 27, 60, 60] → ranks [1, 3, 2, 4.5, 4.5].
    // Deviations from the mean rank 3: dx [-2, -.5, -.5, 1, 2], dy [-2, 0, -1, 1.5, 1.5].
    // Σdxdy = 4 + 0 + .5 + 1.5 + 3 = 9; Σdx² = 9.5; Σdy² = 9.5; ρ = 9 / 9.5 = 0.947368…
    CohortScorecard cohort = LVSC.scoreCohort(fiveAreas());
    Correlation rating = cohort.view(InfrastructureRule.CORRELATIONS).orElseThrow().get(0);
    assertThat(rating.n()).isEqualTo(5);
    assertThat(rating.rho().getAsDouble())
        .isCloseTo(9 / 9.5, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(rating)
        .hasToString("infrastructure rating vs involvement ladder score: ρ = 0.947 (n = 5)");
    // Funding per body £10k…£50k → ranks [1..5], dx [-2, -1, 0, 1, 2], Σdx² = 10;
    // Σdxdy = 4 + 0 + 0 + 1.5 + 3 = 8.5; ρ = 8.5 / √(10 × 9.5) = 0.872082…
    Correlation funding = cohort.view(InfrastructureRule.CORRELATIONS).orElseThrow().get(1);
    assertThat(funding.rho().getAsDouble())
        .isCloseTo(8.5 / Math.sqrt(95), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(funding.rhoText()).isEqualTo("0.872");
  }

  @Test
  void ranksHelpersHandleTiesExplicitly() {
    assertThat(Ranks.doubledAverageRanks(new long[] {10, 20, 20, 30})).containsExactly(2, 5, 5, 8);
    assertThat(Ranks.lowerRank(List.of(5L, 7L, 7L, 9L), 7)).isEqualTo(2);
    // Quartile ⌊4(r−1)/n⌋ + 1 with n = 5: ranks 1, 2 → 1 and 2; rank 5 → 4.
    assertThat(Ranks.quartile(1, 5)).isEqualTo(1);
    assertThat(Ranks.quartile(2, 5)).isEqualTo(1);
    assertThat(Ranks.quartile(3, 5)).isEqualTo(2);
    assertThat(Ranks.quartile(5, 5)).isEqualTo(4);
    assertThat(Ranks.spearman(new long[] {1, 1, 1}, new long[] {1, 2, 3})).isEmpty();
    assertThat(Ranks.spearman(new long[] {1}, new long[] {1})).isEmpty();
    assertThat(Ranks.spearman(new long[] {1, 2, 3}, new long[] {3, 2, 1})).hasValue(-1.0);
  }

  @Test
  void theTargetingListPutsTheWeakestFirstWithTheirQuartile() {
    CohortScorecard cohort = LVSC.scoreCohort(fiveAreas());
    // Weak by rating: Barnet (1), Bexley (2), Brent (2). Weakest funding quartile (⌊4(r−1)/5⌋ + 1 =
    // 1
    // for ranks 1 and 2): Barnet (£10k), Brent (£20k). Order: rating, then funding per body.
    assertThat(cohort.view(InfrastructureRule.TARGETING).orElseThrow())
        .extracting(
            e -> e.area().name(),
            TargetingEntry::rating,
            e -> e.fundingPerBody().orElseThrow(),
            TargetingEntry::quartile)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Barnet", 1, Money.parse("£10k"), OptionalInt.of(1)),
            org.assertj.core.groups.Tuple.tuple("Brent", 2, Money.parse("£20k"), OptionalInt.of(1)),
            org.assertj.core.groups.Tuple.tuple(
                "Bexley", 2, Money.parse("£30k"), OptionalInt.of(2)));
    // Support stayed at £10k against a £10k baseline: every weak area fails R1.
    assertThat(cohort.view(InfrastructureRule.TARGETING).orElseThrow())
        .extracting(TargetingEntry::verdict)
        .containsOnly(Verdict.FAIL);
    // Scored alone, Brent is weak by rating too; a rating-3 area in the weakest quartile is weak
    // only within a cohort.
    assertThat(
            cohort
                .scorecard(fiveAreas().get(0).area().code())
                .orElseThrow()
                .finding(Lvsc2006.INFRASTRUCTURE_TARGETING)
                .orElseThrow()
                .find(InfrastructureRule.COHORT_QUARTILE))
        .contains(1L);
  }

  @Test
  void aRatingThreeAreaInTheWeakestQuartileIsWeakOnlyInTheCohort() {
    List<LocalAreaAgreement> areas =
        List.of(
            cohortArea("Barnet", 3, "£3k", 3, 3, 3, 12),
            cohortArea("Brent", 4, "£60k", 3, 3, 3, 12),
            cohortArea("Bexley", 4, "£90k", 3, 3, 3, 12),
            cohortArea("Bromley", 4, "£120k", 3, 3, 3, 12));
    assertThat(LVSC.score(areas.get(0)).verdict(Lvsc2006.INFRASTRUCTURE_TARGETING))
        .isEqualTo(Verdict.PASS);
    Scorecard inCohort = LVSC.scoreCohort(areas).scorecard("E09000003").orElseThrow();
    assertThat(inCohort.verdict(Lvsc2006.INFRASTRUCTURE_TARGETING)).isEqualTo(Verdict.FAIL);
    assertThat(
            inCohort
                .finding(Lvsc2006.INFRASTRUCTURE_TARGETING)
                .orElseThrow()
                .get(InfrastructureRule.COHORT_QUARTILE))
        .isEqualTo(1L);
  }

  @Test
  void theCommissioningBenchmarkRanksSharesTiesAndMeasuresTheGap() {
    // Scores 20, 10, 10, 5, 0: Barnet 1st; Bexley and Brent tie 2nd (by code: E09000003 Barnet,
    // E09000004 Bexley, E09000005 Brent); Bromley 4th; Camden 5th. Quartiles: ⌊4(r−1)/5⌋ + 1.
    CohortScorecard cohort = LVSC.scoreCohort(fiveAreas());
    assertThat(cohort.view(CommissioningRule.BENCHMARK).orElseThrow())
        .extracting(
            e -> e.area().name(),
            BenchmarkEntry::score,
            BenchmarkEntry::rank,
            BenchmarkEntry::quartile,
            BenchmarkEntry::exemplar,
            BenchmarkEntry::gapToBest)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Barnet", 20, 1, 1, false, 0),
            org.assertj.core.groups.Tuple.tuple("Bexley", 10, 2, 1, false, 10),
            org.assertj.core.groups.Tuple.tuple("Brent", 10, 2, 1, false, 10),
            org.assertj.core.groups.Tuple.tuple("Bromley", 5, 4, 3, false, 15),
            org.assertj.core.groups.Tuple.tuple("Camden", 0, 5, 4, false, 20));
  }

  @Test
  void theCommissioningBenchmarkOrdersByScoreNotByAreaCode() {
    // Left by PIT: in fiveAreas() the scores already fall in area-code order. Here Camden
    // (E09000007) scores 20 × 12 / 12 = 20, Brent (E09000005) 20 × 6 / 12 = 10, Barnet (E09000003)
    // 0. Quartiles of 3: ⌊4(r−1)/3⌋ + 1 = 1, 2, 3.
    CohortScorecard cohort =
        LVSC.scoreCohort(
            List.of(
                cohortArea("Barnet", 1, "£30k", 1, 1, 1, 0),
                cohortArea("Brent", 2, "£60k", 2, 2, 2, 6),
                cohortArea("Camden", 5, "£150k", 3, 3, 3, 12)));
    assertThat(cohort.view(CommissioningRule.BENCHMARK).orElseThrow())
        .extracting(
            e -> e.area().name(),
            BenchmarkEntry::score,
            BenchmarkEntry::rank,
            BenchmarkEntry::quartile,
            BenchmarkEntry::gapToBest)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Camden", 20, 1, 1, 0),
            org.assertj.core.groups.Tuple.tuple("Brent", 10, 2, 2, 10),
            org.assertj.core.groups.Tuple.tuple("Barnet", 0, 3, 3, 20));
  }

  @Test
  void exemplarsAreTopQuartileAreasThatPass() {
    // With a pass mark of 15, Barnet (20) passes and is in the top quartile; Bexley and Brent (10)
    // are in the top quartile but do not pass.
    Policy lowBar =
        LVSC.reform("low bar")
            .set(io.github.laa.scoring.lvsc.CommissioningRule.PASS_SCORE, 15)
            .set(io.github.laa.scoring.lvsc.CommissioningRule.WARN_SCORE, 5)
            .build();
    assertThat(lowBar.scoreCohort(fiveAreas()).view(CommissioningRule.BENCHMARK).orElseThrow())
        .extracting(e -> e.area().name(), BenchmarkEntry::exemplar)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Barnet", true),
            org.assertj.core.groups.Tuple.tuple("Bexley", false),
            org.assertj.core.groups.Tuple.tuple("Brent", false),
            org.assertj.core.groups.Tuple.tuple("Bromley", false),
            org.assertj.core.groups.Tuple.tuple("Camden", false));
  }

  @Test
  void theLeagueTableSharesRanksForEqualScoresAndListsUnscoredAreasLast() {
    Policy netLossOnly =
        Policy.builder("net loss", java.time.LocalDate.of(2006, 3, 8))
            .rule(NetResourceLossRule.INSTANCE)
            .build();
    List<LocalAreaAgreement> cohort =
        List.of(
            Fixtures.yearly("£100k", "£100k", "£100k", "£100k")
                .withArea(Areas.byName("Sutton").orElseThrow()), // 100
            Fixtures.yearly("£100k", "£90k", "£100k", "£100k")
                .withArea(Areas.byName("Merton").orElseThrow()), // 39
            Fixtures.yearly("£100k", "£100k", "£100k", "£100k")
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
            org.assertj.core.groups.Tuple.tuple(
                "Barnet", OptionalInt.of(100), OptionalInt.of(1), OptionalInt.of(1), Rag.GREEN),
            org.assertj.core.groups.Tuple.tuple(
                "Sutton", OptionalInt.of(100), OptionalInt.of(1), OptionalInt.of(1), Rag.GREEN),
            org.assertj.core.groups.Tuple.tuple(
                "Merton", OptionalInt.of(39), OptionalInt.of(3), OptionalInt.of(3), Rag.RED),
            org.assertj.core.groups.Tuple.tuple(
                "Ealing",
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                Rag.AMBER));
  }

  @Test
  void theMappingMatrixHasAColumnPerRecordedBlockAndStage() {
    InvolvementMatrix m = LVSC.scoreCohort(fiveAreas()).view(InvolvementRule.MAPPING).orElseThrow();
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
  void aCohortDiffCountsFlipsPerRule() {
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
            org.assertj.core.groups.Tuple.tuple(
                "Bexley", Lvsc2006.INFRASTRUCTURE_TARGETING, Verdict.FAIL, Verdict.PASS, 100));
    assertThat(d.flipsByRule())
        .containsEntry(Lvsc2006.INFRASTRUCTURE_TARGETING, 1)
        .containsEntry(Lvsc2006.NET_RESOURCE_LOSS, 0)
        .hasSize(LVSC.rules().size());
    assertThat(d.toText())
        .contains("Bexley  INFRASTRUCTURE_TARGETING  FAIL    PASS           +100");
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
  void rendersEverySection() {
    String text = LVSC.scoreCohort(fiveAreas()).toText();
    assertThat(text)
        .startsWith("Cohort: 5 areas under LVSC 2006 (2006-03-08)\n\nLeague table\n")
        .contains("Commissioning benchmark (R6)")
        .contains("  infrastructure rating vs involvement ladder score: ρ = 0.947 (n = 5)")
        .contains("Targeting list (R1): extra infrastructure resources recommended, weakest first")
        .contains("Involvement mapping (R4)\nArea     strategic  SSC design  SSC delivery\n")
        .contains("Bexley   consulted  informed    informed");
    assertThat(LVSC.scoreCohort(fiveAreas()).toMarkdown())
        .contains("| Area    | strategic | SSC design | SSC delivery |");
  }
}
