package io.github.laa.examples.bench;

import io.github.laa.core.Allocation;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Purpose;
import io.github.laa.core.SizeBand;
import io.github.laa.core.internal.AllocationTables;
import io.github.laa.scoring.AgreementFacts;
import io.github.laa.scoring.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * A diagnostic, not a target: the per-scoring pass over the allocations that dominates scoring, as
 * the library does it ({@link AgreementFacts#of(LocalAreaAgreement, Policy)}, under the headline
 * rules' policy) and as the prototype {@link PackedTotals} does it, each followed by reading the
 * totals the two headline rules read. Each operation takes the next of several agreements of the
 * same size (as in {@link VariedScoringBench}), so that the data is not the same every time.
 *
 * <p>{@link #libraryUniformRows()} is the control: the library's pass over the same number of rows,
 * with the same memory, but rows that all look alike (one purpose, one recipient, one stream), so
 * that every test on a row's data goes the same way.
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
public class FactsPassBench {
  /** The two headline rules: their policy's pass computes the groups of totals they read. */
  private static final Policy HEADLINE = BenchFixtures.HEADLINE;

  @Param({"1000", "100000"})
  public int allocations;

  LocalAreaAgreement[] agreements;
  LocalAreaAgreement[] uniform;
  PackedTotals[] packed;
  int mask;
  int next;

  @Setup
  public void setUp() {
    int count = allocations >= 100_000 ? 2 : 8;
    mask = count - 1;
    agreements = new LocalAreaAgreement[count];
    uniform = new LocalAreaAgreement[count];
    packed = new PackedTotals[count];
    for (int i = 0; i < count; i++) {
      agreements[i] = BenchFixtures.agreement(allocations, BenchFixtures.BENCH_SEED + 12L * i);
      List<Allocation> alike = new ArrayList<>(allocations);
      for (Allocation a : agreements[i].allocations()) {
        alike.add(
            a.withPurpose(Purpose.CORE)
                .withRecipient("b0")
                .withStream("s0")
                .withOutcome(Optional.empty()));
      }
      uniform[i] = agreements[i].withAllocations(alike);
      packed[i] = PackedTotals.of(AllocationTables.of(agreements[i]));
      long library =
          readLibrary(AgreementFacts.of(agreements[i], HEADLINE), agreements[i].streams().size());
      long prototype = readPacked(packed[i].compute(1), agreements[i].streams().size());
      if (library != prototype) {
        throw new IllegalStateException(
            "the prototype's totals differ from the library's for agreement " + i);
      }
    }
  }

  /** The library's pass, then the totals the headline rules read. */
  @Benchmark
  public long library() {
    LocalAreaAgreement a = agreements[next++ & mask];
    return readLibrary(AgreementFacts.of(a, HEADLINE), a.streams().size());
  }

  /** The library's pass over rows that all look alike, then the same totals. */
  @Benchmark
  public long libraryUniformRows() {
    LocalAreaAgreement a = uniform[next++ & mask];
    return readLibrary(AgreementFacts.of(a, HEADLINE), a.streams().size());
  }

  /** The prototype's pass, then the same totals. */
  @Benchmark
  public long packed() {
    int i = next++ & mask;
    return readPacked(packed[i].compute(1), agreements[i].streams().size());
  }

  static long readLibrary(AgreementFacts f, int streams) {
    long sum = 0;
    for (int y = -1; y < 3; y++) {
      sum += f.total(y) + f.count(y) + f.totalInAgreementStreams(y) + f.countInAgreementStreams(y);
      sum +=
          f.purpose(Purpose.SMALL_GRANTS, y)
              + f.smallGrantsToMicroOrSmall(y)
              + f.band(SizeBand.MICRO, y);
      sum += f.outcomeDelivery(y) + f.communityBased(y);
      for (int s = -1; s < streams; s++) {
        sum += f.stream(s, y);
      }
    }
    return sum;
  }

  static long readPacked(PackedTotals.Totals f, int streams) {
    long sum = 0;
    for (int y = -1; y < 3; y++) {
      sum += f.total(y) + f.count(y) + f.totalInAgreementStreams(y) + f.countInAgreementStreams(y);
      sum +=
          f.purpose(Purpose.SMALL_GRANTS, y)
              + f.smallGrantsToMicroOrSmall(y)
              + f.band(SizeBand.MICRO, y);
      sum += f.outcomeDelivery(y) + f.communityBased(y);
      for (int s = -1; s < streams; s++) {
        sum += f.stream(s, y);
      }
    }
    return sum;
  }
}
