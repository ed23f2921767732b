package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.math.LongMath;
import io.github.laa.core.Area;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Round;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One agreement scored under one policy: a {@link Finding} per rule, an overall score and a {@link
 * Rag} rating.
 *
 * <p>The overall score is the weighted mean of the scores of the assessed findings (weights from
 * the policy), rounded half-even to a whole number; it is empty when the assessed findings' weights
 * add up to 0 (nothing could be assessed, or only rules of weight 0 were). The rating is {@link
 * Rag#RED} if a {@link Severity#MUST} rule fails; {@link Rag#AMBER} if any finding fails or warns,
 * the score is below the policy's amber threshold, or there is no score; {@link Rag#GREEN}
 * otherwise.
 *
 * <p>{@link #toText()} (a one-screen summary, then compact evidence), {@link #toDetailedText()}
 * (everything), {@link #toMarkdown()} and {@link #findingsCsv()} render it; nothing is rendered
 * until they are called. This class is immutable and thread-safe.
 */
public final class Scorecard {
  private final Policy policy;
  private final LocalAreaAgreement agreement;
  private final ImmutableList<Finding> findings;
  private final @Nullable Integer score;
  private final Rag rag;

  Scorecard(Policy policy, LocalAreaAgreement agreement, ImmutableList<Finding> findings) {
    this.policy = policy;
    this.agreement = agreement;
    this.findings = findings;
    long weighted = 0;
    long weights = 0;
    boolean mustFails = false;
    boolean concern = false;
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      Policy.Entry e = policy.entries().get(i);
      if (f.verdict().isAssessed()) {
        weighted += (long) e.weight() * f.score();
        weights += e.weight();
      }
      if (f.verdict() == Verdict.FAIL && e.severity() == Severity.MUST) {
        mustFails = true;
      }
      if (f.verdict() == Verdict.FAIL || f.verdict() == Verdict.WARN) {
        concern = true;
      }
    }
    this.score =
        weights == 0 ? null : (int) LongMath.divide(weighted, weights, RoundingMode.HALF_EVEN);
    if (mustFails) {
      this.rag = Rag.RED;
    } else if (concern || score == null || score < policy.amberThreshold()) {
      this.rag = Rag.AMBER;
    } else {
      this.rag = Rag.GREEN;
    }
  }

  /** The policy the agreement was scored under. */
  public Policy policy() {
    return policy;
  }

  /** The agreement scored. */
  public LocalAreaAgreement agreement() {
    return agreement;
  }

  /** The agreement's area. */
  public Area area() {
    return agreement.area();
  }

  /** The agreement's round. */
  public Round round() {
    return agreement.round();
  }

  /** One finding per rule of the policy, in the policy's order. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /** The finding of rule {@code id}, if the policy has that rule. */
  public Optional<Finding> finding(RuleId id) {
    for (Finding f : findings) {
      if (f.ruleId().equals(id)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The verdict of rule {@code id}.
   *
   * @throws IllegalArgumentException if the policy has no such rule
   */
  public Verdict verdict(RuleId id) {
    return finding(id)
        .orElseThrow(
            () -> new IllegalArgumentException("policy " + policy.name() + " has no rule " + id))
        .verdict();
  }

  /**
   * The overall score, 0 to 100; empty when the assessed findings' weights add up to 0 (nothing was
   * assessed, or only rules of weight 0).
   */
  public OptionalInt score() {
    return score == null ? OptionalInt.empty() : OptionalInt.of(score);
  }

  /** The red/amber/green rating. */
  public Rag rag() {
    return rag;
  }

  /** What changed from this scorecard to {@code other}, of the same area. */
  public ScorecardDiff diff(Scorecard other) {
    return ScorecardDiff.between(this, other);
  }

  /**
   * The scorecard as plain text, no line wider than 100 characters: first a one-screen summary —
   * area, round, period, policy, rating and score, then one line per rule with its verdict, score
   * ({@code n/a} when not assessed) and margin or missing fact, long text wrapped onto indented
   * continuation lines — then each finding's evidence, compact: every check, the other rows unless
   * their value is zero (zero money, a zero percentage or decimal, a change from zero to zero;
   * counts, years and flags always show), and only the parameters whose value differs from the
   * parameter's default. Differences of two percentages print as {@code pp}. {@link
   * #toDetailedText()} shows everything.
   */
  public String toText() {
    return ScorecardReport.text(this, false);
  }

  /**
   * The same summary followed by everything behind each finding: its margin or missing fact, its
   * citation, every piece of evidence (zeros included) and every parameter's value.
   */
  public String toDetailedText() {
    return ScorecardReport.text(this, true);
  }

  /**
   * The scorecard as Markdown: the summary table, then a section per finding with its citation and
   * the same evidence and parameters as {@link #toText()}.
   */
  public String toMarkdown() {
    return ScorecardReport.markdown(this);
  }

  /**
   * The findings as CSV, one row per rule in the policy's order, with the columns and in the form
   * of {@link CohortScorecard#findingsCsv()} (so the two can be appended to each other, less the
   * header).
   */
  public String findingsCsv() {
    return CsvReport.findings(this);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Scorecard s
        && s.policy.equals(policy)
        && s.agreement.equals(agreement)
        && s.findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(agreement.area(), findings);
  }

  /** Returns a one-line summary, e.g. {@code Greenwich (Pilot) under LVSC 2006: RED, score 61}. */
  @Override
  public String toString() {
    return area().name()
        + " ("
        + round().label()
        + ") under "
        + policy.name()
        + ": "
        + rag
        + ", score "
        + (score == null ? "n/a" : score.toString());
  }
}
