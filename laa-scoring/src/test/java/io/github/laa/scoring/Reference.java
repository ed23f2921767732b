package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.laa.core.Allocation;
import io.github.laa.core.Block;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.VcsBody;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * What the rules' reference computations share: deliberately plain helpers, written from the rules
 * reference (laa-scoring/RULES.md) and the rules' Javadoc, not from the engine — straight loops
 * over the agreement's allocations, {@link BigInteger} and {@link BigDecimal} arithmetic on pence,
 * exact fractions compared by cross-multiplying, and no {@code AgreementFacts}, {@code Fractions},
 * {@code Ranks} or other engine helper — and {@link Expected}, what a reference expects of one
 * finding.
 *
 * <p>Each rule's own reference computation is its test's {@link RuleContract#expected}; the
 * differential oracle ({@link DifferentialOracleProperties}) scores generated agreements with the
 * engine and with every rule's reference and compares.
 *
 * <p>Where the Javadoc leaves a rounding open (a score "100 − 5 × the fall in points"), a reference
 * computes the exact value and the comparison allows one point either way; where it fixes one
 * (money half-even to the penny, shares in basis points as the evidence shows them), the reference
 * follows it exactly.
 */
public final class Reference {
  /** 10,000: basis points in a whole. */
  public static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

  /** The largest number of pence a {@link Money} holds. */
  public static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** The margin must exist but has no amount (a requirement in words). */
  public static final Object NO_AMOUNT = "(a requirement without an amount)";

  private Reference() {}

  /**
   * What a reference expects of one finding.
   *
   * @param verdict the verdict
   * @param score the score, if the reference can work it out
   * @param scoreTolerance how far the score may be from it (1 where the Javadoc leaves the rounding
   *     open)
   * @param marginAmount the margin's amount as {@link #plain} writes it, {@link #NO_AMOUNT} for a
   *     requirement, or empty where the reference cannot tell which margin the finding gives
   * @param warnings the number of warnings, where the rule counts them
   * @param evidence the evidence the reference works out, by its label as {@link Evidence#label()}
   *     prints it ({@code total [2005/06]}, {@code baseline}, {@code worst year}), each with the
   *     value the finding must hold under that label, compared exactly; the finding may hold more
   */
  public record Expected(
      Verdict verdict,
      OptionalInt score,
      int scoreTolerance,
      Optional<Object> marginAmount,
      int warnings,
      Map<String, Object> evidence) {
    /** Keeps an unmodifiable copy of the evidence, in its order. */
    public Expected {
      evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    /** A finding that is not assessed, score 0. */
    public static Expected notAssessed() {
      return new Expected(
          Verdict.NOT_ASSESSED, OptionalInt.of(0), 0, Optional.empty(), 0, Map.of());
    }

    /** A finding with {@code verdict} and {@code exactScore} moved into the verdict's band. */
    public static Expected of(Verdict verdict, long exactScore) {
      return new Expected(
          verdict, OptionalInt.of(clamp(verdict, exactScore)), 0, Optional.empty(), 0, Map.of());
    }

    /** A score known only to within one point (the Javadoc does not fix its rounding). */
    public static Expected roughly(Verdict verdict, BigDecimal score) {
      long rounded = score.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
      return new Expected(
          verdict, OptionalInt.of(clamp(verdict, rounded)), 1, Optional.empty(), 0, Map.of());
    }

    /** The same, with a margin of {@code amount} (as {@link #plain} writes it). */
    public Expected withMargin(Object amount) {
      return new Expected(verdict, score, scoreTolerance, Optional.of(amount), warnings, evidence);
    }

    /** The same, with {@code n} warnings. */
    public Expected withWarnings(int n) {
      return new Expected(verdict, score, scoreTolerance, marginAmount, n, evidence);
    }

    /**
     * The same, expecting the evidence {@code more} as well (after the evidence expected so far; a
     * label expected again takes the later value).
     */
    public Expected withEvidence(Values more) {
      Map<String, Object> all = new LinkedHashMap<>(evidence);
      all.putAll(more.values);
      return new Expected(verdict, score, scoreTolerance, marginAmount, warnings, all);
    }

    /**
     * Checks that {@code f} agrees: the verdict exactly; the score exactly, or within the
     * tolerance; the margin's amount exactly where one is expected; and every expected evidence
     * label present in the finding with an equal value.
     */
    public void assertMatches(Finding f) {
      String rule = f.ruleId().value();
      assertThat(f.verdict()).as("%s verdict", rule).isEqualTo(verdict);
      if (score.isPresent()) {
        if (scoreTolerance == 0) {
          assertThat(f.score()).as("%s score", rule).isEqualTo(score.getAsInt());
        } else {
          assertThat(f.score())
              .as("%s score", rule)
              .isCloseTo(score.getAsInt(), within(scoreTolerance));
        }
      }
      if (marginAmount.isPresent()) {
        Object amount = marginAmount.get();
        assertThat(f.margin()).as("%s margin", rule).isPresent();
        if (amount == NO_AMOUNT) {
          assertThat(f.margin().orElseThrow().amount()).as("%s margin amount", rule).isEmpty();
        } else {
          assertThat(f.margin().orElseThrow().amount().map(Reference::plain))
              .as("%s margin amount", rule)
              .contains(amount);
        }
      }
      if (!evidence.isEmpty()) {
        // The finding's evidence by label; the first of a label counts.
        Map<String, Object> actual = new LinkedHashMap<>();
        for (Evidence<?> e : f.evidence()) {
          actual.putIfAbsent(e.label(), e.value());
        }
        for (Map.Entry<String, Object> e : evidence.entrySet()) {
          assertThat(actual)
              .as("%s (%s) evidence %s, in %s", rule, verdict, e.getKey(), f.evidence())
              .containsEntry(e.getKey(), e.getValue());
        }
      }
    }
  }

  /**
   * Evidence values a reference works out, each under the label {@link Evidence#label()} gives it:
   * {@code name}, {@code name [year]} or {@code name [about]}. Values are of the evidence key's
   * type ({@link Money}, {@link Percentage}, {@link FinancialYear}, {@link Long}, {@link Boolean},
   * …).
   */
  public static final class Values {
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Expects {@code name: value}. */
    @CanIgnoreReturnValue
    public Values put(String name, Object value) {
      values.put(name, value);
      return this;
    }

    /** Expects {@code name [year]: value}. */
    @CanIgnoreReturnValue
    public Values put(String name, FinancialYear year, Object value) {
      values.put(name + " [" + year + "]", value);
      return this;
    }

    /** Expects {@code name [about]: value}. */
    @CanIgnoreReturnValue
    public Values put(String name, String about, Object value) {
      values.put(name + " [" + about + "]", value);
      return this;
    }

    /** How many values are expected. */
    public int size() {
      return values.size();
    }
  }

  /**
   * A margin's amount as a reference writes it: money and percentage points as values, score points
   * and rungs as their text ("2 points", "1 rung").
   */
  public static Object plain(Margin.Amount a) {
    if (a instanceof Margin.Amount.OfMoney m) {
      return m.money();
    }
    if (a instanceof Margin.Amount.OfPercentagePoints p) {
      return p.points();
    }
    return a.toString();
  }

  /** {@code score} moved into {@code v}'s band ({@link #band}). */
  public static int clamp(Verdict v, long score) {
    int[] band = band(v);
    return (int) Math.max(band[0], Math.min(band[1], score));
  }

  /**
   * The lowest and highest score of {@code v}'s band, as RULES.md (section 1) gives them — PASS
   * 70–100, WARN 40–69, FAIL 0–39, NOT_ASSESSED 0 — written here, not read from the engine.
   */
  public static int[] band(Verdict v) {
    return switch (v) {
      case PASS -> new int[] {70, 100};
      case WARN -> new int[] {40, 69};
      case FAIL -> new int[] {0, 39};
      case NOT_ASSESSED -> new int[] {0, 0};
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Plain helpers: loops over the agreement, nothing from the engine.

  /** The pence of the allocations {@code which} selects. */
  public static BigInteger sum(LocalAreaAgreement laa, Predicate<Allocation> which) {
    BigInteger s = BigInteger.ZERO;
    for (Allocation a : laa.allocations()) {
      if (which.test(a)) {
        s = s.add(BigInteger.valueOf(a.amount().pence()));
      }
    }
    return s;
  }

  /** The number of allocations {@code which} selects. */
  public static int count(LocalAreaAgreement laa, Predicate<Allocation> which) {
    int n = 0;
    for (Allocation a : laa.allocations()) {
      if (which.test(a)) {
        n++;
      }
    }
    return n;
  }

  /** Whether {@code stream} is listed by a block of the agreement. */
  public static boolean streamInAgreement(LocalAreaAgreement laa, Optional<String> stream) {
    if (stream.isEmpty()) {
      return false;
    }
    for (Block b : laa.blocks()) {
      for (String s : b.streams()) {
        if (s.equals(stream.get())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The body that receives {@code a}, found by a plain search. */
  public static VcsBody recipient(LocalAreaAgreement laa, Allocation a) {
    for (VcsBody b : laa.bodies()) {
      if (b.id().equals(a.recipient())) {
        return b;
      }
    }
    throw new AssertionError("no body " + a.recipient());
  }

  /**
   * NCVO: micro below £10,000, small below £100,000 (RULES.md, section 2); a body known only by its
   * band is micro or small when that band is.
   */
  public static boolean microOrSmall(VcsBody b) {
    if (b.income().isPresent()) {
      return b.income().get().pence() < 100_000_00L;
    }
    String band = b.incomeBand().orElseThrow().name();
    return band.equals("MICRO") || band.equals("SMALL");
  }

  /** The {@code years} years before the agreement, oldest first. */
  public static List<FinancialYear> baselineWindow(LocalAreaAgreement laa, int years) {
    List<FinancialYear> window = new ArrayList<>();
    for (int k = years; k >= 1; k--) {
      window.add(laa.firstYear().plusYears(-k));
    }
    return window;
  }

  /** Whether {@code y} is one of {@code years}. */
  public static boolean inAny(List<FinancialYear> years, FinancialYear y) {
    for (FinancialYear x : years) {
      if (x.equals(y)) {
        return true;
      }
    }
    return false;
  }

  /** {@code n ÷ d} rounded half-even to a whole number. */
  public static BigInteger halfEven(BigInteger n, BigInteger d) {
    return new BigDecimal(n)
        .divide(new BigDecimal(d), 0, RoundingMode.HALF_EVEN)
        .toBigIntegerExact();
  }

  /** {@code ⌈n ÷ d⌉} for positive {@code d}. */
  public static BigInteger ceil(BigInteger n, BigInteger d) {
    BigInteger[] qr = n.divideAndRemainder(d);
    return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
  }

  /** {@code v} as a {@link BigInteger}. */
  public static BigInteger big(long v) {
    return BigInteger.valueOf(v);
  }

  /** An amount beyond the range of {@link Money} is shown as the largest amount. */
  public static Money moneyUpToMax(BigInteger pence) {
    return money(pence.min(LONG_MAX));
  }

  /** {@code pence} as money; it must fit. */
  public static Money money(BigInteger pence) {
    return Money.ofPence(pence.longValueExact());
  }

  /** Spearman's rho of paired values, average ranks for ties, straight from the definition. */
  public static OptionalDouble spearman(List<long[]> pairs) {
    int n = pairs.size();
    if (n < 2) {
      return OptionalDouble.empty();
    }
    double[] rx = new double[n];
    double[] ry = new double[n];
    for (int i = 0; i < n; i++) {
      rx[i] = averageRank(pairs, i, 0);
      ry[i] = averageRank(pairs, i, 1);
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += rx[i] / n;
      my += ry[i] / n;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (rx[i] - mx) * (ry[i] - my);
      sxx += (rx[i] - mx) * (rx[i] - mx);
      syy += (ry[i] - my) * (ry[i] - my);
    }
    if (sxx < 1e-9 || syy < 1e-9) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(sxy / Math.sqrt(sxx * syy));
  }

  /** 1 + the number of values below, + half the number of other values equal. */
  private static double averageRank(List<long[]> pairs, int i, int side) {
    long v = pairs.get(i)[side];
    int below = 0;
    int equal = 0;
    for (int j = 0; j < pairs.size(); j++) {
      long w = pairs.get(j)[side];
      if (w < v) {
        below++;
      } else if (w == v && j != i) {
        equal++;
      }
    }
    return 1 + below + equal / 2.0;
  }
}
