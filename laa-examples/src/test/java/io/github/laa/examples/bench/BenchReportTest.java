package io.github.laa.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {
  private static final List<String> CSV =
      List.of(
          "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\",\"Unit\",\"Param: allocations\"",
          "\"io.github.laa.examples.bench.ScoringBench.libraryHeadline\",\"avgt\",1,5,4000.000000,400.000000,\"ns/op\",1000",
          "\"io.github.laa.examples.bench.ScoringBench.libraryHeadline:gc.alloc.rate.norm\",\"avgt\",1,5,6000.000000,1.000000,\"B/op\",1000",
          "\"io.github.laa.examples.bench.ScoringBench.droolsHeadline\",\"avgt\",1,5,800000.000000,NaN,\"ns/op\",1000",
          "\"io.github.laa.examples.bench.ScoringBench.bareLoopHeadline\",\"avgt\",1,5,1000.000000,100.000000,\"ns/op\",1000",
          "\"io.github.laa.examples.bench.PolicyBench.fullPolicy300\",\"avgt\",1,5,25.000000,5.000000,\"us/op\",");

  @Test
  void tabulatesResultsInNanosecondsWithBytesPerOperation() {
    String text = BenchReport.parse(CSV).render();

    assertThat(text)
        .contains(
            "| ScoringBench.libraryHeadline | 1000 | 4.00 µs | ± 400.0 ns | n/a | 4.00 | 6,000 |")
        .contains("| PolicyBench.fullPolicy300 | — | 25.00 µs | ± 5.00 µs | n/a |  | n/a |");
  }

  @Test
  void computesRatiosAndJudgesTargets() {
    String text = BenchReport.parse(CSV).render();

    assertThat(text)
        .contains(
            "| library ≥ 100× faster than Drools at 1,000 allocations | 200.00× (800.00 µs vs 4.00 µs) | n/a | n/a | **met** |")
        .contains(
            "| library within 3× of the bare loop at 1,000 allocations | 4.00× (4.00 µs vs 1.00 µs) | n/a | n/a | **missed** |")
        .contains("| full policy on 300 allocations ≤ 20 µs | 25.00 µs | n/a | n/a | **missed** |")
        .contains(
            "| bytes allocated per scoring of 1,000 allocations < 8 KB (8,192 B) | 6,000 B | | | **met** |")
        .contains("| cohort of 150 × 300 allocations on one thread ≤ 5 ms | n/a | | | n/a |");
  }
}
