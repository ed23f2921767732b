package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.testing.TestBudget;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.lvsc.SmallGrantsRule;
import io.github.laa.scoring.testing.LaaGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Laws of dated parameter values, over generated agreements and values. */
class DatedParametersProperties {
  private static final Policy LVSC = Lvsc2006.policy();
  private static final Citation SOURCE = Citation.of("Test compact", "§1 a dated value");

  /** What a finding decides: its verdict, score and margin (not its evidence). */
  private static List<Object> outcome(Finding f) {
    return List.of(f.verdict(), f.score(), f.margin().map(Margin::toString).orElse("none"));
  }

  private static List<List<Object>> outcomes(Policy p, LocalAreaAgreement laa) {
    return p.score(laa).findings().stream().map(DatedParametersProperties::outcome).toList();
  }

  private static Policy plain(long toleranceBp, long ceilingPence) {
    return LVSC.reform("plain")
        .set(NetResourceLossRule.TOLERANCE, Percentage.ofBasisPoints(toleranceBp))
        .set(SmallGrantsRule.GRANT_CEILING, Money.ofPence(ceilingPence))
        .build();
  }

  @Test
  void aDatedValueEqualToThePlainOneChangesNoOutcome() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(
            LaaGenerators.agreements(),
            integers().between(2000, 2012),
            longs().between(0, 10_000),
            longs().between(0, 10_000_000))
        .checkAssert(
            (laa, from, bp, pence) -> {
              Policy plain = plain(bp, pence);
              Policy dated =
                  plain
                      .reform("dated")
                      .setFrom(
                          NetResourceLossRule.TOLERANCE,
                          FinancialYear.of(from),
                          Percentage.ofBasisPoints(bp),
                          SOURCE)
                      .setFrom(
                          SmallGrantsRule.GRANT_CEILING,
                          FinancialYear.of(from),
                          Money.ofPence(pence),
                          SOURCE)
                      .build();
              assertThat(outcomes(dated, laa)).isEqualTo(outcomes(plain, laa));
            });
  }

  @Test
  void aDatedValueFromTheFirstAgreementYearOrBeforeActsAsThePlainValue() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(
            LaaGenerators.agreements(),
            integers().between(0, 5),
            longs().between(0, 10_000),
            longs().between(0, 10_000_000))
        .checkAssert(
            (laa, before, bp, pence) -> {
              FinancialYear from = laa.firstYear().plusYears(-before);
              Policy dated =
                  LVSC.reform("dated")
                      .setFrom(
                          NetResourceLossRule.TOLERANCE, from, Percentage.ofBasisPoints(bp), SOURCE)
                      .setFrom(SmallGrantsRule.GRANT_CEILING, from, Money.ofPence(pence), SOURCE)
                      .build();
              assertThat(outcomes(dated, laa)).isEqualTo(outcomes(plain(bp, pence), laa));
            });
  }

  @Test
  void aDatedValueFromAfterTheAgreementChangesNoOutcome() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(
            LaaGenerators.agreements(),
            integers().between(1, 5),
            longs().between(0, 10_000),
            longs().between(0, 10_000_000))
        .checkAssert(
            (laa, after, bp, pence) -> {
              FinancialYear from = laa.lastYear().plusYears(after);
              Policy dated =
                  LVSC.reform("dated")
                      .setFrom(
                          NetResourceLossRule.TOLERANCE, from, Percentage.ofBasisPoints(bp), SOURCE)
                      .setFrom(SmallGrantsRule.GRANT_CEILING, from, Money.ofPence(pence), SOURCE)
                      .build();
              assertThat(outcomes(dated, laa)).isEqualTo(outcomes(LVSC, laa));
              assertThat(dated.sha256()).isNotEqualTo(LVSC.sha256());
            });
  }

  @Test
  void raisingTheToleranceFromAYearNeverWorsensTheNetLossVerdict() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(LaaGenerators.agreements(), integers().between(0, 2), longs().between(0, 10_000))
        .checkAssert(
            (laa, offset, bp) -> {
              Policy dated =
                  LVSC.reform("dated")
                      .setFrom(
                          NetResourceLossRule.TOLERANCE,
                          laa.firstYear().plusYears(offset),
                          Percentage.ofBasisPoints(bp),
                          SOURCE)
                      .build();
              Verdict before = LVSC.score(laa).verdict(Lvsc2006.NET_RESOURCE_LOSS);
              Verdict after = dated.score(laa).verdict(Lvsc2006.NET_RESOURCE_LOSS);
              if (before == Verdict.NOT_ASSESSED || before == Verdict.PASS) {
                assertThat(after).isEqualTo(before);
              } else {
                // A tolerance only turns a FAIL into a WARN; LVSC 2006 has none, so never WARN.
                assertThat(before).isEqualTo(Verdict.FAIL);
                assertThat(after).isIn(Verdict.FAIL, Verdict.WARN);
              }
            });
  }
}
