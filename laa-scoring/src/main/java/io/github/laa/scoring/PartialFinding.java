package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.laa.scoring.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What partial scoring says of one rule: the verdicts still possible while some facts are unknown,
 * and the unknown facts that would decide between them.
 *
 * <pre>{@code
 * PartialFinding nrl = card.finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();
 * nrl.possibleVerdicts();   // [PASS, FAIL]
 * nrl.toString();
 * // NET_RESOURCE_LOSS: PASS or FAIL depending on 2008/09 allocations:
 * //   FAIL unless they reach £417,930.00
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartialFinding {
  /**
   * From which value of an unknown fact on a verdict holds, the other unknown facts keeping the
   * values the agreement gives: one step of a {@link Dependence}.
   *
   * @param <T> the type of the fact's values
   * @param from the least value (an amount, to the penny; a level; a rating) with this verdict
   * @param verdict the rule's verdict from {@code from} up to the next step's value
   */
  public record Step<T>(T from, Verdict verdict) {
    /** Checks that both are set. */
    public Step {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(verdict, "verdict");
    }
  }

  /**
   * How the rule's verdict follows one unknown fact: its steps, in increasing order of the fact's
   * value, with the other unknown facts as the agreement gives them. A fact decides the verdict
   * when changing it alone changes the verdict for some values of the others; its steps may then
   * show a single verdict, if the change needs other unknown facts to differ from what is given.
   *
   * @param <T> the type of the fact's values
   * @param fact the unknown fact
   * @param steps the verdict from each step's value on; the first is the fact's least value
   */
  public record Dependence<T>(UnknownFact<T> fact, ImmutableList<Step<T>> steps) {
    /** Checks that the fact and at least one step are given. */
    public Dependence {
      Objects.requireNonNull(fact, "fact");
      if (steps.isEmpty()) {
        throw new IllegalArgumentException("a dependence needs at least one step");
      }
    }

    /**
     * The steps in words: {@code FAIL unless they reach £417,930.00}, {@code FAIL below £95,000.00,
     * WARN from £95,000.00, PASS from £100,000.00}, {@code FAIL at none to consulted, PASS at
     * involved to leading}.
     */
    public String describe() {
      if (steps.size() == 1) {
        return steps.get(0).verdict() + " whatever its value, with the others as given";
      }
      if (fact.kind() == UnknownFact.Kind.AMOUNTS) {
        Step<T> first = steps.get(0);
        Step<T> second = steps.get(1);
        if (steps.size() == 2 && rank(second.verdict()) > rank(first.verdict())) {
          return first.verdict() + " unless they reach " + fact.show(second.from());
        }
        StringBuilder sb = new StringBuilder();
        sb.append(first.verdict()).append(" below ").append(fact.show(second.from()));
        for (int i = 1; i < steps.size(); i++) {
          Step<T> s = steps.get(i);
          sb.append(", ").append(s.verdict()).append(" from ").append(fact.show(s.from()));
        }
        return sb.toString();
      }
      List<T> values = fact.values();
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < steps.size(); i++) {
        Step<T> s = steps.get(i);
        int lo = values.indexOf(s.from());
        int hi =
            i + 1 < steps.size() ? values.indexOf(steps.get(i + 1).from()) - 1 : values.size() - 1;
        sb.append(i == 0 ? "" : ", ")
            .append(s.verdict())
            .append(" at ")
            .append(fact.show(values.get(lo)));
        if (hi == lo + 1) {
          sb.append(" or ").append(fact.show(values.get(hi)));
        } else if (hi > lo + 1) {
          sb.append(" to ").append(fact.show(values.get(hi)));
        }
      }
      return sb.toString();
    }

    /** Returns {@code fact: steps in words}. */
    @Override
    public String toString() {
      return fact + ": " + describe();
    }
  }

  /** PASS above WARN above FAIL; NOT_ASSESSED below them all, for the wording only. */
  static int rank(Verdict v) {
    return switch (v) {
      case PASS -> 3;
      case WARN -> 2;
      case FAIL -> 1;
      case NOT_ASSESSED -> 0;
    };
  }

  private final RuleId ruleId;
  private final String title;
  private final ImmutableSet<Verdict> possibleVerdicts;
  private final @Nullable Finding finding;
  private final ImmutableList<Dependence<?>> dependences;

  PartialFinding(
      RuleId ruleId,
      String title,
      ImmutableSet<Verdict> possibleVerdicts,
      @Nullable Finding finding,
      ImmutableList<Dependence<?>> dependences) {
    this.ruleId = ruleId;
    this.title = title;
    this.possibleVerdicts = possibleVerdicts;
    this.finding = finding;
    this.dependences = dependences;
  }

  /** The rule's id. */
  public RuleId ruleId() {
    return ruleId;
  }

  /** The rule's title. */
  public String title() {
    return title;
  }

  /** The verdicts the rule can still give, in the order of {@link Verdict}; at least one. */
  public ImmutableSet<Verdict> possibleVerdicts() {
    return possibleVerdicts;
  }

  /** Whether the verdict is known whatever the unknown facts are. */
  public boolean isDecided() {
    return possibleVerdicts.size() == 1;
  }

  /**
   * The rule's finding, when no unknown fact changes it (not even its evidence): then exactly the
   * finding {@link Policy#score} gives for the agreement as it is.
   */
  public Optional<Finding> finding() {
    return Optional.ofNullable(finding);
  }

  /** The unknown facts that decide between the possible verdicts, in the agreement's order. */
  public ImmutableList<Dependence<?>> dependences() {
    return dependences;
  }

  /** How the verdict follows {@code fact}, if {@code fact} is among those that decide it. */
  @SuppressWarnings("unchecked") // a dependence on fact has steps of fact's type
  public <T> Optional<Dependence<T>> dependence(UnknownFact<T> fact) {
    for (Dependence<?> d : dependences) {
      if (d.fact().equals(fact)) {
        return Optional.of((Dependence<T>) d);
      }
    }
    return Optional.empty();
  }

  /**
   * One line: {@code NET_RESOURCE_LOSS: PASS or FAIL depending on 2008/09 allocations: FAIL unless
   * they reach £417,930.00}; a decided rule gives its verdict, and says so when the unknown facts
   * change only its evidence.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(ruleId.toString()).append(": ");
    if (isDecided()) {
      sb.append(possibleVerdicts.iterator().next());
      if (finding == null) {
        sb.append(" whatever the unknown facts (they change its evidence)");
      }
      return sb.toString();
    }
    List<String> names = new ArrayList<>();
    possibleVerdicts.forEach(v -> names.add(v.name()));
    sb.append(PartialAgreement.joined(names, "or"));
    if (dependences.isEmpty()) {
      return sb.toString();
    }
    List<String> facts = new ArrayList<>();
    dependences.forEach(d -> facts.add(d.fact().toString()));
    sb.append(" depending on ").append(PartialAgreement.joined(facts, "and"));
    if (dependences.size() == 1) {
      sb.append(": ").append(dependences.get(0).describe());
    } else {
      sb.append(" (each with the others as given: ");
      for (int i = 0; i < dependences.size(); i++) {
        sb.append(i == 0 ? "" : "; ").append(dependences.get(i));
      }
      sb.append(')');
    }
    return Texts.line(sb.toString());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PartialFinding p
        && p.ruleId.equals(ruleId)
        && p.possibleVerdicts.equals(possibleVerdicts)
        && Objects.equals(p.finding, finding)
        && p.dependences.equals(dependences);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, possibleVerdicts, dependences);
  }
}
