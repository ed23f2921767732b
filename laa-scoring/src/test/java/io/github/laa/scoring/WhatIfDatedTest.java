package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.Y2008;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import org.junit.jupiter.api.Test;

/**
 * The what-if analyses with dated parameters: a reform comparison compares the values in force year
 * by year, and tipping points leave out a parameter with dated values while every probe of another
 * parameter keeps them.
 */
class WhatIfDatedTest {
  private static final Policy LVSC = Lvsc2006.policy();
  private static final Citation COMPACT =
      Citation.of("Anytown Compact 2008", "§5 a loss of up to 5% is only a warning");

  /** LVSC 2006 with a 5% tolerance from 2008/09 (0% before, as in LVSC 2006). */
  private static final Policy FROM_2008 =
      LVSC.reform("5% from 2008/09")
          .setFrom(NetResourceLossRule.TOLERANCE, Y2008, Percentage.of(5), COMPACT)
          .build();

  @Test
  void aDatedLooserValueIsNotAtLeastAsStrict() {
    // The plain tolerances are equal (0%); from 2008/09 the reform's is 5%: less strict that year.
    ReformComparison.RuleComparison looser =
        FROM_2008.compareStrictness(LVSC).rule(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();
    assertThat(looser.outcome()).isNotEqualTo(ReformComparison.Outcome.AT_LEAST_AS_STRICT);
    ReformComparison.RuleComparison stricter =
        LVSC.compareStrictness(FROM_2008).rule(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();
    assertThat(stricter.outcome()).isEqualTo(ReformComparison.Outcome.AT_LEAST_AS_STRICT);
    // And it is so: 2008/09 loses 3% of a £100,000 baseline, which warns only from 2008/09 on.
    LocalAreaAgreement a = Fixtures.yearly("£100k", "£100k", "£100k", "£97k");
    assertThat(FROM_2008.score(a).verdict(Lvsc2006.NET_RESOURCE_LOSS)).isEqualTo(Verdict.WARN);
    assertThat(LVSC.score(a).verdict(Lvsc2006.NET_RESOURCE_LOSS)).isEqualTo(Verdict.FAIL);
  }

  @Test
  void tippingPointsLeaveOutADatedParameterAndKeepItsValuesElsewhere() {
    LocalAreaAgreement a = Fixtures.yearly("£100k", "£100k", "£100k", "£97k");
    TippingPoints tips = FROM_2008.tippingPoints(a);
    assertThat(tips.all())
        .noneMatch(t -> t.parameter() == NetResourceLossRule.TOLERANCE)
        .isNotEmpty();
    // Every other parameter of R3a is moved from the verdict the dated policy gives: WARN.
    assertThat(tips.all())
        .filteredOn(t -> t.rule().equals(Lvsc2006.NET_RESOURCE_LOSS))
        .isNotEmpty()
        .allMatch(t -> t.before() == Verdict.WARN);
  }
}
