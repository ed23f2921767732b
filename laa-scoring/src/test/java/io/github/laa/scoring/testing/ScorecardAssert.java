package io.github.laa.scoring.testing;

import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Rag;
import io.github.laa.scoring.RuleId;
import io.github.laa.scoring.Scorecard;
import io.github.laa.scoring.Verdict;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link Scorecard}; start with {@link
 * LaaAssertions#assertThat(Scorecard)}.
 */
public final class ScorecardAssert extends AbstractAssert<ScorecardAssert, Scorecard> {
  ScorecardAssert(Scorecard actual) {
    super(actual, ScorecardAssert.class);
  }

  private Finding findingOf(RuleId id) {
    isNotNull();
    return actual
        .finding(id)
        .orElseThrow(
            () ->
                failure(
                    "Expecting scorecard of %s to have a finding for %s but the policy has no such rule",
                    actual.area().name(), id));
  }

  /** Checks the verdict of rule {@code id}. */
  public ScorecardAssert hasVerdict(RuleId id, Verdict expected) {
    Finding f = findingOf(id);
    if (f.verdict() != expected) {
      throw failureWithActualExpected(
          f.verdict(),
          expected,
          "Expecting %s of %s to be %s but was %s (%s)",
          id,
          actual.area().name(),
          expected,
          f.verdict(),
          f.margin().map(Object::toString).orElse(f.missing().orElse("")));
    }
    return this;
  }

  /** Checks the rating. */
  public ScorecardAssert hasRag(Rag expected) {
    isNotNull();
    if (actual.rag() != expected) {
      throw failureWithActualExpected(
          actual.rag(),
          expected,
          "Expecting %s to be rated %s but was %s",
          actual.area().name(),
          expected,
          actual.rag());
    }
    return this;
  }

  /** Checks the overall score. */
  public ScorecardAssert hasScore(int expected) {
    isNotNull();
    if (actual.score().isEmpty() || actual.score().getAsInt() != expected) {
      throw failureWithActualExpected(
          actual.score(),
          expected,
          "Expecting %s to score %s but was %s",
          actual.area().name(),
          expected,
          actual.score());
    }
    return this;
  }

  /** Checks that the overall score is present and within {@code [min, max]}. */
  public ScorecardAssert hasScoreBetween(int min, int max) {
    isNotNull();
    if (actual.score().isEmpty()
        || actual.score().getAsInt() < min
        || actual.score().getAsInt() > max) {
      throw failure(
          "Expecting %s to score between %s and %s but was %s",
          actual.area().name(), min, max, actual.score());
    }
    return this;
  }

  /** Checks that no finding has {@code verdict}. */
  public ScorecardAssert hasNoFindingWith(Verdict verdict) {
    isNotNull();
    for (Finding f : actual.findings()) {
      if (f.verdict() == verdict) {
        throw failure(
            "Expecting %s to have no %s finding but %s was %s",
            actual.area().name(), verdict, f.ruleId(), verdict);
      }
    }
    return this;
  }

  /** Assertions on the finding of rule {@code id}. */
  public FindingAssert finding(RuleId id) {
    return new FindingAssert(findingOf(id));
  }
}
