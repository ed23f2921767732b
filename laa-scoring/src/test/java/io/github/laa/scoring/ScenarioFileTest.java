package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.yearly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.github.laa.core.InvalidDataException;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Problem;
import io.github.laa.core.tables.Dataset;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.testing.AgreementDescription;
import io.github.laa.scoring.testing.LaaGenerators;
import io.github.laa.scoring.testing.ScenarioFile;
import io.github.laa.scoring.testing.ScenarioResult;
import io.github.laa.scoring.testing.ScenarioRow;
import io.github.laa.scoring.testing.VerdictCoverage;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.quicktheories.core.Gen;

/**
 * The test kit's scenario files: reading (every problem with file, row and column), edits, policy
 * overrides, the readable failure, and verdict coverage. The arithmetic is redone by hand: Camden
 * has £100,000 a year for the CVS; cutting 2007/08 to £95,000 is a loss of £5,000 (5.00% of the
 * baseline), which fails at the default 0% tolerance (score 100 − 2 × 5 = 90, moved into the FAIL
 * band: 39) and warns at 5% (score 90, moved into the WARN band: 69).
 */
class ScenarioFileTest {
  static final LocalAreaAgreement CAMDEN = yearly("£100k", "£100k", "£100k", "£100k");
  static final Dataset DATA = Dataset.of(List.of(CAMDEN));
  static final String HEADER =
      "Scenario,Agreement,Edits,Policy,Rating,NET_RESOURCE_LOSS,NET_RESOURCE_LOSS score,"
          + "NET_RESOURCE_LOSS margin,NET_RESOURCE_LOSS missing\n";

  static ScenarioFile read(String rows) {
    return ScenarioFile.builder(Lvsc2006.policy(), DATA).read("camden.csv", HEADER + rows);
  }

  @Test
  void editsAndOverridesAreAppliedAndEveryExpectationIsChecked() {
    ScenarioFile file =
        read(
            "Cut,Camden,2007/08 allocations to cvs: £95k,,RED,FAIL,39,must rise by £5000,\n"
                + "Cut within 5%,camden,2007/08 allocations to cvs: £95k,"
                + "NET_RESOURCE_LOSS.tolerance = 5%,RED,WARN,60..69,£5000,\n"
                + "No baseline,E09000007,remove 2005/06 allocations,,,n/a,,none,"
                + "baseline allocations in 2005/06\n");
    List<ScenarioResult> results = file.run();
    assertThat(results).allMatch(ScenarioResult::passed, "passed");
    ScenarioRow cut = file.scenarios().get(0);
    assertThat(cut.row()).isEqualTo(2);
    assertThat(cut.agreement().allocations())
        .extracting(a -> a.amount())
        .containsExactly(
            Money.parse("£100k"), Money.parse("£100k"), Money.parse("£95k"), Money.parse("£100k"));
    assertThat(file.scenarios().get(1).policy().get(NetResourceLossRule.TOLERANCE))
        .hasToString("5.00%");
    assertThat(file.scenarios().get(1).policyLabel())
        .isEqualTo("LVSC 2006 with NET_RESOURCE_LOSS.tolerance = 5.00%");
    assertThat(file.scenarios().get(2).agreement().allocations()).hasSize(3);
  }

