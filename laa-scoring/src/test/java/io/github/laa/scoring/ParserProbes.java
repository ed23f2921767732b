package io.github.laa.scoring;

import static io.github.laa.scoring.BadValues.decimal;
import static io.github.laa.scoring.BadValues.mutate;
import static io.github.laa.scoring.BadValues.pence;
import static io.github.laa.scoring.BadValues.text;
import static io.github.laa.scoring.ErrorContract.attempt;

import io.github.laa.core.FinancialYear;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.BadInputCampaign.Draw;
import io.github.laa.scoring.BadInputCampaign.Input;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The bad-input campaign's targets in laa-core's parsers and number factories: {@code Money},
 * {@code FinancialYear} and {@code Percentage} from text, from decimals and from whole numbers,
 * valid and mutated. Parsing and trying to parse agree, and what is parsed is what was written.
 */
final class ParserProbes {
  private final Input in;
  private final BadInputCampaign.Coverage coverage;

  ParserProbes(Input in, BadInputCampaign.Coverage coverage) {
    this.in = in;
    this.coverage = coverage;
    for (String kind : ARITHMETIC_KINDS) {
      coverage.declare("Money arithmetic: " + kind);
    }
  }

  /** The edges of {@code Money}'s arithmetic that the bounded run must reach. */
  static final List<String> ARITHMETIC_KINDS =
      List.of(
          "dividedBy: Long.MIN_VALUE ÷ -1",
          "dividedBy: ÷ 0",
          "dividedBy: not exact, UNNECESSARY",
          "dividedBy: an exact result",
          "dividedBy: Long.MIN_VALUE or Long.MAX_VALUE, an exact result",
          "dividedBy: a rounded half",
          "scaledBy: a result that fits",
          "scaledBy: an extreme amount, a result that fits",
          "scaledBy: a product beyond long",
          "scaledBy: a product below 0.1p",
          "scaledBy: a half penny",
          "scaledBy: a scale at the edge of int",
          "plus, minus, multipliedBy, negated, abs: a result that fits",
          "plus, minus, multipliedBy, negated, abs: beyond long");

  private static final long[] EDGES = {
    Long.MIN_VALUE,
    Long.MIN_VALUE + 1,
    Long.MAX_VALUE,
    Long.MAX_VALUE - 1,
    Long.MIN_VALUE / 2,
    Long.MAX_VALUE / 2 + 1,
    Integer.MIN_VALUE,
    Integer.MAX_VALUE + 1L,
    -3,
    -2,
    -1,
    0,
    1,
    2,
    3,
    5,
    10,
    100
  };

  /** An amount or factor at the edges of {@code long} half the time, else any. */
  private static long edge(Draw d) {
    return d.nextBoolean() ? EDGES[d.nextInt(EDGES.length)] : pence(d);
  }

  private static boolean fits(BigInteger n) {
    return n.bitLength() < 64;
  }

  /**
   * {@code Money}'s arithmetic at the edges of {@code long}: {@code dividedBy} with every rounding
   * mode (the most negative amount ÷ -1, whose quotient is not a long, among them), {@code
   * scaledBy} with factors of every size and scale, and {@code plus}, {@code minus}, {@code
   * multipliedBy}, {@code negated} and {@code abs}. The exact result, worked out with {@link
   * BigInteger} and {@link BigDecimal}, decides: where it fits (rounded as documented), the result
   * must be exactly it; where it does not, the call must throw {@link ArithmeticException} — that
   * class exactly, the documented exception for arithmetic — and nothing else.
   */
  void moneyArithmetic(Draw d) {
    switch (d.nextInt(3)) {
      case 0 -> dividedBy(d);
      case 1 -> scaledBy(d);
      default -> sums(d);
    }
  }

  private void dividedBy(Draw d) {
    long pence = edge(d);
    long divisor = edge(d);
    RoundingMode mode = RoundingMode.values()[d.nextInt(RoundingMode.values().length)];
    in.note("dividedBy", pence, divisor, mode);
    @Nullable BigInteger expected = null;
    if (divisor == 0) {
      coverage.hit("Money arithmetic: dividedBy: ÷ 0");
    } else {
      try {
        expected =
            new BigDecimal(pence).divide(new BigDecimal(divisor), 0, mode).toBigIntegerExact();
      } catch (ArithmeticException inexact) {
        coverage.hit("Money arithmetic: dividedBy: not exact, UNNECESSARY");
      }
    }
    if (expected != null && !fits(expected)) {
      coverage.hit("Money arithmetic: dividedBy: Long.MIN_VALUE ÷ -1");
      expected = null;
    } else if (expected != null) {
      coverage.hit("Money arithmetic: dividedBy: an exact result");
      if (pence == Long.MIN_VALUE || pence == Long.MAX_VALUE) {
        coverage.hit(
            "Money arithmetic: dividedBy: Long.MIN_VALUE or Long.MAX_VALUE, an exact result");
      }
      if (BigInteger.valueOf(pence)
          .remainder(BigInteger.valueOf(divisor))
          .abs()
          .shiftLeft(1)
          .equals(BigInteger.valueOf(divisor).abs())) {
        coverage.hit("Money arithmetic: dividedBy: a rounded half");
      }
    }
    String what = Money.ofPence(pence) + " ÷ " + divisor + " " + mode;
    try {
      Money q = Money.ofPence(pence).dividedBy(divisor, mode);
      if (expected == null || q.pence() != expected.longValueExact()) {
        throw new AssertionError(
            what
                + " gave "
                + q
                + ", not "
                + (expected == null ? "ArithmeticException" : expected + "p"));
      }
    } catch (ArithmeticException e) {
      ErrorContract.arithmetic(e, expected != null, what);
    }
  }

