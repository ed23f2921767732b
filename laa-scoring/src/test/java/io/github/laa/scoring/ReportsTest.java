package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.chest;
import static io.github.laa.scoring.Fixtures.yearly;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.Percentage;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportsTest {
  private static final Scorecard CARD =
      Fixtures.HEADLINE.score(
          yearly("£100,000", "£100k", "£95k", "£110k").withSmallGrantsProgrammes(chest().build()));

  @Test
  void textShowsTheSummaryEveryFindingItsEvidenceMarginAndParameters() {
    String text = CARD.toText();
    assertThat(text)
        .startsWith(
            """
            Scorecard: Camden (E09000007)
            Agreement: Round 2, 2006/07 to 2008/09
            Policy:    LVSC 2006 (2006-03-08)
            Rating:    RED,""")
        .contains(
            "NET_RESOURCE_LOSS  FAIL        39  MUST      VCS resources in 2007/08 must rise by £5,000.00 to avoid a net loss")
        .contains("1. NET_RESOURCE_LOSS: No net loss of resources to the VCS [MUST, weight 1]")
        .contains("   Verdict:  FAIL, score 39\n")
        .contains("     total [2005/06]     £100,000.00\n")
        .contains("     change [2007/08]     -£5,000.00  FAIL\n")
        .contains("     change % [2007/08]       -5.00%\n")
        .contains("     NET_RESOURCE_LOSS.tolerance = 0.00%\n")
        .contains("     maximum grant [Community Chest]    £5,000.00  PASS\n")
        .doesNotContain(" \n");
  }

  @Test
  void markdownHasASummaryTableAndASectionPerFinding() {
    String md = CARD.toMarkdown();
    assertThat(md)
        .startsWith(
            "## Camden (E09000007) — Round 2, 2006/07 to 2008/09\n\n**Policy:** LVSC 2006 (2006-03-08) · **Rating:** RED")
        .contains("| Rule              | Verdict | Score | Severity |")
        .contains("| NET_RESOURCE_LOSS | FAIL    |    39 | MUST     |")
        .contains("### NET_RESOURCE_LOSS: No net loss of resources to the VCS")
        .contains(
            "**FAIL**, score 39 (MUST, weight 1). VCS resources in 2007/08 must rise by £5,000.00 to avoid a net loss.")
        .contains("| change [2007/08]   |  -£5,000.00 | FAIL  |")
        .contains("Parameters: `POLICY.baselineYears = 1`, `NET_RESOURCE_LOSS.terms = CASH`");
  }

  @Test
  void renderingIsTheSameUnderAnyDefaultLocaleAndEveryTime() {
    String expected = CARD.toText();
    Locale saved = Locale.getDefault();
    try {
      for (Locale l :
          new Locale[] {
            Locale.FRANCE,
            Locale.GERMANY,
            Locale.forLanguageTag("ar-EG"),
            Locale.forLanguageTag("hi-IN")
          }) {
        Locale.setDefault(l);
        assertThat(CARD.toText()).isEqualTo(expected);
        assertThat(Fixtures.HEADLINE.score(CARD.agreement()).toText()).isEqualTo(expected);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void aDiffShowsWhatFlipped() {
    Policy tolerant =
        Fixtures.HEADLINE
            .reform("5% tolerance")
            .set(NetResourceLossRule.TOLERANCE, Percentage.of(5))
            .build();
    ScorecardDiff diff = ScorecardDiff.between(CARD, tolerant.score(CARD.agreement()));
    assertThat(diff.toText())
        .startsWith(
            "Camden: LVSC 2006 → 5% tolerance, RED → AMBER, score 70/100 → 84/100, 1 verdict flipped\n") // (69 + 100) / 2 = 84.5 → 84, half-even
        .contains("NET_RESOURCE_LOSS  FAIL       39  WARN      69     +30  yes");
    assertThat(diff.toMarkdown())
        .contains("| NET_RESOURCE_LOSS | FAIL   |    39 | WARN  |    69 |    +30 | yes     |");
  }
}
