package io.github.laa.examples.bench;

import static io.github.laa.scoring.testing.LaaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.Area;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.scoring.CohortScorecard;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Scorecard;
import io.github.laa.scoring.Verdict;
import io.github.laa.scoring.lvsc.Lvsc2006;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the benchmark comparison honest: on every fixture the Drools peer and the bare loop give
 * the library's verdicts for both headline rules; the fixtures give every verdict; and a cohort
 * scored in parallel gives the same scorecards as one scored in a loop.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeersAgreeTest {
  @SuppressWarnings("NullAway.Init") // set in @BeforeAll
  private DroolsPeer drools;

  @BeforeAll
  void compileDrools() {
    drools = new DroolsPeer();
  }

  /** Sizes up to 1,000 with 24 seeds (every scenario twice), 10,000 with 12 seeds. */
  static Stream<Arguments> fixtures() {
    List<Arguments> out = new ArrayList<>();
    for (int size : new int[] {10, 100, 1_000}) {
      for (long seed = 0; seed < 24; seed++) {
        out.add(Arguments.of(size, seed));
      }
    }
    for (long seed = 0; seed < 12; seed++) {
      out.add(Arguments.of(10_000, seed));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} allocations, seed {1}")
  @MethodSource("fixtures")
  void droolsAndTheBareLoopGiveTheLibrarysVerdicts(int size, long seed) {
    LocalAreaAgreement laa = BenchFixtures.agreement(size, seed);
    HeadlineVerdicts library = HeadlineVerdicts.of(BenchFixtures.HEADLINE.score(laa));

    assertThat(drools.score(DroolsPeer.facts(laa))).as("Drools").isEqualTo(library);
    assertThat(HeadlineVerdicts.unpack(BareLoop.of(laa).score()))
        .as("bare loop")
        .isEqualTo(library);
    assertThat(HeadlineVerdicts.unpack(BareLoop.of(laa).scoreBranchy()))
        .as("branchy bare loop")
        .isEqualTo(library);
  }

  @Test
  void fixturesGiveEveryVerdictOfBothRules() {
    Set<Verdict> netLoss = EnumSet.noneOf(Verdict.class);
    Set<Verdict> smallGrants = EnumSet.noneOf(Verdict.class);
    for (long seed = 0; seed < 12; seed++) {
      HeadlineVerdicts v =
          HeadlineVerdicts.of(BenchFixtures.HEADLINE.score(BenchFixtures.agreement(1_000, seed)));
      netLoss.add(v.netResourceLoss());
      smallGrants.add(v.smallGrants());
    }
    assertThat(netLoss).containsExactlyInAnyOrder(Verdict.PASS, Verdict.FAIL, Verdict.NOT_ASSESSED);
    assertThat(smallGrants).containsExactlyInAnyOrder(Verdict.PASS, Verdict.WARN, Verdict.FAIL);
  }

  @Test
  void benchmarkAgreementsFailNetLossAndWarnOnSmallGrantsAtEverySize() {
    for (int size : BenchFixtures.SIZES) {
      LocalAreaAgreement laa = BenchFixtures.agreement(size);
      assertThat(laa.allocations()).hasSize(size);
      assertThat(laa.bodies()).hasSize(Math.max(5, size / 10));
      assertThat(laa.blocks()).hasSize(4);
      Scorecard card = BenchFixtures.HEADLINE.score(laa);
      assertThat(card)
          .hasVerdict(Lvsc2006.NET_RESOURCE_LOSS, Verdict.FAIL)
          .hasVerdict(Lvsc2006.SMALL_GRANTS, Verdict.WARN);
      assertThat(HeadlineVerdicts.unpack(BareLoop.of(laa).score()))
          .isEqualTo(HeadlineVerdicts.of(card));
    }
  }

  @Test
  void droolsAgreesOnTheLargestBenchmarkAgreement() {
    LocalAreaAgreement laa = BenchFixtures.agreement(100_000);
    assertThat(drools.score(DroolsPeer.facts(laa)))
        .isEqualTo(HeadlineVerdicts.of(BenchFixtures.HEADLINE.score(laa)));
  }

  @Test
  void cohortHas150DifferentAreasOf300Allocations() {
    List<LocalAreaAgreement> cohort =
        BenchFixtures.cohort(
            BenchFixtures.COHORT_SIZE, BenchFixtures.COHORT_ALLOCATIONS, BenchFixtures.BENCH_SEED);
    assertThat(cohort).hasSize(150);
    assertThat(cohort.stream().map(LocalAreaAgreement::area).map(Area::code).distinct())
        .hasSize(150);
    assertThat(cohort).allSatisfy(a -> assertThat(a.allocations()).hasSize(300));
  }

  @Test
  void cohortScoredInParallelGivesTheSameScorecardsAsOnOneThread() {
    Policy policy = Lvsc2006.policy();
    List<LocalAreaAgreement> cohort =
        BenchFixtures.cohort(
            BenchFixtures.COHORT_SIZE, BenchFixtures.COHORT_ALLOCATIONS, BenchFixtures.BENCH_SEED);
    CohortScorecard sequential = policy.scoreCohort(cohort);
    CohortScorecard parallel = policy.scoreCohortInParallel(cohort);

    assertThat(parallel.scorecards()).isEqualTo(sequential.scorecards());
    assertThat(parallel.scorecards().stream().map(Scorecard::toText).toList())
        .isEqualTo(sequential.scorecards().stream().map(Scorecard::toText).toList());
    assertThat(parallel.leagueTable()).isEqualTo(sequential.leagueTable());
    PolicyBench.Cohorts.checkParallelMatchesSequential(policy, cohort);
  }

  @Test
  void theSameSeedGivesTheSameAgreement() {
    assertThat(BenchFixtures.agreement(1_000, 7)).isEqualTo(BenchFixtures.agreement(1_000, 7));
    assertThat(BenchFixtures.agreement(1_000, 7)).isNotEqualTo(BenchFixtures.agreement(1_000, 8));
  }
}
