package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.HEADLINE;
import static io.github.laa.scoring.Fixtures.Y2007;
import static io.github.laa.scoring.Fixtures.chest;
import static io.github.laa.scoring.Fixtures.money;
import static io.github.laa.scoring.Fixtures.yearly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laa.core.Allocation;
import io.github.laa.core.Areas;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardDiffTest {
  private static final Policy LVSC = Lvsc2006.policy();

  /** R3a fails with score 39: 2006/07 is £10k short. */
  private static final Scorecard LOSS = LVSC.score(yearly("£100k", "£90k", "£100k", "£100k"));

  /** R3a passes. */
  private static final Scorecard NO_LOSS = LVSC.score(yearly("£100k", "£100k", "£100k", "£100k"));

  @Test
  void anEditThatRestoresMoneyFlipsNetLossToPass() {
    LocalAreaAgreement before =
        yearly("£100k", "£100k", "£95k", "£110k").withSmallGrantsProgrammes(chest().build());
    List<Allocation> more = new ArrayList<>(before.allocations());
    more.add(money("club", "council", Y2007, "£5k"));
    LocalAreaAgreement after = before.withAllocations(more);
    ScorecardDiff d = HEADLINE.score(before).diff(HEADLINE.score(after));
    assertThat(d.flipped())
        .extracting(FindingDiff::ruleId)
        .containsExactly(Lvsc2006.NET_RESOURCE_LOSS);
    FindingDiff nrl = d.finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();
    assertThat(nrl.verdictBefore()).isEqualTo(Verdict.FAIL);
    assertThat(nrl.verdictAfter()).isEqualTo(Verdict.PASS);
    assertThat(nrl.scoreChange()).isEqualTo(61); // 39 → 100
    assertThat(nrl).hasToString("NET_RESOURCE_LOSS: FAIL → PASS (+61)");
    assertThat(d.finding(Lvsc2006.SMALL_GRANTS).orElseThrow().flipped()).isFalse();
    assertThat(d.isEmpty()).isFalse();
    assertThat(HEADLINE.score(before).diff(HEADLINE.score(before)).isEmpty()).isTrue();
  }

  @Test
  void aDiffIsEmptyOnlyWhenNothingChanged() {
    assertThat(LOSS.diff(NO_LOSS).isEmpty()).isFalse();
    assertThat(LOSS.diff(LOSS).isEmpty()).isTrue();
  }

  @Test
  void theSameVerdictsWithAnotherScoreAreAChange() {
    // R3a fails here too, but with score 0, not 39.
    Scorecard worse = LVSC.score(yearly("£100k", "£30k", "£100k", "£100k"));
    assertThat(LOSS.diff(worse).isEmpty()).isFalse();
  }

  @Test
  void theScoreChangeIsTheOverallScoreAfterMinusBefore() {
    assertThat(LOSS.diff(NO_LOSS).scoreChange())
        .hasValue(NO_LOSS.score().getAsInt() - LOSS.score().getAsInt());
  }

  @Test
  void aDiffPrintsItsAreaAndHowManyFlipped() {
    ScorecardDiff diff = LOSS.diff(NO_LOSS);
    assertThat(diff).hasToString("ScorecardDiff of Camden: " + diff.flipped().size() + " flipped");
  }

  @Test
  void rulesOnOneSideOnlyCountAsFlipped() {
    LocalAreaAgreement laa = yearly("£1", "£1", "£1", "£1");
    Policy fewer = LVSC.reform("fewer").removeRule(Lvsc2006.SMALL_GRANTS).build();
    ScorecardDiff d = ScorecardDiff.between(LVSC.score(laa), fewer.score(laa));
    FindingDiff sg = d.finding(Lvsc2006.SMALL_GRANTS).orElseThrow();
    assertThat(sg.after()).isEmpty();
    assertThat(sg.verdictAfter()).isEqualTo(Verdict.NOT_ASSESSED);
    assertThat(sg.flipped()).isTrue();
  }

  @Test
  void aRuleAddedAfterCountsAsFlipped() {
    LocalAreaAgreement laa = yearly("£1", "£1", "£1", "£1");
    Policy fewer = LVSC.reform("fewer").removeRule(Lvsc2006.SMALL_GRANTS).build();
    FindingDiff sg =
        ScorecardDiff.between(fewer.score(laa), LVSC.score(laa))
            .finding(Lvsc2006.SMALL_GRANTS)
            .orElseThrow();
    assertThat(sg.before()).isEmpty();
    assertThat(sg.verdictBefore()).isEqualTo(Verdict.NOT_ASSESSED);
    assertThat(sg.after()).isPresent();
    assertThat(sg.flipped()).isTrue();
  }

  @Test
  void aRatingThatChangesAloneIsAChange() {
    // The same finding (a pass with 80) under two amber thresholds: green, then amber.
    Policy at80 =
        Policy.builder("Council", Lvsc2006.DATE)
            .rule(Fixtures.passingWith(80))
            .set(Policy.AMBER_THRESHOLD, 80)
            .build();
    Policy at81 = at80.reform("Stricter").set(Policy.AMBER_THRESHOLD, 81).build();
    LocalAreaAgreement laa = yearly("£1", "£1", "£1", "£1");
    ScorecardDiff d = at80.score(laa).diff(at81.score(laa));
    assertThat(d.flipped()).isEmpty();
    assertThat(d.scoreChange()).hasValue(0);
    assertThat(d.isEmpty()).isFalse();
  }

  @Test
  void aRuleRemovedTakesItsWholeScoreAway() {
    Scorecard without =
        LVSC.reform("no R6")
            .removeRule(Lvsc2006.COMMISSIONING_PRACTICE)
            .build()
            .score(LOSS.agreement());
    FindingDiff gone = LOSS.diff(without).finding(Lvsc2006.COMMISSIONING_PRACTICE).orElseThrow();
    assertThat(gone.flipped()).isTrue();
    assertThat(gone.scoreChange())
        .isEqualTo(-LOSS.finding(Lvsc2006.COMMISSIONING_PRACTICE).orElseThrow().score());
    assertThat(LOSS.diff(without).scoreChange()).isPresent();
  }

  @Test
  void scorecardsOfDifferentAreasCannotBeCompared() {
    LocalAreaAgreement camden = yearly("£1", "£1", "£1", "£1");
    LocalAreaAgreement barnet = camden.withArea(Areas.byName("Barnet").orElseThrow());
    assertThatThrownBy(() -> ScorecardDiff.between(LVSC.score(camden), LVSC.score(barnet)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scorecards must be of the same area but were E09000007 and E09000003");
  }

  @Test
  void aScorecardCannotBeDiffedWithAnotherAreas() {
    assertThatThrownBy(
            () ->
                LOSS.diff(
                    LVSC.score(LOSS.agreement().withArea(Areas.byName("Hackney").orElseThrow()))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDiffShowsWhatFlipped() {
    Scorecard card =
        HEADLINE.score(
            yearly("£100,000", "£100k", "£95k", "£110k")
                .withSmallGrantsProgrammes(chest().build()));
    Policy tolerant =
        HEADLINE
            .reform("5% tolerance")
            .set(NetResourceLossRule.TOLERANCE, Percentage.of(5))
            .build();
    ScorecardDiff diff = ScorecardDiff.between(card, tolerant.score(card.agreement()));
    assertThat(diff.toText())
        .startsWith(
            "Camden: LVSC 2006 → 5% tolerance, RED → AMBER, score 70/100 → 84/100, 1 verdict flipped\n") // (69 + 100) / 2 = 84.5 → 84, half-even
        .contains("NET_RESOURCE_LOSS  FAIL       39  WARN      69     +30  yes");
    assertThat(diff.toMarkdown())
        .contains("| NET_RESOURCE_LOSS | FAIL   |    39 | WARN  |    69 |    +30 | yes     |");
  }

  @Test
  void aDiffRendersEveryRuleBeforeAndAfterAsTextAndMarkdown() {
    Scorecard after =
        LVSC.reform("10% tolerance")
            .set(NetResourceLossRule.TOLERANCE, Percentage.of(10))
            .build()
            .score(LOSS.agreement());
    ScorecardDiff diff = LOSS.diff(after);
    assertThat(diff.toText())
        .startsWith("Camden: LVSC 2006 → 10% tolerance, RED → ")
        .contains("1 verdict flipped\n")
        .containsPattern("NET_RESOURCE_LOSS +FAIL +39 +WARN +69 +\\+30 +yes");
    assertThat(diff.toMarkdown())
        .startsWith("### Camden: LVSC 2006 → 10% tolerance")
        .contains("| NET_RESOURCE_LOSS");
    assertThat(LOSS.diff(LOSS).toText()).contains("0 verdicts flipped\n");
  }
}
