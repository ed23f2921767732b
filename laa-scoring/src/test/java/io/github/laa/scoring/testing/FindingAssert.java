package io.github.laa.scoring.testing;

import io.github.laa.core.FinancialYear;
import io.github.laa.core.Money;
import io.github.laa.scoring.Evidence;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Key;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.Verdict;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link Finding}; start with {@link LaaAssertions#assertThat(Finding)}.
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {
  FindingAssert(Finding actual) {
    super(actual, FindingAssert.class);
  }

  /** Checks the verdict. */
  public FindingAssert hasVerdict(Verdict expected) {
    isNotNull();
    if (actual.verdict() != expected) {
      throw failureWithActualExpected(
          actual.verdict(),
          expected,
          "Expecting %s to be %s but was %s",
          actual.ruleId(),
          expected,
          actual.verdict());
    }
    return this;
  }

  /** Checks the score. */
  public FindingAssert hasScore(int expected) {
    isNotNull();
    if (actual.score() != expected) {
      throw failureWithActualExpected(
          actual.score(),
          expected,
          "Expecting %s to score %s but was %s",
          actual.ruleId(),
          expected,
          actual.score());
    }
    return this;
  }

  /** Checks that the margin is this amount of money. */
  public FindingAssert hasMargin(Money expected) {
    isNotNull();
    Optional<Money> amount = actual.margin().flatMap(Margin::money);
    if (!amount.equals(Optional.of(expected))) {
      throw failureWithActualExpected(
          amount.orElse(null),
          expected,
          "Expecting margin of %s to be %s but was %s",
          actual.ruleId(),
          expected,
          actual.margin().map(Object::toString).orElse("(none)"));
    }
    return this;
  }

  /** Checks the margin's sentence. */
  public FindingAssert hasMargin(String expected) {
    isNotNull();
    String m = actual.margin().map(Object::toString).orElse("(none)");
    if (!m.equals(expected)) {
      throw failureWithActualExpected(
          m,
          expected,
          "Expecting margin of %s to be%n  %s%nbut was%n  %s",
          actual.ruleId(),
          expected,
          m);
    }
    return this;
  }

  /** Checks that the first evidence under {@code key}, whatever it is about, has {@code value}. */
  public <T> FindingAssert hasEvidence(Key<T> key, T value) {
    isNotNull();
    return evidence(key.name(), actual.entry(key), value);
  }

  /** Checks that the evidence under {@code key} about {@code year} has {@code value}. */
  public <T> FindingAssert hasEvidence(Key<T> key, FinancialYear year, T value) {
    isNotNull();
    return evidence(key.name() + " [" + year + "]", actual.entry(key, year), value);
  }

  /** Checks that the evidence under {@code key} about {@code about} has {@code value}. */
  public <T> FindingAssert hasEvidence(Key<T> key, String about, T value) {
    isNotNull();
    return evidence(key.name() + " [" + about + "]", actual.entry(key, about), value);
  }

  private <T> FindingAssert evidence(String label, Optional<Evidence<T>> e, T value) {
    if (e.isEmpty() || !Objects.equals(e.get().value(), value)) {
      throw failure(
          "Expecting evidence %s of %s to be %s but was %s",
          label, actual.ruleId(), value, e.map(Evidence::valueText).orElse("(absent)"));
    }
    return this;
  }

  /** Checks the outcome of the first check under {@code key}, whatever it is about. */
  public FindingAssert hasCheck(Key<?> key, Verdict outcome) {
    isNotNull();
    return check(key.name(), actual.entry(key), outcome);
  }

  /** Checks the outcome of the check under {@code key} about {@code year}. */
  public FindingAssert hasCheck(Key<?> key, FinancialYear year, Verdict outcome) {
    isNotNull();
    return check(key.name() + " [" + year + "]", actual.entry(key, year), outcome);
  }

  /** Checks the outcome of the check under {@code key} about {@code about}. */
  public FindingAssert hasCheck(Key<?> key, String about, Verdict outcome) {
    isNotNull();
    return check(key.name() + " [" + about + "]", actual.entry(key, about), outcome);
  }

  private FindingAssert check(String label, Optional<? extends Evidence<?>> e, Verdict outcome) {
    Optional<Verdict> check = e.flatMap(Evidence::check);
    if (!check.equals(Optional.of(outcome))) {
      throw failure(
          "Expecting check %s of %s to be %s but was %s",
          label,
          actual.ruleId(),
          outcome,
          e.isEmpty() ? "(absent)" : check.map(Verdict::name).orElse("(not a check)"));
    }
    return this;
  }

  /** Checks that the finding is {@link Verdict#NOT_ASSESSED} for lack of {@code fact}. */
  public FindingAssert isNotAssessedFor(String fact) {
    hasVerdict(Verdict.NOT_ASSESSED);
    if (!actual.missing().equals(Optional.of(fact))) {
      throw failureWithActualExpected(
          actual.missing().orElse(null),
          fact,
          "Expecting %s to miss %s but missed %s",
          actual.ruleId(),
          fact,
          actual.missing().orElse("(nothing)"));
    }
    return this;
  }

  /** Checks that the score lies within the verdict's band. */
  public FindingAssert hasScoreWithinItsVerdictsBand() {
    isNotNull();
    Verdict v = actual.verdict();
    if (actual.score() < v.minScore() || actual.score() > v.maxScore()) {
      throw failure(
          "Expecting score %s of %s to be within %s..%s for %s",
          actual.score(), actual.ruleId(), v.minScore(), v.maxScore(), v);
    }
    return this;
  }
}
