package io.github.laa.core;

import static io.github.laa.core.Fixtures.PENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.laa.core.testing.TestBudget;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** {@link Money}'s laws over the whole range of pence. */
class MoneyProperties {

  @Test
  void formatThenParseGivesTheSameAmountAcrossTheWholeRange() {
    qt().withExamples(TestBudget.examples(2_000))
        .forAll(PENCE)
        .checkAssert(
            p -> assertThat(Money.parse(Money.ofPence(p).toString()).pence()).isEqualTo(p));
  }

  @Test
  void formatIsGroupedEnGbWithTwoDecimals() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(PENCE)
        .checkAssert(
            p ->
                assertThat(Money.ofPence(p).toString())
                    .matches("-?£[0-9]{1,3}(,[0-9]{3})*\\.[0-9]{2}"));
  }

  @Test
  void plusIsCommutativeAndAssociativeWhenItFitsAndThrowsExactlyWhenItDoesNot() {
    qt().withExamples(TestBudget.examples(2_000))
        .forAll(PENCE, PENCE, PENCE)
        .checkAssert(
            (a, b, c) -> {
              BigInteger exact = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
              Money ma = Money.ofPence(a);
              Money mb = Money.ofPence(b);
              if (exact.bitLength() < 64) {
                assertThat(ma.plus(mb)).isEqualTo(mb.plus(ma));
                assertThat(ma.plus(mb).pence()).isEqualTo(exact.longValueExact());
              } else {
                assertThatThrownBy(() -> ma.plus(mb)).isInstanceOf(ArithmeticException.class);
              }
              BigInteger all = exact.add(BigInteger.valueOf(c));
              Money mc = Money.ofPence(c);
              boolean leftFits = exact.bitLength() < 64 && all.bitLength() < 64;
              BigInteger bc = BigInteger.valueOf(b).add(BigInteger.valueOf(c));
              boolean rightFits = bc.bitLength() < 64 && all.bitLength() < 64;
              if (leftFits && rightFits) {
                assertThat(ma.plus(mb).plus(mc)).isEqualTo(ma.plus(mb.plus(mc)));
              }
            });
  }

  @Test
  void minusUndoesPlus() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(longs().between(-1L << 60, 1L << 60), longs().between(-1L << 60, 1L << 60))
        .checkAssert(
            (a, b) ->
                assertThat(Money.ofPence(a).plus(Money.ofPence(b)).minus(Money.ofPence(b)))
                    .isEqualTo(Money.ofPence(a)));
  }

  @Test
  void multiplicationOverflowIsDetectedExactly() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(PENCE, longs().between(-1_000_000, 1_000_000))
        .checkAssert(
            (a, k) -> {
              BigInteger exact = BigInteger.valueOf(a).multiply(BigInteger.valueOf(k));
              if (exact.bitLength() < 64) {
                assertThat(Money.ofPence(a).multipliedBy(k).pence())
                    .isEqualTo(exact.longValueExact());
              } else {
                assertThatThrownBy(() -> Money.ofPence(a).multipliedBy(k))
                    .isInstanceOf(ArithmeticException.class);
              }
            });
  }

  @Test
  void shortFormsParseToThePoundsTheyName() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(longs().between(0, 9_000_000), longs().between(0, 99))
        .checkAssert(
            (whole, hundredths) -> {
              String digits = whole + "." + String.format(Locale.ROOT, "%02d", hundredths);
              assertThat(Money.parse("£" + digits + "k").pence())
                  .isEqualTo((whole * 100 + hundredths) * 1_000);
              assertThat(Money.parse(digits + "m").pence())
                  .isEqualTo((whole * 100 + hundredths) * 1_000_000);
            });
  }

  @Test
  void minusIsExactAndThrowsExactlyOnOverflow() {
    qt().withExamples(TestBudget.examples(2_000))
        .forAll(PENCE, PENCE)
        .checkAssert(
            (a, b) -> {
              BigInteger exact = BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));
              if (exact.bitLength() < 64) {
                assertThat(Money.ofPence(a).minus(Money.ofPence(b)).pence())
                    .isEqualTo(exact.longValueExact());
                if (exact.negate().bitLength() < 64) {
                  assertThat(Money.ofPence(b).minus(Money.ofPence(a)))
                      .isEqualTo(Money.ofPence(a).minus(Money.ofPence(b)).negated());
                }
              } else {
                assertThatThrownBy(() -> Money.ofPence(a).minus(Money.ofPence(b)))
                    .isInstanceOf(ArithmeticException.class);
              }
            });
  }

  @Test
  void negatedAndAbsAreExactAndThrowOnlyForTheLeastAmount() {
    qt().withExamples(TestBudget.examples(2_000))
        .forAll(PENCE)
        .checkAssert(
            a -> {
              if (a == Long.MIN_VALUE) {
                assertThatThrownBy(() -> Money.ofPence(a).negated())
                    .isInstanceOf(ArithmeticException.class);
                assertThatThrownBy(() -> Money.ofPence(a).abs())
                    .isInstanceOf(ArithmeticException.class);
              } else {
                assertThat(Money.ofPence(a).negated().pence()).isEqualTo(-a);
                assertThat(Money.ofPence(a).abs().pence()).isEqualTo(Math.abs(a));
                assertThat(Money.ofPence(a).abs().signum()).isEqualTo(a == 0 ? 0 : 1);
              }
            });
  }

  @Test
  void totalIsTheExactSumOrThrows() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(SourceDSL.lists().of(PENCE).ofSizeBetween(0, 6))
        .checkAssert(
            list -> {
              BigInteger exact = BigInteger.ZERO;
              boolean overflow = false;
              List<Money> amounts = new ArrayList<>();
              for (long p : list) {
                exact = exact.add(BigInteger.valueOf(p));
                overflow |= exact.bitLength() >= 64; // a running total out of range overflows
                amounts.add(Money.ofPence(p));
              }
              if (overflow) {
                assertThatThrownBy(() -> Money.total(amounts))
                    .isInstanceOf(ArithmeticException.class);
              } else {
                assertThat(Money.total(amounts).pence()).isEqualTo(exact.longValueExact());
              }
            });
  }

  @Test
  void dividedByRoundsAsBigDecimalDoes() {
    qt().withExamples(TestBudget.examples(2_000))
        .forAll(
            PENCE,
            longs().between(-1_000, 1_000).mix(longs().all(), 20),
            Generate.enumValues(RoundingMode.class))
        .checkAssert(
            (p, d, mode) -> {
              if (d == 0) {
                assertThatThrownBy(() -> Money.ofPence(p).dividedBy(d, RoundingMode.HALF_EVEN))
                    .isInstanceOf(ArithmeticException.class);
                return;
              }
              BigDecimal exact =
                  new BigDecimal(p).divide(new BigDecimal(d), MathContext.DECIMAL128);
              if (mode == RoundingMode.UNNECESSARY && exact.stripTrailingZeros().scale() > 0) {
                assertThatThrownBy(() -> Money.ofPence(p).dividedBy(d, mode))
                    .isInstanceOf(ArithmeticException.class);
              } else {
                BigDecimal expected = new BigDecimal(p).divide(new BigDecimal(d), 0, mode);
                if (expected.toBigInteger().bitLength() < 64) {
                  assertThat(Money.ofPence(p).dividedBy(d, mode).pence())
                      .isEqualTo(expected.longValueExact());
                } else {
                  assertThatThrownBy(() -> Money.ofPence(p).dividedBy(d, mode))
                      .isInstanceOf(ArithmeticException.class);
                }
              }
            });
  }

  @Test
  void scaledByARatioOfThousandthsRoundsHalfEvenExactly() {
    qt().withExamples(TestBudget.examples(2_000))
        .forAll(PENCE, longs().between(-1_000, 1_000).mix(longs().all(), 20))
        .checkAssert(
            (p, d) -> {
              BigDecimal factor = BigDecimal.valueOf(d, 3);
              BigDecimal product =
                  new BigDecimal(p).multiply(factor).setScale(0, RoundingMode.HALF_EVEN);
              if (product.toBigInteger().bitLength() < 64) {
                assertThat(Money.ofPence(p).scaledBy(factor).pence())
                    .isEqualTo(product.longValueExact());
              } else {
                assertThatThrownBy(() -> Money.ofPence(p).scaledBy(factor))
                    .isInstanceOf(ArithmeticException.class);
              }
            });
  }

  @Test
  void orderAgreesWithPenceAndWithEquals() {
    qt().withExamples(TestBudget.examples(2_000))
        .forAll(PENCE, PENCE)
        .checkAssert(
            (a, b) -> {
              Money x = Money.ofPence(a);
              Money y = Money.ofPence(b);
              assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Long.compare(a, b));
              assertThat(x.equals(y)).isEqualTo(a.equals(b));
              assertThat(x.isLessThan(y)).isEqualTo(a < b);
              assertThat(x.isGreaterThan(y)).isEqualTo(a > b);
              assertThat(x.isPositive()).isEqualTo(a > 0);
              assertThat(x.isNegative()).isEqualTo(a < 0);
              assertThat(x.isZero()).isEqualTo(a == 0);
              if (a.equals(b)) {
                assertThat(x.hashCode()).isEqualTo(y.hashCode());
              }
            });
  }

  @Test
  void everyWrittenFormParsesToTheSameAmount() {
    qt().withExamples(TestBudget.examples(2_000))
        .forAll(PENCE)
        .checkAssert(
            p -> {
              Money m = Money.ofPence(p);
              String plain = m.toPounds().abs().toPlainString();
              String sign = p < 0 ? "-" : "";
              assertThat(Money.parse(sign + plain)).isEqualTo(m);
              assertThat(Money.parse("  " + sign + "£" + plain + "\t")).isEqualTo(m);
              assertThat(Money.tryParse(m.toString())).contains(m);
            });
  }

  @Test
  void tryParseIsEmptyExactlyWhenParseThrowsAndNeverAnythingElse() {
    qt().withExamples(TestBudget.examples(2_000))
        .forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 12))
        .checkAssert(
            noise -> {
              Optional<Money> tried = Money.tryParse(noise);
              try {
                assertThat(Money.parse(noise)).isEqualTo(tried.orElseThrow());
              } catch (InvalidDataException e) {
                assertThat(tried).isEmpty();
              }
            });
  }
}
