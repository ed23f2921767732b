package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.common.hash.Hashing;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.laa.core.Area;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Problem;
import io.github.laa.core.TextChecks;
import io.github.laa.scoring.internal.Aggregate;
import io.github.laa.scoring.internal.Reads;
import java.nio.charset.StandardCharsets;
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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
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
  /** The most agreements a cohort may have. */
  public static final int MAX_COHORT_SIZE = 10_000;

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
    private final Described rule;
    private final Severity severity;
    private final int weight;
    private final ImmutableList<ParameterValue<?>> parameterValues;
    private final ImmutableSet<Verdict> verdicts;

    private Entry(
        Described rule,
        Severity severity,
        int weight,
        ImmutableList<ParameterValue<?>> parameterValues,
        ImmutableSet<Verdict> verdicts) {
      this.rule = rule;
      this.severity = severity;
      this.weight = weight;
      this.parameterValues = parameterValues;
      this.verdicts = verdicts;
    }

    /** The rule. */
    public Rule rule() {
      return rule.rule();
    }

    /** The rule's id, as the policy read it when the rule was added. */
    public RuleId id() {
      return rule.id();
    }

    /** The values of the rule's parameters in this policy (set, default, or none). */
    ImmutableList<ParameterValue<?>> parameterValues() {
      return parameterValues;
    }

    /** A finding builder for the rule, with what the policy read of it and its parameter values. */
    Finding.Builder finding() {
      return Finding.builder(rule.id(), rule.title(), rule.citation(), parameterValues);
    }

    /**
     * The verdicts the rule can give with this policy's parameter values ({@link
     * Rule#possibleVerdicts(Parameters)}), as read once when the policy was built.
     */
    public ImmutableSet<Verdict> possibleVerdicts() {
      return verdicts;
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
          && e.rule.rule().equals(rule.rule())
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

  /**
   * What a policy reads of a rule, once, when the rule is added, and checks: its id, title,
   * citation, default severity, parameters and cohort views. Scoring relies on these, never asking
   * the rule again.
   */
  private record Described(
      Rule rule,
      RuleId id,
      String title,
      Citation citation,
      Severity defaultSeverity,
      ImmutableList<Parameter<?>> parameters,
      ImmutableList<CohortView<?>> views) {

    /**
     * Reads and checks {@code rule}; null, with the problems recorded, if it cannot be used. A rule
     * is named by its place among the rules added and its class until its id is known.
     */
    static @Nullable Described of(Rule rule, int place, List<Problem> problems) {
      String at = "rules[" + place + "] (" + rule.getClass().getName() + ")";
      RuleId id = read(() -> rule.id(), at + ".id", problems);
      if (id == null) {
        return null;
      }
      at = "rules[" + id + "]";
      int before = problems.size();
      String title = read(() -> rule.title(), at + ".title", problems);
      if (title != null) {
        String path = at + ".title";
        TextChecks.nameProblem(title).ifPresent(m -> problems.add(Problem.of(path, m)));
      }
      Citation citation = read(() -> rule.citation(), at + ".citation", problems);
      Severity severity = read(() -> rule.defaultSeverity(), at + ".defaultSeverity", problems);
      ImmutableList<Parameter<?>> parameters =
          list(
              read(() -> rule.parameters(), at + ".parameters", problems),
              at + ".parameters",
              problems);
      ImmutableList<CohortView<?>> views =
          list(
              read(() -> rule.cohortViews(), at + ".cohortViews", problems),
              at + ".cohortViews",
              problems);
      if (problems.size() > before
          || title == null
          || citation == null
          || severity == null
          || parameters == null
          || views == null) {
        return null;
      }
      return new Described(rule, id, title, citation, severity, parameters, views);
    }

    static @Nullable ImmutableSet<Verdict> verdicts(
        @Nullable Set<Verdict> verdicts, String path, List<Problem> problems) {
      if (verdicts == null) {
        return null;
      }
      List<Verdict> copy = new ArrayList<>(verdicts); // some sets refuse contains(null)
      if (copy.isEmpty() || copy.contains(null)) {
        problems.add(Problem.of(path, "must name at least one verdict and no null"));
        return null;
      }
      return Sets.immutableEnumSet(copy);
    }

    /** What {@code read} returns; null, with a problem recorded, if it returns null or throws. */
    private static <T> @Nullable T read(
        Supplier<@Nullable T> read, String path, List<Problem> problems) {
      try {
        T value = read.get();
        if (value == null) {
          problems.add(Problem.of(path, "must be set but the rule returned null"));
        }
        return value;
      } catch (Exception e) { // checked ones too: a rule may throw them sneakily
        problems.add(Problem.of(path, "must be readable but the rule threw " + thrown(e)));
        return null;
      }
    }

    private static <T> @Nullable ImmutableList<T> list(
        @Nullable List<T> items, String path, List<Problem> problems) {
      if (items == null) {
        return null;
      }
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) == null) {
          problems.add(Problem.of(path + "[" + i + "]", "must be set but the rule returned null"));
          return null;
        }
      }
      return ImmutableList.copyOf(items);
    }
  }

  /** An exception as a message shows it: its class and its message, quoted. */
  static String thrown(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getName() + (m == null ? "" : ": " + TextChecks.quote(m));
  }

  private final String name;
  private final LocalDate date;
  private final ImmutableList<Entry> entries;
  private final ImmutableMap<Parameter<?>, Object> values;
  private final ImmutableMap<Parameter<?>, ImmutableList<DatedValue<?>>> dated;
  private final int baselineYears;
  private final int amberThreshold;
  private final EnumSet<Aggregate> aggregates;
  private final ImmutableList<CohortView<?>> cohortViews;
  // Worked out when first asked for; a race works out the same string twice.
  private volatile @Nullable String sha256;

  private Policy(
      String name,
      LocalDate date,
      ImmutableList<Entry> entries,
      ImmutableMap<Parameter<?>, Object> values,
      ImmutableMap<Parameter<?>, ImmutableList<DatedValue<?>>> dated) {
    this.name = name;
    this.date = date;
    this.entries = entries;
    this.values = values;
    this.dated = dated;
    this.baselineYears = getFrom(values, BASELINE_YEARS);
    this.amberThreshold = getFrom(values, AMBER_THRESHOLD);
    EnumSet<Aggregate> needed = EnumSet.noneOf(Aggregate.class);
    ImmutableList.Builder<CohortView<?>> views = ImmutableList.builder();
    Set<CohortView<?>> seen = new HashSet<>();
    for (Entry e : entries) {
      needed.addAll(aggregates(e.rule.rule()));
      for (CohortView<?> v : e.rule.views()) {
        if (seen.add(v)) {
          views.add(v);
        }
      }
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
    b.added = entries.size(); // a rule added to the reform is named by its place after these
    b.values.putAll(values);
    b.dated.putAll(DatedParameters.thaw(dated));
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
      rules.add(e.rule.rule());
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
   * The values set explicitly, in the order they were set, then the parameters that have only dated
   * values (parameters not listed have their defaults).
   */
  public ImmutableList<ParameterValue<?>> values() {
    ImmutableList.Builder<ParameterValue<?>> out =
        ImmutableList.builderWithExpectedSize(values.size());
    for (Parameter<?> p : values.keySet()) {
      out.add(ParameterValue.of(p, this));
    }
    for (Parameter<?> p : dated.keySet()) {
      if (!values.containsKey(p)) {
        out.add(ParameterValue.of(p, this));
      }
    }
    return out.build();
  }

  /** The dated values of {@code parameter}, oldest first ({@link Builder#setFrom}). */
  @Override
  public <T> ImmutableList<DatedValue<T>> datedValues(Parameter<T> parameter) {
    return DatedParameters.of(dated, parameter);
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
    // Each area's scorecard or failure, so that the failure reported is the first by area code, as
    // on one thread, whichever thread met it first.
    List<Object> outcomes =
        sorted.parallelStream()
            .map(
                a -> {
                  try {
                    return (Object) score(a, context);
                  } catch (RuleFailedException e) {
                    return e;
                  }
                })
            .toList();
    ImmutableList.Builder<Scorecard> cards = ImmutableList.builderWithExpectedSize(outcomes.size());
    for (Object o : outcomes) {
      if (o instanceof RuleFailedException e) {
        throw e;
      }
      cards.add((Scorecard) o);
    }
    return new CohortScorecard(this, cards.build());
  }

  /**
   * Scores each agreement alone, like {@link #score(LocalAreaAgreement)}, as one task per agreement
   * on {@code executor}; the scorecards are in the order of {@code agreements} and identical to
   * scoring them one after another. If a rule fails, the {@link RuleFailedException} of the first
   * failing agreement in that order is thrown once every task has finished, as sequential scoring
   * would throw it.
   *
   * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a task
   */
  public ImmutableList<Scorecard> scoreInParallel(
      Collection<LocalAreaAgreement> agreements, Executor executor) {
    return ParallelScoring.scoreAll(List.copyOf(agreements), a -> score(a, null), executor);
  }

  /**
   * Scores a cohort like {@link #scoreCohort(Collection)}, as one task per agreement on {@code
   * executor}. The result, and a {@link RuleFailedException} (the first by area code), are those of
   * {@link #scoreCohort(Collection)}.
   *
   * @throws InvalidDataException if two agreements are for the same area
   * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a task
   */
  public CohortScorecard scoreCohortInParallel(
      Collection<LocalAreaAgreement> agreements, Executor executor) {
    Objects.requireNonNull(executor, "executor");
    ImmutableList<LocalAreaAgreement> sorted = cohort(agreements);
    CohortContext context = new CohortContext(sorted);
    return new CohortScorecard(
        this, ParallelScoring.scoreAll(sorted, a -> score(a, context), executor));
  }

  /**
   * Scores scenarios — named versions of areas' agreements, several per area if you like — each
   * against the same peers: each area's first scenario in the order given (see {@link
   * ScenarioCohort}). Plain {@link #scoreCohort(Collection)} still refuses two agreements for one
   * area.
   *
   * @throws InvalidDataException if two scenarios have the same name, or there are more than {@link
   *     #MAX_COHORT_SIZE}
   */
  public ScenarioCohort scoreScenarios(Collection<Scenario> scenarios) {
    return ScenarioCohort.score(this, scenarios);
  }

  /** The agreements by area code; two for one area are invalid. */
  private static ImmutableList<LocalAreaAgreement> cohort(
      Collection<LocalAreaAgreement> agreements) {
    if (agreements.size() > MAX_COHORT_SIZE) {
      throw new InvalidDataException(
          "Cohort",
          Problem.of(
              "agreements",
              String.format(
                  Locale.ROOT,
                  "must be at most %,d but were: %,d",
                  MAX_COHORT_SIZE,
                  agreements.size())));
    }
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

  /**
   * Scores an agreement some of whose facts are unknown: for each rule, the verdicts still possible
   * and the unknown facts that would decide between them, e.g. {@code NET_RESOURCE_LOSS: PASS or
   * FAIL depending on 2008/09 allocations: FAIL unless they reach £417,930.00}. Every answer is
   * found by scoring completed agreements (see {@link PartialScorecard} for which), so it can be
   * checked by scoring one. With no unknown fact it gives exactly {@link #score}'s findings. Never
   * throws for a valid partial agreement.
   */
  public PartialScorecard scorePartially(PartialAgreement agreement) {
    return PartialScoring.score(this, agreement);
  }

  AgreementFacts facts(LocalAreaAgreement agreement) {
    return AgreementFacts.of(agreement, baselineYears, aggregates);
  }

  /** The totals with another number of baseline years (what-if probes). */
  AgreementFacts facts(LocalAreaAgreement agreement, int baselineYears) {
    return AgreementFacts.of(agreement, baselineYears, aggregates);
  }

  /**
   * For every rule and every numeric or ordered parameter it reads, the nearest value in each
   * direction at which the rule's verdict on {@code agreement} changes ({@link TippingPoints}).
   * Each probe evaluates one rule with one value changed, on the agreement's shared totals, the
   * other parameters keeping their dated values. Left out: a parameter that has dated values in
   * this policy ({@link Builder#setFrom}), which has no one value to move, and an enum the rule
   * declares {@link Monotonicity#UNORDERED} (a choice such as cash or real terms, whose order means
   * nothing).
   *
   * @throws RuleFailedException if a rule throws or returns no finding for a value it accepts, as
   *     {@link #score} does
   */
  public TippingPoints tippingPoints(LocalAreaAgreement agreement) {
    return WhatIf.tippingPoints(this, agreement, null);
  }

  /**
   * The tipping points of every agreement of a cohort, scored as a cohort (rules that compare an
   * area with its peers see all of them), as a table of areas × parameters ({@link Sensitivity}).
   *
   * @throws InvalidDataException if two agreements are for the same area
   */
  public Sensitivity sensitivity(Collection<LocalAreaAgreement> agreements) {
    ImmutableList<LocalAreaAgreement> sorted = cohort(agreements);
    CohortContext context = new CohortContext(sorted);
    ImmutableList.Builder<TippingPoints> areas = ImmutableList.builder();
    for (LocalAreaAgreement a : sorted) {
      areas.add(WhatIf.tippingPoints(this, a, context));
    }
    return new Sensitivity(name, areas.build());
  }

  /**
   * Whether this policy is at least as strict as {@code other} for every possible agreement, rule
   * by rule, from each rule's {@link Rule#monotonicity(Parameter) monotonicity}; with a checked
   * counterexample where it is not ({@link ReformComparison}).
   */
  public ReformComparison compareStrictness(Policy other) {
    return ReformComparison.of(this, Objects.requireNonNull(other, "other"));
  }

  Scorecard score(LocalAreaAgreement agreement, @Nullable CohortContext cohort) {
    AgreementFacts facts = facts(agreement);
    Finding[] findings = new Finding[entries.size()];
    for (int i = 0; i < findings.length; i++) {
      Entry e = entries.get(i);
      Finding f;
      try {
        f = e.rule.rule().evaluate(new RuleInput(e, facts, this, cohort));
      } catch (Exception ex) { // checked ones too: a rule may throw them sneakily
        throw failure(e, agreement, "threw " + thrown(ex), ex);
      }
      if (f == null) {
        throw failure(e, agreement, "returned no finding", null);
      }
      if (!f.ruleId().equals(e.rule.id())) {
        throw failure(e, agreement, "returned a finding of rule " + f.ruleId(), null);
      }
      if (!e.verdicts.contains(f.verdict())) {
        throw failure(
            e,
            agreement,
            "gave the verdict "
                + f.verdict()
                + ", which is not among its possible verdicts "
                + e.verdicts,
            null);
      }
      findings[i] = f;
    }
    return new Scorecard(this, agreement, ImmutableList.copyOf(findings));
  }

  private RuleFailedException failure(
      Entry e, LocalAreaAgreement agreement, String what, @Nullable Throwable cause) {
    Area a = agreement.area();
    return new RuleFailedException(
        e.rule.id(), name, a.name() + " (" + a.code() + ")", what, cause);
  }

  /**
   * The failure of {@code view}, named after the first of the policy's rules that contributes it.
   */
  RuleFailedException viewFailure(CohortView<?> view, String what, @Nullable Throwable cause) {
    RuleId rule =
        entries.stream()
            .filter(e -> e.rule.views().contains(view))
            .map(e -> e.rule.id())
            .findFirst()
            .orElseThrow();
    return new RuleFailedException(
        rule, name, null, "in its cohort view " + view + " " + what, cause);
  }

  int amberThreshold() {
    return amberThreshold;
  }

  ParameterValue<Integer> baselineYearsValue() {
    return ParameterValue.of(BASELINE_YEARS, this);
  }

  ParameterValue<Integer> amberThresholdValue() {
    return ParameterValue.of(AMBER_THRESHOLD, this);
  }

  /**
   * The policy's canonical form, the JSON text {@link #sha256()} hashes: everything that can decide
   * a verdict or a rating and nothing else. It holds each rule, sorted by id, with the class that
   * implements it, its severity, its weight and the value of every parameter it reads (set or
   * default; typed as in a decision record), and the policy's own parameters ({@link
   * #BASELINE_YEARS}, {@link #AMBER_THRESHOLD}); it leaves out the policy's name and date, rule
   * titles and citations, the order of the rules, and values set for parameters no rule reads.
   * Members are in canonical order (RFC 8785's, with integers written exactly), without whitespace.
   */
  public String canonicalForm() {
    return DecisionRecords.canonicalForm(this);
  }

  /**
   * The SHA-256 of {@link #canonicalForm()}'s UTF-8 bytes, as 64 lower-case hex digits: the
   * policy's fingerprint. Two policies have the same one if and only if every rule, severity,
   * weight and parameter value that can decide a verdict is the same; a renamed or redated reform
   * keeps it. Worked out once, when first asked for.
   */
  public String sha256() {
    String h = sha256;
    if (h == null) {
      h = Hashing.sha256().hashString(canonicalForm(), StandardCharsets.UTF_8).toString();
      sha256 = h;
    }
    return h;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Policy p
        && p.name.equals(name)
        && p.date.equals(date)
        && p.entries.equals(entries)
        && p.values.equals(values)
        && p.dated.equals(dated);
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
    final Described rule;
    Severity severity;
    int weight;

    MutableEntry(Described rule, Severity severity, int weight) {
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
    private @Nullable String name;
    private @Nullable LocalDate date;
    private int added;
    private final LinkedHashMap<RuleId, MutableEntry> entries = new LinkedHashMap<>();
    private final LinkedHashMap<Parameter<?>, Object> values = new LinkedHashMap<>();
    private final LinkedHashMap<Parameter<?>, TreeMap<FinancialYear, DatedValue<?>>> dated =
        new LinkedHashMap<>();
    private final Set<Parameter<?>> setHere = new HashSet<>();
    private final List<Problem> problems = new ArrayList<>();

    private Builder(@Nullable String name, @Nullable LocalDate date) {
      this.name = name;
      this.date = date;
    }

    /** Renames the policy; the name is checked when the policy is built. */
    @CanIgnoreReturnValue
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Sets the date the policy was made. */
    @CanIgnoreReturnValue
    public Builder date(LocalDate date) {
      this.date = date;
      return this;
    }

    /**
     * Adds (or replaces) a rule with its default severity and weight 1. The rule's id, title,
     * citation, default severity, parameters and cohort views are read now, once, and checked when
     * the policy is built: a rule whose id is not set, whose title is not a valid name, or that
     * throws when asked is a problem then.
     */
    @CanIgnoreReturnValue
    public Builder rule(Rule rule) {
      Described d = describe(rule);
      if (d != null) {
        entries.put(d.id(), new MutableEntry(d, d.defaultSeverity(), 1));
      }
      return this;
    }

    /** Adds (or replaces, keeping its place) a rule with a severity and a weight (0 to 100). */
    @CanIgnoreReturnValue
    public Builder rule(Rule rule, Severity severity, int weight) {
      Objects.requireNonNull(severity, "severity");
      Described d = describe(rule);
      if (d != null) {
        entries.put(d.id(), new MutableEntry(d, severity, weight));
      }
      return this;
    }

    private @Nullable Described describe(Rule rule) {
      Objects.requireNonNull(rule, "rule");
      return Described.of(rule, added++, problems);
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

    /**
     * Gives a parameter the value {@code value} from the year {@code from} onwards, as {@code
     * source} sets it: rules that read the parameter for a year use the latest dated value from
     * that year or before, and the plain value ({@link #set}, else the default) before the first
     * one. A second value from the same year replaces the first. Only a parameter {@linkplain
     * Parameter#byYear() read by year} may have dated values; each value is checked, with the
     * others, when the policy is built (a problem's path is e.g. {@code
     * parameters[SMALL_GRANTS.grantCeiling][from 2008/09]}).
     */
    @CanIgnoreReturnValue
    public <T> Builder setFrom(
        Parameter<T> parameter, FinancialYear from, T value, Citation source) {
      Objects.requireNonNull(parameter, "parameter");
      dated
          .computeIfAbsent(parameter, p -> new TreeMap<>())
          .put(from, DatedValue.of(from, value, source));
      setHere.add(parameter);
      return this;
    }

    /**
     * Returns a parameter to its default (for an optional parameter: no value), without dated
     * values.
     */
    @CanIgnoreReturnValue
    public Builder clear(Parameter<?> parameter) {
      values.remove(parameter);
      dated.remove(parameter);
      return this;
    }

    /**
     * Builds the policy.
     *
     * @throws InvalidDataException listing every problem: bad parameter values, weights or
     *     severities, combinations a rule rejects, changes to rules the policy does not have
     */
    public Policy build() {
      List<Problem> all = new ArrayList<>();
      String n = name;
      Optional<String> badName = TextChecks.nameProblem(n);
      badName.ifPresent(m -> all.add(Problem.of("name", m)));
      if (date == null) {
        all.add(Problem.of("date", "must be set"));
      }
      all.addAll(problems);
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
      dated.keySet().removeIf(p -> !known.contains(p) && !setHere.contains(p));
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
      DatedParameters.check(dated, known, values.keySet(), all, bad);
      // The bad values are left out of the view, so that the rules whose own values are all
      // acceptable can check their combinations too: one exception lists every problem.
      Map<Parameter<?>, Object> acceptable = new LinkedHashMap<>(values);
      acceptable.keySet().removeAll(bad);
      ImmutableMap<Parameter<?>, Object> frozen = ImmutableMap.copyOf(acceptable);
      ImmutableMap<Parameter<?>, ImmutableList<DatedValue<?>>> frozenDated =
          DatedParameters.freeze(dated, bad);
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

            @Override
            public <T> ImmutableList<DatedValue<T>> datedValues(Parameter<T> parameter) {
              return DatedParameters.of(frozenDated, parameter);
            }
          };
      for (MutableEntry e : entries.values()) {
        if (Collections.disjoint(e.rule.parameters(), bad)) {
          String at = "rules[" + e.rule.id() + "].validate";
          List<Problem> found = Described.read(() -> e.rule.rule().validate(view), at, all);
          if (found != null) {
            for (int i = 0; i < found.size(); i++) {
              Problem p = found.get(i);
              all.add(
                  p != null
                      ? p
                      : Problem.of(at + "[" + i + "]", "must be set but the rule returned null"));
            }
          }
        }
      }
      Map<RuleId, ImmutableSet<Verdict>> verdicts = new HashMap<>();
      for (MutableEntry e : entries.values()) {
        if (Collections.disjoint(e.rule.parameters(), bad)) {
          String at = "rules[" + e.rule.id() + "].possibleVerdicts";
          ImmutableSet<Verdict> v =
              Described.verdicts(
                  Described.read(() -> e.rule.rule().possibleVerdicts(view), at, all), at, all);
          if (v != null) {
            verdicts.put(e.rule.id(), v);
          }
        }
      }
      if (!all.isEmpty() || n == null || date == null) {
        String subject =
            n == null ? "Policy" : "Policy " + (badName.isPresent() ? TextChecks.quote(n) : n);
        throw new InvalidDataException(subject, all);
      }
      ImmutableList.Builder<Entry> built = ImmutableList.builder();
      for (MutableEntry e : entries.values()) {
        ImmutableList.Builder<ParameterValue<?>> used = ImmutableList.builder();
        for (Parameter<?> p : e.rule.parameters()) {
          used.add(ParameterValue.of(p, view));
        }
        built.add(
            new Entry(
                e.rule,
                e.severity,
                e.weight,
                used.build(),
                Objects.requireNonNull(verdicts.get(e.rule.id()))));
      }
      return new Policy(n, date, built.build(), frozen, frozenDated);
    }
  }
}
