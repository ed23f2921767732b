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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The bad-input campaign's targets in laa-core's parsers and number factories: {@code Money},
 * {@code FinancialYear} and {@code Percentage} from text, from decimals and from whole numbers,
 * valid and mutated. Parsing and trying to parse agree, and what is parsed is what was written.
 */
final class ParserProbes {
  private final Input in;

  ParserProbes(Input in) {
    this.in = in;
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
