package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Problem;
import io.github.laa.scoring.internal.Aggregate;
import io.github.laa.scoring.internal.Reads;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A named, dated set of rules with their severities, weights and parameter values. The engine knows
 * no rule of its own: {@code Lvsc2006.policy()} (package {@code io.github.laa.scoring.lvsc}) is the
 * default, the six recommendations of the LVSC research as seven rules, and {@link #builder} makes
 * any other.
 *
 * <pre>{@code
 * Scorecard card = Lvsc2006.policy().score(agreement);
 *
 * Policy realTerms = Lvsc2006.policy().reform("LVSC 2006, real terms")
 *     .set(NetResourceLossRule.TERMS, NetResourceLossRule.Terms.REAL)
 *     .set(NetResourceLossRule.DEFLATOR, gdpDeflator)
 *     .build();                    // Lvsc2006.policy() itself is unchanged
 * }</pre>
 *
 * <p>A policy is checked when built: every parameter value, and every combination a rule validates,
 * with one {@link InvalidDataException} listing all problems. Once built it is compiled for scoring
 * — the groups of totals its rules need are worked out once — and is immutable and thread-safe:
 * score agreements from as many threads as you like.
 */
public final class Policy implements Parameters {
  /** The most baseline years {@link #BASELINE_YEARS} accepts. */
  public static final int MAX_BASELINE_YEARS = 10;

  /**
   * How many years before the agreement form the baseline (1 to 10): with 1 (the default) the
   * baseline is the year before the agreement's first year; with N it is the mean of the N years
   * before it. Every rule that compares with the baseline uses it.
   */
  public static final Parameter<Integer> BASELINE_YEARS =
      Parameter.of(
          "POLICY.baselineYears",
          "years before the agreement whose mean is the baseline",
          Integer.class,
          1,
          v ->
              v < 1 || v > MAX_BASELINE_YEARS
                  ? "must be between 1 and " + MAX_BASELINE_YEARS + " but was: " + v
                  : null);

  /** A scorecard whose overall score is below this (0 to 100, default 70) is at best amber. */
  public static final Parameter<Integer> AMBER_THRESHOLD =
      Parameter.of(
          "POLICY.amberThreshold",
          "overall score below which a scorecard is at best amber",
          Integer.class,
          70,
          v -> v < 0 || v > 100 ? "must be between 0 and 100 but was: " + v : null);

  private static final ImmutableList<Parameter<?>> POLICY_PARAMETERS =
      ImmutableList.of(BASELINE_YEARS, AMBER_THRESHOLD);

  /** A rule in a policy, with the severity and weight the policy gives it. */
  public static final class Entry {
    private final Rule rule;
    private final Severity severity;
    private final int weight;
    private final ImmutableList<ParameterValue<?>> parameterValues;

    private Entry(
        Rule rule,
        Severity severity,
        int weight,
        ImmutableList<ParameterValue<?>> parameterValues) {
      this.rule = rule;
      this.severity = severity;
      this.weight = weight;
      this.parameterValues = parameterValues;
    }

    /** The rule. */
    public Rule rule() {
      return rule;
    }

    /** Its severity in this policy. */
    public Severity severity() {
      return severity;
    }

    /** Its weight in the overall score (0 to 100; 0 leaves it out). */
    public int weight() {
      return weight;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Entry e
          && e.rule.equals(rule)
          && e.severity == severity
          && e.weight == weight
          && e.parameterValues.equals(parameterValues);
    }

    @Override
    public int hashCode() {
      return Objects.hash(rule.id(), severity, weight);
    }

    @Override
    public String toString() {
      return rule.id() + " (" + severity + ", weight " + weight + ")";
    }
  }

  private final String name;
  private final LocalDate date;
  private final ImmutableList<Entry> entries;
  private final ImmutableMap<Parameter<?>, Object> values;
  private final int baselineYears;
  private final int amberThreshold;
  private final EnumSet<Aggregate> aggregates;
  private final ImmutableList<CohortView<?>> cohortViews;

  private Policy(
      String name,
      LocalDate date,
      ImmutableList<Entry> entries,
      ImmutableMap<Parameter<?>, Object> values) {
    this.name = name;
    this.date = date;
    this.entries = entries;
    this.values = values;
    this.baselineYears = getFrom(values, BASELINE_YEARS);
    this.amberThreshold = getFrom(values, AMBER_THRESHOLD);
    EnumSet<Aggregate> needed = EnumSet.noneOf(Aggregate.class);
    ImmutableList.Builder<CohortView<?>> views = ImmutableList.builder();
    for (Entry e : entries) {
      needed.addAll(aggregates(e.rule));
      views.addAll(e.rule.cohortViews());
    }
    this.aggregates = needed;
    this.cohortViews = views.build();
  }

  /**
   * The groups of totals {@code rule} reads: those its {@link Reads} hint names (the built-in rules
   * have one), else all of them.
   */
  private static Set<Aggregate> aggregates(Rule rule) {
    Reads reads = rule.getClass().getAnnotation(Reads.class);
    if (reads == null) {
      return EnumSet.allOf(Aggregate.class);
    }
    EnumSet<Aggregate> set = EnumSet.noneOf(Aggregate.class);
    Collections.addAll(set, reads.value());
    return set;
  }

  /** Starts an empty policy. */
  public static Builder builder(String name, LocalDate date) {
    return new Builder(name, date);
  }

  /** Starts a reform: a new policy with this one's rules and values, to be changed and built. */
  public Builder reform(String name) {
    Builder b = new Builder(name, date);
    for (Entry e : entries) {
      b.entries.put(e.rule.id(), new MutableEntry(e.rule, e.severity, e.weight));
    }
    b.values.putAll(values);
    return b;
  }

  /** The policy's name, e.g. {@code LVSC 2006}. */
  public String name() {
    return name;
  }

  /** The date the policy was made. */
  public LocalDate date() {
    return date;
  }

  /** The rules, in the order their findings appear. */
  public ImmutableList<Entry> entries() {
    return entries;
  }

  /** The rules, in order. */
  public ImmutableList<Rule> rules() {
    ImmutableList.Builder<Rule> rules = ImmutableList.builder();
    for (Entry e : entries) {
      rules.add(e.rule);
    }
    return rules.build();
  }

  /** The entry for the rule {@code id}, if the policy has it. */
  public Optional<Entry> entry(RuleId id) {
    for (Entry e : entries) {
      if (e.rule.id().equals(id)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The cohort views the policy's rules contribute, in rule order. */
  public ImmutableList<CohortView<?>> cohortViews() {
    return cohortViews;
  }

  /**
   * The values set explicitly, in the order they were set (parameters not listed have their
   * defaults).
   */
  public ImmutableList<ParameterValue<?>> values() {
    ImmutableList.Builder<ParameterValue<?>> out =
        ImmutableList.builderWithExpectedSize(values.size());
    for (Parameter<?> p : values.keySet()) {
      out.add(ParameterValue.of(p, this));
    }
    return out.build();
  }

  @Override
  public <T> T get(Parameter<T> parameter) {
    return getFrom(values, parameter);
  }

  @Override
  public <T> Optional<T> find(Parameter<T> parameter) {
    return findFrom(values, parameter);
  }

  private static <T> Optional<T> findFrom(
      Map<Parameter<?>, Object> values, Parameter<T> parameter) {
    Object v = values.get(parameter);
    return v != null ? Optional.of(parameter.type().cast(v)) : parameter.defaultValue();
  }

  private static <T> T getFrom(Map<Parameter<?>, Object> values, Parameter<T> parameter) {
    Object v = values.get(parameter);
    if (v != null) {
      return parameter.type().cast(v);
    }
    return parameter
        .defaultValue()
        .orElseThrow(() -> new IllegalStateException(parameter.id() + " has no value"));
  }

  /**
   * Scores one agreement. Never throws for a valid agreement: a fact a rule needs but the agreement
   * lacks gives a {@link Verdict#NOT_ASSESSED} finding.
   */
  public Scorecard score(LocalAreaAgreement agreement) {
    return score(agreement, null);
  }

  /**
   * Scores a cohort of agreements, one per area (for example the London boroughs of a round), on
   * this thread. Rules that compare an area with its peers (R1's weakest quartile) see the whole
   * cohort. The result is the same whatever the order of {@code agreements}.
   *
   * @throws InvalidDataException if two agreements are for the same area
   */
  public CohortScorecard scoreCohort(Collection<LocalAreaAgreement> agreements) {
    ImmutableList<LocalAreaAgreement> sorted = cohort(agreements);
    CohortContext context = new CohortContext(sorted);
    ImmutableList.Builder<Scorecard> cards = ImmutableList.builderWithExpectedSize(sorted.size());
    for (LocalAreaAgreement a : sorted) {
      cards.add(score(a, context));
    }
    return new CohortScorecard(this, cards.build());
  }

  /**
   * Scores a cohort like {@link #scoreCohort(Collection)}, on the common fork-join pool. The
   * scorecards are identical to those of {@link #scoreCohort(Collection)}.
   *
   * @throws InvalidDataException if two agreements are for the same area
   */
  public CohortScorecard scoreCohortInParallel(Collection<LocalAreaAgreement> agreements) {
    ImmutableList<LocalAreaAgreement> sorted = cohort(agreements);
    CohortContext context = new CohortContext(sorted);
    List<Scorecard> cards = sorted.parallelStream().map(a -> score(a, context)).toList();
    return new CohortScorecard(this, ImmutableList.copyOf(cards));
  }

  /** The agreements by area code; two for one area are invalid. */
  private static ImmutableList<LocalAreaAgreement> cohort(
      Collection<LocalAreaAgreement> agreements) {
    List<LocalAreaAgreement> sorted = new ArrayList<>(agreements);
    sorted.sort(Comparator.comparing(a -> a.area().code()));
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int i = 0;
    for (LocalAreaAgreement a : agreements) {
      Integer first = seen.putIfAbsent(a.area().code(), i);
      if (first != null) {
        problems.add(
            Problem.of(
                "agreements[" + i + "].area",
                "must appear once but "
                    + a.area().code()
                    + " ("
                    + a.area().name()
                    + ") is also agreements["
                    + first
                    + "]"));
      }
      i++;
    }
    if (!problems.isEmpty()) {
      throw new InvalidDataException("Cohort", problems);
    }
    return ImmutableList.copyOf(sorted);
  }

  AgreementFacts facts(LocalAreaAgreement agreement) {
    return AgreementFacts.of(agreement, baselineYears, aggregates);
  }

  Scorecard score(LocalAreaAgreement agreement, @Nullable CohortContext cohort) {
    AgreementFacts facts = facts(agreement);
    Finding[] findings = new Finding[entries.size()];
    for (int i = 0; i < findings.length; i++) {
      Entry e = entries.get(i);
      findings[i] = e.rule.evaluate(new RuleInput(e.rule, facts, this, cohort, e.parameterValues));
    }
    return new Scorecard(this, agreement, ImmutableList.copyOf(findings));
  }

  int amberThreshold() {
    return amberThreshold;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Policy p
        && p.name.equals(name)
        && p.date.equals(date)
        && p.entries.equals(entries)
        && p.values.equals(values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, date, entries.size());
  }

  /** Returns e.g. {@code LVSC 2006 (2006-03-08), 7 rules}. */
  @Override
  public String toString() {
    return name + " (" + date + "), " + entries.size() + " rules";
  }

  private static final class MutableEntry {
    final Rule rule;
    Severity severity;
    int weight;

    MutableEntry(Rule rule, Severity severity, int weight) {
      this.rule = rule;
      this.severity = severity;
      this.weight = weight;
    }
  }

  /**
   * Builds a {@link Policy}. Not thread-safe. {@link #build()} checks every value and throws one
   * {@link InvalidDataException} listing all problems.
   */
  public static final class Builder {
    private String name;
    private LocalDate date;
    private final LinkedHashMap<RuleId, MutableEntry> entries = new LinkedHashMap<>();
    private final LinkedHashMap<Parameter<?>, Object> values = new LinkedHashMap<>();
    private final Set<Parameter<?>> setHere = new HashSet<>();
    private final List<Problem> problems = new ArrayList<>();

    private Builder(String name, LocalDate date) {
      this.name = Objects.requireNonNull(name, "name");
      this.date = Objects.requireNonNull(date, "date");
    }

    /** Renames the policy. */
    @CanIgnoreReturnValue
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Sets the date the policy was made. */
    @CanIgnoreReturnValue
    public Builder date(LocalDate date) {
      this.date = Objects.requireNonNull(date, "date");
      return this;
    }

    /** Adds (or replaces) a rule with its default severity and weight 1. */
    @CanIgnoreReturnValue
    public Builder rule(Rule rule) {
      return rule(rule, rule.defaultSeverity(), 1);
    }

    /** Adds (or replaces, keeping its place) a rule with a severity and a weight (0 to 100). */
    @CanIgnoreReturnValue
    public Builder rule(Rule rule, Severity severity, int weight) {
      entries.put(
          rule.id(), new MutableEntry(rule, Objects.requireNonNull(severity, "severity"), weight));
      return this;
    }

    /** Removes the rule {@code id}; a problem at build time if the policy does not have it. */
    @CanIgnoreReturnValue
    public Builder removeRule(RuleId id) {
      if (entries.remove(id) == null) {
        problems.add(Problem.of("rules", "has no rule " + id + " to remove"));
      }
      return this;
    }

    /** Changes the severity of rule {@code id}. */
    @CanIgnoreReturnValue
    public Builder severity(RuleId id, Severity severity) {
      Objects.requireNonNull(severity, "severity");
      MutableEntry e = entry(id, "the severity");
      if (e != null) {
        e.severity = severity;
      }
      return this;
    }

    /** Changes the weight (0 to 100) of rule {@code id} in the overall score. */
    @CanIgnoreReturnValue
    public Builder weight(RuleId id, int weight) {
      MutableEntry e = entry(id, "the weight");
      if (e != null) {
        e.weight = weight;
      }
      return this;
    }

    /** The entry of rule {@code id}, or null (a problem at build time) if the policy lacks it. */
    private @Nullable MutableEntry entry(RuleId id, String what) {
      MutableEntry e = entries.get(id);
      if (e == null) {
        problems.add(Problem.of("rules", "has no rule " + id + " to change " + what + " of"));
      }
      return e;
    }

    /** Sets a parameter's value. */
    @CanIgnoreReturnValue
    public <T> Builder set(Parameter<T> parameter, T value) {
      values.put(parameter, value);
      setHere.add(parameter);
      return this;
    }

    /** Returns a parameter to its default (for an optional parameter: no value). */
    @CanIgnoreReturnValue
    public Builder clear(Parameter<?> parameter) {
      values.remove(parameter);
      return this;
    }

    /**
     * Builds the policy.
     *
     * @throws InvalidDataException listing every problem: bad parameter values, weights or
     *     severities, combinations a rule rejects, changes to rules the policy does not have
     */
    public Policy build() {
      List<Problem> all = new ArrayList<>(problems);
      Set<Parameter<?>> known = new HashSet<>(POLICY_PARAMETERS);
      for (MutableEntry e : entries.values()) {
        known.addAll(e.rule.parameters());
        if (e.weight < 0 || e.weight > 100) {
          all.add(
              Problem.of(
                  "rules[" + e.rule.id() + "].weight",
                  "must be between 0 and 100 but was: " + e.weight));
        }
      }
      // A value inherited from the policy reformed, for a rule since removed, is dropped; one set
      // here for a parameter no rule reads is a mistake.
      values.keySet().removeIf(p -> !known.contains(p) && !setHere.contains(p));
      Set<Parameter<?>> bad = new HashSet<>();
      for (Map.Entry<Parameter<?>, Object> v : values.entrySet()) {
        Parameter<?> p = v.getKey();
        Optional<String> problem = p.problem(v.getValue());
        if (problem.isPresent()) {
          all.add(Problem.of("parameters[" + p.id() + "]", problem.get()));
          bad.add(p);
        }
        if (!known.contains(p)) {
          all.add(
              Problem.of("parameters[" + p.id() + "]", "is not read by any rule of the policy"));
        }
      }
      // The bad values are left out of the view, so that the rules whose own values are all
      // acceptable can check their combinations too: one exception lists every problem.
      Map<Parameter<?>, Object> acceptable = new LinkedHashMap<>(values);
      acceptable.keySet().removeAll(bad);
      ImmutableMap<Parameter<?>, Object> frozen = ImmutableMap.copyOf(acceptable);
      Parameters view =
          new Parameters() {
            @Override
            public <T> T get(Parameter<T> parameter) {
              return getFrom(frozen, parameter);
            }

            @Override
            public <T> Optional<T> find(Parameter<T> parameter) {
              return findFrom(frozen, parameter);
            }
          };
      for (MutableEntry e : entries.values()) {
        if (Collections.disjoint(e.rule.parameters(), bad)) {
          all.addAll(e.rule.validate(view));
        }
      }
      if (!all.isEmpty()) {
        throw new InvalidDataException("Policy " + name, all);
      }
      ImmutableList.Builder<Entry> built = ImmutableList.builder();
      for (MutableEntry e : entries.values()) {
        ImmutableList.Builder<ParameterValue<?>> used = ImmutableList.builder();
        for (Parameter<?> p : e.rule.parameters()) {
          used.add(ParameterValue.of(p, view));
        }
        built.add(new Entry(e.rule, e.severity, e.weight, used.build()));
      }
      return new Policy(name, date, built.build(), frozen);
    }
  }
}
