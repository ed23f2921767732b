package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.lvsc.SectorDivisionRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What the compact text leaves out and how it prints units: rows of zero go (checks never do),
 * parameters show only when a policy moved them off their defaults, percentage points print as
 * {@code pp}; the detailed text keeps everything.
 */
class TextReportTest {
  private static final Policy LVSC = Lvsc2006.policy();

  /** A rule recording one row of each kind of zero, and two checks of zero. */
  private static final class Zeros implements Rule {
    static final Key<Money> NOTHING = Key.of("nothing", Money.class);
    static final Key<Percentage> NO_SHARE = Key.of("no share", Percentage.class);
    static final Key<Percentage> NO_POINTS = Key.ofPercentagePoints("no change in share");
    static final Key<Change> FLAT = Key.of("flat", Change.class);
    static final Key<BigDecimal> POINTS = Key.of("points", BigDecimal.class);
    static final Key<Long> COUNT = Key.of("programmes", Long.class);
    static final Key<Money> CHECKED = Key.of("checked", Money.class);
    static final Key<Change> CHECKED_FLAT = Key.of("checked flat", Change.class);
    static final Key<Money> SOME = Key.of("some", Money.class);

    @Override
    public RuleId id() {
      return RuleId.of("ZEROS");
    }

    @Override
    public String title() {
      return "Zeros";
    }

    @Override
    public Citation citation() {
      return Citation.of("Test", "zeros");
    }

    @Override
    public Finding evaluate(RuleInput in) {
      return in.finding()
          .evidence(NOTHING, Money.ZERO)
          .evidence(NO_SHARE, Percentage.ZERO)
          .evidence(NO_POINTS, Percentage.ZERO)
          .evidence(FLAT, Change.of(Money.ZERO, Money.ZERO))
          .evidence(POINTS, new BigDecimal("0.00"))
          .evidence(COUNT, 0L)
          .evidence(SOME, Money.parse("£0.01"))
          .check(CHECKED, Money.ZERO, Verdict.FAIL)
          .check(CHECKED_FLAT, Change.of(Money.ZERO, Money.ZERO), Verdict.FAIL)
          .verdict(Verdict.FAIL)
          .score(0)
          .build();
    }
  }

  private static final Scorecard ZEROS =
      Policy.builder("Zeros", LocalDate.of(2026, 1, 1))
          .rule(new Zeros())
          .build()
          .score(Fixtures.camden().build());

  @Test
  void rowsOfZeroAreLeftOutButChecksAndCountsStay() {
    assertThat(ZEROS.toText())
        .contains("     programmes      0\n")
        .contains("     some        £0.01\n")
        .contains("     checked     £0.00  FAIL\n")
        .contains("     checked flat   £0.00  £0.00       £0.00     FAIL\n")
        .doesNotContain("nothing")
        .doesNotContain("no share")
        .doesNotContain("no change in share")
        .doesNotContain("     flat")
        .doesNotContain("points");
  }

  @Test
  void theDetailedTextKeepsEveryRowOfZero() {
    assertThat(ZEROS.toDetailedText())
        .contains("     nothing               £0.00\n")
        .contains("     no share              0.00%\n")
        .contains("     no change in share  0.00 pp\n")
        .contains("     points                 0.00\n")
        .contains("     programmes                0\n")
        .contains("     checked               £0.00  FAIL\n")
        .containsPattern("(?m)^     flat +£0\\.00  £0\\.00  +£0\\.00$")
        .containsPattern("(?m)^     checked flat +£0\\.00  £0\\.00  +£0\\.00 +FAIL$");
  }

