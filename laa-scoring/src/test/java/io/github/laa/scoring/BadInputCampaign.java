package io.github.laa.scoring;

import io.github.laa.core.InvalidDataException;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.testing.LaaGenerators;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The bad-input campaign: every entry point that takes outside data, fed random and malformed
 * values drawn from a {@link Draw} — a seeded {@link java.util.SplittableRandom} in {@link
 * BadInputTest}, Jazzer's coverage-guided data in {@code BadInputFuzz} (profile {@code fuzz}).
 *
 * <p>For every input it checks the library's error contract (InvalidDataException's Javadoc):
 *
 * <ul>
 *   <li>only {@link InvalidDataException} escapes for bad data — nothing else, ever (the campaign
 *       passes no literal {@code null}, so {@link NullPointerException} is not allowed either; the
 *       one {@link IllegalStateException} it provokes on purpose, setting a strict builder's
 *       attribute twice, is checked separately); the two other documented exceptions are accepted
 *       only where they are documented, each checked ({@link ErrorContract}): {@link
 *       RuleFailedException} for a custom rule made to misbehave while scoring ({@link
 *       CustomRuleProbes}), {@link ArithmeticException} for {@code Money} arithmetic whose exact
 *       result does not fit;
 *   <li>the exception lists every problem planted, each with its path, and each message is one
 *       bounded, printable line;
 *   <li>valid data is never rejected, and what was parsed is what was written;
 *   <li>scoring and rendering a valid agreement never throws.
 * </ul>
 *
 * <p>The targets are in parts named after what they probe — {@link ParserProbes}, {@link
 * BuilderProbes}, {@link AgreementProbes}, {@link PolicyProbes}, {@link CustomRuleProbes}, {@link
 * ScoringProbes}, {@link TableProbes} — drawing their values from {@link BadValues} and checking
 * each outcome with {@link ErrorContract}. Each target counts its inputs; a violation is recorded
 * with its input and reported at the end. The kinds of input a bounded run must reach — every
 * invisible or bidirectional character in every text attribute of every builder, every kind of bad
 * policy name, every way a custom rule misbehaves, every edge of {@code Money}'s arithmetic — are
 * declared in {@link #coverage()} and counted as they are tried.
 */
final class BadInputCampaign {
  /** The random choices a target makes; implemented over a seeded random or over fuzzer data. */
  interface Draw {
    /** 0 (inclusive) to {@code bound} (exclusive). */
    int nextInt(int bound);

    long nextLong();

    boolean nextBoolean();

    /** Arbitrary UTF-16 text of at most {@code maxLength} chars (lone surrogates included). */
    String nextRawString(int maxLength);
  }

  /** What one target does with one input; throws to report a violation. */
  interface Probe {
    void run(Draw d);
  }

  /**
   * The kinds of input the probes must reach, declared up front and counted as they are tried; a
   * kind tried but not declared is a mistake of the probe, reported as a violation.
   */
  static final class Coverage {
    private final Map<String, AtomicLong> kinds = new TreeMap<>();

    /** Declares that {@code kind} must be tried. */
    void declare(String kind) {
      kinds.putIfAbsent(kind, new AtomicLong());
    }

    /** Counts one input of {@code kind}, which must have been declared. */
    void hit(String kind) {
      AtomicLong n = kinds.get(kind);
      if (n == null) {
        throw new IllegalStateException("the kind of input \"" + kind + "\" was not declared");
      }
      n.incrementAndGet();
    }

    /** The kinds declared. */
    int size() {
      return kinds.size();
    }

    /** The kinds declared but never tried. */
    List<String> missed() {
      List<String> out = new ArrayList<>();
      kinds.forEach(
          (k, n) -> {
            if (n.get() == 0) {
              out.add(k);
            }
          });
      return out;
    }

    /** How often each kind was tried. */
    Map<String, AtomicLong> counts() {
      return kinds;
    }
  }

  /** A violation of the error contract. */
  record Violation(String target, String input, Throwable thrown) {}

  /** The input a target is trying, noted for the report of a violation. */
  static final class Input {
    private @Nullable String current;

    /** Notes the input: its parts, each cut after 200 characters. */
    void note(Object... parts) {
      StringBuilder sb = new StringBuilder();
      for (Object p : parts) {
        String s = String.valueOf(p);
        sb.append(s.length() > 200 ? s.substring(0, 200) + "…(" + s.length() + ")" : s)
            .append(" | ");
      }
      current = sb.toString();
    }
  }

  private final Map<String, AtomicLong> inputs = new LinkedHashMap<>();
  private final List<Violation> violations = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private final List<Probe> targets = new ArrayList<>();
  private final Input input = new Input();
  private final Coverage coverage = new Coverage();

  /**
   * A campaign whose valid agreements and policies come from pools generated once, with fixed
   * seeds, by {@link LaaGenerators} and {@link Fixtures#variants()}.
   */
  static BadInputCampaign withGeneratedPools() {
    return new BadInputCampaign(
        Fixtures.sample(LaaGenerators.agreements(), 300, 1),
        Fixtures.sample(LaaGenerators.wideAgreements(), 300, 2),
        Fixtures.sample(Fixtures.variants(), 100, 3));
  }

  BadInputCampaign(
      List<LocalAreaAgreement> valid,
      List<LocalAreaAgreement> wide,
      List<Fixtures.Variant> variants) {
    ParserProbes parsers = new ParserProbes(input, coverage);
    BuilderProbes builders = new BuilderProbes(input, coverage);
    AgreementProbes agreements = new AgreementProbes(input, valid);
    PolicyProbes policies = new PolicyProbes(input, Lvsc2006.policy(), valid, coverage);
    CustomRuleProbes rules = new CustomRuleProbes(input, valid, coverage);
    ScoringProbes scoring = new ScoringProbes(input, wide, variants);
    TableProbes tables = new TableProbes(input, valid, coverage);
    add("Money.parse/tryParse", parsers::moneyText);
    add("FinancialYear.parse/tryParse", parsers::yearText);
    add("Percentage.parse/tryParse", parsers::percentageText);
    add("Money.of/Percentage.of(BigDecimal), Money.scaledBy", parsers::decimals);
    add("ofPounds/of(long)/FinancialYear.of/plusYears", parsers::numbers);
    add("Money arithmetic at the edges of long", parsers::moneyArithmetic);
    add("builders of the domain types", builders::builders);
    add("LocalAreaAgreement with planted problems", agreements::agreements);
    add("RuleId.of", policies::ruleIds);
    add("Policy builder with bad parameters", policies::policies);
    add("Policy names", policies::names);
    add("custom rules that misbehave", rules::rules);
    add("scoring and rendering valid agreements", scoring::scoring);
    add("tables read from damaged CSV", tables::tables);
  }

  private void add(String name, Probe t) {
    names.add(name);
    targets.add(t);
    inputs.put(name, new AtomicLong());
  }

  int targetCount() {
    return targets.size();
  }

  String targetName(int i) {
    return names.get(i);
  }

  /** Runs target {@code i} on one input from {@code d}, recording any violation. */
  void runOne(int i, Draw d) {
    input.current = null;
    Objects.requireNonNull(inputs.get(names.get(i))).incrementAndGet();
    try {
      targets.get(i).run(d);
    } catch (Throwable t) {
      violations.add(new Violation(names.get(i), String.valueOf(input.current), t));
    }
  }

  long totalInputs() {
    long n = 0;
    for (AtomicLong a : inputs.values()) {
      n += a.get();
    }
    return n;
  }

  Map<String, AtomicLong> inputsByTarget() {
    return inputs;
  }

  List<Violation> violations() {
    return violations;
  }

  /** The kinds of input the probes must reach, and how often each was tried. */
  Coverage coverage() {
    return coverage;
  }
}
