package io.github.laa.examples.bench;

import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.ReformComparison;
import io.github.laa.scoring.Scorecard;
import io.github.laa.scoring.TippingPoints;
import io.github.laa.scoring.lvsc.InvolvementRule;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.lvsc.SmallGrantsRule;
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
 * What-if analytics against their targets: the tipping points of every parameter of one agreement
 * ({@link Policy#tippingPoints}; target ≤ 100 × one scoring of the same agreement, {@link #score},
 * measured in the same run) and a reform comparison of two policies ({@link
 * Policy#compareStrictness}; target ≤ 10 ms) that differ in three ordered parameters, two of them
 * less strict, so that it builds and scores two counterexamples.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
@SuppressWarnings("NullAway.Init") // set in @Setup
public class WhatIfBench {
  @Param({"300"})
  int allocations;

  Policy policy;
  Policy reform;
  LocalAreaAgreement agreement;

  @Setup
  public void setUp() {
    policy = Lvsc2006.policy();
    reform =
        policy
            .reform("LVSC 2006, relaxed")
            .set(NetResourceLossRule.TOLERANCE, Percentage.of(5))
            .set(SmallGrantsRule.GRANT_CEILING, Money.parse("£10k"))
            .set(InvolvementRule.MIN_STRATEGIC, InvolvementLevel.PARTNER)
            .build();
    agreement = BenchFixtures.agreement(allocations);
    TippingPoints t = policy.tippingPoints(agreement);
    System.out.println(
        "# " + t + "; " + reform.compareStrictness(policy).rules().size() + " rules");
  }

  /** The baseline: one scoring of the agreement under the default policy. */
  @Benchmark
  public Scorecard score() {
    return policy.score(agreement);
  }

  /** Every rule's tipping points for every numeric or ordered parameter, both ways. */
  @Benchmark
  public TippingPoints tippingPoints() {
    return policy.tippingPoints(agreement);
  }

  /** Whether the relaxed reform is at least as strict as LVSC 2006, with counterexamples. */
  @Benchmark
  public ReformComparison compareStrictness() {
    return reform.compareStrictness(policy);
  }
}
