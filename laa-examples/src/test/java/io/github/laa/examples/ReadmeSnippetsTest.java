package io.github.laa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.Allocation;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Purpose;
import io.github.laa.scoring.CohortScorecard;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Key;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.Parameter;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Rule;
import io.github.laa.scoring.RuleId;
import io.github.laa.scoring.Scorecard;
import io.github.laa.scoring.Verdict;
import io.github.laa.scoring.lvsc.Lvsc2006;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The README's Java blocks marked {@code <!-- compiled by ReadmeSnippetsTest -->} compile exactly
 * as printed, against the library alone, and do what the README says: its custom rule joins a
 * reform and scores the illustrative cohort with figures a test can redo from the allocations.
 */
class ReadmeSnippetsTest {
  private static final String MARK = "<!-- compiled by ReadmeSnippetsTest -->";
  private static final Pattern BLOCK =
      Pattern.compile(Pattern.quote(MARK) + "\\s*```java\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern CLASS_NAME = Pattern.compile("public final class (\\w+)");

  /** Every marked block of the README, in order. */
  private static List<String> markedBlocks() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(readme);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  /** Compiles {@code source} (one public top-level class) and loads it. */
  private static Class<?> compile(String source) throws IOException, ClassNotFoundException {
    Matcher name = CLASS_NAME.matcher(source);
    assertThat(name.find()).as("a public final class in:%n%s", source).isTrue();
    Path dir = Files.createDirectories(Path.of("target", "readme-snippets"));
    Path file = dir.resolve(name.group(1) + ".java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean ok =
          javac
              .getTask(
                  null,
                  files,
                  diagnostics,
                  List.of(
                      "-classpath",
                      System.getProperty("java.class.path"),
                      "-d",
                      dir.toString(),
                      "-Xlint:all",
                      "-Werror"),
                  null,
                  files.getJavaFileObjects(file))
              .call();
      assertThat(ok).as("compiles: %s", diagnostics.getDiagnostics()).isTrue();
    }
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {dir.toUri().toURL()}, ReadmeSnippetsTest.class.getClassLoader());
    return loader.loadClass(name.group(1));
  }

  @Test
  void theReadmeHasItsMarkedBlocks() throws IOException {
    assertThat(markedBlocks()).hasSize(1);
  }

  @Test
  @SuppressWarnings("unchecked") // the README's constants, read by reflection
  void theReadmesCustomRuleCompilesAndScoresTheCohortAsItsJavadocSays() throws Exception {
    Class<?> coreFunding = compile(markedBlocks().get(0));
    Rule rule = (Rule) coreFunding.getConstructor().newInstance();
    RuleId id = (RuleId) coreFunding.getField("ID").get(null);
    Key<Money> core = (Key<Money>) coreFunding.getField("CORE").get(null);
    Parameter<Money> minimumParameter =
        (Parameter<Money>) coreFunding.getField("MINIMUM").get(null);
    Policy anytown = Lvsc2006.policy().reform("Anytown 2007").rule(rule).build();
    assertThat(anytown.entries()).hasSize(8);
    assertThat(anytown.get(minimumParameter)).isEqualTo(Money.parse("£50k"));
    // Every illustrative borough gives its CVS £60,000 of core funding a year: all pass at the
    // README's £50,000, and all fail, by £10,000 a year, at £70,000.
    assertThat(failingAreas(anytown, id, core, Money.parse("£50k"))).isZero();
    Policy stricter =
        anytown.reform("Anytown, £70k").set(minimumParameter, Money.parse("£70k")).build();
    assertThat(failingAreas(stricter, id, core, Money.parse("£70k")))
        .isEqualTo(IllustrativeCohort.agreements().size());
  }

  /**
   * Scores the cohort under {@code policy} and checks the README rule's finding of every area
   * against figures summed from the allocations by hand; returns how many areas fail it.
   */
  private static int failingAreas(Policy policy, RuleId id, Key<Money> core, Money minimum) {
    CohortScorecard cohort = policy.scoreCohort(IllustrativeCohort.agreements());
    int failing = 0;
    for (Scorecard card : cohort.scorecards()) {
      LocalAreaAgreement laa = card.agreement();
      Finding f = card.finding(id).orElseThrow();
      Margin expectedMargin = null;
      for (FinancialYear year : laa.years()) {
        Money sum = Money.ZERO;
        for (Allocation a : laa.allocations()) {
          if (a.year().equals(year) && a.purpose() == Purpose.CORE) {
            sum = sum.plus(a.amount());
          }
        }
        boolean enough = !sum.isLessThan(minimum);
        assertThat(f.get(core, year)).as("%s %s", laa.area().name(), year).isEqualTo(sum);
        assertThat(f.entry(core, year).orElseThrow().check())
            .contains(enough ? Verdict.PASS : Verdict.FAIL);
        if (!enough && expectedMargin == null) {
          expectedMargin =
              Margin.of(
                  "Core funding",
                  year,
                  Margin.Direction.MUST_RISE,
                  Margin.Amount.of(minimum.minus(sum)),
                  "to reach the minimum");
        }
      }
      assertThat(f.verdict()).isEqualTo(expectedMargin == null ? Verdict.PASS : Verdict.FAIL);
      assertThat(f.margin()).isEqualTo(Optional.ofNullable(expectedMargin));
      assertThat(card.toText()).contains("CORE_FUNDING: Core funding for the VCS every year");
      failing += expectedMargin == null ? 0 : 1;
    }
    return failing;
  }
}
