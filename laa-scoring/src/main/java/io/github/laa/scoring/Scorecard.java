package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.math.LongMath;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.laa.core.Area;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Round;
import io.github.laa.core.tables.Tables;
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
 * (everything), {@link #toMarkdown()}, {@link #toHtml()}, {@link #toJson()} and {@link
 * #findingsCsv()} render it; nothing is rendered until they are called. This class is immutable and
 * thread-safe.
 */
public final class Scorecard {
  private static final int NO_SCORE = -1;
  private static final Rag[] RAGS = Rag.values();

  private final Policy policy;
  private final LocalAreaAgreement agreement;
  private final ImmutableList<Finding> findings;
  // The score (NO_SCORE for none) and the rating's ordinal, in one int: with the fingerprint's
  // field the object stays as small as it was before it had one (nothing more allocated per
  // scoring).
  private final int scoreAndRag;
  // Worked out when first asked for; a race works out the same string twice.
  private volatile @Nullable String agreementSha256;

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
    int score =
        weights == 0 ? NO_SCORE : (int) LongMath.divide(weighted, weights, RoundingMode.HALF_EVEN);
    Rag rag;
    if (mustFails) {
      rag = Rag.RED;
    } else if (concern || score == NO_SCORE || score < policy.amberThreshold()) {
      rag = Rag.AMBER;
    } else {
      rag = Rag.GREEN;
    }
    this.scoreAndRag = (rag.ordinal() << 8) | (score - NO_SCORE);
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
    int score = scoreValue();
    return score == NO_SCORE ? OptionalInt.empty() : OptionalInt.of(score);
  }

  /** The red/amber/green rating. */
  public Rag rag() {
    return RAGS[scoreAndRag >>> 8];
  }

  private int scoreValue() {
    return (scoreAndRag & 0xFF) + NO_SCORE;
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
   * The scorecard as a JSON decision record, for storing or sending: what was decided, under which
   * policy, about which agreement, and why. It carries:
   *
   * <ul>
   *   <li>{@code schemaVersion} ({@value DecisionRecords#SCHEMA_VERSION}; the schema, JSON Schema
   *       draft 2020-12, is the resource {@code META-INF/laa/decision-record.schema.json} of
   *       laa-scoring's jar) and {@code library} (name and version);
   *   <li>{@code policy}: name, date and {@code sha256}, the fingerprint of everything in the
   *       policy that can decide a verdict ({@link Policy#sha256()});
   *   <li>{@code agreement}: area, round, years and {@code sha256}, the fingerprint of the
   *       agreement ({@link #agreementSha256()});
   *   <li>{@code rating}, and {@code score} when there is one;
   *   <li>{@code findings}, in the policy's order, each with rule id, title, severity, weight,
   *       verdict, {@code score} (absent for {@link Verdict#NOT_ASSESSED}, never 0), the {@code
   *       missing} fact, the citation, the typed evidence, the margin and the parameters used.
   * </ul>
   *
   * <p>Values are typed objects: money {@code
   * {"pence":1240000,"text":"£12,400.00","type":"money"}}, a percentage in basis points {@code
   * {"basisPoints":341,"text":"3.41%","type":"percentage"}}, a year {@code
   * {"type":"year","value":"2006/07"}}, and likewise {@code change}, {@code integer}, {@code
   * boolean}, {@code text}, {@code decimal} (digits in a string, exactly), {@code enum} and {@code
   * deflatorSeries}. A margin's amount names its unit ({@code money}, {@code percentagePoints},
   * {@code scorePoints}, {@code rungs}).
   *
   * <p>The text is in canonical form: no whitespace, the members of every object in ascending order
   * of their names, strings escaped as RFC 8785 (JCS) escapes them, and numbers only ever integers,
   * written exactly (JCS would round integers beyond 2<sup>53</sup>; pence beyond that are written
   * exactly here). The same scorecard always gives the same bytes.
   */
  public String toJson() {
    return DecisionRecords.json(this);
  }

  /**
   * Appends {@link #toJson()} to {@code out}.
   *
   * @throws java.io.UncheckedIOException if {@code out} throws an {@link java.io.IOException}
   */
  @CanIgnoreReturnValue
  public <A extends Appendable> A appendJson(A out) {
    return DecisionRecords.append(out, toJson());
  }

  /**
   * The SHA-256 of the agreement's canonical form ({@link Tables#sha256(LocalAreaAgreement)}), as
   * 64 lower-case hex digits: the same for equal agreements, different for unequal ones. Worked out
   * once, when first asked for (scoring does not).
   */
  public String agreementSha256() {
    String h = agreementSha256;
    if (h == null) {
      h = Tables.sha256(agreement);
      agreementSha256 = h;
    }
    return h;
  }

  /**
   * The findings as CSV, one row per rule in the policy's order, with the columns and in the form
   * of {@link CohortScorecard#findingsCsv()} (so the two can be appended to each other, less the
   * header).
   */
  public String findingsCsv() {
    return CsvReport.findings(this);
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
   * @throws java.io.UncheckedIOException if {@code out} throws an {@link java.io.IOException}
   */
  @CanIgnoreReturnValue
  public <A extends Appendable> A appendHtml(A out) {
    return DecisionRecords.append(out, toHtml());
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
        + rag()
        + ", score "
        + (scoreValue() == NO_SCORE ? "n/a" : Integer.toString(scoreValue()));
  }
}
