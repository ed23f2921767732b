package io.github.laa.examples;

import static io.github.laa.scoring.testing.LaaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Round;
import io.github.laa.scoring.CohortScorecard;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Rag;
import io.github.laa.scoring.Scorecard;
import io.github.laa.scoring.Verdict;
import io.github.laa.scoring.lvsc.InfrastructureRule;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import org.junit.jupiter.api.Test;

/** Each borough of the illustrative cohort shows what its description says. */
class IllustrativeCohortTest {
  private static final Policy LVSC = Lvsc2006.policy();
  private static final CohortScorecard COHORT = LVSC.scoreCohort(IllustrativeCohort.agreements());
  private static final CohortScorecard REAL =
      LondonReport.realTerms().scoreCohort(IllustrativeCohort.agreements());

  private static Scorecard card(CohortScorecard cohort, String name) {
    return cohort.scorecards().stream()
        .filter(s -> s.area().name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyBoroughIsTheLondonAreaItNames() {
    assertThat(IllustrativeCohort.agreements()).hasSize(10);
    assertThat(IllustrativeCohort.agreements())
        .extracting(a -> a.area().name())
        .containsExactlyElementsOf(IllustrativeCohort.names());
    assertThat(IllustrativeCohort.nrfAllocation("Greenwich")).isEqualTo(Money.parse("£3,881,452"));
    LocalAreaAgreement hf = IllustrativeCohort.agreement("Hammersmith and Fulham");
    assertThat(hf.area().code()).isEqualTo("E09000013");
    assertThat(hf.round()).isEqualTo(Round.PILOT);
  }

  @Test
  void theTwoExemplarsAreGreenInCash() {
    assertThat(card(COHORT, "Camden")).hasRag(Rag.GREEN).hasNoFindingWith(Verdict.FAIL);
    assertThat(card(COHORT, "Hammersmith and Fulham"))
        .hasRag(Rag.GREEN)
        .hasVerdict(Lvsc2006.COMMISSIONING_PRACTICE, Verdict.PASS);
  }

  @Test
  void eachScenarioGivesItsVerdict() {
    assertThat(card(COHORT, "Greenwich"))
        .hasRag(Rag.RED)
        .hasVerdict(Lvsc2006.NET_RESOURCE_LOSS, Verdict.FAIL);
    assertThat(card(COHORT, "Brent"))
        .hasRag(Rag.RED)
        .hasVerdict(Lvsc2006.SMALL_GRANTS, Verdict.FAIL);
    assertThat(card(COHORT, "Hackney")).hasVerdict(Lvsc2006.INFRASTRUCTURE_TARGETING, Verdict.FAIL);
    assertThat(card(COHORT, "Haringey")).hasVerdict(Lvsc2006.NET_RESOURCE_LOSS, Verdict.FAIL);
    assertThat(card(COHORT, "Barking and Dagenham"))
        .hasVerdict(Lvsc2006.SECTOR_DIVISION, Verdict.FAIL);
    assertThat(card(COHORT, "Enfield"))
        .hasVerdict(Lvsc2006.VCS_INVOLVEMENT, Verdict.FAIL)
        .hasVerdict(Lvsc2006.PERFORMANCE_CAPACITY, Verdict.FAIL);
    assertThat(card(COHORT, "Croydon"))
        .hasVerdict(Lvsc2006.VCS_INVOLVEMENT, Verdict.NOT_ASSESSED)
        .hasVerdict(Lvsc2006.COMMISSIONING_PRACTICE, Verdict.NOT_ASSESSED)
        .hasVerdict(Lvsc2006.SMALL_GRANTS, Verdict.WARN);
  }

  @Test
  void haringeysDipOnlyWarnsWithAFivePercentTolerance() {
    Policy tolerant =
        LVSC.reform("5%").set(NetResourceLossRule.TOLERANCE, Percentage.of(5)).build();
    assertThat(tolerant.score(IllustrativeCohort.agreement("Haringey")))
        .hasVerdict(Lvsc2006.NET_RESOURCE_LOSS, Verdict.WARN);
  }

  @Test
  void realTermsTurnTheBestBoroughRedAndCannotAssessRoundThree() {
    assertThat(card(REAL, "Hammersmith and Fulham"))
        .hasRag(Rag.RED)
        .hasVerdict(Lvsc2006.NET_RESOURCE_LOSS, Verdict.FAIL);
    assertThat(card(REAL, "Ealing").finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow())
        .isNotAssessedFor("a deflator index for 2009/10");
    assertThat(card(REAL, "Enfield").finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow())
        .isNotAssessedFor("a deflator index for 2009/10");
  }

  @Test
  void theTargetingListNamesTheWeakestInfrastructureFirst() {
    assertThat(COHORT.view(InfrastructureRule.TARGETING).orElseThrow())
        .extracting(e -> e.area().name())
        .startsWith("Hackney");
    assertThat(COHORT.view(InfrastructureRule.TARGETING).orElseThrow())
        .extracting(e -> e.area().name())
        .contains("Croydon", "Barking and Dagenham", "Enfield");
  }
}
