package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.fiveAreas;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.scoring.lvsc.Lvsc2006;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Scoring on a caller's executor: the sequential results, in order, and the sequential failure. */
class ParallelScoringTest {
  private static final Policy LVSC = Lvsc2006.policy();

  /** An executor that holds its tasks and runs them last first, when asked. */
  private static final class Backwards implements Executor {
    private final List<Runnable> tasks = new ArrayList<>();

    @Override
    public void execute(Runnable task) {
      tasks.add(task);
    }

    void runAll() {
      Lists.reverse(tasks).forEach(Runnable::run);
      tasks.clear();
    }
  }

  /** A rule that throws for the areas named, and passes the others. */
  private static Rule failingFor(Set<String> areas) {
    Rule pass = Fixtures.passingWith(80);
    return new Rule() {
      @Override
      public RuleId id() {
        return RuleId.of("FAILS_FOR_SOME");
      }

      @Override
      public String title() {
        return "Fails for some";
      }

      @Override
      public Citation citation() {
        return Citation.of("Test", "a rule that throws for some areas");
      }

      @Override
      public Finding evaluate(RuleInput in) {
        if (areas.contains(in.agreement().area().name())) {
          throw new IllegalStateException("planted for " + in.agreement().area().name());
        }
        return in.finding().verdict(Verdict.PASS).score(80).build();
      }
    };
  }

  @Test
  void scoresOnTheExecutorGiveTheSequentialScorecardsInTheGivenOrder() throws Exception {
    List<LocalAreaAgreement> areas = Lists.reverse(fiveAreas()); // not in area-code order
    ImmutableList<Scorecard> sequential =
        areas.stream().map(LVSC::score).collect(ImmutableList.toImmutableList());
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      ImmutableList<Scorecard> parallel = LVSC.scoreInParallel(areas, pool);
      assertThat(parallel).isEqualTo(sequential);
      assertThat(parallel.get(0).agreement().area().name()).isEqualTo("Camden");
      assertThat(parallel.stream().map(Scorecard::toJson).toList())
          .isEqualTo(sequential.stream().map(Scorecard::toJson).toList());
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aCohortOnTheExecutorIsTheSequentialCohortWhateverOrderTheTasksRunIn() {
    CohortScorecard sequential = LVSC.scoreCohort(fiveAreas());
    Backwards backwards = new Backwards();
    // A direct executor runs each task as it is given; the backwards one after all are given,
    // last first. Both give the sequential bytes.
    CohortScorecard direct = LVSC.scoreCohortInParallel(fiveAreas(), Runnable::run);
    assertThat(direct.toJson()).isEqualTo(sequential.toJson());
    Thread runner =
        new Thread(
            () -> {
              while (true) {
                synchronized (backwards) {
                  backwards.runAll();
                }
                if (Thread.interrupted()) {
                  return;
                }
                Thread.onSpinWait();
              }
            });
    Executor locked =
        task -> {
          synchronized (backwards) {
            backwards.execute(task);
          }
        };
    runner.start();
    try {
      CohortScorecard reversed = LVSC.scoreCohortInParallel(fiveAreas(), locked);
      assertThat(reversed.scorecards()).isEqualTo(sequential.scorecards());
      assertThat(reversed.toText()).isEqualTo(sequential.toText());
    } finally {
      runner.interrupt();
    }
  }

  @Test
  void aRuleFailureIsTheOneSequentialScoringWouldThrow() {
    Policy p = Fixtures.policyOf(failingFor(Set.of("Bromley", "Bexley")));
    List<LocalAreaAgreement> areas = fiveAreas(); // Barnet, Brent, Bexley, Bromley, Camden
    String sequential = failure(() -> areas.stream().map(p::score).toList());
    assertThat(sequential).contains("Bexley");
    // Run backwards, Bromley fails first; the failure thrown is still Bexley's.
    Backwards backwards = new Backwards();
    Executor runsOnLastTask =
        task -> {
          backwards.execute(task);
          if (backwards.tasks.size() == areas.size()) {
            backwards.runAll();
          }
        };
    assertThat(failure(() -> p.scoreInParallel(areas, runsOnLastTask))).isEqualTo(sequential);
    Backwards again = new Backwards();
    Executor cohortTasks =
        task -> {
          again.execute(task);
          if (again.tasks.size() == areas.size()) {
            again.runAll();
          }
        };
    // In a cohort, by area code: Bexley (00AD) before Bromley (00AF).
    assertThat(failure(() -> p.scoreCohortInParallel(areas, cohortTasks)))
        .isEqualTo(failure(() -> p.scoreCohort(areas)));
  }

  @Test
  void twoAgreementsForOneAreaAreRefusedAsInAnyCohort() {
    List<LocalAreaAgreement> twice = List.of(fiveAreas().get(0), fiveAreas().get(0));
    assertThatThrownBy(() -> LVSC.scoreCohortInParallel(twice, Runnable::run))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("agreements[1].area");
    // Scored alone, each is simply scored.
    assertThat(LVSC.scoreInParallel(twice, Runnable::run)).hasSize(2);
  }

  private static String failure(Supplier<?> scoring) {
    try {
      var unused = scoring.get();
    } catch (RuleFailedException e) {
      return String.valueOf(e.getMessage());
    }
    throw new AssertionError("no rule failed");
  }
}
