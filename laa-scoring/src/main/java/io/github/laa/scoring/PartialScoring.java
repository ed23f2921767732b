package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import io.github.laa.core.Allocation;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Works out a {@link PartialScorecard}: scores completions of a {@link PartialAgreement} (the
 * agreement with values for its unknown facts) and reads off the verdicts; see {@link
 * PartialScorecard} for how values are chosen. Not thread-safe: one per call.
 */
final class PartialScoring {
  /** The least limit of an amount search: £1,000,000. */
  private static final long LEAST_LIMIT = 100_000_000L;

  /** Points spread evenly below the limit (besides the halvings of it). */
  private static final int EVEN_POINTS = 32;

  /**
   * The most amounts one unknown amount is tried at: a rule whose verdict changed back and forth at
   * every few pence could otherwise keep the bisections going for ever. The built-in rules need a
   * few hundred at most.
   */
  static final int MAX_AMOUNTS_TRIED = 4_096;

  private final Policy policy;
  private final PartialAgreement partial;
  private final int n;
  private final int rules;
  private final Object[] given;
  private final long[] limits;
  private final Scorecard asGiven;
  private final Map<List<Object>, Verdict[]> seen = new HashMap<>();
  private final List<EnumSet<Verdict>> possible = new ArrayList<>();
  private final boolean[] findingChanges;
  private final EnumSet<Rag> ratings = EnumSet.noneOf(Rag.class);

  private PartialScoring(Policy policy, PartialAgreement partial) {
    this.policy = policy;
    this.partial = partial;
    this.n = partial.unknowns().size();
    this.rules = policy.entries().size();
    this.given = new Object[n];
    for (int i = 0; i < n; i++) {
      given[i] = partial.given(i);
    }
    for (int r = 0; r < rules; r++) {
      possible.add(EnumSet.noneOf(Verdict.class));
    }
    this.findingChanges = new boolean[rules];
    this.asGiven = policy.score(partial.agreement());
    record(asGiven);
    seen.put(Arrays.asList(given.clone()), verdicts(asGiven));
    this.limits = limits(partial);
  }

  static PartialScorecard score(Policy policy, PartialAgreement partial) {
    return new PartialScoring(policy, partial).run();
  }

  /**
   * For each unknown amount, the largest amount tried: ten times the largest of the agreement's
   * year totals and the amount given, at least £1,000,000, but at most the amount given plus an
   * equal share of what Money's range leaves above the agreement's total, so that every completion
   * (each unknown amount at most its limit) keeps all allocations within the range of Money.
   */
  private static long[] limits(PartialAgreement partial) {
    LocalAreaAgreement a = partial.agreement();
    Map<FinancialYear, Long> byYear = new HashMap<>();
    a.allocations().forEach(x -> byYear.merge(x.year(), x.amount().pence(), Long::sum));
    long largest = byYear.values().stream().mapToLong(Long::longValue).max().orElse(0);
    int amounts = 0;
    for (UnknownFact<?> u : partial.unknowns()) {
      amounts += u.kind() == UnknownFact.Kind.AMOUNTS ? 1 : 0;
    }
    // What Money's range leaves above the agreement's total, shared out among the unknown amounts:
    // with each at most its given amount plus its share, every completion's total fits.
    long free = Long.MAX_VALUE;
    for (Allocation x : a.allocations()) {
      free -= x.amount().pence();
    }
    long share = amounts == 0 ? 0 : free / amounts;
    long[] out = new long[partial.unknowns().size()];
    for (int i = 0; i < out.length; i++) {
      if (partial.unknowns().get(i).kind() == UnknownFact.Kind.AMOUNTS) {
        long given = partial.coveredTotal(i);
        long wanted = Math.max(LEAST_LIMIT, Math.max(times10(largest), times10(given)));
        out[i] = Math.min(wanted, given + share);
      }
    }
    return out;
  }

  private static long times10(long pence) {
    return pence > Long.MAX_VALUE / 10 ? Long.MAX_VALUE : pence * 10;
  }

