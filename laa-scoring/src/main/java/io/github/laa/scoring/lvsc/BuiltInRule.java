package io.github.laa.scoring.lvsc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.laa.scoring.Citation;
import io.github.laa.scoring.CohortView;
import io.github.laa.scoring.Parameter;
import io.github.laa.scoring.Rule;
import io.github.laa.scoring.RuleId;
import io.github.laa.scoring.Severity;
import io.github.laa.scoring.Verdict;

/**
 * What every LVSC 2006 rule has: its id, title, citation, severity, parameters and cohort views.
 */
abstract class BuiltInRule implements Rule {
  /** The verdicts of a rule that is never {@link Verdict#NOT_ASSESSED}. */
  static final ImmutableSet<Verdict> ASSESSED_VERDICTS =
      Sets.immutableEnumSet(Verdict.PASS, Verdict.WARN, Verdict.FAIL);

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
