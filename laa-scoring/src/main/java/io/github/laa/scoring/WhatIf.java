package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.Area;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The tipping-point engine behind {@link Policy#tippingPoints}: for each rule and each of its
 * numeric or ordered parameters, the nearest value in each direction at which the rule's verdict
 * changes. A rule's own derivation is tried first and checked; otherwise every value is tried
 * (enums, booleans, small integer ranges) or, when the verdict at the end of the range differs, the
 * change is bracketed by galloping out from the policy's value and bisected to one step of the
 * parameter's type. A probe evaluates the one rule on the agreement's shared totals with a view of
 * the policy in which one value differs, never building a reform.
 */
final class WhatIf {
  /** Integer ranges up to this many values are enumerated rather than bisected. */
  private static final int ENUMERATE_UP_TO = 16;

  /** The search bound for money: £1bn. */
  private static final long MONEY_BOUND = 100_000_000_000L;

  /** The search bound for integers and longs, beyond which no built-in threshold lies. */
  private static final long INTEGER_BOUND = 1_000;

  private static final long LONG_BOUND = 1_000_000_000_000L;

  private final Policy policy;
  private final LocalAreaAgreement agreement;
  private final @Nullable CohortContext cohort;
  private final Map<Integer, AgreementFacts> facts = new HashMap<>();

  private WhatIf(Policy policy, LocalAreaAgreement agreement, @Nullable CohortContext cohort) {
    this.policy = policy;
    this.agreement = agreement;
    this.cohort = cohort;
  }

  static TippingPoints tippingPoints(
      Policy policy, LocalAreaAgreement agreement, @Nullable CohortContext cohort) {
    return new WhatIf(policy, agreement, cohort).run();
  }

  private TippingPoints run() {
    Scorecard card = policy.score(agreement, cohort);
    ImmutableList.Builder<TippingPoint> points = ImmutableList.builder();
    List<Policy.Entry> entries = policy.entries();
    for (int i = 0; i < entries.size(); i++) {
      Policy.Entry e = entries.get(i);
      Finding finding = card.findings().get(i);
      for (ParameterValue<?> pv : e.parameterValues()) {
        Optional<?> current = pv.value();
        Domain d = current.isPresent() ? Domain.of(pv.parameter(), current.get()) : null;
        if (d == null
            || !policy.datedValues(pv.parameter()).isEmpty()
            || unorderedChoice(e.rule(), pv.parameter())) {
          continue; // not numeric or ordered, no value, or one value per period (no one to move)
        }
        for (TippingPoint.Direction dir : TippingPoint.Direction.values()) {
          points.add(point(e, finding, pv.parameter(), d, dir));
        }
      }
    }
    return new TippingPoints(policy.name(), agreement.area(), points.build());
  }

  /**
   * Whether {@code p} is an enum whose constants {@code rule} declares unordered ({@link
   * Monotonicity#UNORDERED}): a choice such as cash or real terms, whose declaration order means
   * nothing, so that "from this constant on" would say nothing either.
   */
  private static boolean unorderedChoice(Rule rule, Parameter<?> p) {
    if (!p.type().isEnum()) {
      return false;
    }
    try {
      return rule.monotonicity(p) == Monotonicity.UNORDERED;
    } catch (RuntimeException e) {
      return false; // a rule that cannot say is searched like any other
    }
  }

  private TippingPoint point(
      Policy.Entry e, Finding finding, Parameter<?> p, Domain d, TippingPoint.Direction dir) {
    Verdict before = finding.verdict();
    long cur = d.current;
    int sign = dir == TippingPoint.Direction.RAISE ? 1 : -1;
    long end = end(e, p, d, sign);
    Optional<TippingPoint.Derivation> derived;
    try {
      derived = e.rule().tippingPoint(p, dir, finding, policy);
    } catch (RuntimeException ex) {
      derived = Optional.empty(); // a derivation that fails is no derivation: search instead
    }
    if (derived != null && derived.isPresent()) {
      TippingPoint checked = check(e, p, d, dir, before, end, derived.get());
      if (checked != null) {
        return checked;
      }
    }
    if (d.enumerated || Math.abs(end - cur) <= ENUMERATE_UP_TO) {
      for (long i = cur + sign; sign * (end - i) >= 0; i += sign) {
        if (!accepted(e, p, d, i)) {
          continue;
        }
        Verdict v = verdict(e, p, d, i);
        if (v != before) {
          return make(e, p, d, dir, before, i, v, end, TippingPoint.Method.ENUMERATED);
        }
      }
      return make(e, p, d, dir, before, null, null, end, TippingPoint.Method.ENUMERATED);
    }
    Verdict atEnd = verdict(e, p, d, end);
    if (atEnd == before) {
      return make(e, p, d, dir, before, null, null, end, TippingPoint.Method.SEARCHED);
    }
    // Gallop out from the policy's value (1, 2, 4, … steps), so that a change close to it costs a
    // few probes, then bisect the last bracket.
    long same = cur;
    long changed = end;
    Verdict after = atEnd;
    for (long step = 1; sign * (end - (cur + sign * step)) > 0; step *= 2) {
      long probe = cur + sign * step;
      Verdict v = verdict(e, p, d, probe);
      if (v != before) {
        changed = probe;
        after = v;
        break;
      }
      same = probe;
    }
    while (Math.abs(changed - same) > 1) {
      long mid = same + (changed - same) / 2;
      Verdict v = verdict(e, p, d, mid);
      if (v == before) {
        same = mid;
      } else {
        changed = mid;
        after = v;
      }
    }
    return make(e, p, d, dir, before, changed, after, end, TippingPoint.Method.SEARCHED);
  }

  /** A rule's derivation if scoring confirms it, else null. */
  private @Nullable TippingPoint check(
      Policy.Entry e,
      Parameter<?> p,
      Domain d,
      TippingPoint.Direction dir,
      Verdict before,
      long end,
      TippingPoint.Derivation derivation) {
    int sign = dir == TippingPoint.Direction.RAISE ? 1 : -1;
    Optional<Object> value = derivation.value();
    if (value.isEmpty()) {
      if (end != d.current && verdict(e, p, d, end) != before) {
        return null;
      }
      return make(e, p, d, dir, before, null, null, end, TippingPoint.Method.DERIVED);
    }
    if (!p.type().isInstance(value.get())) {
      return null;
    }
    long at = d.index(value.get());
    Verdict after = derivation.after().orElseThrow();
    if (sign * (at - d.current) <= 0
        || sign * (end - at) < 0
        || after == before
        || verdict(e, p, d, at) != after
        || (at - sign != d.current && verdict(e, p, d, at - sign) != before)) {
      return null;
    }
    return make(e, p, d, dir, before, at, after, end, TippingPoint.Method.DERIVED);
  }

  private TippingPoint make(
      Policy.Entry e,
      Parameter<?> p,
      Domain d,
      TippingPoint.Direction dir,
      Verdict before,
      @Nullable Long at,
      @Nullable Verdict after,
      long end,
      TippingPoint.Method method) {
    return new TippingPoint(
        e.id(),
        p,
        d.value(d.current),
        dir,
        before,
        at == null ? null : d.value(at),
        after,
        d.value(end),
        method,
        method == TippingPoint.Method.SEARCHED ? d.step : null);
  }

  /**
   * The last value the parameter accepts going {@code sign} from the policy's value, up to the
   * type's bound: the accepted values are taken to be one interval.
   */
  private long end(Policy.Entry e, Parameter<?> p, Domain d, int sign) {
    long bound = sign > 0 ? d.max : d.min;
    if (d.enumerated) {
      // The farthest constant accepted; each is tried, the accepted ones need not be adjacent.
      for (long i = bound; sign * (i - d.current) > 0; i -= sign) {
        if (accepted(e, p, d, i)) {
          return i;
        }
      }
      return d.current;
    }
    if (accepted(e, p, d, bound)) {
      return bound;
    }
    long ok = d.current;
    long bad = bound;
    while (Math.abs(bad - ok) > 1) {
      long mid = ok + (bad - ok) / 2;
      if (accepted(e, p, d, mid)) {
        ok = mid;
      } else {
        bad = mid;
      }
    }
    return ok;
  }

  private boolean accepted(Policy.Entry e, Parameter<?> p, Domain d, long index) {
    Object v = d.value(index);
    if (p.problem(v).isPresent()) {
      return false;
    }
    try {
      var problems = e.rule().validate(new Changed(policy, p, v));
      return problems != null && problems.isEmpty();
    } catch (RuntimeException ex) {
      return false;
    }
  }

  private Verdict verdict(Policy.Entry e, Parameter<?> p, Domain d, long index) {
    Object v = d.value(index);
    AgreementFacts f =
        p == Policy.BASELINE_YEARS
            ? facts.computeIfAbsent((Integer) v, n -> policy.facts(agreement, n))
            : facts.computeIfAbsent(
                policy.get(Policy.BASELINE_YEARS), n -> policy.facts(agreement));
    Finding finding;
    try {
      finding = e.rule().evaluate(new RuleInput(e, f, new Changed(policy, p, v), cohort));
    } catch (RuntimeException ex) {
      throw failure(e, "threw " + Policy.thrown(ex) + " with " + p.id() + " = " + v, ex);
    }
    if (finding == null) {
      throw failure(e, "returned no finding with " + p.id() + " = " + v, null);
    }
    return finding.verdict();
  }

  private RuleFailedException failure(Policy.Entry e, String what, @Nullable Throwable cause) {
    Area a = agreement.area();
    return new RuleFailedException(
        e.id(), policy.name(), a.name() + " (" + a.code() + ")", what, cause);
  }

  /** The policy's values with one changed. */
  private static final class Changed implements Parameters {
    private final Parameters base;
    private final Parameter<?> changed;
    private final Object value;

    Changed(Parameters base, Parameter<?> changed, Object value) {
      this.base = base;
      this.changed = changed;
      this.value = value;
    }

    @Override
    public <T> T get(Parameter<T> parameter) {
      return parameter == changed ? parameter.type().cast(value) : base.get(parameter);
    }

    @Override
    public <T> Optional<T> find(Parameter<T> parameter) {
      return parameter == changed
          ? Optional.of(parameter.type().cast(value))
          : base.find(parameter);
    }

    /** The policy's dated values of every other parameter; the changed one has none. */
    @Override
    public <T> ImmutableList<DatedValue<T>> datedValues(Parameter<T> parameter) {
      return parameter == changed ? ImmutableList.of() : base.datedValues(parameter);
    }
  }

  /** A parameter's values as whole steps: basis points, pence, integers, enum positions. */
  private abstract static class Domain {
    final long current;
    final long min;
    final long max;
    final boolean enumerated;
    final @Nullable Object step;

    Domain(long current, long min, long max, boolean enumerated, @Nullable Object step) {
      this.current = current;
      this.min = Math.min(min, current);
      this.max = Math.max(max, current);
      this.enumerated = enumerated;
      this.step = step;
    }

    abstract long index(Object value);

    abstract Object value(long index);

    static @Nullable Domain of(Parameter<?> p, Object v) {
      if (v instanceof Percentage pc) {
        return new Domain(pc.basisPoints(), 0, 10_000, false, Percentage.ofBasisPoints(1)) {
          @Override
          long index(Object value) {
            return ((Percentage) value).basisPoints();
          }

          @Override
          Object value(long index) {
            return Percentage.ofBasisPoints(index);
          }
        };
      }
      if (v instanceof Money m) {
        return new Domain(m.pence(), 0, MONEY_BOUND, false, Money.ofPence(1)) {
          @Override
          long index(Object value) {
            return ((Money) value).pence();
          }

          @Override
          Object value(long index) {
            return Money.ofPence(index);
          }
        };
      }
      if (v instanceof Integer n) {
        return new Domain(n, 0, INTEGER_BOUND, false, 1) {
          @Override
          long index(Object value) {
            return (Integer) value;
          }

          @Override
          Object value(long index) {
            return (int) index;
          }
        };
      }
      if (v instanceof Long n) {
        return new Domain(n, 0, LONG_BOUND, false, 1L) {
          @Override
          long index(Object value) {
            return (Long) value;
          }

          @Override
          Object value(long index) {
            return index;
          }
        };
      }
      if (v instanceof Boolean b) {
        return new Domain(b ? 1 : 0, 0, 1, true, null) {
          @Override
          long index(Object value) {
            return (Boolean) value ? 1 : 0;
          }

          @Override
          Object value(long index) {
            return index != 0;
          }
        };
      }
      if (v instanceof Enum<?> en) {
        Object[] constants = p.type().getEnumConstants();
        return new Domain(en.ordinal(), 0, constants.length - 1, true, null) {
          @Override
          long index(Object value) {
            return ((Enum<?>) value).ordinal();
          }

          @Override
          Object value(long index) {
            return constants[(int) index];
          }
        };
      }
      return null;
    }
  }
}
