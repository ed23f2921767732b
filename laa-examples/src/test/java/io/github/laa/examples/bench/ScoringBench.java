package io.github.laa.examples.bench;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.Allocation;
import io.github.laa.core.LocalAreaAgreement;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One agreement of 10 to 100,000 allocations ({@link BenchFixtures#agreement(int)}): building it,
 * and scoring the two headline rules with the library (warm and on a fresh copy), with the Drools
 * peer and with the bare loop. Each setup first checks that the three give the same verdicts.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScoringBench {
  /** The agreement and what it is built from. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init") // set in @Setup
  public static class Fixture {
    @Param({"10", "100", "1000", "10000", "100000"})
    public int allocations;

    BenchFixtures.Parts parts;
    LocalAreaAgreement agreement;

    /**
     * The same allocations in another list: {@code withAllocations} then builds a new agreement.
     */
    ImmutableList<Allocation> copy;

    HeadlineVerdicts expected;

    @Setup
    public void setUp() {
      parts = BenchFixtures.parts(allocations, BenchFixtures.BENCH_SEED);
      agreement = parts.build();
      copy = ImmutableList.copyOf(new ArrayList<>(agreement.allocations()));
      expected = HeadlineVerdicts.of(BenchFixtures.HEADLINE.score(agreement));
      Scorecard cold = BenchFixtures.HEADLINE.score(agreement.withAllocations(copy));
      check("a fresh copy", HeadlineVerdicts.of(cold), expected);
    }
  }

  /** The Drools peer, its rules compiled once, and the agreement's facts. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init") // set in @Setup
  public static class Drools {
    DroolsPeer peer;
    List<Object> facts;

    @Setup
    public void setUp(Fixture fixture) {
      peer = new DroolsPeer();
      facts = DroolsPeer.facts(fixture.agreement);
      check("Drools", peer.score(facts), fixture.expected);
    }
  }

  /** The bare loop's arrays. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init") // set in @Setup
  public static class Bare {
    BareLoop loop;

    @Setup
    public void setUp(Fixture fixture) {
      loop = BareLoop.of(fixture.agreement);
      check("the bare loop", HeadlineVerdicts.unpack(loop.score()), fixture.expected);
      check(
          "the branchy bare loop", HeadlineVerdicts.unpack(loop.scoreBranchy()), fixture.expected);
    }
  }

  static void check(String who, HeadlineVerdicts actual, HeadlineVerdicts expected) {
    if (!actual.equals(expected)) {
      throw new IllegalStateException(
          who + " gives " + actual + " but the library gives " + expected);
    }
  }

  /** Builds and validates an agreement from prepared parts (the allocation table included). */
  @Benchmark
  public LocalAreaAgreement buildAndValidate(Fixture f) {
    return f.parts.build();
  }

  /** The library: the two headline rules, with evidence and margins, on a built agreement. */
  @Benchmark
  public Scorecard libraryHeadline(Fixture f) {
    return BenchFixtures.HEADLINE.score(f.agreement);
  }

  /**
   * The library on a fresh copy of the agreement each time: the copy is validated and its
   * allocation table built before scoring. The honest cost of scoring an agreement just edited.
   */
  @Benchmark
  public Scorecard libraryHeadlineCold(Fixture f) {
    return BenchFixtures.HEADLINE.score(f.agreement.withAllocations(f.copy));
  }

  /** Drools: a new session, every fact inserted, rules fired, verdicts read. */
  @Benchmark
  public HeadlineVerdicts droolsHeadline(Drools d) {
    return d.peer.score(d.facts);
  }

  /** The limit: one branch-free pass over primitive arrays, the two verdicts only. */
  @Benchmark
  public int bareLoopHeadline(Bare b) {
    return b.loop.score();
  }

  /** The limit written with a switch and an if: depends on the branch predictor and the JIT. */
  @Benchmark
  public int bareLoopBranchy(Bare b) {
    return b.loop.scoreBranchy();
  }
}