  @Test
  void onlyParametersAReformMovedOffTheirDefaultsShow() {
    Policy reform =
        LVSC.reform("real, 5%")
            .set(NetResourceLossRule.TOLERANCE, Percentage.of(5))
            .set(NetResourceLossRule.TERMS, NetResourceLossRule.Terms.REAL)
            .set(NetResourceLossRule.DEFLATOR, Fixtures.HMT_2004)
            .build();
    Scorecard card = reform.score(Fixtures.yearly("£100k", "£90k", "£100k", "£100k"));
    String text = card.toText();
    String r3 =
        text.substring(text.indexOf("3. NET_RESOURCE_LOSS"), text.indexOf("4. SMALL_GRANTS"));
    assertThat(r3)
        .contains(
            "   Parameters changed from their defaults:\n"
                + "     NET_RESOURCE_LOSS.terms = REAL (default CASH)\n"
                + "     NET_RESOURCE_LOSS.deflator = "
                + Fixtures.HMT_2004.name()
                + " (default not\n       set)\n"
                + "     NET_RESOURCE_LOSS.tolerance = 5.00% (default 0.00%)\n")
        .doesNotContain("POLICY.baselineYears")
        .doesNotContain("NET_RESOURCE_LOSS.scope")
        .doesNotContain("NET_RESOURCE_LOSS.comparison");
    // Other rules kept their defaults: no parameter block anywhere else.
    assertThat(text.split("Parameters changed from their defaults", -1)).hasSize(2);
    assertThat(card.toDetailedText())
        .contains("     POLICY.baselineYears = 1\n")
        .contains("     NET_RESOURCE_LOSS.scope = ALL_SOURCES\n")
        .contains("     NET_RESOURCE_LOSS.tolerance = 5.00% (default 0.00%)\n");
    assertThat(card.toMarkdown())
        .contains("`NET_RESOURCE_LOSS.tolerance = 5.00% (default 0.00%)`")
        .doesNotContain("`POLICY.baselineYears = 1`");
  }

  @Test
  void anUnchangedPolicyShowsNoParameters() {
    assertThat(LVSC.score(Fixtures.yearly("£100k", "£90k", "£100k", "£100k")).toText())
        .doesNotContain("Parameters")
        .doesNotContain(" = ");
  }

  @Test
  void aDifferenceOfTwoSharesIsInPercentagePointsAndAShareInPercent() {
    // The club's (micro) share of the money doubles from 10% to 20%: +10.00 pp.
    String text = LVSC.score(Fixtures.clubShareDoubles()).toText();
    assertThat(text)
        .containsPattern("(?m)^     baseline share \\[micro and small\\] +10\\.00%$")
        .containsPattern("(?m)^     agreement share \\[micro and small\\] +20\\.00%$")
        .containsPattern(
            "(?m)^     micro and small share, change in percentage points +10\\.00 pp  PASS$");
    assertThat(SectorDivisionRule.MICRO_SMALL_CHANGE.isPercentagePoints()).isTrue();
    assertThat(SectorDivisionRule.BASELINE_SHARE.isPercentagePoints()).isFalse();
    assertThat(Margin.Amount.percentagePoints(Percentage.of(10))).hasToString("10.00 pp");
    assertThat(Margin.Amount.percentagePoints(Percentage.ofBasisPoints(-250)))
        .hasToString("-2.50 pp");
  }

  @Test
  void aPercentagePointsKeyIsNotThePercentKeyOfTheSameName() {
    assertThat(Key.ofPercentagePoints("x")).isNotEqualTo(Key.of("x", Percentage.class));
    assertThat(Key.ofPercentagePoints("x")).isEqualTo(Key.ofPercentagePoints("x"));
    assertThat(Key.ofPercentagePoints("x").type()).isEqualTo(Percentage.class);
  }

  @Test
  void aScorecardDiffShowsNaForAFindingNotAssessedAndNoScoreChange() {
    // Without an infrastructure profile R1 is not assessed on both sides.
    Policy tolerant =
        LVSC.reform("tolerant").set(NetResourceLossRule.TOLERANCE, Percentage.of(100)).build();
    LocalAreaAgreement laa = Fixtures.yearly("£100k", "£90k", "£100k", "£100k");
    String diff = LVSC.score(laa).diff(tolerant.score(laa)).toText();
    assertThat(diff)
        .containsPattern(
            "(?m)^INFRASTRUCTURE_TARGETING +NOT_ASSESSED +n/a +NOT_ASSESSED +n/a +n/a$")
        .containsPattern("(?m)^NET_RESOURCE_LOSS +FAIL +39 +WARN +\\d+ +\\+\\d+ +yes$");
  }
}
