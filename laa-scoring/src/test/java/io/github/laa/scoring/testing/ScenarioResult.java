package io.github.laa.scoring.testing;

import com.google.common.collect.ImmutableList;
import io.github.laa.scoring.Evidence;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.ParameterValue;
import io.github.laa.scoring.RuleId;
import io.github.laa.scoring.Scorecard;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A scenario, its scorecard, and what differs from what was expected. {@link #report()} explains it
 * in readable lines: the scenario, each difference, then for each rule concerned the finding's
 * verdict, score, evidence, margin, missing fact and parameters.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioResult {
  private final ScenarioRow scenario;
  private final Scorecard scorecard;
  private final ImmutableList<String> mismatches;

  ScenarioResult(ScenarioRow scenario, Scorecard scorecard, ImmutableList<String> mismatches) {
    this.scenario = scenario;
    this.scorecard = scorecard;
    this.mismatches = mismatches;
  }

  /** The scenario. */
  public ScenarioRow scenario() {
    return scenario;
  }

  /** Its scorecard. */
  public Scorecard scorecard() {
    return scorecard;
  }

  /** Each difference from what was expected, one sentence each; empty when the scenario holds. */
  public ImmutableList<String> mismatches() {
    return mismatches;
  }

  /** Whether everything expected holds. */
  public boolean passed() {
    return mismatches.isEmpty();
  }

  /**
   * The scenario and its outcome in readable lines. For a failing scenario, the findings of the
   * rules whose expectations do not hold follow in full; for a passing one, the expectations.
   */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append("Scenario \"")
        .append(scenario.name())
        .append("\" (")
        .append(scenario.location())
        .append(passed() ? ") holds" : ") does not hold")
        .append('\n');
    sb.append("  agreement: ")
        .append(scenario.agreement().area().name())
        .append(" (")
        .append(scenario.agreement().area().code())
        .append(")\n");
    for (String edit : scenario.edits()) {
      sb.append("  edited: ").append(edit).append('\n');
    }
    sb.append("  policy: ").append(scenario.policyLabel()).append('\n');
    scenario.notes().ifPresent(n -> sb.append("  notes: ").append(n).append('\n'));
    sb.append("  rating ")
        .append(scorecard.rag())
        .append(", overall score ")
        .append(scorecard.score().isPresent() ? scorecard.score().getAsInt() : "none")
        .append('\n');
    if (passed()) {
      for (Expectation e : scenario.expectations()) {
        sb.append("  expected and found: ").append(e).append('\n');
      }
      return sb.toString().stripTrailing();
    }
    sb.append(mismatches.size() == 1 ? "  1 difference:\n" : "  " + mismatches.size())
        .append(mismatches.size() == 1 ? "" : " differences:\n");
    for (String m : mismatches) {
      sb.append("    ").append(m).append('\n');
    }
    Set<RuleId> concerned = new LinkedHashSet<>();
    for (Expectation e : scenario.expectations()) {
      if (scorecard.finding(e.rule()).map(f -> !e.mismatches(f).isEmpty()).orElse(false)) {
        concerned.add(e.rule());
      }
    }
    for (RuleId id : concerned) {
      Optional<Finding> f = scorecard.finding(id);
      f.ifPresent(finding -> describe(finding, sb));
    }
    return sb.toString().stripTrailing();
  }

  /** A finding in readable lines. */
  static void describe(Finding f, StringBuilder sb) {
    sb.append("  ")
        .append(f.ruleId())
        .append(": ")
        .append(f.verdict())
        .append(f.verdict().isAssessed() ? ", score " + f.score() : " (no score)")
        .append('\n');
    f.missing().ifPresent(m -> sb.append("    missing: ").append(m).append('\n'));
    if (!f.evidence().isEmpty()) {
      sb.append("    evidence:\n");
    }
    for (Evidence<?> e : f.evidence()) {
      sb.append("      ").append(e.label()).append(": ").append(e.valueText());
      e.check().ifPresent(v -> sb.append("  (check ").append(v).append(')'));
      sb.append('\n');
    }
    sb.append("    margin: ").append(f.margin().map(Object::toString).orElse("none")).append('\n');
    if (!f.parameters().isEmpty()) {
      sb.append("    parameters:");
      for (ParameterValue<?> p : f.parameters()) {
        sb.append("\n      ").append(p);
      }
      sb.append('\n');
    }
  }

  /** Returns {@link #report()}. */
  @Override
  public String toString() {
    return report();
  }
}
