package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.cohortArea;
import static io.github.laa.scoring.Fixtures.fiveAreas;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laa.core.InvalidDataException;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Problem;
import io.github.laa.scoring.lvsc.InfrastructureRule;
import io.github.laa.scoring.lvsc.Lvsc2006;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Several scenarios of one area scored side by side: the peers are each area's first scenario, and
 * every table names the scenario.
 */
class ScenarioCohortTest {
  private static final Policy LVSC = Lvsc2006.policy();

  /** Barnet with £300k of infrastructure funding for its 3 bodies: £100k a body, above them all. */
  private static final LocalAreaAgreement BARNET_FUNDED =
      cohortArea("Barnet", 1, "£300k", 1, 1, 1, 12);

  /** Each of the five areas "as agreed", then Barnet funded. */
  private static List<Scenario> scenarios() {
    List<Scenario> out = new ArrayList<>();
    for (LocalAreaAgreement a : fiveAreas()) {
      out.add(Scenario.of(a.area().name() + " as agreed", a));
    }
    out.add(Scenario.of("Barnet funded", BARNET_FUNDED));
    return out;
  }

  @Test
  void theFirstScenariosScoreExactlyAsTheirCohort() {
    ScenarioCohort scenarios = LVSC.scoreScenarios(scenarios());
    CohortScorecard cohort = LVSC.scoreCohort(fiveAreas());
    assertThat(scenarios.peers().toJson()).isEqualTo(cohort.toJson());
    // By area code (Barnet 00AC… first), Barnet's two in the order given.
    assertThat(scenarios.scenarios())
        .extracting(Scenario::name)
        .containsExactly(
            "Barnet as agreed",
            "Barnet funded",
            "Bexley as agreed",
            "Brent as agreed",
            "Bromley as agreed",
            "Camden as agreed");
    for (Scorecard peer : cohort.scorecards()) {
      assertThat(scenarios.scorecard(peer.area().name() + " as agreed")).contains(peer);
    }
  }

  @Test
  void anotherScenarioStandsInItsAreasPlaceAmongThePeers() {
    // Funding per body: Barnet funded £100k; Brent £20k, Bexley £30k, Bromley £40k, Camden £50k.
    // Ranked among them, £100k is 5th of 5: quartile ⌊4 × 4 / 5⌋ + 1 = 4, not the weakest.
    Scorecard funded = LVSC.scoreScenarios(scenarios()).scorecard("Barnet funded").orElseThrow();
    Finding r1 = funded.finding(Lvsc2006.INFRASTRUCTURE_TARGETING).orElseThrow();
    assertThat(r1.get(InfrastructureRule.COHORT_QUARTILE)).isEqualTo(4L);
    // The same as a cohort with Barnet replaced by the scenario.
    List<LocalAreaAgreement> replaced = new ArrayList<>(fiveAreas());
    replaced.set(0, BARNET_FUNDED);
    assertThat(funded)
        .isEqualTo(LVSC.scoreCohort(replaced).scorecard(BARNET_FUNDED.area().code()).orElseThrow());
    // As agreed, Barnet's £10k a body is the weakest quartile.
    Scorecard agreed = LVSC.scoreScenarios(scenarios()).scorecard("Barnet as agreed").orElseThrow();
    assertThat(
            agreed
                .finding(Lvsc2006.INFRASTRUCTURE_TARGETING)
                .orElseThrow()
                .get(InfrastructureRule.COHORT_QUARTILE))
        .isEqualTo(1L);
  }