  private PartialScorecard run() {
    List<List<Object>> interesting = new ArrayList<>();
    // For each rule and unknown fact, the steps along the fact with the others as given.
    List<List<List<PartialFinding.Step<Object>>>> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<List<PartialFinding.Step<Object>>> steps = new ArrayList<>();
      List<Object> points = new ArrayList<>();
      if (partial.unknowns().get(i).kind() == UnknownFact.Kind.AMOUNTS) {
        amountLine(i, steps, points);
      } else {
        orderedLine(i, steps, points);
      }
      lines.add(steps);
      interesting.add(points);
    }
    boolean[][] decides = new boolean[rules][n];
    for (int r = 0; r < rules; r++) {
      for (int i = 0; i < n; i++) {
        decides[r][i] = lines.get(i).get(r).size() > 1;
      }
    }
    if (n > 1) {
      combinations(interesting, decides);
    }
    ImmutableList.Builder<PartialFinding> findings = ImmutableList.builder();
    for (int r = 0; r < rules; r++) {
      Policy.Entry e = policy.entries().get(r);
      ImmutableList.Builder<PartialFinding.Dependence<?>> deps = ImmutableList.builder();
      if (possible.get(r).size() > 1) {
        for (int i = 0; i < n; i++) {
          if (decides[r][i]) {
            deps.add(dependence(partial.unknowns().get(i), lines.get(i).get(r)));
          }
        }
      }
      findings.add(
          new PartialFinding(
              e.id(),
              asGiven.findings().get(r).title(),
              Sets.immutableEnumSet(possible.get(r)),
              findingChanges[r] ? null : asGiven.findings().get(r),
              deps.build()));
    }
    ImmutableMap.Builder<UnknownFact<?>, Money> limitMap = ImmutableMap.builder();
    for (int i = 0; i < n; i++) {
      if (partial.unknowns().get(i).kind() == UnknownFact.Kind.AMOUNTS) {
        limitMap.put(partial.unknowns().get(i), Money.ofPence(limits[i]));
      }
    }
    return new PartialScorecard(
        policy,
        partial,
        asGiven,
        findings.build(),
        Sets.immutableEnumSet(ratings),
        limitMap.buildOrThrow());
  }

  @SuppressWarnings("unchecked")
  private static <T> PartialFinding.Dependence<T> dependence(
      UnknownFact<T> fact, List<PartialFinding.Step<Object>> steps) {
    ImmutableList.Builder<PartialFinding.Step<T>> typed = ImmutableList.builder();
    for (PartialFinding.Step<Object> s : steps) {
      typed.add(new PartialFinding.Step<>(fact.type().cast(s.from()), s.verdict()));
    }
    return new PartialFinding.Dependence<>(fact, typed.build());
  }

  /** Every value of an ordered fact, the others as given. */
  private void orderedLine(
      int i, List<List<PartialFinding.Step<Object>>> steps, List<Object> points) {
    List<?> values = partial.unknowns().get(i).values();
    points.addAll(values);
    for (int r = 0; r < rules; r++) {
      steps.add(new ArrayList<>());
    }
    for (Object v : values) {
      Verdict[] verdicts = at(i, v);
      for (int r = 0; r < rules; r++) {
        addStep(steps.get(r), v, verdicts[r]);
      }
    }
  }

  /**
   * An unknown amount from £0 to its limit, the others as given: the verdicts at the points tried,
   * and wherever two neighbouring points tried differ in some rule's verdict, the change found by
   * bisection to the penny; the points a bisection adds are then looked at for every rule, until
   * every change between points tried is at neighbouring pennies.
   */
  private void amountLine(
      int i, List<List<PartialFinding.Step<Object>>> steps, List<Object> points) {
    long limit = limits[i];
    long g = ((Money) given[i]).pence();
    TreeMap<Long, Verdict[]> line = new TreeMap<>();
    List<Long> grid = new ArrayList<>(List.of(0L, g, limit));
    for (long p = limit; p > 0; p /= 2) {
      grid.add(p);
    }
    for (int k = 1; k < EVEN_POINTS; k++) {
      grid.add(limit / EVEN_POINTS * k);
    }
    grid.add(Math.max(0, g - 1));
    grid.add(Math.min(limit, g + 1));
    for (long p : grid) {
      line.computeIfAbsent(p, x -> at(i, x));
    }
    for (boolean added = true; added && line.size() < MAX_AMOUNTS_TRIED; ) {
      added = false;
      for (int r = 0; r < rules && line.size() < MAX_AMOUNTS_TRIED; r++) {
        Long[] tried = line.keySet().toArray(new Long[0]);
        for (int k = 1; k < tried.length; k++) {
          long a = tried[k - 1];
          long b = tried[k];
          Verdict before = Objects.requireNonNull(line.get(a))[r];
          if (Objects.requireNonNull(line.get(b))[r] == before || b - a == 1) {
            continue;
          }
          // The least amount after a whose verdict differs from a's.
          while (b - a > 1 && line.size() < MAX_AMOUNTS_TRIED) {
            long mid = a + (b - a) / 2;
            Verdict[] v = line.computeIfAbsent(mid, x -> at(i, x));
            if (v[r] == before) {
              a = mid;
            } else {
              b = mid;
            }
          }
          added = true;
        }
      }
    }
    TreeSet<Long> changes = new TreeSet<>(List.of(0L, g, limit));
    for (int r = 0; r < rules; r++) {
      List<PartialFinding.Step<Object>> steps1 = new ArrayList<>();
      for (Map.Entry<Long, Verdict[]> e : line.entrySet()) {
        int before = steps1.size();
        addStep(steps1, Money.ofPence(e.getKey()), e.getValue()[r]);
        if (steps1.size() > before && e.getKey() > 0) {
          changes.add(e.getKey());
          changes.add(e.getKey() - 1);
        }
      }
      steps.add(steps1);
    }
    // At most AMOUNT_POINTS_IN_COMBINATIONS points for combinations: £0, the amount given, the
    // limit and the changes, evenly chosen when there are more.
    List<Long> all = new ArrayList<>(changes);
    int others = PartialAgreement.AMOUNT_POINTS_IN_COMBINATIONS - 3;
    TreeSet<Long> chosen = new TreeSet<>(List.of(0L, g, limit));
    if (all.size() <= others) {
      chosen.addAll(all);
    } else {
      for (int k = 0; k < others; k++) { // from the first change to the last, evenly
        chosen.add(all.get((int) ((long) k * (all.size() - 1) / (others - 1))));
      }
    }
    chosen.forEach(p -> points.add(Money.ofPence(p)));
  }

  private static void addStep(List<PartialFinding.Step<Object>> line, Object from, Verdict v) {
    if (line.isEmpty() || line.get(line.size() - 1).verdict() != v) {
      line.add(new PartialFinding.Step<>(from, v));
    }
  }

  /**
   * The verdicts with unknown {@code i} at {@code value} (pence for an amount), the others given.
   */
  private Verdict[] at(int i, Object value) {
    Object[] values = given.clone();
    values[i] = value instanceof Long pence ? Money.ofPence(pence) : value;
    return at(values);
  }

  /** The verdicts of the completion with {@code values}, scored once. */
  private Verdict[] at(Object[] values) {
    List<Object> key = Arrays.asList(values);
    Verdict[] known = seen.get(key);
    if (known != null) {
      return known;
    }
    Scorecard card = policy.score(partial.complete(values));
    record(card);
    Verdict[] verdicts = verdicts(card);
    seen.put(key, verdicts);
    return verdicts;
  }

  private void record(Scorecard card) {
    ratings.add(card.rag());
    for (int r = 0; r < rules; r++) {
      Finding f = card.findings().get(r);
      possible.get(r).add(f.verdict());
      if (!f.equals(asGiven.findings().get(r))) {
        findingChanges[r] = true;
      }
    }
  }

  private Verdict[] verdicts(Scorecard card) {
    Verdict[] v = new Verdict[rules];
    for (int r = 0; r < rules; r++) {
      v[r] = card.findings().get(r).verdict();
    }
    return v;
  }

  /**
   * Every combination of the unknown facts' interesting values; a fact decides a rule if, the
   * others fixed at some combination, changing it changes the rule's verdict.
   */
  private void combinations(List<List<Object>> points, boolean[][] decides) {
    int[] sizes = new int[n];
    long total = 1;
    for (int i = 0; i < n; i++) {
      sizes[i] = points.get(i).size();
      total *= sizes[i];
    }
    // For each fact, the verdicts of each rule by the index of the other facts' values.
    List<Map<Long, Verdict[]>> byOthers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byOthers.add(new HashMap<>());
    }
    int[] index = new int[n];
    Object[] values = new Object[n];
    for (long c = 0; c < total; c++) {
      long rest = c;
      for (int i = 0; i < n; i++) {
        index[i] = (int) (rest % sizes[i]);
        rest /= sizes[i];
        values[i] = points.get(i).get(index[i]);
      }
      Verdict[] verdicts = at(values.clone());
      for (int i = 0; i < n; i++) {
        long key = 0;
        for (int j = n - 1; j >= 0; j--) {
          key = j == i ? key : key * sizes[j] + index[j];
        }
        Verdict[] first = byOthers.get(i).putIfAbsent(key, verdicts);
        if (first != null) {
          for (int r = 0; r < rules; r++) {
            decides[r][i] |= first[r] != verdicts[r];
          }
        }
      }
    }
  }
}
