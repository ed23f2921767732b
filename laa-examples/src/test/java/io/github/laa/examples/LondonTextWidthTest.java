package io.github.laa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.tables.Dataset;
import io.github.laa.scoring.CohortScorecard;
import io.github.laa.scoring.Scorecard;
import io.github.laa.scoring.lvsc.Lvsc2006;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The London cohort's plain-text renderings keep to 100 characters a line, and each borough's
 * summary — heading and one line per rule — fits on one screen, its evidence on two more.
 */
class LondonTextWidthTest {
  private static final Dataset LONDON = TableFiles.london();
  private static final CohortScorecard COHORT = Lvsc2006.policy().scoreCohort(LONDON.agreements());

  private static List<String> over100(String text) {
    return text.lines().filter(l -> l.codePointCount(0, l.length()) > 100).toList();
  }

  @Test
  void everyLineOfTheCohortScorecardsAndReformIsAtMost100Characters() {
    assertThat(over100(IllustrativeCohort.LABEL)).isEmpty();
    assertThat(over100(COHORT.toText())).isEmpty();
    CohortScorecard real =
        LondonReport.realTerms(LONDON.deflators().get(0)).scoreCohort(LONDON.agreements());
    assertThat(over100(COHORT.diff(real).toText())).isEmpty();
    for (Scorecard card : COHORT.scorecards()) {
      assertThat(over100(card.toText())).as(card.area().name()).isEmpty();
      assertThat(over100(card.toDetailedText())).as(card.area().name()).isEmpty();
    }
  }

  @Test
  void eachBoroughsSummaryFitsOnAScreenAndTheWholeScorecardOnThree() {
    for (Scorecard card : COHORT.scorecards()) {
      String text = card.toText();
      int summary = text.substring(0, text.indexOf("\nEvidence")).split("\n", -1).length;
      // Heading (4), a blank, the table's header and rule (2), at least a line per rule.
      assertThat(summary).as(card.area().name()).isBetween(7 + card.findings().size(), 24);
      assertThat(text.lines().count()).as(card.area().name()).isLessThanOrEqualTo(3 * 50);
    }
  }
}
