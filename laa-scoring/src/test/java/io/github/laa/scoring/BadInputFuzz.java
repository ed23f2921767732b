package io.github.laa.scoring;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;

/**
 * The bad-input campaign ({@link BadInputCampaign}) driven by Jazzer's coverage-guided fuzzer.
 * Compiled and run only with {@code -Pfuzz} (which brings in {@code jazzer-junit} and sets {@code
 * JAZZER_FUZZ=1}): one fuzz test whose first byte picks the target, so that a single fuzzing run
 * covers every entry point. It fuzzes for {@code maxDuration}, prints how many inputs it tried, and
 * turns the first violation of the error contract into a finding (Jazzer saves the input under
 * {@code src/test/resources/…/BadInputFuzzInputs/} and replays it in later runs).
 */
class BadInputFuzz {
  private static final BadInputCampaign CAMPAIGN = BadInputCampaign.withGeneratedPools();

  /** A {@link BadInputCampaign.Draw} over the fuzzer's data. */
  private static final class FuzzerDraw implements BadInputCampaign.Draw {
    private final FuzzedDataProvider data;

    FuzzerDraw(FuzzedDataProvider data) {
      this.data = data;
    }

    @Override
    public int nextInt(int bound) {
      return data.consumeInt(0, bound - 1);
    }

    @Override
    public long nextLong() {
      return data.consumeLong();
    }

    @Override
    public boolean nextBoolean() {
      return data.consumeBoolean();
    }

    @Override
    public String nextRawString(int maxLength) {
      return data.consumeString(maxLength);
    }
  }

  @FuzzTest(maxDuration = "5m")
  void everyEntryPointKeepsTheErrorContract(FuzzedDataProvider data) {
    int target = data.consumeInt(0, CAMPAIGN.targetCount() - 1);
    int before = CAMPAIGN.violations().size();
    CAMPAIGN.runOne(target, new FuzzerDraw(data));
    if (CAMPAIGN.violations().size() > before) {
      BadInputCampaign.Violation v = CAMPAIGN.violations().get(before);
      throw new AssertionError(v.target() + ": " + v.input(), v.thrown());
    }
  }

  @AfterAll
  static void report() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            "Jazzer bad-input fuzzing: %,d inputs tried, %,d escaped the contract%n",
            CAMPAIGN.totalInputs(), CAMPAIGN.violations().size()));
    CAMPAIGN
        .inputsByTarget()
        .forEach((name, n) -> sb.append(String.format("  %-55s %,10d%n", name, n.get())));
    System.out.print(sb);
  }
}
