package io.github.laa.examples.bench;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.examples.TableFiles;
import io.github.laa.scoring.CohortScorecard;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Scorecard;
import io.github.laa.scoring.lvsc.Lvsc2006;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering results: the JSON decision record of one London borough's scorecard (the illustrative
 * cohort's agreements, from its CSV tables, each in turn), and the HTML page of a 150-agreement
 * cohort ({@link BenchFixtures#cohort}). {@code json} renders a scorecard whose agreement
 * fingerprint is already worked out (it is worked out once per scorecard); {@code scoreThenJson}
 * scores and renders, so that the fingerprint is worked out too, against {@code score}, the same
 * scoring alone, in the same run: the record's whole cost is the difference. {@code cohortHtml}
 * renders the cohort's page, against {@code scoreCohort}, scoring the same cohort.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
@SuppressWarnings("NullAway.Init") // set in @Setup
public class RenderBench {
  static final Policy LVSC = Lvsc2006.policy();

  List<LocalAreaAgreement> london;
  List<Scorecard> cards;
  List<LocalAreaAgreement> cohortAgreements;
  CohortScorecard cohort;
  int next;

  @Setup(Level.Trial)
  public void setUp() {
    london = TableFiles.london().agreements();
    cards = london.stream().map(LVSC::score).toList();
    cards.forEach(
        c -> {
          var unused = c.agreementSha256();
        }); // fingerprints worked out
    cohortAgreements =
        BenchFixtures.cohort(
            BenchFixtures.COHORT_SIZE, BenchFixtures.COHORT_ALLOCATIONS, BenchFixtures.BENCH_SEED);
    cohort = LVSC.scoreCohort(cohortAgreements);
  }

  private int next() {
    int i = next;
    next = i + 1 == london.size() ? 0 : i + 1;
    return i;
  }

  @Benchmark
  public String json() {
    return cards.get(next()).toJson();
  }

  @Benchmark
  public String scoreThenJson() {
    return LVSC.score(london.get(next())).toJson();
  }

  @Benchmark
  public Scorecard score() {
    return LVSC.score(london.get(next()));
  }

  @Benchmark
  public String cohortJson() {
    return cohort.toJson();
  }

  @Benchmark
  public String cohortHtml() {
    return cohort.toHtml();
  }

  @Benchmark
  public CohortScorecard scoreCohort() {
    return LVSC.scoreCohort(cohortAgreements);
  }
}
