package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.laa.core.Area;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * What changed between two cohort scorecards of the same areas — typically the same agreements
 * under a policy and a reform: which findings flipped, in which areas, by how much, and how many
 * per rule.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CohortDiff {
  /**
   * One finding that flipped in one area.
   *
   * @param area the area
   * @param ruleId the rule
   * @param before the verdict before
   * @param after the verdict after
   * @param scoreChange the finding's score after minus before
   */
  public record Flip(Area area, RuleId ruleId, Verdict before, Verdict after, int scoreChange) {}

  private final CohortScorecard before;
  private final CohortScorecard after;
  private final ImmutableList<ScorecardDiff> areas;

  private CohortDiff(
      CohortScorecard before, CohortScorecard after, ImmutableList<ScorecardDiff> areas) {
    this.before = before;
    this.after = after;
    this.areas = areas;
  }

  static CohortDiff between(CohortScorecard before, CohortScorecard after) {
    TreeSet<String> a = new TreeSet<>();
    TreeSet<String> b = new TreeSet<>();
    before.scorecards().forEach(s -> a.add(s.area().code()));
    after.scorecards().forEach(s -> b.add(s.area().code()));
    if (!a.equals(b)) {
      throw new IllegalArgumentException(
          "cohorts must be of the same areas but were " + a + " and " + b);
    }
    ImmutableList.Builder<ScorecardDiff> diffs = ImmutableList.builder();
    for (Scorecard s : before.scorecards()) {
      diffs.add(ScorecardDiff.between(s, after.scorecard(s.area().code()).orElseThrow()));
    }
    return new CohortDiff(before, after, diffs.build());
  }

  /** The first cohort. */
  public CohortScorecard before() {
    return before;
  }

  /** The second cohort. */
  public CohortScorecard after() {
    return after;
  }

  /** One comparison per area, by area code. */
  public ImmutableList<ScorecardDiff> areas() {
    return areas;
  }

  /** Every finding that flipped, by area code then rule order. */
  public ImmutableList<Flip> flips() {
    ImmutableList.Builder<Flip> out = ImmutableList.builder();
    for (ScorecardDiff d : areas) {
      for (FindingDiff f : d.flipped()) {
        out.add(
            new Flip(
                d.before().area(),
                f.ruleId(),
                f.verdictBefore(),
                f.verdictAfter(),
                f.scoreChange()));
      }
    }
    return out.build();
  }

  /** The number of areas in which each rule's verdict flipped, for every rule of either policy. */
  public ImmutableMap<RuleId, Integer> flipsByRule() {
    Map<RuleId, Integer> counts = new LinkedHashMap<>();
    for (ScorecardDiff d : areas) {
      for (FindingDiff f : d.findings()) {
        counts.merge(f.ruleId(), f.flipped() ? 1 : 0, Integer::sum);
      }
    }
    return ImmutableMap.copyOf(counts);
  }

  /** The diff as plain text: flips per rule, then every flip. */
  public String toText() {
    return CohortReport.text(this);
  }

  /** The diff as Markdown. */
  public String toMarkdown() {
    return CohortReport.markdown(this);
  }

  /**
   * The comparison as a JSON decision record: both sides' policy and agreement identities, ratings
   * and scores, and each rule's verdict and score before and after (a score only where the rule was
   * assessed). See {@link Scorecard#toJson()} for the form.
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

  @Override
  public String toString() {
    return "CohortDiff "
        + before.policy().name()
        + " → "
        + after.policy().name()
        + ": "
        + flips().size()
        + " flips";
  }
}
