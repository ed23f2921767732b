package io.github.laa.examples.bench;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.scoring.CohortScorecard;
import io.github.laa.scoring.LeagueEntry;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Scorecard;
import io.github.laa.scoring.lvsc.Lvsc2006;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full default policy ({@link io.github.laa.scoring.lvsc.Lvsc2006#policy()}) on a
 * 300-allocation agreement and on a cohort of 150 such agreements, one thread ({@link
 * Policy#scoreCohort(java.util.Collection)}) and all cores ({@link
 * Policy#scoreCohortInParallel(java.util.Collection)}); and rendering a scorecard as text.
 *
 * <p>A cohort benchmark scores every agreement against the whole cohort (R1's weakest quartile) and
 * then works out the league table, so that it measures what an analyst waits for. The setup checks
 * that the two ways give equal scorecards with identical text.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
@SuppressWarnings("NullAway.Init") // set in @Setup
public class PolicyBench {
  Policy policy;
  LocalAreaAgreement agreement;
  Scorecard card;
  List<LocalAreaAgreement> cohort;

  @Setup
  public void setUp() {
    policy = Lvsc2006.policy();
    agreement = BenchFixtures.agreement(BenchFixtures.COHORT_ALLOCATIONS);
    card = policy.score(agreement);
    cohort =
        BenchFixtures.cohort(
            BenchFixtures.COHORT_SIZE, BenchFixtures.COHORT_ALLOCATIONS, BenchFixtures.BENCH_SEED);
    System.out.println(
        "# " + policy + ": " + policy.rules().stream().map(r -> r.id().toString()).toList());
    Cohorts.checkParallelMatchesSequential(policy, cohort);
  }

  /** The full default policy on one 300-allocation agreement. */
  @Benchmark
  public Scorecard fullPolicy300() {
    return policy.score(agreement);
  }

  /** 150 agreements of 300 allocations on one thread, and their league table. */
  @Benchmark
  public List<LeagueEntry> cohortSequential() {
    return policy.scoreCohort(cohort).leagueTable();
  }

  /** The same 150 agreements on all cores (the common fork-join pool), and their league table. */
  @Benchmark
  public List<LeagueEntry> cohortParallel() {
    return policy.scoreCohortInParallel(cohort).leagueTable();
  }

  /** The scorecard of the 300-allocation agreement as plain text. */
  @Benchmark
  public String renderText() {
    return card.toText();
  }

  /** The check shared with the test. */
  static final class Cohorts {
    private Cohorts() {}

    /** Throws unless parallel scoring gives equal scorecards, in order, with identical text. */
    static void checkParallelMatchesSequential(Policy policy, List<LocalAreaAgreement> cohort) {
      CohortScorecard one = policy.scoreCohort(cohort);
      CohortScorecard all = policy.scoreCohortInParallel(cohort);
      if (!one.scorecards().equals(all.scorecards())) {
        throw new IllegalStateException(
            "parallel scoring gives other scorecards than sequential scoring");
      }
      if (!one.toText().equals(all.toText())) {
        throw new IllegalStateException("parallel scoring renders the cohort differently");
      }
      for (int i = 0; i < one.scorecards().size(); i++) {
        if (!one.scorecards().get(i).toText().equals(all.scorecards().get(i).toText())) {
          throw new IllegalStateException(
              "parallel scoring renders differently for " + one.scorecards().get(i).area().name());
        }
      }
    }
  }
}
