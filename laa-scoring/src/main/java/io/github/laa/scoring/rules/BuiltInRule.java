package io.github.laa.scoring.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.laa.scoring.Aggregate;
import io.github.laa.scoring.Citation;
import io.github.laa.scoring.Parameter;
import io.github.laa.scoring.Recommendation;
import io.github.laa.scoring.Rule;
import io.github.laa.scoring.RuleId;
import io.github.laa.scoring.Severity;
import java.util.Set;

/** What every built-in rule has: its id, title, citation, severity, parameters and aggregates. */
abstract class BuiltInRule implements Rule {
  private final RuleId id;
  private final String title;
  private final Citation citation;
  private final Severity severity;
  private final ImmutableList<Parameter<?>> parameters;
  private final Set<Aggregate> aggregates;

  BuiltInRule(
      RuleId id,
      String title,
      Recommendation recommendation,
      String sentence,
      Severity severity,
      ImmutableList<Parameter<?>> parameters,
      Set<Aggregate> aggregates) {
    this.id = id;
    this.title = title;
    this.citation = Citation.of(recommendation, sentence);
    this.severity = severity;
    this.parameters = parameters;
    this.aggregates = Sets.immutableEnumSet(aggregates);
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
  public final Set<Aggregate> aggregates() {
    return aggregates;
  }

  /** Returns the rule's id. */
  @Override
  public final String toString() {
    return id.value();
  }
}
