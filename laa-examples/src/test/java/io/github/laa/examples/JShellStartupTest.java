package io.github.laa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Runs the JShell start-up script (src/main/jshell/laa.jsh) and the README's session through the
 * JShell API, in this JVM, with this test's class path: every snippet must be accepted and run
 * without an exception.
 */
class JShellStartupTest {

  /** Evaluates every snippet of {@code source}; returns the values of expression snippets. */
  private static List<String> run(JShell shell, String source) {
    List<String> values = new ArrayList<>();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = source;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      assertThat(info.completeness().isComplete())
          .as("complete snippet in: %s", remaining)
          .isTrue();
      for (SnippetEvent e : shell.eval(info.source())) {
        assertThat(e.status())
            .as(
                "status of %s: %s",
                e.snippet().source(),
                shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList())
            .isNotEqualTo(Snippet.Status.REJECTED);
        assertThat(e.exception()).as("exception from %s", e.snippet().source()).isNull();
        if (e.value() != null) {
          values.add(e.value());
        }
      }
      remaining = info.remaining();
    }
    return values;
  }

  private static JShell shell() {
    JShell shell = JShell.builder().executionEngine("local").build();
    for (String entry :
        Splitter.on(File.pathSeparatorChar).split(System.getProperty("java.class.path"))) {
      shell.addToClasspath(entry);
    }
    return shell;
  }

  @Test
  void theStartupScriptLoadsTheCohortAndTheReadmeSessionRuns() throws IOException {
    String startup = Files.readString(Path.of("src/main/jshell/laa.jsh"), StandardCharsets.UTF_8);
    try (JShell shell = shell()) {
      run(shell, startup);
      // The README session, typed line by line.
      List<String> values = new ArrayList<>();
      for (String line :
          List.of(
              "var before = lvsc.score(haringey)",
              "var trust = haringey.allocations().get(19)",
              "var after = lvsc.score(haringey.withAllocation(19, trust.withAmount(Money.parse(\"£230k\"))))",
              "after.verdict(Lvsc2006.NET_RESOURCE_LOSS)",
              "before.diff(after).toText()")) {
        values.addAll(run(shell, line));
      }
      assertThat(values).hasSize(5);
      // The README's comment on allocation 19, and every line of the diff it shows.
      assertThat(values.get(1)).contains("amount=£209,124.00").contains("year=2007/08");
      assertThat(
              run(
                  shell,
                  "haringey.bodies().stream().filter(b -> b.id().equals(trust.recipient())).findFirst().orElseThrow().name()"))
          .containsExactly("\"Borough Care Trust\"");
      assertThat(values.get(3)).isEqualTo("PASS");
      assertThat(values.get(4))
          .contains(
              "Haringey: LVSC 2006 → LVSC 2006, RED → AMBER, score 79/100 → 79/100, 2 verdicts flipped")
          .contains("INFRASTRUCTURE_TARGETING  PASS      100  PASS     100       0")
          .contains("SECTOR_DIVISION           PASS      100  FAIL      39     -61  yes")
          .contains("NET_RESOURCE_LOSS         FAIL       39  PASS     100     +61  yes");
      assertThat(run(shell, "cohort.size()")).containsExactly("10");
    }
  }

  @Test
  void theReadmeWhatIfSessionRuns() throws IOException {
    String startup = Files.readString(Path.of("src/main/jshell/laa.jsh"), StandardCharsets.UTF_8);
    try (JShell shell = shell()) {
      run(shell, startup);
      List<String> values = new ArrayList<>();
      for (String line :
          List.of(
              "var tips = lvsc.tippingPoints(greenwich)",
              "tips.find(Lvsc2006.NET_RESOURCE_LOSS, NetResourceLossRule.TOLERANCE, TippingPoint.Direction.RAISE).orElseThrow().describe(\"Greenwich\")",
              "tips.toText()",
              "var relaxed = lvsc.reform(\"LVSC 2006, 5% tolerance\").set(NetResourceLossRule.TOLERANCE, Percentage.of(5)).build()",
              "var c = relaxed.compareStrictness(lvsc).rule(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow()",
              "c.outcome()",
              "c.reason()",
              "relaxed.score(c.counterexample().orElseThrow()).toText()")) {
        values.addAll(run(shell, line));
      }
      assertThat(values).hasSize(8);
      assertThat(values.get(1))
          .isEqualTo(
              "\"Greenwich's net resource loss turns from FAIL to WARN at a tolerance of 12.46% or"
                  + " more\"");
      assertThat(values.get(2))
          .contains("Tipping points of Greenwich under LVSC 2006")
          .contains(
              "- Greenwich's infrastructure targeting turns from PASS to FAIL at a rating threshold"
                  + " of 4 or more")
          .contains(
              "- Greenwich's sector division turns from FAIL to PASS at a tolerance of 3.76% or more"
                  + " (to 0.01%)");
      assertThat(values.get(5)).isEqualTo("LESS_STRICT");
      assertThat(values.get(6))
          .isEqualTo(
              "\"NET_RESOURCE_LOSS.tolerance 5.00% vs 0.00% (less strict, stricter when lowered); a"
                  + " counterexample for Camden is WARN under LVSC 2006, 5% tolerance but FAIL under"
                  + " LVSC 2006\"");
      // The counterexample: £100,000 in 2005/06, then £97,500 a year (a 2.5% loss).
      assertThat(values.get(7))
          .contains("total [2005/06]     £100,000.00")
          .contains("total [2006/07]      £97,500.00")
          .contains("change % [2008/09]       -2.50%");
    }
  }

  @Test
  void theReadmeDatedParameterAndFilterBlocksGiveTheFiguresTheirCommentsShow() throws IOException {
    String startup = Files.readString(Path.of("src/main/jshell/laa.jsh"), StandardCharsets.UTF_8);
    try (JShell shell = shell()) {
      run(shell, startup);
      run(
          shell,
          "var compact = Citation.of(\"Greenwich Compact 2006\", \"§4 a loss of up to 15% of the"
              + " baseline only warns\");");
      run(
          shell,
          "var reformed = lvsc.reform(\"Greenwich Compact 2006\").setFrom(NetResourceLossRule.TOLERANCE,"
              + " FinancialYear.parse(\"2006/07\"), Percentage.of(15), compact).build();");
      run(
          shell,
          "var loss ="
              + " reformed.score(greenwich).finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();");
      assertThat(run(shell, "loss.verdict();")).containsExactly("FAIL");
      assertThat(run(shell, "loss.entries(NetResourceLossRule.TOLERANCE_APPLIED);"))
          .containsExactly(
              "[tolerance [2005/06]: 0.00%, tolerance [2006/07]: 15.00%, tolerance [2007/08]:"
                  + " 15.00%]");
      assertThat(
              run(
                  shell,
                  "loss.entry(NetResourceLossRule.TOLERANCE_SOURCE,"
                      + " FinancialYear.parse(\"2006/07\")).orElseThrow();"))
          .containsExactly(
              "tolerance source [2006/07]: from 2006/07: Greenwich Compact 2006: \"§4 a loss of up"
                  + " to 15% of the baseline only warns\"");
      assertThat(
              run(
                  shell,
                  "loss.entry(NetResourceLossRule.CHANGE,"
                      + " FinancialYear.parse(\"2006/07\")).orElseThrow();"))
          .containsExactly("change [2006/07]: -£52,052.00 (WARN)");
      run(
          shell,
          "var trust2007 ="
              + " AllocationFilter.year(FinancialYear.parse(\"2007/08\")).withRecipient(\"trust\");");
      run(shell, "var more = haringey.withAllocationAmount(trust2007, Money.parse(\"£230k\"));");
      assertThat(run(shell, "lvsc.score(more).verdict(Lvsc2006.NET_RESOURCE_LOSS);"))
          .containsExactly("PASS");
      assertThat(
              run(
                  shell,
                  "haringey.allocations(AllocationFilter.stream(\"nrf\").withYear(FinancialYear.parse(\"2007/08\"))).size();"))
          .containsExactly("4");
      // The README's remark: the trust has four allocations, so a filter by recipient alone is
      // refused (AllocationFilterTest checks the refusal).
      assertThat(run(shell, "haringey.allocations(AllocationFilter.recipient(\"trust\")).size();"))
          .containsExactly("4");
      run(shell, "var scenarios = new java.util.ArrayList<Scenario>();");
      run(shell, "for (var a : cohort) scenarios.add(Scenario.of(a.area().name(), a));");
      run(shell, "scenarios.add(Scenario.of(\"Haringey, trust £230k\", more));");
      run(shell, "var whatIf = lvsc.scoreScenarios(scenarios);");
      assertThat(run(shell, "whatIf.scorecard(\"Haringey, trust £230k\").orElseThrow().rag();"))
          .containsExactly("AMBER");
      assertThat(run(shell, "whatIf.scorecard(\"Haringey\").orElseThrow().rag();"))
          .containsExactly("RED");
      assertThat(run(shell, "whatIf.toText();").get(0))
          .contains(
              "Haringey, trust £230k   Haringey                E09000014  AMBER      79  PASS");
    }
  }

  @Test
  void theReadmeBlocksMarkedForJShellRunAsPrinted() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String startup = Files.readString(Path.of("src/main/jshell/laa.jsh"), StandardCharsets.UTF_8);
    String marker = "<!-- runs in JShell as printed: JShellStartupTest -->\n```java\n";
    int blocks = 0;
    for (int at = readme.indexOf(marker); at >= 0; at = readme.indexOf(marker, at + 1)) {
      int start = at + marker.length();
      String block = readme.substring(start, readme.indexOf("\n```", start));
      assertThat(block.lines())
          .as("lines starting with a dot")
          .noneMatch(l -> l.strip().startsWith("."));
      try (JShell shell = shell()) {
        run(shell, startup);
        run(shell, "import java.util.Map;");
        // Typed as a user pastes: a line at a time, each complete statement run at once.
        run(shell, block);
      }
      blocks++;
    }
    assertThat(blocks).isPositive();
  }
}
