package io.github.laa.scoring.testing;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Rag;
import io.github.laa.scoring.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One row of a {@link ScenarioFile}: an agreement (one of the tables' agreements, perhaps edited),
 * a policy (the file's base policy, a named one, or one with parameters overridden), and what is
 * expected of its scorecard. {@link #run()} scores it and compares.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioRow {
  private final String file;
  private final int row;
  private final String name;
  private final LocalAreaAgreement agreement;
  private final ImmutableList<String> edits;
  private final Policy policy;
  private final String policyLabel;
  private final @Nullable Rag rating;
  private final Expectation.@Nullable ScoreRange score;
  private final ImmutableList<Expectation> expectations;
  private final @Nullable String notes;

  ScenarioRow(
      String file,
      int row,
      String name,
      LocalAreaAgreement agreement,
      ImmutableList<String> edits,
      Policy policy,
      String policyLabel,
      @Nullable Rag rating,
      Expectation.@Nullable ScoreRange score,
      ImmutableList<Expectation> expectations,
      @Nullable String notes) {
    this.file = file;
    this.row = row;
    this.name = name;
    this.agreement = agreement;
    this.edits = edits;
    this.policy = policy;
    this.policyLabel = policyLabel;
    this.rating = rating;
    this.score = score;
    this.expectations = expectations;
    this.notes = notes;
  }

  /** The name of the file the scenario comes from, as given to the reader. */
  public String file() {
    return file;
  }

  /** Its row, as a spreadsheet numbers it (the header is row 1). */
  public int row() {
    return row;
  }

  /** The scenario's name, from its {@code Scenario} column. */
  public String name() {
    return name;
  }

  /** Where it is, e.g. {@code council.csv row 7}. */
  public String location() {
    return file + " row " + row;
  }

  /** The agreement scored: the referenced agreement with the edits applied. */
  public LocalAreaAgreement agreement() {
    return agreement;
  }

  /** The edits applied to the referenced agreement, as written. */
  public ImmutableList<String> edits() {
    return edits;
  }

  /** The policy it is scored under. */
  public Policy policy() {
    return policy;
  }

  /**
   * The policy as verdict coverage groups it: a named policy's name, or the base policy's name with
   * the overrides, each parameter once, sorted by id (so the same overrides in any order count as
   * one policy).
   */
  public String policyLabel() {
    return policyLabel;
  }

  /** The expected rating, if one is given. */
  public Optional<Rag> rating() {
    return Optional.ofNullable(rating);
  }

  /** The expected overall score range, if one is given. */
  public Optional<Expectation.ScoreRange> score() {
    return Optional.ofNullable(score);
  }

  /** What is expected of each rule named in the row, in the file's column order. */
  public ImmutableList<Expectation> expectations() {
    return expectations;
  }

  /** The row's notes, if any. */
  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  /**
   * Scores the agreement under the policy and compares it with every expectation.
   *
   * @throws io.github.laa.scoring.RuleFailedException if a rule of the policy fails
   */
  public ScenarioResult run() {
    Scorecard card = policy.score(agreement);
    return new ScenarioResult(this, card, mismatches(card));
  }

  private ImmutableList<String> mismatches(Scorecard card) {
    List<String> out = new ArrayList<>();
    if (rating != null && card.rag() != rating) {
      out.add("expected the rating " + rating + " but was " + card.rag());
    }
    if (score != null) {
      OptionalInt actual = card.score();
      if (actual.isEmpty() || !score.contains(actual.getAsInt())) {
        out.add(
            "expected an overall score of "
                + score
                + " but was "
                + (actual.isPresent() ? Integer.toString(actual.getAsInt()) : "none"));
      }
    }
    for (Expectation e : expectations) {
      Optional<Finding> finding = card.finding(e.rule());
      if (finding.isEmpty()) {
        out.add(e.rule() + ": expected a finding but the policy has no such rule");
      } else {
        out.addAll(e.mismatches(finding.get()));
      }
    }
    return ImmutableList.copyOf(out);
  }

  /** Returns e.g. {@code council.csv row 7: Greenwich with a 5% tolerance}. */
  @Override
  public String toString() {
    return location() + ": " + name;
  }
}
