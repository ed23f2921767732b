package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.LocalAreaAgreement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether one policy is at least as strict as another, rule by rule, for every possible agreement
 * ({@link Policy#compareStrictness(Policy)}): worked out from each rule's declared {@link
 * Monotonicity} in the parameters whose values differ, not by sampling agreements. Where a rule of
 * this policy is not at least as strict, a counterexample — a small agreement on which this
 * policy's verdict is better than the other's — is built by the rule and shown only after scoring
 * it under both policies.
 *
 * <pre>{@code
 * ReformComparison c = reform.compareStrictness(Lvsc2006.policy());
 * c.rule(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow().counterexample()   // a 7.5% loss, say
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReformComparison {
  /** The answer for one rule. */
  public enum Outcome {
    /** On every agreement this policy's verdict is no better than the other's. */
    AT_LEAST_AS_STRICT,
    /** A checked counterexample gets a better verdict under this policy than under the other. */
    LESS_STRICT,
    /** Neither could be shown: a parameter without a declared order, or no counterexample. */
    UNDECIDED,
    /** Only this policy has the rule (it checks more). */
    ONLY_IN_THIS,
    /** Only the other policy has the rule (this one checks less). */
    ONLY_IN_OTHER
  }

  /** What a parameter's change does to the rule's strictness. */
  public enum Effect {
    /** This policy's value is stricter than the other's. */
    STRICTER,
    /** This policy's value is less strict. */
    LESS_STRICT,
    /** The rule declares no order, or the values cannot be ordered. */
    UNKNOWN
  }

  /**
   * A parameter whose values differ between the policies, with the rule's declared monotonicity and
   * what the difference does.
   *
   * @param parameter the parameter
   * @param here this policy's value; empty if it has none
   * @param there the other policy's value; empty if it has none
   * @param monotonicity what the rule declares for the parameter
   * @param effect what this policy's value does to the rule's strictness
   */
  public record Difference(
      Parameter<?> parameter,
      Optional<Object> here,
      Optional<Object> there,
      Monotonicity monotonicity,
      Effect effect) {
    /** Returns e.g. {@code NET_RESOURCE_LOSS.tolerance 10.00% vs 5.00% (less strict)}. */
    @Override
    public String toString() {
      return parameter.id()
          + " "
          + here.map(Object::toString).orElse("(none)")
          + " vs "
          + there.map(Object::toString).orElse("(none)")
          + " ("
          + effect.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
          + ", "
          + monotonicity.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
          + ")";
    }
  }

  /**
   * The comparison of one rule.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class RuleComparison {
    private final RuleId rule;
    private final Outcome outcome;
    private final String reason;
    private final ImmutableList<Difference> differences;
    private final @Nullable LocalAreaAgreement counterexample;
    private final @Nullable Verdict here;
    private final @Nullable Verdict there;

    RuleComparison(
        RuleId rule,
        Outcome outcome,
        String reason,
        ImmutableList<Difference> differences,
        @Nullable LocalAreaAgreement counterexample,
        @Nullable Verdict here,
        @Nullable Verdict there) {
      this.rule = rule;
      this.outcome = outcome;
      this.reason = reason;
      this.differences = differences;
      this.counterexample = counterexample;
      this.here = here;
      this.there = there;
    }

    /** The rule. */
    public RuleId rule() {
      return rule;
    }

    /** The answer. */
    public Outcome outcome() {
      return outcome;
    }

    /** Why, naming the parameters that differ and which way. */
    public String reason() {
      return reason;
    }

    /** The parameters of the rule whose values differ, in the rule's order. */
    public ImmutableList<Difference> differences() {
      return differences;
    }

    /**
     * For {@link Outcome#LESS_STRICT}: an agreement on which this policy's verdict ({@link
     * #verdictHere()}) is better than the other's ({@link #verdictThere()}), checked by scoring.
     */
    public Optional<LocalAreaAgreement> counterexample() {
      return Optional.ofNullable(counterexample);
    }

    /** The verdict of this policy on the counterexample. */
    public Optional<Verdict> verdictHere() {
      return Optional.ofNullable(here);
    }

    /** The verdict of the other policy on the counterexample. */
    public Optional<Verdict> verdictThere() {
      return Optional.ofNullable(there);
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof RuleComparison c
          && c.rule.equals(rule)
          && c.outcome == outcome
          && c.reason.equals(reason)
          && c.differences.equals(differences)
          && Objects.equals(c.counterexample, counterexample)
          && c.here == here
          && c.there == there;
    }

    @Override
    public int hashCode() {
      return Objects.hash(rule, outcome, reason);
    }

    /** Returns e.g. {@code NET_RESOURCE_LOSS: LESS_STRICT (…reason…)}. */
    @Override
    public String toString() {
      return rule + ": " + outcome + " (" + reason + ")";
    }
  }

  private final String policy;
  private final String other;
  private final ImmutableList<RuleComparison> rules;

  private ReformComparison(String policy, String other, ImmutableList<RuleComparison> rules) {
    this.policy = policy;
    this.other = other;
    this.rules = rules;
  }

  /** The name of the policy compared. */
  public String policy() {
    return policy;
  }

  /** The name of the policy it is compared with. */
  public String other() {
    return other;
  }

  /** One comparison per rule: this policy's rules in order, then those only the other has. */
  public ImmutableList<RuleComparison> rules() {
    return rules;
  }

  /** The comparison of rule {@code id}, if either policy has it. */
  public Optional<RuleComparison> rule(RuleId id) {
    return rules.stream().filter(r -> r.rule().equals(id)).findFirst();
  }

  /**
   * Whether this policy is at least as strict as the other for every rule the other has: each is
   * {@link Outcome#AT_LEAST_AS_STRICT} or {@link Outcome#ONLY_IN_THIS}.
   */
  public boolean isAtLeastAsStrict() {
    return rules.stream()
        .allMatch(
            r -> r.outcome() == Outcome.AT_LEAST_AS_STRICT || r.outcome() == Outcome.ONLY_IN_THIS);
  }

  /** One line per rule: its outcome and reason, and the counterexample's verdicts. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append("Is ").append(policy).append(" at least as strict as ").append(other).append("?\n");
    for (RuleComparison r : rules) {
      b.append("- ").append(r.rule()).append(": ").append(r.outcome()).append(" — ");
      b.append(r.reason()).append('\n');
    }
    return b.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReformComparison c
        && c.policy.equals(policy)
        && c.other.equals(other)
        && c.rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  @Override
  public String toString() {
    return toText();
  }

  // ----------------------------------------------------------------------------------------------

  static ReformComparison of(Policy a, Policy b) {
    List<RuleComparison> out = new ArrayList<>();
    Set<RuleId> seen = new LinkedHashSet<>();
    for (Policy.Entry e : a.entries()) {
      seen.add(e.id());
      Optional<Policy.Entry> f = b.entry(e.id());
      out.add(
          f.isPresent()
              ? compare(a, b, e, f.get())
              : new RuleComparison(
                  e.id(),
                  Outcome.ONLY_IN_THIS,
                  "only " + a.name() + " has the rule",
                  ImmutableList.of(),
                  null,
                  null,
                  null));
    }
    for (Policy.Entry f : b.entries()) {
      if (!seen.contains(f.id())) {
        out.add(
            new RuleComparison(
                f.id(),
                Outcome.ONLY_IN_OTHER,
                "only " + b.name() + " has the rule",
                ImmutableList.of(),
                null,
                null,
                null));
      }
    }
    return new ReformComparison(a.name(), b.name(), ImmutableList.copyOf(out));
  }

  private static RuleComparison compare(Policy a, Policy b, Policy.Entry e, Policy.Entry f) {
    Rule rule = e.rule();
    if (!rule.equals(f.rule())) {
      return new RuleComparison(
          e.id(),
          Outcome.UNDECIDED,
          "the policies implement the rule differently ("
              + rule.getClass().getName()
              + " and "
              + f.rule().getClass().getName()
              + ")",
          ImmutableList.of(),
          null,
          null,
          null);
    }
    ImmutableList.Builder<Difference> diffs = ImmutableList.builder();
    boolean looser = false;
    boolean unknown = false;
    for (ParameterValue<?> pv : e.parameterValues()) {
      Parameter<?> p = pv.parameter();
      Optional<Object> here = a.find(p).map(v -> (Object) v);
      Optional<Object> there = b.find(p).map(v -> (Object) v);
      boolean dated = !a.datedValues(p).isEmpty() || !b.datedValues(p).isEmpty();
      if (here.equals(there) && a.datedValues(p).equals(b.datedValues(p))) {
        continue;
      }
      Monotonicity m = monotonicity(rule, p);
      Effect effect =
          dated ? datedEffect(m, a, b, p) : effect(m, here.orElse(null), there.orElse(null));
      looser |= effect == Effect.LESS_STRICT;
      unknown |= effect == Effect.UNKNOWN;
      diffs.add(new Difference(p, here, there, m, effect));
    }
    ImmutableList<Difference> d = diffs.build();
    if (d.isEmpty()) {
      return new RuleComparison(
          e.id(), Outcome.AT_LEAST_AS_STRICT, "the same parameter values", d, null, null, null);
    }
    String listed = list(d);
    if (!looser && !unknown) {
      return new RuleComparison(
          e.id(), Outcome.AT_LEAST_AS_STRICT, "stricter or equal: " + listed, d, null, null, null);
    }
    LocalAreaAgreement cx;
    try {
      cx = rule.counterexample(a, b).orElse(null);
    } catch (RuntimeException ex) {
      cx = null; // a template the agreement's checks refuse is no counterexample
    }
    if (cx != null) {
      Verdict here = verdict(a, cx, e.id());
      Verdict there = verdict(b, cx, e.id());
      if (here != null
          && there != null
          && (here.isBetterThan(there) || (here == Verdict.PASS && there != Verdict.PASS))) {
        return new RuleComparison(
            e.id(),
            Outcome.LESS_STRICT,
            listed
                + "; a counterexample for "
                + cx.area().name()
                + " is "
                + here
                + " under "
                + a.name()
                + " but "
                + there
                + " under "
                + b.name(),
            d,
            cx,
            here,
            there);
      }
    }
    return new RuleComparison(
        e.id(),
        Outcome.UNDECIDED,
        listed + (looser ? "; no counterexample found" : "; no declared order"),
        d,
        null,
        null,
        null);
  }

  private static @Nullable Verdict verdict(Policy p, LocalAreaAgreement a, RuleId rule) {
    try {
      return p.score(a).finding(rule).map(Finding::verdict).orElse(null);
    } catch (RuntimeException ex) {
      return null;
    }
  }

  private static Monotonicity monotonicity(Rule rule, Parameter<?> p) {
    try {
      Monotonicity m = rule.monotonicity(p);
      return m == null ? Monotonicity.UNKNOWN : m;
    } catch (RuntimeException ex) {
      return Monotonicity.UNKNOWN;
    }
  }

  /**
   * The effect of a parameter with dated values in either policy: the values in force compared year
   * by year — before the first dated value and from each one on — as the rules that read a
   * parameter by year apply each year's value to that year; less strict if any year is, unknown if
   * any year cannot be ordered.
   */
  private static Effect datedEffect(Monotonicity m, Policy a, Policy b, Parameter<?> p) {
    java.util.TreeSet<io.github.laa.core.FinancialYear> starts = new java.util.TreeSet<>();
    a.datedValues(p).forEach(d -> starts.add(d.from()));
    b.datedValues(p).forEach(d -> starts.add(d.from()));
    List<io.github.laa.core.FinancialYear> years = new java.util.ArrayList<>();
    if (starts.first().startYear() > io.github.laa.core.FinancialYear.MIN_START_YEAR) {
      years.add(starts.first().previous()); // before any dated value: the plain values
    }
    years.addAll(starts);
    Effect combined = Effect.STRICTER;
    for (io.github.laa.core.FinancialYear y : years) {
      Effect e = effect(m, a.find(p, y).orElse(null), b.find(p, y).orElse(null));
      if (e == Effect.LESS_STRICT) {
        return Effect.LESS_STRICT;
      }
      combined = e == Effect.UNKNOWN ? Effect.UNKNOWN : combined;
    }
    return combined;
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // compared only when of one Comparable class
  private static Effect effect(Monotonicity m, @Nullable Object here, @Nullable Object there) {
    if (here == null
        || there == null
        || here.getClass() != there.getClass()
        || !(here instanceof Comparable)
        || (m != Monotonicity.STRICTER_WHEN_RAISED && m != Monotonicity.STRICTER_WHEN_LOWERED)) {
      return Effect.UNKNOWN;
    }
    int c = ((Comparable) here).compareTo(there);
    if (c == 0) {
      return Effect.STRICTER; // equal in order (e.g. 5.0 and 5.00): no less strict
    }
    boolean raised = c > 0;
    return raised == (m == Monotonicity.STRICTER_WHEN_RAISED)
        ? Effect.STRICTER
        : Effect.LESS_STRICT;
  }

  private static String list(List<Difference> d) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < d.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(d.get(i));
    }
    return b.toString();
  }
}