  @Test
  void aWrongScenarioFailsWithTheScenarioTheVerdictsTheEvidenceAndTheMarginInReadableLines() {
    ScenarioFile file =
        read("Cut passes (wrong),Camden,2007/08 allocations to cvs: £95k,,,PASS,70..100,,\n");
    List<DynamicNode> tests = file.tests().toList();
    assertThat(tests)
        .extracting(DynamicNode::getDisplayName)
        .containsExactly("row 2: Cut passes (wrong)", "verdict coverage");
    AssertionFailedError failure =
        catchThrowableOfType(
            AssertionFailedError.class,
            () -> ((DynamicTest) tests.get(0)).getExecutable().execute());
    String report = String.valueOf(failure.getMessage());
    System.out.println(report);
    assertThat(report)
        .startsWith("Scenario \"Cut passes (wrong)\" (camden.csv row 2) does not hold\n")
        .contains(
            "  edited: 2007/08 allocations to cvs: £95k\n",
            "  policy: LVSC 2006\n",
            "    NET_RESOURCE_LOSS: expected the verdict PASS but was FAIL\n",
            "    NET_RESOURCE_LOSS: expected a score of 70..100 but was 39\n",
            "  NET_RESOURCE_LOSS: FAIL, score 39\n",
            "      change [2007/08]: -£5,000.00  (check FAIL)\n",
            "    margin: VCS resources in 2007/08 must rise by £5,000.00 to avoid a net loss\n");
    assertThat(report.lines()).allMatch(l -> l.length() <= 100);
    assertThat(failure.getExpected().getStringRepresentation())
        .isEqualTo("NET_RESOURCE_LOSS: PASS, score 70..100");
    assertThat(failure.getActual().getStringRepresentation())
        .isEqualTo("NET_RESOURCE_LOSS: FAIL, score 39");
  }

  @Test
  void everyProblemOfAFileComesInOneExceptionWithItsRowAndColumn() {
    String text =
        "Scenario,Agreement,Edits,Policy,NET_RESOURCE_LOS,SMALL_GRANTS\n"
            + "A,Camden,,,,PASS\n"
            + "A,Camdn,2007/08 allocations to nobody: £1,,,PAS\n"
            + "B,Camden,2007/08 allocations to cvs: twelve; move money,"
            + "NET_RESOURCE_LOSS.tolerance = 500%; NET_RESOURCE_LOSS.toleranc = 1%,,NOT_ASSESSED\n"
            + "C,Camden,,,,\n"
            + ",,,,,PASS\n";
    InvalidDataException e =
        catchThrowableOfType(
            InvalidDataException.class,
            () -> ScenarioFile.builder(Lvsc2006.policy(), DATA).read("bad.csv", text));
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly(
            "bad.csv row 1",
            "bad.csv row 3, \"Scenario\"",
            "bad.csv row 3, \"Agreement\"",
            "bad.csv row 3, \"SMALL_GRANTS\"",
            "bad.csv row 4, \"Edits\"",
            "bad.csv row 4, \"Edits\"",
            "bad.csv row 4, \"Policy\"",
            "bad.csv row 4, \"Policy\"",
            "bad.csv row 4, \"SMALL_GRANTS\"",
            "bad.csv row 5",
            "bad.csv row 6, \"Scenario\"",
            "bad.csv row 6, \"Agreement\"");
    String all = e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    assertThat(all)
        .contains(
            "unknown column \"NET_RESOURCE_LOS\"",
            "\"A\" is the name of row 2 already",
            "no agreement for the area \"Camdn\" in the tables; their areas are Camden",
            "not a verdict: \"PAS\"",
            "not an amount like £95k or £12,400: \"twelve\"",
            "not an edit: \"move money\"",
            "NET_RESOURCE_LOSS.tolerance must be",
            "no parameter \"NET_RESOURCE_LOSS.toleranc\"",
            "SMALL_GRANTS never gives NOT_ASSESSED",
            "expects nothing");
    assertThat(e.getMessage()).startsWith("bad.csv is invalid (12 problems):");
  }

  @Test
  void aPolicyThatCannotBeBuiltIsAProblemOfEveryRowThatUsesIt() {
    InvalidDataException e =
        catchThrowableOfType(
            InvalidDataException.class,
            () ->
                read(
                    "A,Camden,,NET_RESOURCE_LOSS.tolerance = 500%,RED\n"
                        + "B,Camden,,NET_RESOURCE_LOSS.tolerance = 500%,RED\n"));
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("camden.csv row 2, \"Policy\"", "camden.csv row 3, \"Policy\"");
    assertThat(e.problems().get(0).message()).startsWith("NET_RESOURCE_LOSS.tolerance must");
    assertThat(e.problems().get(1).message())
        .isEqualTo("is the policy of row 2, which cannot be built");
  }

