package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.LocalAreaAgreement;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Rule} is given to evaluate one agreement: the agreement, its shared {@link
 * AgreementFacts}, the policy's parameter values and, when scored in a cohort, the cohort.
 *
 * <p>Not thread-safe: an input belongs to one evaluation.
 */
public final class RuleInput implements Parameters {
  private final Policy.Entry entry;
  private final AgreementFacts facts;
  private final Parameters policy;
  private final @Nullable CohortContext cohort;

  /**
   * An input reading the parameter values of {@code policy}: the policy itself, or a view with some
   * values changed (what-if probes, {@link WhatIf}).
   */
  RuleInput(
      Policy.Entry entry, AgreementFacts facts, Parameters policy, @Nullable CohortContext cohort) {
    this.entry = entry;
    this.facts = facts;
    this.policy = policy;
    this.cohort = cohort;
  }

  /** The agreement being scored. */
  public LocalAreaAgreement agreement() {
    return facts.agreement();
  }

  /** Totals of the agreement, shared by the policy's rules. */
  public AgreementFacts facts() {
    return facts;
  }

  /** The cohort, when the agreement is scored as part of one. */
  public Optional<CohortContext> cohort() {
    return Optional.ofNullable(cohort);
  }

  @Override
  public <T> T get(Parameter<T> parameter) {
    return policy.get(parameter);
  }

  @Override
  public <T> Optional<T> find(Parameter<T> parameter) {
    return policy.find(parameter);
  }

  @Override
  public <T> ImmutableList<DatedValue<T>> datedValues(Parameter<T> parameter) {
    return policy.datedValues(parameter);
  }

  /** A finding builder for this rule, recording the policy's values of the rule's parameters. */
  public Finding.Builder finding() {
    return entry.finding();
  }
}
