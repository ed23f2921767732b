package io.github.laa.scoring;

import static io.github.laa.scoring.BadValues.intIn;
import static io.github.laa.scoring.BadValues.mutate;
import static io.github.laa.scoring.BadValues.text;
import static io.github.laa.scoring.ErrorContract.attempt;
import static io.github.laa.scoring.ErrorContract.mustFail;
import static io.github.laa.scoring.ErrorContract.mustSucceed;
import static io.github.laa.scoring.ErrorContract.refused;

import io.github.laa.core.InvalidDataException;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.BadInputCampaign.Draw;
import io.github.laa.scoring.BadInputCampaign.Input;
import io.github.laa.scoring.BadValues.Pick;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
  private final BadInputCampaign.Coverage coverage;
  private final Map<String, Integer> planted = new TreeMap<>();
  private int validPolicies;

  PolicyProbes(Input in, Policy base, List<LocalAreaAgreement> valid) {
    this(in, base, valid, new BadInputCampaign.Coverage());
  }

  PolicyProbes(
      Input in, Policy base, List<LocalAreaAgreement> valid, BadInputCampaign.Coverage coverage) {
    this.in = in;
    this.base = base;
    this.valid = valid;
    this.coverage = coverage;
    for (String kind : NAME_KINDS) {
      coverage.declare("policy name: " + kind);
    }
    for (String piece : NAME_PIECES) {
      coverage.declare("policy name: with " + codePoints(piece));
    }
    for (String how : List.of("builder", "reform", "rename")) {
      coverage.declare("policy name given to: " + how);
    }
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
   * Characters that must never reach a report line raw, each planted in a policy name: controls (a
   * line break among them), invisible and bidirectional formatting characters (U+202E, U+200B,
   * U+FEFF, …, and one outside the BMP), line and paragraph separators, lone surrogates; and the
   * no-break spaces, which a name may hold (only ids refuse them) and which a message quotes
   * escaped.
   */
  static final String[] NAME_PIECES = {
    "\u0000",
    "\u0007",
    "\t",
    "\n",
    "\r",
    "\u001B",
    "\u007F",
    "\u0085",
    "\u009F",
    "\u202E",
    "\u202A",
    "\u2066",
    "\u200E",
    "\u200F",
    "\u200B",
    "\u200D",
    "\u2060",
    "\uFEFF",
    "\u2028",
    "\u2029",
    "\u00A0",
    "\u202F",
    "\uD800",
    "\uDBFF",
    "\uDC00",
    "\uDFFF",
    "\uDB40\uDC01"
  };

  /** The other kinds of policy name the names probe draws. */
  static final List<String> NAME_KINDS =
      List.of(
          "empty",
          "blank",
          "only no-break spaces",
          "300 characters",
          "301 characters",
          "10^6 characters",
          "a surrogate pair cut by the quote",
          "random text",
          "plain");

  private static final String MILLION = "x".repeat(1_000_000);

  private static final LocalDate DATE = LocalDate.of(2026, 1, 1);

  /**
   * A policy name drawn valid or not — a plain name with one of {@link #NAME_PIECES} inside, empty
   * or blank, at and beyond the length limit (10<sup>6</sup> characters), random text — given to
   * {@link Policy#builder}, to {@link Policy#reform} or to {@link Policy.Builder#name}. A name that
   * is bad by laa-core's text rules, written again in {@link BadValues#validName}, must be refused
   * with an {@link InvalidDataException} listing the problem at {@code name} whose message is one
   * printable line, with no raw control, formatting or separator character, no lone surrogate and
   * no space but U+0020; a good one must be kept as it was given.
   */
  void names(Draw d) {
    String name;
    switch (d.nextInt(10)) {
      case 0, 1, 2, 3 -> {
        String piece = NAME_PIECES[d.nextInt(NAME_PIECES.length)];
        coverage.hit("policy name: with " + codePoints(piece));
        String plain = "LVSC 2006 reformed";
        int at =
            switch (d.nextInt(3)) {
              case 0 -> 0;
              case 1 -> plain.length();
              default -> 1 + d.nextInt(plain.length() - 1);
            };
        name = plain.substring(0, at) + piece + plain.substring(at);
      }
      case 4 -> {
        coverage.hit("policy name: empty");
        name = "";
      }
      case 5 -> {
        if (d.nextBoolean()) {
          coverage.hit("policy name: blank");
          name = new String[] {" ", "   ", "\t", "\u2003", " \u3000 "}[d.nextInt(5)];
        } else {
          coverage.hit("policy name: only no-break spaces");
          name = new String[] {"\u00A0", "\u202F", "\u2007\u00A0"}[d.nextInt(3)];
        }
      }
      case 6 -> {
        int k = d.nextInt(4);
        coverage.hit(
            "policy name: "
                + new String[] {
                      "300 characters",
                      "301 characters",
                      "10^6 characters",
                      "a surrogate pair cut by the quote"
                    }
                    [k]);
        name =
            switch (k) {
              case 0 -> "N".repeat(300);
              case 1 -> "N".repeat(301);
              case 2 -> MILLION;
              default -> "N".repeat(59) + "\uD83D\uDE00\u0007";
            };
      }
      case 7 -> {
        coverage.hit("policy name: random text");
        name = BadValues.text(d);
      }
      default -> {
        coverage.hit("policy name: plain");
        name = "Council policy " + d.nextInt(1_000);
      }
    }
    String given = name;
    boolean valid = BadValues.validName(given);
    int how = d.nextInt(3);
    in.note("policy name", given, how);
    Supplier<Policy> build =
        switch (how) {
          case 0 -> {
            coverage.hit("policy name given to: builder");
            Rule rule = base.rules().get(d.nextInt(base.rules().size()));
            yield () -> Policy.builder(given, DATE).rule(rule).build();
          }
          case 1 -> {
            coverage.hit("policy name given to: reform");
            yield () -> base.reform(given).build();
          }
          default -> {
            coverage.hit("policy name given to: rename");
            yield () -> base.reform("Council").name(given).build();
          }
        };
    if (valid) {
      Policy policy = mustSucceed(build);
      if (!policy.name().equals(given)) {
        throw new AssertionError("the policy name " + given + " became " + policy.name());
      }
      return;
    }
    InvalidDataException e = refused(build, Set.of("name"));
    String message = String.valueOf(e.getMessage());
    if (e.problems().size() != 1
        || message.length() > 1_000
        || message.indexOf('\n') >= 0
        || ErrorContract.hasControl(message)) {
      throw new AssertionError(
          "a bad policy name must be refused in one printable line, but was: "
              + message
                  .codePoints()
                  .limit(1_000)
                  .mapToObj(
                      c ->
                          c < 0x20 || c > 0x7E
                              ? String.format(Locale.ROOT, "\\u%04x", c)
                              : Character.toString(c))
                  .collect(Collectors.joining()),
          e);
    }
  }

  /** {@code s}'s UTF-16 units as {@code U+XXXX}, joined with spaces. */
  static String codePoints(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      sb.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "U+%04X", (int) s.charAt(i)));
    }
    return sb.toString();
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
    final Map<String, Object> chosen = new TreeMap<>();
    private final Map<Parameter<?>, Object> set = new LinkedHashMap<>();

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
