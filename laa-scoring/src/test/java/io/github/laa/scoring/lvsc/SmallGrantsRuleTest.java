package io.github.laa.scoring.lvsc;

import static io.github.laa.scoring.Agreements.Y2005;
import static io.github.laa.scoring.Agreements.Y2006;
import static io.github.laa.scoring.Agreements.Y2007;
import static io.github.laa.scoring.Agreements.Y2008;
import static io.github.laa.scoring.Agreements.camden;
import static io.github.laa.scoring.Agreements.chest;
import static io.github.laa.scoring.Agreements.money;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Purpose;
import io.github.laa.core.SmallGrantsProgramme;
import io.github.laa.scoring.Evidence;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Key;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Verdict;
import org.junit.jupiter.api.Test;

/** Worked examples of R3b; expected figures worked out by hand in the comments. */
class SmallGrantsRuleTest {
  private static final Policy LVSC = Lvsc2006.policy();

  private static Finding score(Policy policy, LocalAreaAgreement laa) {
    return policy.score(laa).finding(Lvsc2006.SMALL_GRANTS).orElseThrow();
  }

  private static Finding score(SmallGrantsProgramme... programmes) {
    return score(LVSC, camden().addSmallGrantsProgrammes(programmes).build());
  }

  private static Verdict check(Finding f, Key<?> key, FinancialYear year) {
    return f.entry(key, year).flatMap(Evidence::check).orElseThrow();
  }

  private static Verdict check(Finding f, Key<?> key, String about) {
    return f.entry(key, about).flatMap(Evidence::check).orElseThrow();
  }

  @Test
  void failsWithoutAProgramme() {
    Finding f = score(LVSC, camden().build());
    assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(f.score()).isZero();
    assertThat(f.get(SmallGrantsRule.PROGRAMMES)).isEqualTo(0L);
    assertThat(f.margin().orElseThrow())
        .hasToString(
            "The agreement needs a small grants programme that is part of its capacity building");
  }

  @Test
  void failsWhenNoProgrammeIsPartOfCapacityBuilding() {
    Finding f = score(chest().build().withCapacityBuilding(false));
    assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(f.get(SmallGrantsRule.PROGRAMMES)).isEqualTo(1L);
    assertThat(f.get(SmallGrantsRule.CAPACITY_BUILDING)).isEqualTo(0L);
  }

  @Test
  void failsWhenNoCapacityBuildingProgrammeHasBudgetInAnAgreementYear() {
    // A budget only in the baseline year 2005/06 does not count.
    Finding f =
        score(
            SmallGrantsProgramme.builder()
                .id("old")
                .name("Old chest")
                .putBudget(Y2005, Money.parse("£30k"))
                .maxGrant(Money.parse("£5k"))
                .incomeCap(Money.parse("£100k"))
                .capacityBuilding(true)
                .build());
    assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(f.score()).isEqualTo(20);
    assertThat(check(f, SmallGrantsRule.BUDGET, Y2006)).isEqualTo(Verdict.FAIL);
    assertThat(f.margin().orElseThrow().toString()).contains("needs a budget");
  }

  @Test
  void passesAtExactlyTheCeilingAndTheCap() {
    // £5,000 maximum grant = the £5,000 ceiling; £100,000 cap = the £100,000 limit.
    Finding f = score(chest().build());
    assertThat(f.verdict()).isEqualTo(Verdict.PASS);
    assertThat(f.score()).isEqualTo(100);
    assertThat(check(f, SmallGrantsRule.MAX_GRANT, "Community Chest")).isEqualTo(Verdict.PASS);
    assertThat(check(f, SmallGrantsRule.INCOME_CAP, "Community Chest")).isEqualTo(Verdict.PASS);
    assertThat(f.get(SmallGrantsRule.BUDGET, Y2007)).isEqualTo(Money.parse("£20,000"));
    assertThat(f.margin().orElseThrow())
        .hasToString(
            "Maximum grant in Community Chest could rise by £0.00 before exceeding the ceiling");
  }

  @Test
  void warnsForEachBreachAndScoresTenLessForEach() {
    // Max grant £5,000.01 (1p over), cap £100,000.01 (1p over), no budget in 2008/09: 3 warnings,
    // score 100 − 30 = 70, moved into the WARN band: 69.
    SmallGrantsProgramme p =
        SmallGrantsProgramme.builder()
            .id("chest")
            .name("Community Chest")
            .putBudget(Y2006, Money.parse("£20k"))
            .putBudget(Y2007, Money.parse("£20k"))
            .maxGrant(Money.parse("£5,000.01"))
            .incomeCap(Money.parse("£100,000.01"))
            .capacityBuilding(true)
            .build();
    Finding f = score(p);
    assertThat(f.verdict()).isEqualTo(Verdict.WARN);
    assertThat(f.score()).isEqualTo(69);
    assertThat(check(f, SmallGrantsRule.BUDGET, Y2008)).isEqualTo(Verdict.WARN);
    assertThat(check(f, SmallGrantsRule.MAX_GRANT, "Community Chest")).isEqualTo(Verdict.WARN);
    assertThat(check(f, SmallGrantsRule.INCOME_CAP, "Community Chest")).isEqualTo(Verdict.WARN);
    // The first warning, the year without budget, gives the margin.
    assertThat(f.margin().orElseThrow())
        .hasToString("The small grants budget needs money in every year of the agreement");
    // Only the grant breach: 100 − 10 = 90 → 69 in the band; its margin is the 1p.
    Finding g = score(chest().build().withMaxGrant(Money.parse("£7,500")));
    assertThat(g.verdict()).isEqualTo(Verdict.WARN);
    assertThat(g.margin().orElseThrow())
        .hasToString(
            "Maximum grant in Community Chest must fall by £2,500.00 to reach the ceiling");
  }

