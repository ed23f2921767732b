package io.github.laa.scoring.lvsc;

import com.google.common.collect.ImmutableList;
import io.github.laa.scoring.Citation;
import io.github.laa.scoring.CohortView;
import io.github.laa.scoring.Parameter;
import io.github.laa.scoring.Rule;
import io.github.laa.scoring.RuleId;
import io.github.laa.scoring.Severity;

/**
 * What every LVSC 2006 rule has: its id, title, citation, severity, parameters and cohort views.
 */
abstract class BuiltInRule implements Rule {
  private final RuleId id;
  private final String title;
  private final Citation citation;
  private final Severity severity;
  private final ImmutableList<Parameter<?>> parameters;
  private final ImmutableList<CohortView<?>> views;

  BuiltInRule(
      RuleId id,
      String title,
      Citation citation,
      Severity severity,
      ImmutableList<Parameter<?>> parameters,
      ImmutableList<CohortView<?>> views) {
    this.id = id;
    this.title = title;
    this.citation = citation;
    this.severity = severity;
    this.parameters = parameters;
    this.views = views;
  }

  @Override
  public final RuleId id() {
    return id;
  }

  @Override
  public final String title() {
    return title;
  }

  @Override
  public final Citation citation() {
    return citation;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  @Override
  public final ImmutableList<Parameter<?>> parameters() {
    return parameters;
  }

  @Override
  public final ImmutableList<CohortView<?>> cohortViews() {
    return views;
  }

  /** Returns the rule's id. */
  @Override
  public final String toString() {
    return id.value();
  }
}
