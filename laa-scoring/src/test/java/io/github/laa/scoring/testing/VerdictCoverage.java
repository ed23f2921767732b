package io.github.laa.scoring.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.laa.scoring.Evidence;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.RuleId;
import io.github.laa.scoring.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a set of scenarios exercised, per policy and rule: how many findings reached each verdict,
 * which checks (evidence with an outcome) reached which outcomes, and which kinds of margin were
 * given. {@link #toText()} prints it as a table; {@link #assertEveryVerdict()} and {@link
 * #assertEveryVerdict(RuleId...)} fail when a rule's possible verdict ({@link
 * io.github.laa.scoring.Rule#possibleVerdicts(io.github.laa.scoring.Parameters)}) was never
 * reached.
 *
 * <p>Policies are grouped by {@link ScenarioRow#policyLabel()}: the same overrides make one policy.
 * Every finding of every scorecard counts, not only those a scenario states expectations for.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VerdictCoverage {
  private final String source;
  private final int scenarios;
  private final ImmutableList<PolicyCoverage> policies;

  private VerdictCoverage(String source, int scenarios, ImmutableList<PolicyCoverage> policies) {
    this.source = source;
    this.scenarios = scenarios;
    this.policies = policies;
  }

  /** The coverage of {@code results}, in the order of their files and rows. */
  public static VerdictCoverage of(Collection<ScenarioResult> results) {
    return of("scenarios", results);
  }

  static VerdictCoverage of(ScenarioFile file, Collection<ScenarioResult> results) {
    return of(file.name(), results);
  }

  private static VerdictCoverage of(String source, Collection<ScenarioResult> results) {
    List<ScenarioResult> sorted = new ArrayList<>(results);
    sorted.sort(
        Comparator.comparing((ScenarioResult r) -> r.scenario().file())
            .thenComparingInt(r -> r.scenario().row()));
    Map<String, PolicyCoverage.Builder> by = new LinkedHashMap<>();
    for (ScenarioResult r : sorted) {
      by.computeIfAbsent(
              r.scenario().policyLabel(), l -> new PolicyCoverage.Builder(l, r.scenario().policy()))
          .add(r);
    }
    ImmutableList.Builder<PolicyCoverage> out = ImmutableList.builder();
    by.values().forEach(b -> out.add(b.build()));
    return new VerdictCoverage(source, sorted.size(), out.build());
  }

  /** How many scenarios were counted. */
  public int scenarioCount() {
    return scenarios;
  }

  /** The policies the scenarios used, as {@link ScenarioRow#policyLabel()}, first seen first. */
  public ImmutableList<String> policies() {
    return policies.stream().map(p -> p.label).collect(ImmutableList.toImmutableList());
  }

  /** How many findings of {@code rule} under {@code policy} (a label) reached {@code verdict}. */
  public int count(String policy, RuleId rule, Verdict verdict) {
    for (PolicyCoverage p : policies) {
      if (p.label.equals(policy)) {
        RuleCoverage r = p.rules.get(rule);
        return r == null ? 0 : r.verdicts[verdict.ordinal()];
      }
    }
    return 0;
  }

  /**
   * What was not reached: one line per policy and rule with a possible verdict no scenario reached,
   * e.g. {@code LVSC 2006: VCS_INVOLVEMENT never WARN}. Only {@code rules} are looked at, or every
   * rule when none is given.
   */
  public ImmutableList<String> gaps(RuleId... rules) {
    Set<RuleId> only = Set.copyOf(Arrays.asList(rules));
    List<String> out = new ArrayList<>();
    for (PolicyCoverage p : policies) {
      for (RuleCoverage r : p.rules.values()) {
        if (!only.isEmpty() && !only.contains(r.rule)) {
          continue;
        }
        List<String> never = new ArrayList<>();
        for (Verdict v : r.possible) {
          if (r.verdicts[v.ordinal()] == 0) {
            never.add(v.toString());
          }
        }
        if (!never.isEmpty()) {
          out.add(p.label + ": " + r.rule + " never " + String.join(", ", never));
        }
      }
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Fails unless, under every policy the scenarios used, every rule reached each verdict it can
   * give.
   *
   * @throws AssertionError listing every verdict not reached, and the table
   */
  public void assertEveryVerdict() {
    assertEveryVerdict(new RuleId[0]);
  }

  /**
   * Fails unless, under every policy the scenarios used, each of {@code rules} reached each verdict
   * it can give.
   *
   * @throws AssertionError listing every verdict not reached, and the table
   */
  public void assertEveryVerdict(RuleId... rules) {
    ImmutableList<String> gaps = gaps(rules);
    if (!gaps.isEmpty()) {
      throw new AssertionError(
          "Verdicts no scenario reached:\n  " + String.join("\n  ", gaps) + "\n" + toText());
    }
  }

  /**
   * The coverage as a table: per policy, the findings per rule and verdict ({@code ·} where the
   * rule cannot give the verdict), the checks and their outcomes reached, the margins given, and
   * what was not reached.
   */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append("Verdict coverage of ")
        .append(source)
        .append(": ")
        .append(scenarios)
        .append(scenarios == 1 ? " scenario" : " scenarios")
        .append('\n');
    for (PolicyCoverage p : policies) {
      sb.append('\n')
          .append(p.label)
          .append(" (")
          .append(p.scenarios)
          .append(p.scenarios == 1 ? " scenario)" : " scenarios)")
          .append('\n');
      int width = "rule".length();
      for (RuleId id : p.rules.keySet()) {
        width = Math.max(width, id.value().length());
      }
      sb.append("  ").append(pad("rule", width));
      for (Verdict v : Verdict.values()) {
        sb.append(String.format(Locale.ROOT, "%6s", label(v)));
      }
      sb.append('\n');
      for (RuleCoverage r : p.rules.values()) {
        sb.append("  ").append(pad(r.rule.value(), width));
        for (Verdict v : Verdict.values()) {
          String cell = r.possible.contains(v) ? Integer.toString(r.verdicts[v.ordinal()]) : "·";
          sb.append(String.format(Locale.ROOT, "%6s", cell));
        }
        sb.append('\n');
      }
      sb.append("  checks reached (check: outcomes)\n");
      for (RuleCoverage r : p.rules.values()) {
        if (r.checks.isEmpty()) {
          sb.append("    ").append(r.rule).append(": none\n");
        }
        r.checks.forEach(
            (check, outcomes) ->
                sb.append("    ")
                    .append(r.rule)
                    .append(" / ")
                    .append(check)
                    .append(": ")
                    .append(join(outcomes))
                    .append('\n'));
      }
      sb.append("  margins given (kind: findings)\n");
      for (RuleCoverage r : p.rules.values()) {
        List<String> kinds = new ArrayList<>();
        r.margins.forEach((kind, n) -> kinds.add(kind + ": " + n));
        sb.append("    ")
            .append(r.rule)
            .append(": ")
            .append(kinds.isEmpty() ? "no assessed finding" : String.join(", ", kinds))
            .append('\n');
      }
    }
    ImmutableList<String> gaps = gaps();
    sb.append('\n');
    if (gaps.isEmpty()) {
      sb.append("Every rule reached every verdict it can give, under every policy.");
    } else {
      sb.append("Not reached:\n  ").append(String.join("\n  ", gaps));
    }
    return sb.toString();
  }

  /** Returns {@link #toText()}. */
  @Override
  public String toString() {
    return toText();
  }

  private static String label(Verdict v) {
    return v == Verdict.NOT_ASSESSED ? "n/a" : v.toString();
  }

  private static String join(Set<Verdict> verdicts) {
    List<String> out = new ArrayList<>();
    verdicts.forEach(v -> out.add(v.toString()));
    return String.join(", ", out);
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }

  /** A margin's kind: its direction and unit, such as {@code must rise by (money)}. */
  private static String kind(Finding f) {
    if (f.margin().isEmpty()) {
      return "none";
    }
    Margin m = f.margin().get();
    if (m.amount().isEmpty()) {
      return "requirement";
    }
    Margin.Amount a = m.amount().get();
    String unit =
        a instanceof Margin.Amount.OfMoney
            ? "money"
            : a instanceof Margin.Amount.OfPercentagePoints
                ? "pp"
                : a instanceof Margin.Amount.OfScorePoints ? "points" : "rungs";
    return m.direction().map(Margin.Direction::words).orElse("by") + " (" + unit + ")";
  }

  private static final class PolicyCoverage {
    private final String label;
    private final int scenarios;
    private final Map<RuleId, RuleCoverage> rules;

    private PolicyCoverage(String label, int scenarios, Map<RuleId, RuleCoverage> rules) {
      this.label = label;
      this.scenarios = scenarios;
      this.rules = rules;
    }

    private static final class Builder {
      private final String label;
      private final Map<RuleId, RuleCoverage> rules = new LinkedHashMap<>();
      private int scenarios;

      Builder(String label, Policy policy) {
        this.label = label;
        for (Policy.Entry e : policy.entries()) {
          rules.put(e.id(), new RuleCoverage(e.id(), e.possibleVerdicts()));
        }
      }

      void add(ScenarioResult r) {
        scenarios++;
        for (Finding f : r.scorecard().findings()) {
          RuleCoverage c = rules.get(f.ruleId());
          if (c != null) {
            c.add(f);
          }
        }
      }

      PolicyCoverage build() {
        return new PolicyCoverage(label, scenarios, rules);
      }
    }
  }

  /** Mutable while built, then only read. */
  private static final class RuleCoverage {
    private final RuleId rule;
    private final ImmutableSet<Verdict> possible;
    private final int[] verdicts = new int[Verdict.values().length];
    private final Map<String, EnumSet<Verdict>> checks = new TreeMap<>();
    private final Map<String, Integer> margins = new TreeMap<>();

    RuleCoverage(RuleId rule, Set<Verdict> possible) {
      this.rule = rule;
      this.possible = Sets.immutableEnumSet(possible);
    }

    void add(Finding f) {
      verdicts[f.verdict().ordinal()]++;
      for (Evidence<?> e : f.evidence()) {
        e.check()
            .ifPresent(
                v -> checks.computeIfAbsent(e.name(), k -> EnumSet.noneOf(Verdict.class)).add(v));
      }
      if (f.verdict().isAssessed()) {
        margins.merge(kind(f), 1, Integer::sum);
      }
    }
  }
}