  private static final BigDecimal[] FACTORS = {
    BigDecimal.ZERO,
    BigDecimal.ONE,
    BigDecimal.ONE.negate(),
    new BigDecimal("0.5"),
    new BigDecimal("-0.5"),
    new BigDecimal("1.5"),
    new BigDecimal("2"),
    new BigDecimal("-2"),
    new BigDecimal("0.005"),
    new BigDecimal("1E-30"),
    new BigDecimal("1E+30"),
    new BigDecimal("9.223372036854775807"),
    new BigDecimal("1.0000000000000000001"),
    new BigDecimal("0.99999999999999999999"),
    new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE),
    new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE),
    new BigDecimal(BigInteger.valueOf(-7), Integer.MIN_VALUE + 1),
    new BigDecimal(BigInteger.valueOf(5), Integer.MAX_VALUE)
  };

  private void scaledBy(Draw d) {
    long pence = edge(d);
    BigDecimal factor = d.nextBoolean() ? FACTORS[d.nextInt(FACTORS.length)] : decimal(d);
    in.note("scaledBy", pence, factor.unscaledValue(), factor.scale());
    if (factor.scale() <= Integer.MIN_VALUE + 1 || factor.scale() >= Integer.MAX_VALUE - 1) {
      coverage.hit("Money arithmetic: scaledBy: a scale at the edge of int");
    }
    // The exact product, then half-even to the penny, worked out only where it can fit: a
    // product of more than 19 whole digits cannot, and one below 0.1p rounds to nothing.
    BigDecimal product = new BigDecimal(pence).multiply(factor);
    long digits = (long) product.precision() - product.scale();
    @Nullable BigInteger expected;
    if (product.signum() == 0) {
      expected = BigInteger.ZERO;
    } else if (digits > 19) {
      expected = null;
    } else if (digits < 0) {
      coverage.hit("Money arithmetic: scaledBy: a product below 0.1p");
      expected = BigInteger.ZERO;
    } else {
      BigDecimal whole = product.setScale(0, RoundingMode.HALF_EVEN);
      if (product
              .subtract(product.setScale(0, RoundingMode.DOWN))
              .abs()
              .compareTo(new BigDecimal("0.5"))
          == 0) {
        coverage.hit("Money arithmetic: scaledBy: a half penny");
      }
      expected = whole.toBigIntegerExact();
    }
    if (expected != null && !fits(expected)) {
      expected = null;
    }
    if (expected == null) {
      coverage.hit("Money arithmetic: scaledBy: a product beyond long");
    } else {
      coverage.hit("Money arithmetic: scaledBy: a result that fits");
      if (pence == Long.MIN_VALUE || pence == Long.MAX_VALUE) {
        coverage.hit("Money arithmetic: scaledBy: an extreme amount, a result that fits");
      }
    }
    String what =
        Money.ofPence(pence) + " × " + factor.unscaledValue() + "E" + (-(long) factor.scale());
    try {
      Money m = Money.ofPence(pence).scaledBy(factor);
      if (expected == null || m.pence() != expected.longValueExact()) {
        throw new AssertionError(
            what
                + " gave "
                + m
                + ", not "
                + (expected == null ? "ArithmeticException" : expected + "p"));
      }
    } catch (ArithmeticException e) {
      ErrorContract.arithmetic(e, expected != null, what);
    }
  }

  private void sums(Draw d) {
    long a = edge(d);
    long b = edge(d);
    int op = d.nextInt(5);
    in.note("arithmetic", a, op, b);
    BigInteger x = BigInteger.valueOf(a);
    BigInteger y = BigInteger.valueOf(b);
    BigInteger exact =
        switch (op) {
          case 0 -> x.add(y);
          case 1 -> x.subtract(y);
          case 2 -> x.multiply(y);
          case 3 -> x.negate();
          default -> x.abs();
        };
    boolean fits = fits(exact);
    coverage.hit(
        "Money arithmetic: plus, minus, multipliedBy, negated, abs: "
            + (fits ? "a result that fits" : "beyond long"));
    Money m = Money.ofPence(a);
    String what = m + " " + new String[] {"plus", "minus", "times", "negated", "abs"}[op] + " " + b;
    try {
      Money r =
          switch (op) {
            case 0 -> m.plus(Money.ofPence(b));
            case 1 -> m.minus(Money.ofPence(b));
            case 2 -> m.multipliedBy(b);
            case 3 -> m.negated();
            default -> m.abs();
          };
      if (!fits || r.pence() != exact.longValueExact()) {
        throw new AssertionError(
            what + " gave " + r + ", not " + (fits ? exact + "p" : "ArithmeticException"));
      }
    } catch (ArithmeticException e) {
      ErrorContract.arithmetic(e, fits, what);
    }
  }

  void moneyText(Draw d) {
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
    in.note("money", text);
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

  void yearText(Draw d) {
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
    in.note("year", s);
    Optional<FinancialYear> parsed = attempt(() -> FinancialYear.parse(s), Set.of(""));
    if (!parsed.equals(FinancialYear.tryParse(s))) {
      throw new AssertionError("parse and tryParse disagree");
    }
    if (valid && !parsed.equals(Optional.of(y))) {
      throw new AssertionError("valid year " + s + " read as " + parsed);
    }
  }

  void percentageText(Draw d) {
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
    in.note("percentage", s);
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

  void decimals(Draw d) {
    BigDecimal v = decimal(d);
    in.note("decimal", v.unscaledValue(), v.scale());
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

  void numbers(Draw d) {
    long n = pence(d);
    in.note("long", n);
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
}
