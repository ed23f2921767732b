package io.github.laa.examples.bench;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Scorecard;
import java.util.ArrayList;
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
 * The full default policy ({@link Policy#lvsc2006()}, whatever rules it has when run) on a
 * 300-allocation agreement and on a cohort of 150 such agreements, one thread and all cores; and
 * rendering a scorecard as text.
 *
 * <p>The library has no cohort API yet, so the cohort is scored in a loop and with a parallel
 * stream (the common fork-join pool plus the calling thread). The setup checks that both give equal
 * scorecards with identical text.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
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
    policy = Policy.lvsc2006();
    agreement = BenchFixtures.agreement(BenchFixtures.COHORT_ALLOCATIONS);
    card = policy.score(agreement);
    cohort = BenchFixtures.cohort(BenchFixtures.COHORT_SIZE, BenchFixtures.COHORT_ALLOCATIONS, BenchFixtures.BENCH_SEED);
    System.out.println("# " + policy + ": " + policy.rules().stream().map(r -> r.id().toString()).toList());
    Cohorts.checkParallelMatchesSequential(policy, cohort);
  }

  /** The full default policy on one 300-allocation agreement. */
  @Benchmark
  public Scorecard fullPolicy300() {
    return policy.score(agreement);
  }

  /** 150 agreements of 300 allocations, one after another on one thread. */
  @Benchmark
  public List<Scorecard> cohortSequential() {
    return Cohorts.sequential(policy, cohort);
  }

  /** The same 150 agreements with a parallel stream, on all cores. */
  @Benchmark
  public List<Scorecard> cohortParallel() {
    return Cohorts.parallel(policy, cohort);
  }

  /** The scorecard of the 300-allocation agreement as plain text. */
  @Benchmark
  public String renderText() {
    return card.toText();
  }

  /** Scoring a cohort the two ways, shared with the test. */
  static final class Cohorts {
    private Cohorts() {}

    static List<Scorecard> sequential(Policy policy, List<LocalAreaAgreement> cohort) {
      List<Scorecard> out = new ArrayList<>(cohort.size());
      for (LocalAreaAgreement a : cohort) {
        out.add(policy.score(a));
      }
      return out;
    }

    static List<Scorecard> parallel(Policy policy, List<LocalAreaAgreement> cohort) {
      return cohort.parallelStream().map(policy::score).toList();
    }

    /** Throws unless parallel scoring gives equal scorecards, in order, with identical text. */
    static void checkParallelMatchesSequential(Policy policy, List<LocalAreaAgreement> cohort) {
      List<Scorecard> one = sequential(policy, cohort);
      List<Scorecard> all = parallel(policy, cohort);
      if (!one.equals(all)) {
        throw new IllegalStateException("parallel scoring gives other scorecards than sequential scoring");
      }
      for (int i = 0; i < one.size(); i++) {
        if (!one.get(i).toText().equals(all.get(i).toText())) {
          throw new IllegalStateException("parallel scoring renders differently for " + one.get(i).area().name());
        }
      }
    }
  }
}
