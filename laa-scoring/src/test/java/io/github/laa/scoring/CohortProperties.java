package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.laa.core.Area;
import io.github.laa.core.Areas;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.testing.TestBudget;
import io.github.laa.scoring.lvsc.Correlation;
import io.github.laa.scoring.lvsc.InfrastructureRule;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.testing.LaaGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of cohort analytics over generated cohorts. */
class CohortProperties {
  private static final Policy LVSC = Lvsc2006.policy();
  private static final Gen<List<LocalAreaAgreement>> COHORTS = LaaGenerators.cohorts(12);

  @Test
  void theLeagueTableIsAPermutationOfTheAreasWithConsistentRanks() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(COHORTS)
        .checkAssert(
            cohort -> {
              List<LeagueEntry> table = LVSC.scoreCohort(cohort).leagueTable();
              assertThat(table)
                  .extracting(e -> e.area().code())
                  .containsExactlyInAnyOrderElementsOf(
                      cohort.stream().map(a -> a.area().code()).toList());
              List<Integer> scores = new ArrayList<>();
              table.forEach(e -> e.score().ifPresent(scores::add));
              for (LeagueEntry e : table) {
                if (e.score().isEmpty()) {
                  assertThat(e.rank()).isEmpty();
                  assertThat(e.quartile()).isEmpty();
                  continue;
                }
                // By hand (RULES.md, section 5): rank = 1 + the number of strictly better scores;
                // quartile = ⌊4(rank − 1) ÷ n⌋ + 1 over the n areas with a score.
                int better = 0;
                for (int s : scores) {
                  if (s > e.score().getAsInt()) {
                    better++;
                  }
                }
                int rank = better + 1;
                assertThat(e.rank()).hasValue(rank);
                assertThat(e.quartile()).hasValue(4 * (rank - 1) / scores.size() + 1);
              }
              // The order, by hand: scored areas by score, best first, equal scores by area code;
              // then the unscored areas by area code.
              for (int i = 1; i < table.size(); i++) {
                LeagueEntry prev = table.get(i - 1);
                LeagueEntry next = table.get(i);
                boolean inOrder;
                if (prev.score().isPresent() && next.score().isPresent()) {
                  int p = prev.score().getAsInt();
                  int q = next.score().getAsInt();
                  inOrder =
                      p > q || (p == q && prev.area().code().compareTo(next.area().code()) < 0);
                } else {
                  inOrder =
                      next.score().isEmpty()
                          && (prev.score().isPresent()
                              || prev.area().code().compareTo(next.area().code()) < 0);
                }
                assertThat(inOrder).as("%s before %s", prev, next).isTrue();
              }
              if (new HashSet<>(scores).size() == scores.size()) {
                List<Integer> ranks = new ArrayList<>();
                table.forEach(e -> e.rank().ifPresent(ranks::add));
                assertThat(ranks)
                    .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, scores.size()).boxed().toList());
              }
            });
  }

  @Test
  void reorderingTheCohortChangesNothing() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(COHORTS, longs().all())
        .checkAssert(
            (cohort, seed) -> {
              List<LocalAreaAgreement> shuffled = new ArrayList<>(cohort);
              Collections.shuffle(shuffled, new Random(seed));
              assertThat(LVSC.scoreCohort(shuffled).toText())
                  .isEqualTo(LVSC.scoreCohort(cohort).toText());
            });
  }

  @Test
  void renamingOrRecodingAreasChangesNoFigure() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(COHORTS, longs().all())
        .checkAssert(
            (cohort, seed) -> {
              // Give every area another London code (a random bijection) and a new name.
              List<Area> pool = new ArrayList<>(Areas.london());
              Collections.shuffle(pool, new Random(seed));
              Map<String, String> recoded = new HashMap<>();
              List<LocalAreaAgreement> renamed = new ArrayList<>();
              for (int i = 0; i < cohort.size(); i++) {
                LocalAreaAgreement a = cohort.get(i);
                Area to = pool.get(i).withName("Area " + i);
                recoded.put(a.area().code(), to.code());
                renamed.add(a.withArea(to));
              }
              CohortScorecard before = LVSC.scoreCohort(cohort);
              CohortScorecard after = LVSC.scoreCohort(renamed);
              // The same figures; the pairs name the new areas, with the same values.
              assertThat(figures(after.view(InfrastructureRule.CORRELATIONS).orElseThrow()))
                  .isEqualTo(figures(before.view(InfrastructureRule.CORRELATIONS).orElseThrow()));
              Map<String, LeagueEntry> afterByCode = new HashMap<>();
              after.leagueTable().forEach(e -> afterByCode.put(e.area().code(), e));
              for (LeagueEntry e : before.leagueTable()) {
                LeagueEntry moved =
                    Objects.requireNonNull(
                        afterByCode.get(Objects.requireNonNull(recoded.get(e.area().code()))));
                assertThat(moved.score()).isEqualTo(e.score());
                assertThat(moved.rank()).isEqualTo(e.rank());
                assertThat(moved.quartile()).isEqualTo(e.quartile());
                assertThat(moved.rag()).isEqualTo(e.rag());
              }
              for (Scorecard s : before.scorecards()) {
                Scorecard t =
                    after
                        .scorecard(Objects.requireNonNull(recoded.get(s.area().code())))
                        .orElseThrow();
                for (Finding f : s.findings()) {
                  Finding moved = t.finding(f.ruleId()).orElseThrow();
                  assertThat(moved.verdict()).isEqualTo(f.verdict());
                  assertThat(moved.score()).isEqualTo(f.score());
                }
              }
            });
  }

  @Test
  void cohortScoringInParallelEqualsSequential() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(LaaGenerators.cohorts(33))
        .checkAssert(
            cohort ->
                assertThat(LVSC.scoreCohortInParallel(cohort).toText())
                    .isEqualTo(LVSC.scoreCohort(cohort).toText()));
  }

  /** A correlation's figures: its measures, n, ρ and the sorted values of its pairs. */
  private static List<List<Object>> figures(List<Correlation> correlations) {
    List<List<Object>> out = new ArrayList<>();
    for (Correlation c : correlations) {
      List<String> values = new ArrayList<>();
      for (Correlation.Pair p : c.pairs()) {
        values.add(p.x() + "," + p.y());
      }
      Collections.sort(values);
      out.add(List.of(c.x(), c.y(), c.n(), c.rho(), values));
    }
    return out;
  }
}
