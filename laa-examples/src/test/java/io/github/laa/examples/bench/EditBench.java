package io.github.laa.examples.bench;

import io.github.laa.core.Allocation;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.scoring.PartialAgreement;
import io.github.laa.scoring.PartialScorecard;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Scorecard;
import io.github.laa.scoring.UnknownFact;
import io.github.laa.scoring.lvsc.Lvsc2006;
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
 * The what-if loop an analyst runs: edit one allocation of a 1,000-allocation agreement, validate
 * the copy and score it, against a warm scoring of the same agreement (issue 16's target: at most
 * 3×); and partial scoring of the agreement with its last year's allocations unknown.
 *
 * <p>The edit alternates between two amounts of the middle allocation, so that every operation
 * makes and validates a new agreement. The agreement is scored once in the setup, as an analyst
 * scores an agreement before editing it.
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
public class EditBench {
  /** The allocations of the edited agreement. */
  public static final int ALLOCATIONS = 1_000;

  Policy policy;
  LocalAreaAgreement agreement;
  int index;
  Allocation[] edits;
  int flip;
  PartialAgreement partial;

  @Setup
  public void setUp() {
    policy = Lvsc2006.policy();
    agreement = BenchFixtures.agreement(ALLOCATIONS);
    index = ALLOCATIONS / 2;
    Allocation a = agreement.allocations().get(index);
    edits =
        new Allocation[] {
          a.withAmount(a.amount().plus(Money.ofPounds(1))),
          a.withAmount(a.amount().plus(Money.ofPounds(2)))
        };
    partial = PartialAgreement.of(agreement, UnknownFact.amounts(agreement.lastYear()));
    // The analyst scored the agreement before editing it: the edits start from a warm agreement.
    var unused = policy.score(agreement);
  }

  /** A warm scoring of the 1,000-allocation agreement: the baseline. */
  @Benchmark
  public Scorecard warmScoring() {
    return policy.score(agreement);
  }

  /** One allocation edited, the copy validated, and scored. */
  @Benchmark
  public Scorecard editValidateScore() {
    flip ^= 1;
    return policy.score(agreement.withAllocation(index, edits[flip]));
  }

  /** Partial scoring with the last year's allocations unknown (context; no target). */
  @Benchmark
  public PartialScorecard partialLastYear() {
    return policy.scorePartially(partial);
  }
}
