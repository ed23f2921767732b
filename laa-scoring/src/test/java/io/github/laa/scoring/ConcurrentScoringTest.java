package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.Areas;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.lvsc.SectorDivisionRule;
import io.github.laa.scoring.testing.LaaGenerators;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many threads score shared agreements under shared policies, for a bounded time, and every result
 * must be the same bytes as scoring it sequentially first. The policies are immutable and compiled
 * once; the cohort analytics are computed lazily, on first use, from whichever thread asks first —
 * so every thread also reads the analytics of one shared cohort scorecard.
 */
class ConcurrentScoringTest {
  private static final int THREADS = 8;
  private static final long MILLIS = 2_500;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void manyThreadsScoringSharedAgreementsGetTheSequentialBytes() throws Exception {
    List<LocalAreaAgreement> agreements = new ArrayList<>();
    agreements.addAll(Fixtures.sample(LaaGenerators.agreements(), 150, 11));
    agreements.addAll(Fixtures.sample(LaaGenerators.wideAgreements(), 150, 12));
    List<Policy> policies =
        List.of(
            Lvsc2006.policy(),
            Lvsc2006.policy()
                .reform("real terms, 3-year baseline, 2% tolerance")
                .set(NetResourceLossRule.TERMS, NetResourceLossRule.Terms.REAL)
                .set(NetResourceLossRule.DEFLATOR, Fixtures.FULL_SERIES)
                .set(NetResourceLossRule.TOLERANCE, Percentage.of(2))
                .set(Policy.BASELINE_YEARS, 3)
                .set(SectorDivisionRule.CONCENTRATION_LIMIT, Percentage.of(40))
                .build());
    // The sequential answers, computed first on this thread.
    byte[][][] expected = new byte[policies.size()][agreements.size()][];
    for (int p = 0; p < policies.size(); p++) {
      for (int a = 0; a < agreements.size(); a++) {
        expected[p][a] =
            policies.get(p).score(agreements.get(a)).toText().getBytes(StandardCharsets.UTF_8);
      }
    }
    List<LocalAreaAgreement> cohort = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      cohort.add(agreements.get(i * 7).withArea(Areas.london().get(i)));
    }
    byte[] cohortExpected =
        Lvsc2006.policy().scoreCohort(cohort).toText().getBytes(StandardCharsets.UTF_8);
    // One scored cohort shared by all threads: its lazily computed analytics are raced for.
    CohortScorecard shared = Lvsc2006.policy().scoreCohort(cohort);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    AtomicLong scorings = new AtomicLong();
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MILLIS);
    try {
      List<Future<Long>> runs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t * 37;
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  long mismatches = 0;
                  assertThat(shared.toText().getBytes(StandardCharsets.UTF_8))
                      .isEqualTo(cohortExpected);
                  for (int i = offset; System.nanoTime() < deadline; i++) {
                    int p = i % policies.size();
                    int a = (i * 31) % agreements.size();
                    byte[] got =
                        policies
                            .get(p)
                            .score(agreements.get(a))
                            .toText()
                            .getBytes(StandardCharsets.UTF_8);
                    if (!Arrays.equals(got, expected[p][a])) {
                      mismatches++;
                    }
                    if (i % 97 == 0) {
                      byte[] c =
                          Lvsc2006.policy()
                              .scoreCohortInParallel(cohort)
                              .toText()
                              .getBytes(StandardCharsets.UTF_8);
                      if (!Arrays.equals(c, cohortExpected)) {
                        mismatches++;
                      }
                    }
                    scorings.incrementAndGet();
                  }
                  return mismatches;
                }));
      }
      start.countDown();
      long mismatches = 0;
      for (Future<Long> run : runs) {
        mismatches += run.get();
      }
      System.out.printf(
          "Concurrent scoring: %d threads, %,d scorings in %d ms, %d differed from sequential%n",
          THREADS, scorings.get(), MILLIS, mismatches);
      assertThat(mismatches).isZero();
      assertThat(scorings.get()).isGreaterThan(THREADS);
    } finally {
      pool.shutdownNow();
    }
  }
}
