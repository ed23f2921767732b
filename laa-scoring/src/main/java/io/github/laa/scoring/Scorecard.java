package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.math.LongMath;
import io.github.laa.core.Area;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Round;
import java.io.IOException;
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
 * <p>{@link #toText()}, {@link #toMarkdown()} and {@link #toHtml()} render the whole scorecard;
 * nothing is rendered until they are called. This class is immutable and thread-safe.
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

  /** The scorecard as plain text: every finding with its evidence, margin and parameters. */
  public String toText() {
    return ScorecardReport.text(this);
  }

  /** The scorecard as Markdown. */
  public String toMarkdown() {
    return ScorecardReport.markdown(this);
  }

  /**
   * The scorecard as one self-contained HTML5 page: heading, policy, rating and score, a summary
   * table (a finding that was not assessed scores {@code n/a}), a chart of VCS money by financial
   * year and funding stream against the baseline with every money margin about a year marked, and
   * each finding with its evidence.
   *
   * <p>The page needs nothing else: no script, no style sheet, image or font from elsewhere, no
   * link; its CSS prints it on A4. Each chart is an inline SVG with a title, a description and its
   * numbers in a table. Every text of the agreement, the policy and the findings is escaped, so
   * none can add markup. The page is also well-formed XML. The same scorecard always gives the same
   * page.
   */
  public String toHtml() {
    return HtmlReport.page(this);
  }

  /**
   * Appends {@link #toHtml()} to {@code out}.
   *
   * @throws IOException if {@code out} throws it
   */
  public void appendHtml(Appendable out) throws IOException {
    out.append(toHtml());
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