  @Test
  void anEditThatMatchesSeveralAllocationsOrNoneIsAProblemNotAGuess() {
    LocalAreaAgreement two =
        CAMDEN.withAllocations(
            io.github.laa.core.Allocation.builder().recipient("cvs").stream("council")
                .year(Fixtures.Y2007)
                .amount(Money.parse("£1k"))
                .purpose(io.github.laa.core.Purpose.CORE)
                .build(),
            Fixtures.money("cvs", "nrf", Fixtures.Y2007, "£100k"));
    ScenarioFile.Builder reader = ScenarioFile.builder(Lvsc2006.policy(), Dataset.of(List.of(two)));
    assertThatThrownBy(
            () -> reader.read("x.csv", HEADER + "A,Camden,2007/08 allocations to cvs: £5k,,RED\n"))
        .hasMessageContaining(
            "\"2007/08 allocations to cvs: £5k\" is ambiguous: there are 2 allocation to cvs in"
                + " 2007/08 (Core to cvs from council; Service delivery to cvs from nrf)");
    ScenarioFile ok =
        reader.read(
            "x.csv", HEADER + "A,Camden,2007/08 core allocations to cvs from council: £5k,,RED\n");
    assertThat(ok.scenarios().get(0).agreement().allocations().get(0).amount())
        .isEqualTo(Money.parse("£5k"));
    assertThatThrownBy(
            () ->
                reader.read("x.csv", HEADER + "A,Camden,2006/07 allocations to trust: £5k,,RED\n"))
        .hasMessageContaining("changes nothing: there is no allocation to trust in 2006/07");
  }

  @Test
  void coverageCountsEveryFindingAndNamesTheVerdictsNotReached() {
    ScenarioFile file =
        read(
            "Cut,Camden,2007/08 allocations to cvs: £95k,,RED,FAIL,,,\n"
                + "As agreed,Camden,,,,PASS,,,\n");
    VerdictCoverage coverage = VerdictCoverage.of(file.run());
    assertThat(coverage.scenarioCount()).isEqualTo(2);
    assertThat(coverage.count("LVSC 2006", Lvsc2006.NET_RESOURCE_LOSS, Verdict.FAIL)).isEqualTo(1);
    assertThat(coverage.count("LVSC 2006", Lvsc2006.NET_RESOURCE_LOSS, Verdict.PASS)).isEqualTo(1);
    assertThat(coverage.gaps(Lvsc2006.NET_RESOURCE_LOSS))
        .containsExactly("LVSC 2006: NET_RESOURCE_LOSS never NOT_ASSESSED");
    assertThat(coverage.toText())
        .contains("  NET_RESOURCE_LOSS            1     ·     1     0\n")
        .contains("    INFRASTRUCTURE_TARGETING: no assessed finding\n")
        .contains("    NET_RESOURCE_LOSS / change: PASS, FAIL\n");
    assertThatThrownBy(() -> coverage.assertEveryVerdict(Lvsc2006.NET_RESOURCE_LOSS))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Verdicts no scenario reached:\n  LVSC 2006: NET_RESOURCE_LOSS never NOT_ASSESSED\n");
  }

  @Test
  void aFailingPropertyPrintsItsShrunkAgreementAsItsReadableDescription() {
    Gen<LocalAreaAgreement> gen = LaaGenerators.agreements();
    Throwable failure =
        catchThrowableOfType(
            AssertionError.class,
            () -> qt().withExamples(20).withFixedSeed(1).forAll(gen).check(laa -> false));
    String message = String.valueOf(failure.getMessage());
    System.out.println(message);
    assertThat(message)
        .contains(", baseline ")
        .contains("\n  allocations")
        .contains("\n  involvement: ")
        .contains("\n  commissioning: ");
    assertThat(message.lines().count()).isGreaterThan(8);
    assertThat(gen.asString(CAMDEN)).isEqualTo(AgreementDescription.of(CAMDEN));
  }
}
