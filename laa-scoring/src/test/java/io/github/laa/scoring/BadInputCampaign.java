package io.github.laa.scoring;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.laa.core.Allocation;
import io.github.laa.core.Area;
import io.github.laa.core.AreaKind;
import io.github.laa.core.Areas;
import io.github.laa.core.Block;
import io.github.laa.core.BlockInvolvement;
import io.github.laa.core.BlockType;
import io.github.laa.core.CommissioningPractice;
import io.github.laa.core.DeflatorSeries;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.FundingStream;
import io.github.laa.core.Indicator;
import io.github.laa.core.InfrastructureProfile;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.Involvement;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Outcome;
import io.github.laa.core.Percentage;
import io.github.laa.core.Problem;
import io.github.laa.core.Purpose;
import io.github.laa.core.Round;
import io.github.laa.core.SmallGrantsProgramme;
import io.github.laa.core.Stage;
import io.github.laa.core.Target;
import io.github.laa.core.VcsBody;
import io.github.laa.scoring.lvsc.Lvsc2006;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;

/**
 * The bad-input campaign: every entry point that takes outside data, fed random and malformed
 * values drawn from a {@link Draw} — a seeded {@link java.util.SplittableRandom} in {@link
 * BadInputTest}, Jazzer's coverage-guided data in {@code BadInputFuzz} (profile {@code fuzz}).
 *
 * <p>For every input it checks the error contract of DESIGN.md §6:
 *
 * <ul>
 *   <li>only {@link InvalidDataException} escapes for bad data — nothing else, ever (the campaign
 *       passes no literal {@code null}, so {@link NullPointerException} is not allowed either; the
 *       one {@link IllegalStateException} it provokes on purpose, setting a strict builder's
 *       attribute twice, is checked separately);
 *   <li>the exception lists every problem planted, each with its path, and each message is one
 *       bounded, printable line;
 *   <li>valid data is never rejected, and what was parsed is what was written;
 *   <li>scoring and rendering a valid agreement never throws.
 * </ul>
 *
 * <p>Each target counts its inputs; a violation is recorded with its input and reported at the end.
 */
