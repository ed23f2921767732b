package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.laa.core.Money;
import io.github.laa.scoring.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of {@link Policy#scorePartially}: for each rule, the verdicts still possible while
 * some facts are unknown and the facts that would decide between them, and the ratings still
 * possible.
 *
 * <p>How it is worked out, so that every answer can be checked by scoring a completed agreement:
 * each unknown level or rating is tried at every value; each unknown amount is tried at £0, at the
 * amount the agreement gives, at points spread from £0 up to a limit ({@link #searchedUpTo}: ten
 * times the largest year's total of the agreement or of the amount given, and at least £1,000,000,
 * unless that would take the agreement's total beyond the range of Money) and, between two points
 * where a rule's verdict differs, by bisection to the penny, so every step of a {@link
 * PartialFinding.Dependence} is exact to the penny. Each fact is varied alone, the others as given,
 * and with several unknown facts every combination of their values is tried too (an amount at up to
 * {@value PartialAgreement#AMOUNT_POINTS_IN_COMBINATIONS} of the points where some verdict
 * changed). A verdict that holds only between two neighbouring points tried, when the verdicts at
 * both are the same, is not found; for the built-in rules a verdict changes at most once as one
 * amount grows, except through the shares of sector division. One unknown amount is tried at most
 * 4,096 times: beyond that (a rule whose verdict changes every few pence), a step may stand where
 * the change lies somewhere between it and the amount before it that was tried.
 *
 * <p>With no unknown fact, every rule is decided and its {@link PartialFinding#finding()} is the
 * finding {@link Policy#score} gives. This class is immutable and thread-safe.
 */
public final class PartialScorecard {
  private final Policy policy;
  private final PartialAgreement partial;
  private final Scorecard asGiven;
  private final ImmutableList<PartialFinding> findings;
  private final ImmutableSet<Rag> possibleRatings;
  private final ImmutableMap<UnknownFact<?>, Money> limits;

  PartialScorecard(
      Policy policy,
      PartialAgreement partial,
      Scorecard asGiven,
      ImmutableList<PartialFinding> findings,
      ImmutableSet<Rag> possibleRatings,
      ImmutableMap<UnknownFact<?>, Money> limits) {
    this.policy = policy;
    this.partial = partial;
    this.asGiven = asGiven;
    this.findings = findings;
    this.possibleRatings = possibleRatings;
    this.limits = limits;
  }

  /** The policy. */
  public Policy policy() {
    return policy;
  }

  /** The agreement with its unknown facts. */
  public PartialAgreement agreement() {
    return partial;
  }

  /** The scorecard of the agreement as it is, with the placeholder values of its unknown facts. */
  public Scorecard asGiven() {
    return asGiven;
  }

  /** One partial finding per rule, in the policy's order. */
  public ImmutableList<PartialFinding> findings() {
    return findings;
  }

  /** The partial finding of rule {@code id}, if the policy has the rule. */
  public Optional<PartialFinding> finding(RuleId id) {
    for (PartialFinding f : findings) {
      if (f.ruleId().equals(id)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The ratings the agreement can still have, in the order of {@link Rag}. */
  public ImmutableSet<Rag> possibleRatings() {
    return possibleRatings;
  }

  /** Whether every rule's verdict is known whatever the unknown facts are. */
  public boolean isDecided() {
    return findings.stream().allMatch(PartialFinding::isDecided);
  }

  /**
   * The largest amount tried for the unknown amount {@code fact}.
   *
   * @throws IllegalArgumentException if {@code fact} is not one of the agreement's unknown amounts
   */
  public Money searchedUpTo(UnknownFact<Money> fact) {
    Money limit = limits.get(fact);
    if (limit == null) {
      throw new IllegalArgumentException("not an unknown amount of this agreement: " + fact);
    }
    return limit;
  }

  /**
   * A short report: the agreement and policy, each unknown fact with the value given (and, for an
   * amount, how far it was tried), the possible ratings and one entry per rule ({@link
   * PartialFinding#toString()}); lines are at most 100 characters, longer entries wrapped.
   */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append(Texts.line(partial.agreement().area().name()))
        .append(" (")
        .append(partial.agreement().area().code())
        .append(") under ")
        .append(Texts.line(policy.name()))
        .append(", partly known\n");
    List<UnknownFact<?>> unknowns = partial.unknowns();
    for (int i = 0; i < unknowns.size(); i++) {
      UnknownFact<?> u = unknowns.get(i);
      String line = u + " (given " + u.show(partial.given(i));
      Money limit = limits.get(u);
      if (limit != null) {
        line += "; tried from £0.00 to " + limit + ", each change to the penny";
      }
      Texts.appendWrapped(sb, "  unknown: ", "    ", line + ")");
    }
    List<String> ratings = new ArrayList<>();
    possibleRatings.forEach(r -> ratings.add(r.name()));
    sb.append("rating: ").append(PartialAgreement.joined(ratings, "or")).append('\n');
    for (PartialFinding f : findings) {
      Texts.appendWrapped(sb, "", "    ", f.toString());
    }
    return sb.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PartialScorecard p
        && p.policy.equals(policy)
        && p.partial.equals(partial)
        && p.findings.equals(findings)
        && p.possibleRatings.equals(possibleRatings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(partial, findings);
  }

  /** Returns e.g. {@code Greenwich (E09000011) with 2008/09 allocations unknown: RED or AMBER}. */
  @Override
  public String toString() {
    List<String> ratings = new ArrayList<>();
    possibleRatings.forEach(r -> ratings.add(r.name()));
    return partial + ": " + PartialAgreement.joined(ratings, "or");
  }
}