  @Test
  void everyTableNamesTheScenarioBesideItsArea() {
    ScenarioCohort scenarios = LVSC.scoreScenarios(scenarios());
    String text = scenarios.toText();
    assertThat(text)
        .startsWith(
            "Scenarios: 6 under LVSC 2006 (2006-03-08), peers: each area's first scenario\n");
    Scorecard funded = scenarios.scorecard("Barnet funded").orElseThrow();
    assertThat(text.lines().filter(l -> l.startsWith("Barnet funded")).findFirst().orElseThrow())
        .contains("Barnet")
        .contains(funded.area().code())
        .contains(funded.rag().name());
    assertThat(scenarios.toMarkdown()).contains("| Barnet funded").contains("| Barnet as agreed");
    List<String> csv = scenarios.scenariosCsv().lines().toList();
    assertThat(csv.get(0)).isEqualTo("Scenario,Area code,Area name,Rating,Score");
    assertThat(csv.get(2))
        .isEqualTo(
            "Barnet funded,"
                + funded.area().code()
                + ",Barnet,"
                + funded.rag().name()
                + ","
                + funded.score().getAsInt());
    List<String> findings = scenarios.findingsCsv().lines().toList();
    assertThat(findings.get(0)).startsWith("Scenario,Area code,Area name,Rule,");
    // One row per scenario and rule.
    assertThat(findings).hasSize(1 + 6 * LVSC.entries().size());
    assertThat(findings.get(1 + LVSC.entries().size())).startsWith("Barnet funded,");
  }

  @Test
  void theDecisionRecordNamesEachScenarioAndMatchesTheSchema() {
    ScenarioCohort scenarios = LVSC.scoreScenarios(scenarios());
    String json = scenarios.toJson();
    tools.jackson.databind.JsonNode record = JsonRecords.valid(json);
    assertThat(record.get("kind").asString()).isEqualTo("scenarios");
    assertThat(record.get("scenarios")).hasSize(6);
    tools.jackson.databind.JsonNode funded = record.get("scenarios").get(1);
    assertThat(funded.get("name").asString()).isEqualTo("Barnet funded");
    assertThat(funded.get("scorecard").get("agreement").get("area").get("name").asString())
        .isEqualTo("Barnet");
    assertThat(funded.get("scorecard").get("rating").asString())
        .isEqualTo(scenarios.scorecard("Barnet funded").orElseThrow().rag().name());
    // The peers' views, as the cohort of the first scenarios writes them.
    assertThat(record.get("views").toString())
        .isEqualTo(
            JsonRecords.MAPPER
                .readTree(LVSC.scoreCohort(fiveAreas()).toJson())
                .get("views")
                .toString());
  }

  @Test
  void theHtmlPageNamesEachScenarioInItsTableAndItsScorecardsHeading() throws Exception {
    String html = LVSC.scoreScenarios(scenarios()).toHtml();
    org.w3c.dom.Document doc = HtmlReportTest.parse(html);
    List<org.w3c.dom.Element> tables = HtmlReportTest.elements(doc, "table");
    List<List<String>> rows = HtmlReportTest.rows(tables.get(0));
    assertThat(HtmlReportTest.headers(tables.get(0)))
        .containsExactly("Scenario", "Area", "Code", "Score", "Rating");
    Scorecard funded = LVSC.scoreScenarios(scenarios()).scorecard("Barnet funded").orElseThrow();
    assertThat(rows.get(1))
        .containsExactly(
            "Barnet funded",
            "Barnet",
            funded.area().code(),
            Integer.toString(funded.score().getAsInt()),
            funded.rag().name());
    assertThat(HtmlReportTest.elements(doc, "h2"))
        .extracting(org.w3c.dom.Node::getTextContent)
        .contains(
            "Barnet funded: Barnet (" + funded.area().code() + ")",
            "Barnet as agreed: Barnet (" + funded.area().code() + ")");
  }

  @Test
  void scenarioNamesAreCheckedAndUniqueAndPlainCohortsStillRefuseTwoOfOneArea() {
    assertThatThrownBy(() -> Scenario.of("", BARNET_FUNDED))
        .isInstanceOf(IllegalArgumentException.class);
    List<Scenario> twice =
        List.of(Scenario.of("A", BARNET_FUNDED), Scenario.of("A", fiveAreas().get(1)));
    assertThatThrownBy(() -> LVSC.scoreScenarios(twice))
        .isInstanceOfSatisfying(
            InvalidDataException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly("scenarios[1].name"));
    assertThatThrownBy(() -> LVSC.scoreCohort(List.of(fiveAreas().get(0), BARNET_FUNDED)))
        .isInstanceOf(InvalidDataException.class);
    assertThat(Scenario.of("Barnet funded", BARNET_FUNDED)).hasToString("Barnet funded (Barnet)");
  }
}