@SuppressWarnings("EnumOrdinal") // picks random enum constants by index: values()[d.nextInt(n)]
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

  /** A violation of the error contract. */
  record Violation(String target, String input, Throwable thrown) {}

  private final Map<String, AtomicLong> inputs = new java.util.LinkedHashMap<>();
  private final List<Violation> violations = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private final List<Probe> targets = new ArrayList<>();
  private @Nullable String currentInput;

  private final List<LocalAreaAgreement> valid;
  private final List<LocalAreaAgreement> wide;
  private final List<WideGenerators.Variant> variants;

  /**
   * A campaign whose valid agreements and policies come from pools generated once, with fixed
   * seeds, by {@link io.github.laa.scoring.testing.LaaGenerators} and {@link WideGenerators}.
   */
  static BadInputCampaign withGeneratedPools() {
    return new BadInputCampaign(
        pool(io.github.laa.scoring.testing.LaaGenerators.agreements(), 300, 1),
        pool(WideGenerators.agreements(), 300, 2),
        pool(WideGenerators.variants(), 100, 3));
  }

  private static <T> List<T> pool(Gen<T> gen, int n, long seed) {
    List<T> out = new ArrayList<>();
    org.quicktheories.QuickTheory.qt()
        .withExamples(n)
        .withFixedSeed(seed)
        .forAll(gen)
        .checkAssert(out::add);
    return List.copyOf(out);
  }

  BadInputCampaign(
      List<LocalAreaAgreement> valid,
      List<LocalAreaAgreement> wide,
      List<WideGenerators.Variant> variants) {
    this.valid = valid;
    this.wide = wide;
    this.variants = variants;
    add("Money.parse/tryParse", this::moneyText);
    add("FinancialYear.parse/tryParse", this::yearText);
    add("Percentage.parse/tryParse", this::percentageText);
    add("Money.of/Percentage.of(BigDecimal), Money.scaledBy", this::decimals);
    add("ofPounds/of(long)/FinancialYear.of/plusYears", this::numbers);
    add("builders of the domain types", this::builders);
    add("LocalAreaAgreement with planted problems", this::agreements);
    add("RuleId.of", this::ruleIds);
    add("Policy builder with bad parameters", this::policies);
    add("scoring and rendering valid agreements", this::scoring);
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
    currentInput = null;
    Objects.requireNonNull(inputs.get(names.get(i))).incrementAndGet();
    try {
      targets.get(i).run(d);
    } catch (Throwable t) {
      violations.add(new Violation(names.get(i), String.valueOf(currentInput), t));
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

  // ---------------------------------------------------------------------------------------------
  // The contract, checked on every outcome.

  /** Notes the input for the report of a violation. */
  private void input(Object... parts) {
    StringBuilder sb = new StringBuilder();
    for (Object p : parts) {
      String s = String.valueOf(p);
      sb.append(s.length() > 200 ? s.substring(0, 200) + "…(" + s.length() + ")" : s).append(" | ");
    }
    currentInput = sb.toString();
  }

  /** Runs {@code call}: returns its value, or empty if it threw {@link InvalidDataException}. */
  private static <T> Optional<T> attempt(Supplier<T> call, Set<String> expectedPaths) {
    try {
      return Optional.of(call.get());
    } catch (InvalidDataException e) {
      checkHygiene(e);
      Set<String> paths = new LinkedHashSet<>();
      for (Problem p : e.problems()) {
        paths.add(p.path());
      }
      if (!paths.containsAll(expectedPaths)) {
        throw new AssertionError(
            "planted problems at "
                + expectedPaths
                + " but the exception lists "
                + paths
                + ": "
                + e.getMessage(),
            e);
      }
      return Optional.empty();
    }
  }

  @CanIgnoreReturnValue
  private static <T> T mustSucceed(Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidDataException e) {
      throw new AssertionError("valid data rejected: " + e.getMessage(), e);
    }
  }

  private static void mustFail(Supplier<?> call, Set<String> expectedPaths) {
    Optional<?> r = attempt(call, expectedPaths);
    if (r.isPresent()) {
      throw new AssertionError("invalid data accepted (planted " + expectedPaths + "): " + r.get());
    }
  }

  /** Every problem has a path and a one-line, printable, bounded message. */
  static void checkHygiene(InvalidDataException e) {
    if (e.problems().isEmpty()) {
      throw new AssertionError("an InvalidDataException without problems", e);
    }
    for (Problem p : e.problems()) {
      if (p.message().isEmpty() || p.message().length() > 500 || p.path().length() > 200) {
        throw new AssertionError(
            "unbounded or empty problem: "
                + p.path().length()
                + " / "
                + p.message().length()
                + " chars",
            e);
      }
      if (hasControl(p.message()) || hasControl(p.path())) {
        throw new AssertionError("a problem with control characters or lone surrogates: " + p, e);
      }
    }
  }

  private static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)) {
        return true;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Nasty text.

  private static final String[] ODDITIES = {
    "",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\u2003",
    "\u00A0",
    "\u200B",
    "\uFEFF",
    "\u200F",
    "\u202E",
    "\u2066",
    "\u0000",
    "\u0007",
    "\u001B",
    "\u007F",
    "\u0085",
    "\u009F",
    "\uD800",
    "\uDFFF",
    "\uDBFF\uDFFF",
    "\uD83D\uDE00",
    "\uD83D",
    "\uDE00",
    "e\u0301",
    "\u0301\u0301\u0301",
    "Z\u0351\u0352\u0353\u0354",
    "\u0661\u0662\u0663",
    "\uFF11\uFF12",
    "£",
    "￡",
    "€",
    "$",
    "%",
    "-",
    "--",
    ".",
    ",",
    "'",
    "\"",
    "\\",
    "\\u0000",
    "%s%n",
    "${x}",
    "null",
    "NaN",
    "Infinity",
    "1e5",
    "0x10",
    "k",
    "m",
    "bn",
    "/",
    "2005/06",
    "ا",
    "ש",
    "中文",
    "Ⅻ",
    "ǅ",
    "İ",
    "ß"
  };

  /** Text that is often broken: fragments, oddities, random chars, and very long runs. */
  static String text(Draw d) {
    int kind = d.nextInt(11);
    if (kind == 0) {
      return d.nextRawString(40);
    }
    if (kind == 10) {
      // A surrogate pair across the cut of a quoted message (60 chars in laa-core, 64 in RuleId).
      String pair = d.nextBoolean() ? "\uD83D\uDE00" : "\uDBFF\uDFFF";
      return "x".repeat(d.nextBoolean() ? 59 : 63) + pair + (d.nextBoolean() ? "\u0007" : "");
    }
    if (kind == 1) {
      // Lengths at the limits, including where a message's quote cuts the text (60 and 64 chars).
      int n =
          new int[] {60, 61, 64, 65, 99, 100, 101, 299, 300, 301, 3_999, 4_000, 4_001, 70_000}
              [d.nextInt(14)];
      return "x".repeat(n - 1) + ODDITIES[d.nextInt(ODDITIES.length)];
    }
    StringBuilder sb = new StringBuilder();
    int parts = 1 + d.nextInt(4);
    for (int i = 0; i < parts; i++) {
      switch (d.nextInt(4)) {
        case 0 -> sb.append(ODDITIES[d.nextInt(ODDITIES.length)]);
        case 1 -> sb.append("Body ").append(d.nextInt(1000));
        case 2 -> sb.append((char) d.nextInt(0x3000));
        default -> sb.append(Long.toString(d.nextLong(), 36));
      }
    }
    return sb.toString();
  }

  /**
   * Whether {@code s} is well-formed UTF-16 with no ISO control characters outside {@code allowed}.
   */
  private static boolean clean(String s, String allowed) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) && allowed.indexOf(c) < 0) {
        return false;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The validity of an id (DESIGN.md §6, LocalAreaAgreement's Javadoc): set, not blank, trimmed,
   * printable, ≤ 100.
   */
  static boolean validId(String s) {
    return !s.isBlank() && s.length() <= 100 && s.equals(s.strip()) && clean(s, "");
  }

  static boolean validName(String s) {
    return !s.isBlank() && s.length() <= 300 && clean(s, "");
  }

  static boolean validNote(String s) {
    return !s.isBlank() && s.length() <= 4_000 && clean(s, "\n\t\r");
  }

  /** Mutates {@code s}: deletes, inserts or replaces a char, or wraps it. */
  private static String mutate(Draw d, String s) {
    StringBuilder sb = new StringBuilder(s);
    int edits = 1 + d.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = sb.length() == 0 ? 0 : d.nextInt(sb.length() + 1);
      String odd = ODDITIES[d.nextInt(ODDITIES.length)];
      switch (d.nextInt(5)) {
        case 0 -> {
          if (at < sb.length()) {
            sb.deleteCharAt(at);
          }
        }
        case 1 -> sb.insert(at, odd);
        case 2 -> sb.insert(at, (char) ('0' + d.nextInt(10)));
        case 3 -> {
          if (at < sb.length()) {
            sb.setCharAt(at, (char) d.nextInt(0x3000));
          }
        }
        default -> sb.insert(0, odd).append(odd);
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Parsers.

  private static long pence(Draw d) {
    return switch (d.nextInt(5)) {
      case 0 -> d.nextLong();
      case 1 -> d.nextInt(1_000_000) - 500_000;
      case 2 ->
          new long[] {
                0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1
              }
              [d.nextInt(7)];
      default -> d.nextLong() % 10_000_000_000L;
    };
  }

  private void moneyText(Draw d) {
    long p = pence(d);
    Money m = Money.ofPence(p);
    String s;
    boolean valid = d.nextInt(3) == 0;
    if (valid) {
      BigDecimal pounds = m.toPounds();
      String plain = pounds.abs().toPlainString();
      String sign = p < 0 ? "-" : "";
      s =
          switch (d.nextInt(5)) {
            case 0 -> m.toString();
            case 1 -> sign + plain;
            case 2 -> " \t" + sign + "£" + plain + "\n";
            case 3 -> {
              // The shortest exact suffix form, when there is one: £1.5k, 2m, 0.000001bn.
              String[] suffixes = {"k", "m", "bn"};
              int k = d.nextInt(3);
              BigDecimal scaled = pounds.abs().movePointLeft(3 * (k + 1)).stripTrailingZeros();
              yield sign
                  + "£"
                  + scaled.toPlainString()
                  + (d.nextBoolean() ? suffixes[k] : suffixes[k].toUpperCase(Locale.ROOT));
            }
            default -> m.toString().replace("£", "");
          };
    } else {
      s = d.nextBoolean() ? mutate(d, m.toString()) : text(d);
    }
    String text = s;
    input("money", text);
    Optional<Money> parsed = attempt(() -> Money.parse(text), Set.of(""));
    Optional<Money> tried = Money.tryParse(text);
    if (!parsed.equals(tried)) {
      throw new AssertionError("parse and tryParse disagree: " + parsed + " vs " + tried);
    }
    if (valid && !parsed.equals(Optional.of(m))) {
      throw new AssertionError("valid amount " + text + " read as " + parsed + ", not " + m);
    }
    parsed.ifPresent(
        x -> {
          if (!Money.parse(x.toString()).equals(x)) {
            throw new AssertionError("format/parse round trip broke for " + x);
          }
        });
  }

  private void yearText(Draw d) {
    int start =
        FinancialYear.MIN_START_YEAR
            + d.nextInt(FinancialYear.MAX_START_YEAR - FinancialYear.MIN_START_YEAR + 1);
    FinancialYear y = FinancialYear.of(start);
    boolean valid = d.nextInt(3) == 0;
    String two = String.format(Locale.ROOT, "%02d", (start + 1) % 100);
    String s =
        valid
            ? switch (d.nextInt(4)) {
              case 0 -> y.toString();
              case 1 -> start + "-" + two;
              case 2 -> start + "/" + (start + 1) % 10;
              default -> "  " + y + "\t";
            }
            : d.nextBoolean() ? mutate(d, y.toString()) : text(d);
    input("year", s);
    Optional<FinancialYear> parsed = attempt(() -> FinancialYear.parse(s), Set.of(""));
    if (!parsed.equals(FinancialYear.tryParse(s))) {
      throw new AssertionError("parse and tryParse disagree");
    }
    if (valid && !parsed.equals(Optional.of(y))) {
      throw new AssertionError("valid year " + s + " read as " + parsed);
    }
  }

  private void percentageText(Draw d) {
    long bp =
        d.nextBoolean()
            ? d.nextInt(2_000_000) - 1_000_000
            : d.nextLong() % 100_000_000_000_000_000L;
    Percentage p = Percentage.ofBasisPoints(bp);
    // Percentage.parse takes at most 15 digits before the point.
    boolean valid = d.nextInt(3) == 0 && Math.abs(bp) < 100_000_000_000_000_000L;
    String s =
        valid
            ? switch (d.nextInt(3)) {
              case 0 -> p.toString();
              case 1 -> p.toPercent().toPlainString();
              default -> " " + p.toPercent().stripTrailingZeros().toPlainString() + " % ";
            }
            : d.nextBoolean() ? mutate(d, p.toString()) : text(d);
    input("percentage", s);
    Optional<Percentage> parsed = attempt(() -> Percentage.parse(s), Set.of(""));
    if (!parsed.equals(Percentage.tryParse(s))) {
      throw new AssertionError("parse and tryParse disagree");
    }
    if (valid && !parsed.equals(Optional.of(p))) {
      throw new AssertionError("valid percentage " + s + " read as " + parsed);
    }
    parsed.ifPresent(
        x -> {
          if (!Percentage.parse(x.toString()).equals(x)) {
            throw new AssertionError("format/parse round trip broke for " + x);
          }
        });
  }

  /** Decimals of every size and scale, the extremes included. */
  static BigDecimal decimal(Draw d) {
    BigInteger unscaled =
        switch (d.nextInt(4)) {
          case 0 -> BigInteger.valueOf(d.nextInt(2_000) - 1_000);
          case 1 -> BigInteger.valueOf(d.nextLong());
          case 2 ->
              new BigInteger(1 + d.nextInt(300), new java.util.Random(d.nextLong()))
                  .multiply(BigInteger.valueOf(d.nextBoolean() ? 1 : -1));
          default ->
              BigInteger.valueOf(new long[] {0, 1, -1, 10, 100, 999_999_999_999L}[d.nextInt(6)]);
        };
    int scale =
        switch (d.nextInt(4)) {
          case 0 -> d.nextInt(9) - 3;
          case 1 -> d.nextInt(80) - 40;
          case 2 ->
              new int[] {
                    Integer.MIN_VALUE,
                    Integer.MIN_VALUE + 1,
                    Integer.MAX_VALUE,
                    Integer.MAX_VALUE - 1,
                    -2_000_000_000,
                    2_000_000_000,
                    1_000_000,
                    -1_000_000
                  }
                  [d.nextInt(8)];
          default -> d.nextInt(5);
        };
    return new BigDecimal(unscaled, scale);
  }

  private void decimals(Draw d) {
    BigDecimal v = decimal(d);
    input("decimal", v.unscaledValue(), v.scale());
    attempt(() -> Money.of(v), Set.of())
        .ifPresent(
            m -> {
              if (m.toPounds().compareTo(v) != 0) {
                throw new AssertionError("Money.of(" + v + ") is " + m);
              }
            });
    attempt(() -> Percentage.of(v), Set.of())
        .ifPresent(
            p -> {
              if (p.toPercent().compareTo(v) != 0) {
                throw new AssertionError("Percentage.of(" + v + ") is " + p);
              }
            });
    Money m = Money.ofPence(pence(d));
    // |v| < 10^magnitude; the exact product is only worked out where its scale stays in range.
    long magnitude = (long) v.precision() - v.scale();
    try {
      Money scaled = m.scaledBy(v);
      if (magnitude < -30 || v.signum() == 0) {
        if (!scaled.isZero()) {
          throw new AssertionError(m + " × " + v + " gave " + scaled + ", not £0.00");
        }
      } else if (m.toPounds()
              .multiply(v)
              .subtract(scaled.toPounds())
              .abs()
              .compareTo(new BigDecimal("0.005"))
          > 0) {
        throw new AssertionError(m + " × " + v + " gave " + scaled);
      }
    } catch (ArithmeticException e) {
      // Documented: the product does not fit in a long number of pence.
      boolean fits =
          magnitude < 0
              || (magnitude <= 40
                  && m.toPounds().multiply(v).abs().compareTo(new BigDecimal("90000000000000000"))
                      < 0);
      if (fits) {
        throw new AssertionError("scaledBy threw for a product that fits: " + m + " × " + v, e);
      }
    }
  }

  private void numbers(Draw d) {
    long n = pence(d);
    input("long", n);
    attempt(
            () -> Money.ofPounds(n),
            Set.of(n > Long.MAX_VALUE / 100 || n < Long.MIN_VALUE / 100 ? "pounds" : "-"))
        .ifPresent(
            m -> {
              if (m.pence() != n * 100) {
                throw new AssertionError("ofPounds(" + n + ") is " + m);
              }
            });
    attempt(() -> Percentage.of(n), Set.of())
        .ifPresent(
            p -> {
              if (p.basisPoints() != n * 100) {
                throw new AssertionError("Percentage.of(" + n + ") is " + p);
              }
            });
    int year = (int) n;
    boolean inRange = year >= FinancialYear.MIN_START_YEAR && year <= FinancialYear.MAX_START_YEAR;
    Optional<FinancialYear> y =
        attempt(() -> FinancialYear.of(year), inRange ? Set.of() : Set.of("startYear"));
    if (y.isPresent() != inRange) {
      throw new AssertionError(
          "FinancialYear.of(" + year + ") " + (inRange ? "rejected" : "accepted"));
    }
    int by = d.nextBoolean() ? d.nextInt(20_000) - 10_000 : (int) d.nextLong();
    FinancialYear from = FinancialYear.of(2006);
    long target = 2006L + by;
    boolean fits = target >= FinancialYear.MIN_START_YEAR && target <= FinancialYear.MAX_START_YEAR;
    Optional<FinancialYear> moved =
        attempt(() -> from.plusYears(by), fits ? Set.of() : Set.of("startYear"));
    if (moved.isPresent() != fits
        || moved.map(FinancialYear::startYear).orElse((int) target) != target) {
      throw new AssertionError("plusYears(" + by + ") gave " + moved);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Builders: each attribute valid or broken at random; every broken one must be listed.

  /** A value for an attribute and whether it is valid. */
  private record Pick<T>(T value, boolean valid) {}

  private static Pick<String> id(Draw d) {
    String s = d.nextInt(3) == 0 ? "id-" + d.nextInt(100) : text(d);
    return new Pick<>(s, validId(s));
  }

  private static Pick<String> name(Draw d) {
    String s = d.nextInt(3) == 0 ? "Name " + d.nextInt(100) : text(d);
    return new Pick<>(s, validName(s));
  }

  private static Pick<Money> money(Draw d) {
    long p =
        d.nextInt(4) == 0
            ? -1 - d.nextInt(1_000_000)
            : d.nextBoolean() ? d.nextInt(1_000_000_000) : pence(d);
    return new Pick<>(Money.ofPence(p), p >= 0);
  }

  private static Pick<Integer> intIn(Draw d, int min, int max) {
    int v =
        switch (d.nextInt(3)) {
          case 0 -> (int) (min + Math.floorMod(d.nextLong(), (long) max - min + 1));
          case 1 -> (int) d.nextLong();
          default ->
              new int[] {min - 1, max + 1, min, max, 0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}
                  [d.nextInt(8)];
        };
    return new Pick<>(v, v >= min && v <= max);
  }

  private static Pick<Percentage> share(Draw d) {
    long bp = d.nextBoolean() ? d.nextInt(10_001) : d.nextInt(40_000) - 20_000;
    return new Pick<>(Percentage.ofBasisPoints(bp), bp >= 0 && bp <= 10_000);
  }

  /** Collects the paths of the attributes picked broken. */
  private static final class Planted {
    final Set<String> paths = new LinkedHashSet<>();

    @CanIgnoreReturnValue
    <T> T take(String path, Pick<T> p) {
      if (!p.valid()) {
        paths.add(path);
      }
      return p.value();
    }

    /** Builds; must fail listing every planted path, or succeed if nothing was planted. */
    void check(Supplier<?> build) {
      if (paths.isEmpty()) {
        mustSucceed(build);
      } else {
        mustFail(build, paths);
      }
    }
  }

  private void builders(Draw d) {
    Planted p = new Planted();
    switch (d.nextInt(13)) {
      case 0 -> {
        String id = p.take("id", id(d));
        String name = p.take("name", name(d));
        Money income = p.take("income", money(d));
        input("VcsBody", id, name, income);
        p.check(
            () ->
                VcsBody.builder()
                    .id(id)
                    .name(name)
                    .income(income)
                    .communityBased(d.nextBoolean())
                    .build());
      }
      case 1 -> {
        String id = p.take("id", id(d));
        String name = p.take("name", name(d));
        input("FundingStream", id, name);
        p.check(
            () -> FundingStream.builder().id(id).name(name).ringFenced(d.nextBoolean()).build());
      }
      case 2 -> {
        String recipient = p.take("recipient", id(d));
        String stream = p.take("stream", id(d));
        String outcome = p.take("outcome", id(d));
        Money amount = p.take("amount", money(d));
        int term = p.take("termYears", intIn(d, 1, Allocation.MAX_TERM_YEARS));
        input("Allocation", recipient, stream, outcome, amount, term);
        p.check(
            () ->
                Allocation.builder().recipient(recipient).stream(stream)
                    .outcome(outcome)
                    .year(FinancialYear.of(2006))
                    .amount(amount)
                    .purpose(Purpose.values()[d.nextInt(Purpose.values().length)])
                    .termYears(term)
                    .build());
      }
      case 3 -> {
        String id = p.take("id", id(d));
        String name = p.take("name", name(d));
        String s0 = p.take("streams[0]", id(d));
        boolean repeat = d.nextBoolean();
        if (repeat) {
          p.paths.add("streams[1]");
        }
        input("Block", id, name, s0, repeat);
        p.check(
            () -> {
              Block.Builder b =
                  Block.builder().type(BlockType.LOCAL_THEME).id(id).name(name).addStream(s0);
              if (repeat) {
                b.addStream(s0);
              }
              return b.build();
            });
      }
      case 4 -> {
        String id = p.take("id", id(d));
        String title = p.take("title", name(d));
        input("Outcome", id, title);
        p.check(() -> Outcome.builder().id(id).title(title).build());
      }
      case 5 -> {
        String code = p.take("code", id(d));
        String description = p.take("description", name(d));
        boolean repeat = d.nextBoolean();
        if (repeat) {
          p.paths.add("targets[1].year");
        }
        input("Indicator", code, description, repeat);
        Target t =
            Target.builder()
                .year(FinancialYear.of(2007))
                .baseline(BigDecimal.ONE)
                .value(BigDecimal.TEN)
                .build();
        p.check(
            () ->
                Indicator.builder()
                    .code(code)
                    .description(description)
                    .addTarget(t)
                    .addAllTargets(repeat ? List.of(t) : List.of())
                    .build());
      }
      case 6 -> {
        BigDecimal baseline = decimal(d);
        BigDecimal value = decimal(d);
        BigDecimal stretch = decimal(d);
        int direction = value.compareTo(baseline);
        boolean ambitious =
            direction == 0
                || (direction > 0 ? stretch.compareTo(value) >= 0 : stretch.compareTo(value) <= 0);
        p.take("stretch", new Pick<>(stretch, ambitious));
        input("Target", baseline, value, stretch);
        p.check(
            () ->
                Target.builder()
                    .year(FinancialYear.of(2007))
                    .baseline(baseline)
                    .value(value)
                    .stretch(stretch)
                    .build());
      }
      case 7 -> {
        String id = p.take("id", id(d));
        String name = p.take("name", name(d));
        Money budget = p.take("budgets[2006/07]", money(d));
        Money maxGrant = p.take("maxGrant", money(d));
        Money cap = p.take("incomeCap", money(d));
        String admin = p.take("administeredBy", id(d));
        input("SmallGrantsProgramme", id, name, budget, maxGrant, cap, admin);
        p.check(
            () ->
                SmallGrantsProgramme.builder()
                    .id(id)
                    .name(name)
                    .putBudget(FinancialYear.of(2006), budget)
                    .maxGrant(maxGrant)
                    .incomeCap(cap)
                    .administeredBy(admin)
                    .build());
      }
      case 8 -> {
        String block = p.take("block", id(d));
        String note = text(d);
        p.take("note", new Pick<>(note, validNote(note)));
        input("BlockInvolvement", block, note);
        p.check(
            () ->
                BlockInvolvement.builder()
                    .block(block)
                    .stage(Stage.DESIGN)
                    .level(InvolvementLevel.INVOLVED)
                    .note(note)
                    .build());
      }
      case 9 -> {
        String note = text(d);
        p.take("strategicNote", new Pick<>(note, validNote(note)));
        boolean repeat = d.nextBoolean();
        if (repeat) {
          p.paths.add("blocks[1]");
        }
        input("Involvement", note, repeat);
        BlockInvolvement e = BlockInvolvement.of("CYP", Stage.DESIGN, InvolvementLevel.NONE);
        p.check(
            () ->
                Involvement.builder()
                    .strategic(InvolvementLevel.PARTNER)
                    .strategicNote(note)
                    .addBlock(e)
                    .addAllBlocks(repeat ? List.of(e) : List.of())
                    .build());
      }
      case 10 -> {
        Money funding = p.take("annualFunding", money(d));
        BigDecimal fte = decimal(d);
        p.take("staffFte", new Pick<>(fte, fte.signum() >= 0));
        int rating = p.take("qualityRating", intIn(d, 1, 5));
        input("InfrastructureProfile", funding, fte, rating);
        p.check(() -> InfrastructureProfile.of(funding, fte, rating));
      }
      case 11 -> {
        Percentage a = p.take("threeYearTermsShare", share(d));
        Percentage b = p.take("fullCostRecoveryShare", share(d));
        Percentage c = p.take("paidInAdvanceShare", share(d));
        int weeks = p.take("consultationWeeks", intIn(d, 0, Integer.MAX_VALUE));
        int months = p.take("noticeMonths", intIn(d, 0, Integer.MAX_VALUE));
        input("CommissioningPractice", a, b, c, weeks, months);
        p.check(
            () ->
                CommissioningPractice.builder()
                    .threeYearTermsShare(a)
                    .fullCostRecoveryShare(b)
                    .paidInAdvanceShare(c)
                    .consultationWeeks(weeks)
                    .noticeMonths(months)
                    .build());
      }
      default -> {
        if (d.nextBoolean()) {
          String name = p.take("name", name(d));
          BigDecimal index = decimal(d);
          boolean ok =
              index.signum() > 0
                  && (long) index.precision() - index.scale() <= 12
                  && index.scale() <= 12;
          p.take("indices[2005/06]", new Pick<>(index, ok));
          input("DeflatorSeries", name, index.unscaledValue(), index.scale());
          p.check(
              () ->
                  DeflatorSeries.builder()
                      .name(name)
                      .putIndex(FinancialYear.of(2005), index)
                      .build());
        } else {
          String code =
              d.nextBoolean()
                  ? String.format(Locale.ROOT, "E%02d%06d", d.nextInt(12), d.nextInt(1_000_000))
                  : text(d);
          AreaKind kind = AreaKind.values()[d.nextInt(AreaKind.values().length)];
          boolean ok = code.matches("E[0-9]{8}") && code.startsWith(kind.codePrefix());
          p.take("code", new Pick<>(code, ok));
          String name = p.take("name", name(d));
          input("Area", code, name, kind);
          p.check(() -> Area.of(code, name, kind));
        }
      }
    }
  }

  /** A strict builder rejects a second value for the same attribute: misuse, not bad data. */
  static boolean strictBuilderRejectsASecondValue() {
    try {
      VcsBody.builder().id("a").id("b");
      return false;
    } catch (IllegalStateException expected) {
      return true;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Agreements: several problems planted at once; all must be listed.

  /** A valid agreement from the pool of generated ones. */
  private LocalAreaAgreement validAgreement(Draw d) {
    return valid.get(d.nextInt(valid.size()));
  }

  private void agreements(Draw d) {
    LocalAreaAgreement base = validAgreement(d);
    Round round = base.round();
    List<Block> blocks = new ArrayList<>(base.blocks());
    List<FundingStream> streams = new ArrayList<>(base.streams());
    List<VcsBody> bodies = new ArrayList<>(base.bodies());
    List<Allocation> allocations = new ArrayList<>(base.allocations());
    List<SmallGrantsProgramme> programmes = new ArrayList<>(base.smallGrantsProgrammes());
    Involvement involvement =
        base.involvement().orElse(Involvement.builder().strategic(InvolvementLevel.NONE).build());
    List<BlockInvolvement> entries = new ArrayList<>(involvement.blocks());
    Set<String> paths = new LinkedHashSet<>();
    int count = d.nextInt(5);
    FinancialYear first = base.firstYear();
    for (int k = 0; k < count; k++) {
      int kind = d.nextInt(14);
      Allocation good =
          Allocation.builder()
              .recipient(bodies.get(0).id())
              .year(first)
              .amount(Money.ofPence(d.nextInt(1_000)))
              .purpose(Purpose.CORE)
              .build();
      switch (kind) {
        case 0 -> {
          paths.add("allocations[" + allocations.size() + "].recipient");
          allocations.add(good.withRecipient("nobody-" + d.nextInt(9)));
        }
        case 1 -> {
          paths.add("allocations[" + allocations.size() + "].stream");
          allocations.add(good.withStream("ghost"));
        }
        case 2 -> {
          paths.add("allocations[" + allocations.size() + "].outcome");
          allocations.add(good.withOutcome("no-such-outcome"));
        }
        case 3 -> {
          paths.add("allocations[" + allocations.size() + "].year");
          allocations.add(good.withYear(base.lastYear().plusYears(1 + d.nextInt(5))));
        }
        case 4 -> {
          paths.add("bodies[" + bodies.size() + "].id");
          bodies.add(bodies.get(d.nextInt(bodies.size())).withName("Twin"));
        }
        case 5 -> {
          paths.add("streams[" + streams.size() + "].id");
          streams.add(streams.get(d.nextInt(streams.size())).withName("Twin stream"));
        }
        case 6 -> {
          paths.add("blocks[" + blocks.size() + "].streams[0]");
          blocks.add(
              Block.builder()
                  .type(BlockType.LOCAL_THEME)
                  .id("T" + blocks.size())
                  .name("Theme")
                  .addStream("ghost")
                  .build());
        }
        case 7 -> {
          paths.add("blocks[" + blocks.size() + "].id");
          blocks.add(blocks.get(0).withOutcomes(List.of()));
        }
        case 8 -> {
          if (round.allowsEconomicDevelopment()) {
            continue; // an EDE block is valid from round 2: nothing planted
          }
          paths.add("blocks[" + blocks.size() + "].type");
          blocks.add(
              Block.builder()
                  .type(BlockType.ECONOMIC_DEVELOPMENT_AND_ENTERPRISE)
                  .id("EDE" + blocks.size())
                  .build());
        }
        case 9 -> {
          paths.add("involvement.blocks[" + entries.size() + "].block");
          entries.add(
              BlockInvolvement.of(
                  "NO-BLOCK-" + entries.size(),
                  Stage.values()[d.nextInt(4)],
                  InvolvementLevel.INVOLVED));
        }
        case 10 -> {
          paths.add("smallGrantsProgrammes[" + programmes.size() + "].administeredBy");
          programmes.add(programme(programmes.size()).withAdministeredBy("nobody"));
        }
        case 11 -> {
          FinancialYear late = base.lastYear().plusYears(1);
          paths.add("smallGrantsProgrammes[" + programmes.size() + "].budgets[" + late + "]");
          programmes.add(programme(programmes.size()).withBudgets(Map.of(late, Money.ofPence(1))));
        }
        case 12 -> {
          paths.add("allocations");
          allocations.add(good.withAmount(Money.ofPence(Long.MAX_VALUE)));
          allocations.add(good.withAmount(Money.ofPence(Long.MAX_VALUE)));
        }
        default -> {
          paths.add("blocks[" + blocks.size() + "].outcomes[0].indicators[0].targets[0].year");
          Target late =
              Target.builder()
                  .year(base.lastYear().plusYears(1))
                  .baseline(BigDecimal.ONE)
                  .value(BigDecimal.TEN)
                  .build();
          blocks.add(
              Block.builder()
                  .type(BlockType.LOCAL_THEME)
                  .id("X" + blocks.size())
                  .name("Late")
                  .addOutcome(
                      Outcome.builder()
                          .id("x-outcome-" + blocks.size())
                          .title("Late")
                          .addIndicator(
                              Indicator.builder()
                                  .code("X " + blocks.size())
                                  .description("Late")
                                  .addTarget(late)
                                  .build())
                          .build())
                  .build());
        }
      }
    }
    Involvement inv = involvement.withBlocks(entries);
    input("agreement", base.area().code(), round, "planted " + paths);
    Supplier<LocalAreaAgreement> build =
        () ->
            LocalAreaAgreement.builder()
                .area(base.area())
                .round(round)
                .addAllBlocks(blocks)
                .addAllStreams(streams)
                .addAllBodies(bodies)
                .addAllAllocations(allocations)
                .addAllSmallGrantsProgrammes(programmes)
                .involvement(inv)
                .build();
    if (paths.isEmpty()) {
      mustSucceed(build);
    } else {
      mustFail(build, paths);
    }
  }

  private static SmallGrantsProgramme programme(int i) {
    return SmallGrantsProgramme.builder()
        .id("planted-" + i)
        .name("Planted")
        .maxGrant(Money.ZERO)
        .incomeCap(Money.ZERO)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Scoring module entry points.

  private void ruleIds(Draw d) {
    String s =
        switch (d.nextInt(4)) {
          case 0 ->
              "R" + Long.toString(Math.abs(d.nextLong() % 1_000_000), 36).toUpperCase(Locale.ROOT);
          case 1 -> mutate(d, "NET_RESOURCE_LOSS");
          case 2 -> "A".repeat(1 + d.nextInt(70));
          default -> text(d);
        };
    input("RuleId", s);
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
  private void policies(Draw d) {
    Policy base = Lvsc2006.policy();
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
    input("policy", draw.chosen, "expect " + draw.paths);
    if (draw.paths.isEmpty()) {
      Policy policy = mustSucceed(b::build);
      LocalAreaAgreement laa = validAgreement(d);
      Scorecard card = policy.score(laa);
      if (card.findings().size() != rules.size() || card.toText().isEmpty()) {
        throw new AssertionError("a valid policy scored badly: " + card);
      }
      draw.checkHeldBy(policy, card);
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
              : BadInputCampaign.share(d));
    }

    @Override
    public void money(Parameter<Money> p) {
      take(
          p,
          clean
              ? new Pick<>(Money.ofPence(d.nextInt(1_000_000_000)), true)
              : BadInputCampaign.money(d));
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

  private void scoring(Draw d) {
    LocalAreaAgreement laa = wide.get(d.nextInt(wide.size()));
    Policy policy =
        d.nextBoolean() ? Lvsc2006.policy() : variants.get(d.nextInt(variants.size())).policy();
    input("scoring", laa.area().code(), laa.allocations().size() + " allocations", policy);
    Scorecard card = policy.score(laa);
    String text = card.toText();
    String markdown = card.toMarkdown();
    if (text.isEmpty() || markdown.isEmpty() || card.findings().size() != policy.entries().size()) {
      throw new AssertionError("empty rendering");
    }
    for (Finding f : card.findings()) {
      Objects.requireNonNull(f.toString());
      f.margin().ifPresent(m -> Objects.requireNonNull(m.toString()));
      for (Evidence<?> e : f.evidence()) {
        Objects.requireNonNull(e.toString());
      }
    }
    if (d.nextInt(4) == 0) {
      List<LocalAreaAgreement> cohort = new ArrayList<>();
      int n = 2 + d.nextInt(5);
      for (int i = 0; i < n; i++) {
        cohort.add(wide.get(d.nextInt(wide.size())).withArea(Areas.london().get(i)));
      }
      CohortScorecard scored = policy.scoreCohort(cohort);
      Objects.requireNonNull(scored.toText());
      Objects.requireNonNull(scored.toMarkdown());
      Objects.requireNonNull(scored.diff(Lvsc2006.policy().scoreCohort(cohort)).toString());
    }
  }
}
