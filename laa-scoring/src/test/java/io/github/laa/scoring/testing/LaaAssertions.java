package io.github.laa.scoring.testing;

import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Scorecard;

/**
 * Entry point for AssertJ assertions on scorecards and findings:
 *
 * <pre>{@code
 * import static io.github.laa.scoring.testing.LaaAssertions.assertThat;
 *
 * assertThat(card)
 *     .hasRag(Rag.RED)
 *     .hasVerdict(Lvsc2006.NET_RESOURCE_LOSS, Verdict.FAIL)
 *     .finding(Lvsc2006.NET_RESOURCE_LOSS)
 *     .hasMargin(Money.parse("£12,400"));
 * }</pre>
 */
public final class LaaAssertions {
  private LaaAssertions() {}

  /** Assertions on a scorecard. */
  public static ScorecardAssert assertThat(Scorecard actual) {
    return new ScorecardAssert(actual);
  }

  /** Assertions on a finding. */
  public static FindingAssert assertThat(Finding actual) {
    return new FindingAssert(actual);
  }
}
