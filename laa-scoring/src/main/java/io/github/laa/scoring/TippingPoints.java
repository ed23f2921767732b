package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.Area;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The tipping points of one agreement under a policy ({@link Policy#tippingPoints}): for every rule
 * and every numeric or ordered parameter it reads ({@code Money}, {@code Percentage}, integers,
 * booleans, enums in declaration order), the nearest value in each direction at which the rule's
 * verdict changes, or that it does not within the values the parameter accepts.
 *
 * <pre>{@code
 * policy.tippingPoints(greenwich).find(NET_RESOURCE_LOSS, NetResourceLossRule.TOLERANCE, RAISE)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TippingPoints {
  /** A rule and one of its parameters. */
  public record RuleParameter(RuleId rule, Parameter<?> parameter) {
    /** Returns e.g. {@code NET_RESOURCE_LOSS: NET_RESOURCE_LOSS.tolerance}. */
    @Override
    public String toString() {
      return rule + ": " + parameter.id();
    }
  }

  private final String policy;
  private final Area area;
  private final ImmutableList<TippingPoint> all;

  TippingPoints(String policy, Area area, ImmutableList<TippingPoint> all) {
    this.policy = policy;
    this.area = area;
    this.all = all;
  }

  /** The name of the policy. */
  public String policy() {
    return policy;
  }

  /** The agreement's area. */
  public Area area() {
    return area;
  }

  /**
   * Every rule, parameter and direction considered, in rule order, parameter order, raise before
   * lower; with the points where the verdict does not change.
   */
  public ImmutableList<TippingPoint> all() {
    return all;
  }

  /** The points at which a verdict changes, in the order of {@link #all()}. */
  public ImmutableList<TippingPoint> points() {
    return all.stream().filter(TippingPoint::changes).collect(ImmutableList.toImmutableList());
  }

  /**
   * The rules' parameters for which the verdict does not change in either direction within the
   * values the parameter accepts.
   */
  public ImmutableList<RuleParameter> unchanged() {
    Map<RuleParameter, Boolean> changes = new LinkedHashMap<>();
    for (TippingPoint t : all) {
      changes.merge(new RuleParameter(t.rule(), t.parameter()), t.changes(), Boolean::logicalOr);
    }
    return changes.entrySet().stream()
        .filter(e -> !e.getValue())
        .map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  /** The point of {@code rule} for {@code parameter} in {@code direction}, if it was considered. */
  public Optional<TippingPoint> find(
      RuleId rule, Parameter<?> parameter, TippingPoint.Direction direction) {
    for (TippingPoint t : all) {
      if (t.rule().equals(rule) && t.parameter() == parameter && t.direction() == direction) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * One line per point at which a verdict changes ({@link TippingPoint#describe(String)}), then one
   * naming the parameters that change nothing.
   */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append("Tipping points of ")
        .append(area.name())
        .append(" under ")
        .append(policy)
        .append('\n');
    for (TippingPoint t : points()) {
      b.append("- ").append(t.describe(area.name())).append('\n');
    }
    ImmutableList<RuleParameter> steady = unchanged();
    if (!steady.isEmpty()) {
      b.append("No change within the accepted values: ");
      for (int i = 0; i < steady.size(); i++) {
        b.append(i == 0 ? "" : ", ").append(steady.get(i).parameter().id());
        if (!steady.get(i).parameter().id().startsWith(steady.get(i).rule().value() + ".")) {
          b.append(" (").append(steady.get(i).rule()).append(')');
        }
      }
      b.append('\n');
    }
    return b.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TippingPoints t
        && t.policy.equals(policy)
        && t.area.equals(area)
        && t.all.equals(all);
  }

  @Override
  public int hashCode() {
    return all.hashCode();
  }

  /** Returns e.g. {@code Tipping points of Greenwich under LVSC 2006: 3 of 40}. */
  @Override
  public String toString() {
    return "Tipping points of "
        + area.name()
        + " under "
        + policy
        + ": "
        + points().size()
        + " of "
        + all.size();
  }
}
