package io.github.laa.scoring.lvsc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.scoring.Citation;
import org.junit.jupiter.api.Test;

class RecommendationTest {
  @Test
  void aRuleCitesTheResearchItsRecommendationAndTheSentenceItChecks() {
    Citation cited = SmallGrantsRule.INSTANCE.citation();
    assertThat(cited.source()).isEqualTo(Recommendation.SOURCE + ", recommendation 3");
    assertThat(cited.text())
        .startsWith("resources should be made available to support a small grants programme");
  }

  @Test
  void aRecommendationHasASummaryAndItsPublishedText() {
    assertThat(Recommendation.R3.summary())
        .isEqualTo(
            "No net loss of resources to the VCS; a small grants programme as part of capacity building.");
    assertThat(Recommendation.R3.text()).contains("net loss");
  }
}
