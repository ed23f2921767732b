package io.github.laa.scoring.testing;

import com.google.common.collect.ImmutableList;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.RuleId;
import io.github.laa.scoring.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a scenario expects of one rule's finding: a verdict, and optionally a score range, a margin
 * amount (with or without its direction) and the missing fact. Read from one scenario row's columns
 * {@code RULE}, {@code RULE score}, {@code RULE margin} and {@code RULE missing} (see {@link
 * ScenarioFile}). Each part left blank is not checked.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Expectation {
  private final RuleId rule;
  private final @Nullable Verdict verdict;
  private final @Nullable ScoreRange score;
  private final @Nullable MarginExpectation margin;
  private final @Nullable String missing;

  Expectation(
      RuleId rule,
      @Nullable Verdict verdict,
      @Nullable ScoreRange score,
      @Nullable MarginExpectation margin,
      @Nullable String missing) {
    this.rule = rule;
    this.verdict = verdict;
    this.score = score;
    this.margin = margin;
    this.missing = missing;
  }

  /** The rule whose finding is checked. */
  public RuleId rule() {
    return rule;
  }

  /** The expected verdict, if one is given. */
  public Optional<Verdict> verdict() {
    return Optional.ofNullable(verdict);
  }

  /** The expected score range, if one is given. */
  public Optional<ScoreRange> score() {
    return Optional.ofNullable(score);
  }

  /** The expected margin, if one is given. */
  public Optional<MarginExpectation> margin() {
    return Optional.ofNullable(margin);
  }

  /** The expected missing fact (compared ignoring case), if one is given. */
  public Optional<String> missing() {
    return Optional.ofNullable(missing);
  }

  /**
   * What differs between this expectation and {@code finding}: one sentence per part that does not
   * hold, such as {@code NET_RESOURCE_LOSS: expected the verdict PASS but was FAIL}; empty when all
   * hold.
   */
  public ImmutableList<String> mismatches(Finding finding) {
    List<String> out = new ArrayList<>();
    if (verdict != null && finding.verdict() != verdict) {
      out.add(rule + ": expected the verdict " + verdict + " but was " + finding.verdict());
    }
    if (score != null && !score.contains(finding)) {
      out.add(
          rule
              + ": expected a score of "
              + score
              + " but was "
              + (finding.verdict().isAssessed()
                  ? Integer.toString(finding.score())
                  : "none (n/a)"));
    }
    if (margin != null && !margin.matches(finding.margin())) {
      out.add(
          rule
              + ": expected the margin "
              + margin
              + " but was "
              + finding.margin().map(MarginExpectation::describe).orElse("none"));
    }
    if (missing != null) {
      Optional<String> actual = finding.missing();
      if (actual.isEmpty()
          || !actual.get().toLowerCase(Locale.ROOT).equals(missing.toLowerCase(Locale.ROOT))) {
        out.add(
            rule
                + ": expected the missing fact \""
                + missing
                + "\" but "
                + actual.map(m -> "was \"" + m + "\"").orElse("none was missing"));
      }
    }
    return ImmutableList.copyOf(out);
  }

  /** Returns e.g. {@code NET_RESOURCE_LOSS: FAIL, score 30..39, margin must rise by £5,000.00}. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    if (verdict != null) {
      parts.add(verdict.toString());
    }
    if (score != null) {
      parts.add("score " + score);
    }
    if (margin != null) {
      parts.add("margin " + margin);
    }
    if (missing != null) {
      parts.add("missing \"" + missing + "\"");
    }
    return rule + ": " + String.join(", ", parts);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Expectation e
        && rule.equals(e.rule)
        && verdict == e.verdict
        && Objects.equals(score, e.score)
        && Objects.equals(margin, e.margin)
        && Objects.equals(missing, e.missing);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, verdict, score, margin, missing);
  }

  /**
   * An inclusive range of scores, such as {@code 30..39}, or one score. A finding that is {@code
   * NOT_ASSESSED} has no score and is in no range.
   *
   * @param min the lowest score expected, 0 to 100
   * @param max the highest score expected, {@code min} to 100
   */
  public record ScoreRange(int min, int max) {
    /** Checks {@code 0 <= min <= max <= 100}. */
    public ScoreRange {
      if (min < 0 || max > 100 || min > max) {
        throw new IllegalArgumentException(
            "a score range must lie within 0..100, lowest first, but was " + min + ".." + max);
      }
    }

    /** Whether {@code finding} is assessed and its score is in the range. */
    public boolean contains(Finding finding) {
      return finding.verdict().isAssessed() && contains(finding.score());
    }

    /** Whether {@code score} is in the range. */
    public boolean contains(int score) {
      return score >= min && score <= max;
    }

    /** Returns {@code 39} or {@code 30..39}. */
    @Override
    public String toString() {
      return min == max ? Integer.toString(min) : min + ".." + max;
    }
  }

  /**
   * An expected margin: its amount (money, percentage points, score points or rungs, compared
   * exactly), optionally its direction ({@code must rise by} …), or no margin at all ({@code
   * none}).
   *
   * @param direction the direction, or null to accept any
   * @param amount the amount, or null when no margin is expected
   */
  public record MarginExpectation(
      Margin.@Nullable Direction direction, Margin.@Nullable Amount amount) {

    /** Whether {@code actual} is the margin expected. */
    public boolean matches(Optional<Margin> actual) {
      if (amount == null) {
        return actual.isEmpty();
      }
      return actual.isPresent()
          && amount.equals(actual.get().amount().orElse(null))
          && (direction == null || direction == actual.get().direction().orElse(null));
    }

    /** A margin as the comparison shows it: its direction and amount, or its words. */
    static String describe(Margin margin) {
      return margin.amount().isEmpty()
          ? "\"" + margin + "\" (no amount)"
          : margin.direction().map(d -> d.words() + " ").orElse("") + margin.amount().get();
    }

    /** Returns e.g. {@code must rise by £5,000.00}, {@code 3.41 pp} or {@code none}. */
    @Override
    public String toString() {
      if (amount == null) {
        return "none";
      }
      return direction == null ? amount.toString() : direction.words() + " " + amount;
    }
  }
}
