package io.github.laa.scoring;

import static io.github.laa.scoring.BadValues.intIn;
import static io.github.laa.scoring.BadValues.mutate;
import static io.github.laa.scoring.BadValues.text;
import static io.github.laa.scoring.ErrorContract.attempt;
import static io.github.laa.scoring.ErrorContract.mustFail;
import static io.github.laa.scoring.ErrorContract.mustSucceed;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.BadInputCampaign.Draw;
import io.github.laa.scoring.BadInputCampaign.Input;
import io.github.laa.scoring.BadValues.Pick;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bad-input campaign's targets in the scoring module's policy API: {@link RuleId#of} with text
 * of every form, and reforms of a base policy with parameters drawn valid or not, for every rule of
 * the policy through its test's contract. Iterating over the policy's rules, it works for any
 * policy: {@link BadInputCampaign} gives it LVSC 2006.
 */
final class PolicyProbes {
  private final Input in;
  private final Policy base;
  private final List<LocalAreaAgreement> valid;
  private final Map<String, Integer> planted = new TreeMap<>();
  private int validPolicies;

  PolicyProbes(Input in, Policy base, List<LocalAreaAgreement> valid) {
    this.in = in;
    this.base = base;
    this.valid = valid;
  }

  /** How often each problem (by its path) was planted in a policy. */
  Map<String, Integer> plantedPaths() {
    return planted;
  }

  /** How many valid reforms were built, scored and checked. */
  int validPolicies() {
    return validPolicies;
  }

  void ruleIds(Draw d) {
    String s =
        switch (d.nextInt(4)) {
          case 0 ->
              "R" + Long.toString(Math.abs(d.nextLong() % 1_000_000), 36).toUpperCase(Locale.ROOT);
          case 1 -> mutate(d, "NET_RESOURCE_LOSS");
          case 2 -> "A".repeat(1 + d.nextInt(70));
          default -> text(d);
        };
    in.note("RuleId", s);
    boolean valid = s.length() >= 1 && s.length() <= 64 && s.charAt(0) >= 'A' && s.charAt(0) <= 'Z';
    for (int i = 0; i < s.length() && valid; i++) {
      char c = s.charAt(i);
      valid = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    Optional<RuleId> id = attempt(() -> RuleId.of(s), valid ? Set.of() : Set.of(""));
    if (id.isPresent() != valid || id.map(RuleId::value).filter(v -> !v.equals(s)).isPresent()) {
      throw new AssertionError("RuleId.of(" + s + ") gave " + id);
    }
  }

  /**
   * A reform of the base policy with every parameter drawn valid or not: the policy's own
   * parameters here, each rule's through its contract ({@link RuleContract#drawParameters}); now
   * and then a value of the wrong type, a weight out of range or a change to a rule the policy does
   * not have. Every bad value, and every combination a rule whose own values are acceptable rejects
   * ({@link RuleContract#rejectedCombinations}), must be listed; a valid reform must hold every
   * value set, and score.
   */
  void policies(Draw d) {
    Policy.Builder b = base.reform("fuzzed");
    // A quarter of the policies are drawn clean: every value valid, so that a valid reform, and the
    // combinations a rule rejects among valid values, are tried often too.
    boolean clean = d.nextInt(4) == 0;
    PlantedParameters draw = new PlantedParameters(d, b, base, clean);
    draw.integer(Policy.BASELINE_YEARS, 1, Policy.MAX_BASELINE_YEARS);
    draw.integer(Policy.AMBER_THRESHOLD, 0, 100);
    for (Rule rule : base.rules()) {
      RuleContracts.of(rule).ifPresent(c -> c.drawParameters(draw));
    }
    List<Rule> rules = base.rules();
    if (!clean && d.nextInt(8) == 0) {
      // A value of the wrong type, as a raw caller could pass.
      List<Parameter<?>> typed = new ArrayList<>();
      for (Rule rule : rules) {
        for (Parameter<?> p : rule.parameters()) {
          if (p.type() != String.class) {
            typed.add(p);
          }
        }
      }
      if (!typed.isEmpty()) {
        draw.wrongType(typed.get(d.nextInt(typed.size())), "PARTNER");
      }
    }
    if (!clean && d.nextInt(8) == 0) {
      Rule rule = rules.get(d.nextInt(rules.size()));
      int w = d.nextInt(400) - 200;
      b.weight(rule.id(), w);
      if (w < 0 || w > 100) {
        draw.paths.add("rules[" + rule.id() + "].weight");
      }
    }
    if (!clean && d.nextInt(8) == 0) {
      b.severity(RuleId.of("NO_SUCH_RULE"), Severity.MAY);
      draw.paths.add("rules");
    }
    // Combinations a rule rejects are checked when that rule's own values are all acceptable.
    for (Rule rule : rules) {
      Optional<RuleContract> contract = RuleContracts.of(rule);
      boolean ownValid = true;
      for (Parameter<?> parameter : rule.parameters()) {
        ownValid &= !draw.paths.contains("parameters[" + parameter.id() + "]");
      }
      if (ownValid && contract.isPresent()) {
        draw.paths.addAll(contract.get().rejectedCombinations(draw.values()));
      }
    }
    in.note("policy", draw.chosen, "expect " + draw.paths);
    draw.paths.forEach(path -> planted.merge(path, 1, Integer::sum));
    if (draw.paths.isEmpty()) {
      Policy policy = mustSucceed(b::build);
      LocalAreaAgreement laa = valid.get(d.nextInt(valid.size()));
      Scorecard card = policy.score(laa);
      if (card.findings().size() != rules.size() || card.toText().isEmpty()) {
        throw new AssertionError("a valid policy scored badly: " + card);
      }
      draw.checkHeldBy(policy, card);
      validPolicies++;
    } else {
      mustFail(b::build, draw.paths);
    }
  }

  /**
   * The parameter values one policy input draws: each set on the builder, the invalid ones' paths
   * collected, all kept to check against the policy built. A clean draw draws valid values only.
   */
  private static final class PlantedParameters implements ParameterDraw {
    private final Draw d;
    private final Policy.Builder b;
    private final Policy base;
    private final boolean clean;
    final Set<String> paths = new LinkedHashSet<>();
    final Map<String, Object> chosen = new java.util.TreeMap<>();
    private final Map<Parameter<?>, Object> set = new java.util.LinkedHashMap<>();

    PlantedParameters(Draw d, Policy.Builder b, Policy base, boolean clean) {
      this.d = d;
      this.b = b;
      this.base = base;
      this.clean = clean;
    }

    private <T> void take(Parameter<T> p, Pick<T> v) {
      b.set(p, v.value());
      chosen.put(p.id(), v.value());
      set.put(p, v.value());
      if (!v.valid()) {
        paths.add("parameters[" + p.id() + "]");
      }
    }

    @Override
    public void integer(Parameter<Integer> p, int min, int max) {
      take(
          p,
          clean
              ? new Pick<>((int) (min + Math.floorMod(d.nextLong(), (long) max - min + 1)), true)
              : intIn(d, min, max));
    }

    @Override
    public void share(Parameter<Percentage> p) {
      take(
          p,
          clean
              ? new Pick<>(Percentage.ofBasisPoints(d.nextInt(10_001)), true)
              : BadValues.share(d));
    }

    @Override
    public void money(Parameter<Money> p) {
      take(
          p,
          clean ? new Pick<>(Money.ofPence(d.nextInt(1_000_000_000)), true) : BadValues.money(d));
    }

    @Override
    public <T> void set(Parameter<T> p, T value) {
      take(p, new Pick<>(value, true));
    }

    @Override
    public int nextInt(int bound) {
      return d.nextInt(bound);
    }

    @Override
    public boolean nextBoolean() {
      return d.nextBoolean();
    }

    /** Sets {@code p} to {@code value}, of another type than its own. */
    void wrongType(Parameter<?> p, Object value) {
      @SuppressWarnings({"unchecked", "rawtypes"})
      Parameter<Object> raw = (Parameter) p;
      b.set(raw, value);
      chosen.put(p.id(), value);
      set.put(p, value);
      paths.add("parameters[" + p.id() + "]");
    }

    /** The values drawn, the base policy's for the others; read only when all are acceptable. */
    Parameters values() {
      return new Parameters() {
        @Override
        public <T> T get(Parameter<T> p) {
          return set.containsKey(p) ? p.type().cast(set.get(p)) : base.get(p);
        }

        @Override
        public <T> Optional<T> find(Parameter<T> p) {
          return set.containsKey(p) ? Optional.of(p.type().cast(set.get(p))) : base.find(p);
        }
      };
    }

    /** The policy holds every value set, and every finding records the values its rule read. */
    void checkHeldBy(Policy policy, Scorecard card) {
      for (Map.Entry<Parameter<?>, Object> e : set.entrySet()) {
        if (!policy.find(e.getKey()).equals(Optional.of(e.getValue()))) {
          throw new AssertionError(
              e.getKey()
                  + " was set to "
                  + e.getValue()
                  + " but the policy holds "
                  + policy.find(e.getKey()));
        }
      }
      for (Finding f : card.findings()) {
        for (ParameterValue v : f.parameters()) {
          Object expected = set.get(v.parameter());
          if (expected != null && !v.value().equals(Optional.of(expected))) {
            throw new AssertionError(
                f.ruleId() + " recorded " + v + " but it was set to " + expected);
          }
        }
      }
    }
  }
}
