package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.Y2007;
import static io.github.laa.scoring.Fixtures.chest;
import static io.github.laa.scoring.Fixtures.money;
import static io.github.laa.scoring.Fixtures.yearly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laa.core.Areas;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.scoring.lvsc.Lvsc2006;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardDiffTest {
  private static final Policy LVSC = Lvsc2006.policy();

  @Test
  void anEditThatRestoresMoneyFlipsNetLossToPass() {
    LocalAreaAgreement before =
        yearly("£100k", "£100k", "£95k", "£110k").withSmallGrantsProgrammes(chest().build());
    List<io.github.laa.core.Allocation> more = new ArrayList<>(before.allocations());
    more.add(money("club", "council", Y2007, "£5k"));
    LocalAreaAgreement after = before.withAllocations(more);
    ScorecardDiff d = LVSC.score(before).diff(LVSC.score(after));
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
    assertThat(LVSC.score(before).diff(LVSC.score(before)).isEmpty()).isTrue();
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
  void scorecardsOfDifferentAreasCannotBeCompared() {
    LocalAreaAgreement camden = yearly("£1", "£1", "£1", "£1");
    LocalAreaAgreement barnet = camden.withArea(Areas.byName("Barnet").orElseThrow());
    assertThatThrownBy(() -> ScorecardDiff.between(LVSC.score(camden), LVSC.score(barnet)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scorecards must be of the same area but were E09000007 and E09000003");
  }
}
