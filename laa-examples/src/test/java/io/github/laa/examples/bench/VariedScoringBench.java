package io.github.laa.examples.bench;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.scoring.Scorecard;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A control for {@link ScoringBench}: the same scoring, but each operation scores the next of
 * several different agreements of the same size and scenario (seeds 1, 13, 25, …: all a net-loss
 * FAIL and a small-grants WARN). Scoring one agreement over and over lets the CPU's branch
 * predictor learn its data when it is small; rotating through eight makes that harder, though at
 * 1,000 allocations the predictor still seems to learn them (see {@link FactsPassBench}'s
 * uniform-rows control). A cohort of different agreements ({@link PolicyBench}) does not repeat.
 * (Two agreements suffice at 100,000.)
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
@SuppressWarnings("NullAway.Init") // set in @Setup
public class VariedScoringBench {
  @Param({"1000", "100000"})
  public int allocations;

  LocalAreaAgreement[] agreements;
  BareLoop[] loops;

  /** The number of agreements less one (a power of two less one). */
  int mask;

  int next;

  @Setup
  public void setUp() {
    int count = allocations >= 100_000 ? 2 : 8;
    mask = count - 1;
    agreements = new LocalAreaAgreement[count];
    loops = new BareLoop[count];
    HeadlineVerdicts expected =
        HeadlineVerdicts.of(BenchFixtures.HEADLINE.score(BenchFixtures.agreement(allocations)));
    for (int i = 0; i < count; i++) {
      agreements[i] = BenchFixtures.agreement(allocations, BenchFixtures.BENCH_SEED + 12L * i);
      loops[i] = BareLoop.of(agreements[i]);
      HeadlineVerdicts library = HeadlineVerdicts.of(BenchFixtures.HEADLINE.score(agreements[i]));
      ScoringBench.check("agreement " + i + " of the library", library, expected);
      ScoringBench.check(
          "agreement " + i + " of the bare loop",
          HeadlineVerdicts.unpack(loops[i].score()),
          expected);
      ScoringBench.check(
          "agreement " + i + " of the branchy bare loop",
          HeadlineVerdicts.unpack(loops[i].scoreBranchy()),
          expected);
    }
  }

  /** The library, the two headline rules, a different agreement each time. */
  @Benchmark
  public Scorecard libraryHeadline() {
    return BenchFixtures.HEADLINE.score(agreements[next++ & mask]);
  }

  /** The bare loop, a different agreement each time. */
  @Benchmark
  public int bareLoopHeadline() {
    return loops[next++ & mask].score();
  }

  /** The branchy bare loop, a different agreement each time. */
  @Benchmark
  public int bareLoopBranchy() {
    return loops[next++ & mask].scoreBranchy();
  }
}
