package io.github.laa.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.tables.Dataset;
import io.github.laa.scoring.Verdict;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.testing.ScenarioFile;
import io.github.laa.scoring.testing.ScenarioResult;
import io.github.laa.scoring.testing.VerdictCoverage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A council's policy tests as data: {@code council/council-scenarios.csv}, 38 scenarios over the
 * illustrative London agreements, under the LVSC 2006 policy and under one reform, run by the
 * shipped test kit. The last test prints the verdict coverage and requires every verdict of every
 * rule under both policies.
 */
class CouncilScenariosTest {
  static final String FILE = "council-scenarios.csv";

  static ScenarioFile scenarios() throws IOException {
    Dataset london = TableFiles.london();
    try (InputStream in =
            Objects.requireNonNull(
                CouncilScenariosTest.class.getResourceAsStream("/council/" + FILE), FILE);
        Reader csv = new InputStreamReader(in, UTF_8)) {
      return ScenarioFile.builder(Lvsc2006.policy(), london).read(FILE, csv);
    }
  }

  @Test
  void theReadmesExcerptOfTheFileIsAScenarioFileThatHolds() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), UTF_8);
    String marker = "<!-- council scenarios excerpt: CouncilScenariosTest -->\n```csv\n";
    int start = readme.indexOf(marker) + marker.length();
    String excerpt = readme.substring(start, readme.indexOf("\n```", start));
    ScenarioFile file =
        ScenarioFile.builder(Lvsc2006.policy(), TableFiles.london()).read("README", excerpt);
    assertThat(file.scenarios()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(file.run()).allMatch(ScenarioResult::passed);
    for (var s : file.scenarios()) {
      assertThat(scenarios().scenarios()).anyMatch(t -> t.name().equals(s.name()));
    }
  }

  @TestFactory
  Stream<DynamicNode> councilScenarios() throws IOException {
    return scenarios().tests(VerdictCoverage::assertEveryVerdict);
  }

  @Test
  void theFileHoldsAtLeastThirtyScenariosUnderTheDefaultPolicyAndOneReform() throws IOException {
    ScenarioFile file = scenarios();
    assertThat(file.scenarios()).hasSizeGreaterThanOrEqualTo(30);
    List<ScenarioResult> results = file.run();
    VerdictCoverage coverage = VerdictCoverage.of(results);
    assertThat(coverage.policies()).hasSize(2).startsWith(Lvsc2006.NAME);
    assertThat(coverage.gaps()).isEmpty();
    // Under LVSC 2006 the net-loss tolerance is 0%, so the rule cannot warn; under the reform's
    // 15% it does, for Greenwich and Haringey.
    assertThat(coverage.count(Lvsc2006.NAME, Lvsc2006.NET_RESOURCE_LOSS, Verdict.WARN)).isZero();
    assertThat(coverage.count(coverage.policies().get(1), Lvsc2006.NET_RESOURCE_LOSS, Verdict.WARN))
        .isEqualTo(2);
    assertThat(results).allMatch(ScenarioResult::passed);
  }
}