  @Test
  void fourBreachesScoreSixty() {
    // Two programmes, each with a grant and cap breach: 4 warnings, 100 − 40 = 60 (in the band).
    SmallGrantsProgramme a =
        chest().build().withMaxGrant(Money.parse("£6k")).withIncomeCap(Money.parse("£200k"));
    SmallGrantsProgramme b = a.withId("b").withName("B");
    Finding f = score(a, b);
    assertThat(f.verdict()).isEqualTo(Verdict.WARN);
    assertThat(f.score()).isEqualTo(60);
  }

  @Test
  void warnsWhenRecordedGrantsMostlyMissMicroAndSmallBodies() {
    // Grants recorded in 2006/07: £3,000 to the youth club (micro, income £8k) and £3,000.02 to the
    // CVS (medium): £3,000 / £6,000.02 = 49.9998…% < 50%.
    LocalAreaAgreement laa =
        camden()
            .addSmallGrantsProgramme(chest().build())
            .addAllocation(
                money("club", "council", Y2006, "£3,000").withPurpose(Purpose.SMALL_GRANTS))
            .addAllocation(
                money("cvs", "council", Y2006, "£3,000.02").withPurpose(Purpose.SMALL_GRANTS))
            .build();
    Finding f = score(LVSC, laa);
    assertThat(f.verdict()).isEqualTo(Verdict.WARN);
    assertThat(f.get(SmallGrantsRule.GRANTS_RECORDED)).isEqualTo(Money.parse("£6,000.02"));
    assertThat(f.get(SmallGrantsRule.GRANTS_TO_MICRO_SMALL)).isEqualTo(Money.parse("£3,000"));
    assertThat(f.get(SmallGrantsRule.MICRO_SMALL_SHARE)).isEqualTo(Percentage.parse("50.00%"));
    assertThat(f.entry(SmallGrantsRule.MICRO_SMALL_SHARE).orElseThrow().check())
        .contains(Verdict.WARN);
    // Extra micro/small grants x with (3,000 + x) / (6,000.02 + x) >= 1/2: x >= £0.02.
    assertThat(f.margin().orElseThrow())
        .hasToString(
            "Small grants to micro or small bodies must rise by £0.02 to reach the minimum share");
    // Exactly half reaches micro/small bodies: no warning.
    LocalAreaAgreement half =
        camden()
            .addSmallGrantsProgramme(chest().build())
            .addAllocation(
                money("club", "council", Y2006, "£3,000").withPurpose(Purpose.SMALL_GRANTS))
            .addAllocation(
                money("cvs", "council", Y2007, "£3,000").withPurpose(Purpose.SMALL_GRANTS))
            .build();
    assertThat(score(LVSC, half).verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void aMinimumBudgetShareWarnsForYearsBelowIt() {
    Policy share =
        LVSC.reform("5% budget").set(SmallGrantsRule.MIN_BUDGET_SHARE, Percentage.of(5)).build();
    // VCS money: 2006/07 £400,000 (budget £20,000 = 5.00%: fine); 2007/08 £400,020 (£20,000 is
    // 4.9997…%: below). Needed: ceil(£400,020 × 5%) = £20,001 − £20,000 = £1.00.
    LocalAreaAgreement laa =
        camden()
            .addSmallGrantsProgramme(chest().build())
            .addAllocation(money("cvs", "nrf", Y2006, "£400k"))
            .addAllocation(money("cvs", "nrf", Y2007, "£400,020"))
            .build();
    Finding f = score(share, laa);
    assertThat(check(f, SmallGrantsRule.BUDGET_SHARE, Y2006)).isEqualTo(Verdict.PASS);
    assertThat(check(f, SmallGrantsRule.BUDGET_SHARE, Y2007)).isEqualTo(Verdict.WARN);
    assertThat(f.entry(SmallGrantsRule.BUDGET_SHARE, Y2008)).isEmpty(); // no VCS money that year
    assertThat(f.verdict()).isEqualTo(Verdict.WARN);
    assertThat(f.margin().orElseThrow())
        .hasToString(
            "The small grants budget in 2007/08 must rise by £1.00 to reach the minimum share of VCS money");
    // Off by default.
    assertThat(score(LVSC, laa).entry(SmallGrantsRule.BUDGET_SHARE)).isEmpty();
  }

  @Test
  void programmesOutsideCapacityBuildingAreIgnored() {
    SmallGrantsProgramme other =
        chest()
            .build()
            .withId("other")
            .withName("Other")
            .withMaxGrant(Money.parse("£50k"))
            .withCapacityBuilding(false);
    Finding f = score(chest().build(), other);
    assertThat(f.verdict()).isEqualTo(Verdict.PASS);
    assertThat(f.entry(SmallGrantsRule.MAX_GRANT, "Other")).isEmpty();
  }
}
