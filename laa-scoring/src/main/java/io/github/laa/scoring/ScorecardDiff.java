package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.laa.core.Area;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What changed between two scorecards of the same area: under a policy and a reform, or before and
 * after an edit. One {@link FindingDiff} per rule in either scorecard; {@link #flipped()} lists
 * those whose verdict changed.
 *
 * <pre>{@code
 * ScorecardDiff d = policy.score(laa).diff(reform.score(laa));
 * d.flipped();        // findings whose verdict changed
 * d.toText();         // a table of every rule: verdict and score before and after
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScorecardDiff {
  private final Scorecard before;
  private final Scorecard after;
  private final ImmutableList<FindingDiff> findings;

  private ScorecardDiff(Scorecard before, Scorecard after, ImmutableList<FindingDiff> findings) {
    this.before = before;
    this.after = after;
    this.findings = findings;
  }

  /**
   * Compares two scorecards of the same area.
   *
   * @throws IllegalArgumentException if they are of different areas
   */
  static ScorecardDiff between(Scorecard before, Scorecard after) {
    Area a = before.area();
    Area b = after.area();
    if (!a.code().equals(b.code())) {
      throw new IllegalArgumentException(
          "scorecards must be of the same area but were " + a.code() + " and " + b.code());
    }
    Set<RuleId> ids = new LinkedHashSet<>();
    for (Finding f : before.findings()) {
      ids.add(f.ruleId());
    }
    for (Finding f : after.findings()) {
      ids.add(f.ruleId());
    }
    ImmutableList.Builder<FindingDiff> diffs = ImmutableList.builder();
    for (RuleId id : ids) {
      diffs.add(new FindingDiff(id, before.finding(id), after.finding(id)));
    }
    return new ScorecardDiff(before, after, diffs.build());
  }

  /** The first scorecard. */
  public Scorecard before() {
    return before;
  }

  /** The second scorecard. */
  public Scorecard after() {
    return after;
  }

  /** One entry per rule in either scorecard, in the first scorecard's order, then new rules. */
  public ImmutableList<FindingDiff> findings() {
    return findings;
  }

  /** The rules whose verdict changed (including rules present in only one scorecard). */
  public ImmutableList<FindingDiff> flipped() {
    ImmutableList.Builder<FindingDiff> out = ImmutableList.builder();
    for (FindingDiff d : findings) {
      if (d.flipped()) {
        out.add(d);
      }
    }
    return out.build();
  }

  /** The entry for rule {@code id}, if either scorecard has it. */
  public Optional<FindingDiff> finding(RuleId id) {
    for (FindingDiff d : findings) {
      if (d.ruleId().equals(id)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The change in overall score; empty if either has none. */
  public OptionalInt scoreChange() {
    OptionalInt a = before.score();
    OptionalInt b = after.score();
    return a.isPresent() && b.isPresent()
        ? OptionalInt.of(b.getAsInt() - a.getAsInt())
        : OptionalInt.empty();
  }

  /** Whether nothing changed: every verdict and score, the rating and overall score. */
  public boolean isEmpty() {
    for (FindingDiff d : findings) {
      if (d.flipped() || d.scoreChange() != 0) {
        return false;
      }
    }
    return before.rag() == after.rag() && before.score().equals(after.score());
  }

  /** The comparison as a plain-text table. */
  public String toText() {
    return ScorecardReport.text(this);
  }

  /** The comparison as Markdown. */
  public String toMarkdown() {
    return ScorecardReport.markdown(this);
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
    return "ScorecardDiff of " + before.area().name() + ": " + flipped().size() + " flipped";
  }
}
