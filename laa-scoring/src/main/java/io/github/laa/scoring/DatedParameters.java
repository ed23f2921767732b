package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.Problem;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The dated values of a policy's parameters ({@link Policy.Builder#setFrom}): how a builder checks
 * them and how a policy holds them. Not API.
 */
final class DatedParameters {
  private DatedParameters() {}

  /** The path of a dated value in a problem, e.g. {@code parameters[X.y][from 2008/09]}. */
  static String path(Parameter<?> parameter, FinancialYear from) {
    return "parameters[" + parameter.id() + "][from " + from + "]";
  }

  /**
   * Checks the dated values of every parameter, adding each problem to {@code problems}: a
   * parameter not read by year, or not read by any rule of the policy ({@code known}; reported here
   * only if it has no plain value set, which reports it already), or a value its parameter rejects,
   * whose parameter is added to {@code bad}.
   */
  static void check(
      Map<Parameter<?>, TreeMap<FinancialYear, DatedValue<?>>> dated,
      Collection<Parameter<?>> known,
      Set<Parameter<?>> plainValues,
      List<Problem> problems,
      Set<Parameter<?>> bad) {
    for (Map.Entry<Parameter<?>, TreeMap<FinancialYear, DatedValue<?>>> e : dated.entrySet()) {
      Parameter<?> p = e.getKey();
      if (!known.contains(p) && !plainValues.contains(p)) {
        problems.add(
            Problem.of("parameters[" + p.id() + "]", "is not read by any rule of the policy"));
      }
      for (DatedValue<?> d : e.getValue().values()) {
        String at = path(p, d.from());
        if (!p.isByYear()) {
          problems.add(
              Problem.of(
                  at,
                  "must not be dated: the rules read one value of "
                      + p.id()
                      + " for every year (see Parameter.byYear)"));
        }
        Optional<String> problem = p.problem(d.value());
        if (problem.isPresent()) {
          problems.add(Problem.of(at, problem.orElseThrow()));
          bad.add(p);
        }
      }
    }
  }

  /** The dated values of the parameters not in {@code bad}, oldest first, frozen. */
  static ImmutableMap<Parameter<?>, ImmutableList<DatedValue<?>>> freeze(
      Map<Parameter<?>, TreeMap<FinancialYear, DatedValue<?>>> dated, Set<Parameter<?>> bad) {
    ImmutableMap.Builder<Parameter<?>, ImmutableList<DatedValue<?>>> out = ImmutableMap.builder();
    for (Map.Entry<Parameter<?>, TreeMap<FinancialYear, DatedValue<?>>> e : dated.entrySet()) {
      if (!bad.contains(e.getKey()) && !e.getValue().isEmpty()) {
        out.put(e.getKey(), ImmutableList.copyOf(e.getValue().values()));
      }
    }
    return out.buildOrThrow();
  }

  /** A policy's dated values, for a builder of a reform to change. */
  static LinkedHashMap<Parameter<?>, TreeMap<FinancialYear, DatedValue<?>>> thaw(
      Map<Parameter<?>, ImmutableList<DatedValue<?>>> dated) {
    LinkedHashMap<Parameter<?>, TreeMap<FinancialYear, DatedValue<?>>> out = new LinkedHashMap<>();
    for (Map.Entry<Parameter<?>, ImmutableList<DatedValue<?>>> e : dated.entrySet()) {
      TreeMap<FinancialYear, DatedValue<?>> byYear = new TreeMap<>();
      for (DatedValue<?> d : e.getValue()) {
        byYear.put(d.from(), d);
      }
      out.put(e.getKey(), byYear);
    }
    return out;
  }

  /**
   * {@code parameter}'s dated values in {@code dated}; their type was checked when the policy was
   * built.
   */
  @SuppressWarnings("unchecked") // each value was checked to be of the parameter's type
  static <T> ImmutableList<DatedValue<T>> of(
      Map<Parameter<?>, ImmutableList<DatedValue<?>>> dated, Parameter<T> parameter) {
    ImmutableList<DatedValue<?>> values = dated.get(parameter);
    return values == null
        ? ImmutableList.of()
        : (ImmutableList<DatedValue<T>>) (ImmutableList<?>) values;
  }
}
