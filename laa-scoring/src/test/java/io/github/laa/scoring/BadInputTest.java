package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.testing.TestBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The bad-input campaign ({@link BadInputCampaign}) on seeded random data. By default a bounded,
 * reproducible run: {@value #INPUTS_PER_TARGET} inputs for each target from a fixed seed. With
 * {@code -Dlaa.fuzz.seconds=N} (the {@code fuzz} profile sets 300) it runs for N seconds from a
 * seed that it prints. Either way it prints how many inputs it tried and fails listing the first
 * violations of the error contract.
 */
class BadInputTest {
  static final int INPUTS_PER_TARGET = 5_000;
  private static final long SEED = 20_060_308L;

  /** A {@link BadInputCampaign.Draw} over a seeded {@link SplittableRandom}. */
  static final class RandomDraw implements BadInputCampaign.Draw {
    private final SplittableRandom random;

    RandomDraw(long seed) {
      this.random = new SplittableRandom(seed);
    }

    @Override
    public int nextInt(int bound) {
      return random.nextInt(bound);
    }

    @Override
    public long nextLong() {
      return random.nextLong();
    }

    @Override
    public boolean nextBoolean() {
      return random.nextBoolean();
    }

    @Override
    public String nextRawString(int maxLength) {
      int n = random.nextInt(maxLength + 1);
      StringBuilder sb = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        sb.append((char) random.nextInt(Character.MAX_VALUE + 1));
      }
      return sb.toString();
    }
  }

  @Test
  void onlyInvalidDataExceptionEscapesItListsEveryPlantedProblemAndValidDataIsAccepted() {
    long seconds = Long.getLong("laa.fuzz.seconds", 0);
    // A long run takes a fresh seed (printed below) unless -Dlaa.fuzz.seed=… replays one.
    long given = Long.getLong("laa.fuzz.seed", 0);
    long seed = seconds <= 0 ? SEED : given != 0 ? given : System.nanoTime();
    BadInputCampaign campaign = BadInputCampaign.withGeneratedPools();
    RandomDraw draw = new RandomDraw(seed);
    long started = System.nanoTime();
    if (seconds > 0) {
      long deadline = started + seconds * 1_000_000_000L;
      while (System.nanoTime() < deadline && campaign.violations().size() < 20) {
        for (int t = 0; t < campaign.targetCount(); t++) {
          campaign.runOne(t, draw);
        }
      }
    } else {
      int perTarget = TestBudget.examples(INPUTS_PER_TARGET);
      for (int i = 0; i < perTarget; i++) {
        for (int t = 0; t < campaign.targetCount(); t++) {
          campaign.runOne(t, draw);
        }
      }
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "Bad-input campaign (seed %d, %.1f s): %,d inputs tried, %,d escaped the contract%n",
            seed,
            elapsed,
            campaign.totalInputs(),
            campaign.violations().size()));
    for (Map.Entry<String, AtomicLong> e : campaign.inputsByTarget().entrySet()) {
      report.append(String.format(Locale.ROOT, "  %-55s %,10d%n", e.getKey(), e.getValue().get()));
    }
    BadInputCampaign.Coverage coverage = campaign.coverage();
    List<String> missed = coverage.missed();
    report.append(
        String.format(
            Locale.ROOT,
            "  kinds of input that must be reached: %,d, of which %,d were not%n",
            coverage.size(),
            missed.size()));
    System.out.print(report);
    // One line per kind of violation (target, exception, first line of its message), with a count
    // and the first input; the first of each kind with its stack trace.
    Map<String, List<BadInputCampaign.Violation>> kinds = new TreeMap<>();
    for (BadInputCampaign.Violation v : campaign.violations()) {
      String first = String.valueOf(v.thrown().getMessage()).lines().findFirst().orElse("");
      String kind =
          v.target()
              + " / "
              + v.thrown().getClass().getSimpleName()
              + ": "
              + (first.length() > 160 ? first.substring(0, 160) : first);
      kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(v);
    }
    StringBuilder failures = new StringBuilder();
    kinds.forEach(
        (kind, list) -> {
          failures.append(
              String.format(
                  "%,6d × %s%n         first input: %s%n", list.size(), kind, list.get(0).input()));
          list.get(0).thrown().printStackTrace(System.out);
        });
    assertThat(campaign.violations())
        .as("violations of the error contract, by kind:%n%s", failures)
        .isEmpty();
    // The bounded run reaches every kind of input declared: every invisible or bidirectional
    // character in every builder's text, every kind of bad policy name, every misbehaviour of a
    // custom rule, every edge of Money's arithmetic. (A long run tries them too, only not surely
    // all before it stops; nor does the tenth of the run that mutation testing makes.)
    if (seconds <= 0 && !TestBudget.isScaledDown()) {
      assertThat(missed).as("kinds of input never tried").isEmpty();
    }
    assertThat(campaign.totalInputs())
        .isGreaterThanOrEqualTo(
            seconds > 0
                ? 1
                : (long) TestBudget.examples(INPUTS_PER_TARGET) * campaign.targetCount());
  }

  @Test
  void aStrictBuilderRejectsASecondValueForAnAttribute() {
    assertThat(BuilderProbes.strictBuilderRejectsASecondValue()).isTrue();
  }
}
