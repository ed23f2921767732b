package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.Y2005;
import static io.github.laa.scoring.Fixtures.Y2006;
import static io.github.laa.scoring.Fixtures.camden;
import static io.github.laa.scoring.Fixtures.money;
import static io.github.laa.scoring.Fixtures.twoStreams;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.Areas;
import io.github.laa.core.BlockInvolvement;
import io.github.laa.core.InfrastructureProfile;
import io.github.laa.core.Involvement;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Purpose;
import io.github.laa.core.Stage;
import io.github.laa.scoring.lvsc.InfrastructureRule;
import io.github.laa.scoring.lvsc.InvolvementRule;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.lvsc.SectorDivisionRule;
import io.github.laa.scoring.lvsc.SmallGrantsRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Evidence details the verdicts do not show, and what the reports print — each with hand figures.
 */
class EvidenceAndRenderingTest {
  private static final Policy LVSC = Lvsc2006.policy();

  private static Finding finding(Policy p, LocalAreaAgreement laa, RuleId id) {
    return p.score(laa).finding(id).orElseThrow();
  }

  @Test
  void netLossNamesTheFirstWorstYearAndEveryStreamsChange() {
    Finding f = finding(LVSC, twoStreams(), Lvsc2006.NET_RESOURCE_LOSS);
    assertThat(f.verdict()).isEqualTo(Verdict.PASS);
    assertThat(f.get(NetResourceLossRule.WORST_YEAR)).isEqualTo(Y2006);
    assertThat(f.get(NetResourceLossRule.STREAM_CHANGE, "Neighbourhood Renewal Fund"))
        .isEqualTo(Change.of(Money.parse("£50k"), Money.parse("£40k")));
    assertThat(f.get(NetResourceLossRule.STREAM_CHANGE, "Council grants budget"))
        .isEqualTo(Change.of(Money.parse("£10k"), Money.parse("£20k")));
    assertThat(f.entry(NetResourceLossRule.STREAM_CHANGE, NetResourceLossRule.OTHER_FUNDS))
        .isEmpty();

    // The mean: NRF (40 + 40 + 60) / 3 = £46,666.67; council 40 / 3 = £13,333.33; total £60k.
    Policy mean =
        LVSC.reform("mean")
            .set(NetResourceLossRule.COMPARISON, NetResourceLossRule.Comparison.MEAN_OF_YEARS)
            .build();
    Finding m = finding(mean, twoStreams(), Lvsc2006.NET_RESOURCE_LOSS);
    assertThat(m.get(NetResourceLossRule.STREAM_CHANGE, "Neighbourhood Renewal Fund"))
        .isEqualTo(Change.of(Money.parse("£50k"), Money.parse("£46,666.67")));
    assertThat(m.get(NetResourceLossRule.CHANGE)).isEqualTo(Money.ZERO);
    assertThat(m.get(NetResourceLossRule.CHANGE_PERCENT)).isEqualTo(Percentage.ZERO);
    assertThat(m.get(NetResourceLossRule.MEAN)).isEqualTo(Money.parse("£60k"));

    // Scoped to the agreement's streams: NRF only, £50k then £40k: a 20 % loss.
    Policy scoped =
        LVSC.reform("scoped")
            .set(NetResourceLossRule.SCOPE, NetResourceLossRule.Scope.AGREEMENT_STREAMS)
            .build();
    Finding s = finding(scoped, twoStreams(), Lvsc2006.NET_RESOURCE_LOSS);
    assertThat(s.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(s.entry(NetResourceLossRule.STREAM_CHANGE, "Council grants budget")).isEmpty();
    assertThat(s.get(NetResourceLossRule.CHANGE_PERCENT, Y2006)).isEqualTo(Percentage.of(-20));

    // Other council funds (no stream) appear under their own name; a stream with no money, not at
    // all.
    LocalAreaAgreement other =
        camden()
            .addAllocation(money("cvs", "nrf", Y2005, "£1k").withStream(java.util.Optional.empty()))
            .addAllocation(money("cvs", "nrf", Y2006, "£1k"))
            .build();
    Finding o = finding(LVSC, other, Lvsc2006.NET_RESOURCE_LOSS);
    assertThat(o.get(NetResourceLossRule.STREAM_CHANGE, NetResourceLossRule.OTHER_FUNDS))
        .isEqualTo(Change.of(Money.parse("£1k"), Money.ZERO));
    assertThat(o.entry(NetResourceLossRule.STREAM_CHANGE, "Council grants budget")).isEmpty();
  }

  @Test
  void checksRecordTheirOwnVerdicts() {
    // R1 in a cohort: Camden's £300k over 3 bodies (£100k each) against Hackney's £30k over 3.
    LocalAreaAgreement strong =
        camden()
            .addAllocation(
                money("cvs", "nrf", Y2005, "£1k").withPurpose(Purpose.INFRASTRUCTURE_SUPPORT))
            .addAllocation(
                money("cvs", "nrf", Y2006, "£2k").withPurpose(Purpose.INFRASTRUCTURE_SUPPORT))
            .infrastructure(InfrastructureProfile.of(Money.parse("£300k"), BigDecimal.ONE, 4))
            .build();
    LocalAreaAgreement weak =
        strong
            .withInfrastructure(InfrastructureProfile.of(Money.parse("£30k"), BigDecimal.ONE, 4))
            .withArea(Areas.byName("Hackney").orElseThrow());
    CohortScorecard cohort = LVSC.scoreCohort(List.of(strong, weak));
    Finding camdenR1 =
        cohort
            .scorecard(strong.area().code())
            .orElseThrow()
            .finding(Lvsc2006.INFRASTRUCTURE_TARGETING)
            .orElseThrow();
    Finding hackneyR1 =
        cohort
            .scorecard(weak.area().code())
            .orElseThrow()
            .finding(Lvsc2006.INFRASTRUCTURE_TARGETING)
            .orElseThrow();
    assertThat(camdenR1.entry(InfrastructureRule.COHORT_QUARTILE).orElseThrow().check())
        .contains(Verdict.PASS);
    assertThat(hackneyR1.entry(InfrastructureRule.COHORT_QUARTILE).orElseThrow().check())
        .contains(Verdict.WARN);
    // Hackney is weak, and its support rose from £1k to a mean of £666.67 — below: FAIL.
    assertThat(hackneyR1.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(hackneyR1.entry(InfrastructureRule.AGREEMENT_SUPPORT).orElseThrow().check())
        .contains(Verdict.FAIL);
    LocalAreaAgreement raised =
        weak.withAllocations(
            List.of(
                money("cvs", "nrf", Y2005, "£1k").withPurpose(Purpose.INFRASTRUCTURE_SUPPORT),
                money("cvs", "nrf", Y2006, "£9k").withPurpose(Purpose.INFRASTRUCTURE_SUPPORT)));
    Finding raisedR1 =
        LVSC.scoreCohort(List.of(strong, raised))
            .scorecard(weak.area().code())
            .orElseThrow()
            .finding(Lvsc2006.INFRASTRUCTURE_TARGETING)
            .orElseThrow();
    assertThat(raisedR1.verdict()).isEqualTo(Verdict.PASS);
    assertThat(raisedR1.entry(InfrastructureRule.AGREEMENT_SUPPORT).orElseThrow().check())
        .contains(Verdict.PASS);

    // R4: the strategic check, and commissioning and evaluation levels as evidence.
    Involvement inv =
        Involvement.builder()
            .strategic(InvolvementLevel.PARTNER)
            .addBlock(BlockInvolvement.of("SSC", Stage.DESIGN, InvolvementLevel.INVOLVED))
            .addBlock(BlockInvolvement.of("SSC", Stage.DELIVERY, InvolvementLevel.LEADING))
            .addBlock(BlockInvolvement.of("SSC", Stage.COMMISSIONING, InvolvementLevel.CONSULTED))
            .addBlock(BlockInvolvement.of("SSC", Stage.EVALUATION, InvolvementLevel.INFORMED))
            .build();
    Finding r4 = finding(LVSC, camden().involvement(inv).build(), Lvsc2006.VCS_INVOLVEMENT);
    assertThat(r4.entry(InvolvementRule.STRATEGIC).orElseThrow().check()).contains(Verdict.PASS);
    assertThat(r4.get(InvolvementRule.COMMISSIONING, "SSC")).isEqualTo(InvolvementLevel.CONSULTED);
    assertThat(r4.get(InvolvementRule.EVALUATION, "SSC")).isEqualTo(InvolvementLevel.INFORMED);
    Finding low =
        finding(
            LVSC,
            camden().involvement(inv.withStrategic(InvolvementLevel.CONSULTED)).build(),
            Lvsc2006.VCS_INVOLVEMENT);
    assertThat(low.entry(InvolvementRule.STRATEGIC).orElseThrow().check()).contains(Verdict.FAIL);

    // R2: the change in points is signed: a fall is negative, a rise positive.
    LocalAreaAgreement grew =
        camden()
            .addAllocation(money("club", "nrf", Y2005, "£10k"))
            .addAllocation(money("cvs", "nrf", Y2005, "£90k"))
            .addAllocation(money("club", "nrf", Y2006, "£20k"))
            .addAllocation(money("cvs", "nrf", Y2006, "£80k"))
            .build();
    Finding r2 = finding(LVSC, grew, Lvsc2006.SECTOR_DIVISION);
    // Micro and small: 10 % of the baseline, 20/100 = 20 % over the agreement: +10 points.
    assertThat(r2.get(SectorDivisionRule.MICRO_SMALL_CHANGE)).isEqualTo(Percentage.of(10));
    assertThat(r2.get(SectorDivisionRule.BASELINE_SHARE, "micro")).isEqualTo(Percentage.of(10));
    assertThat(r2.entry(SectorDivisionRule.LARGEST_SHARE, "Camden CVS").orElseThrow().check())
        .contains(Verdict.WARN);
  }

  @Test
  void aPassingSmallGrantsFindingShowsTheRoomOfTheFirstClosestProgramme() {
    // Two programmes, both £1k under the £5k ceiling: the first named is the margin's.
    LocalAreaAgreement laa =
        camden()
            .addSmallGrantsProgramme(Fixtures.chest().build().withMaxGrant(Money.parse("£4k")))
            .addSmallGrantsProgramme(
                Fixtures.chest()
                    .build()
                    .withId("fund")
                    .withName("Second Fund")
                    .withMaxGrant(Money.parse("£4k")))
            .build();
    Finding f = finding(LVSC, laa, Lvsc2006.SMALL_GRANTS);
    assertThat(f.verdict()).isEqualTo(Verdict.PASS);
    assertThat(f.margin().orElseThrow())
        .hasToString(
            "Maximum grant in Community Chest could rise by £1,000.00 before exceeding the ceiling");
  }

  @Test
  void theAmberThresholdAndTheRulesOfAFreshPolicy() {
    // Every rule that can be assessed passes; the overall score is the mean of those scores.
    Scorecard card = LVSC.score(Fixtures.yearly("£100k", "£100k", "£100k", "£100k"));
    int score = card.score().getAsInt();
    Policy strict = LVSC.reform("strict").set(Policy.AMBER_THRESHOLD, score + 1).build();
    Policy lenient = LVSC.reform("lenient").set(Policy.AMBER_THRESHOLD, score).build();
    boolean concerns =
        card.findings().stream()
            .anyMatch(f -> f.verdict() == Verdict.FAIL || f.verdict() == Verdict.WARN);
    assertThat(strict.score(card.agreement()).rag()).isEqualTo(concerns ? card.rag() : Rag.AMBER);
    if (!concerns) {
      assertThat(lenient.score(card.agreement()).rag()).isEqualTo(Rag.GREEN);
    }
    Policy.Builder b = Policy.builder("fresh", LocalDate.of(2026, 1, 1));
    Lvsc2006.rules().forEach(b::rule);
    Policy fresh = b.build();
    assertThat(fresh.entries()).hasSize(Lvsc2006.rules().size());
    assertThat(fresh.score(card.agreement()).findings()).isEqualTo(card.findings());
  }

  @Test
  void reportsPrintMissingFactsMarginsAndDiffs() {
    Scorecard before = LVSC.score(Fixtures.yearly("£100k", "£90k", "£100k", "£100k"));
    Scorecard after =
        LVSC.reform("10% tolerance")
            .set(NetResourceLossRule.TOLERANCE, Percentage.of(10))
            .build()
            .score(before.agreement());
    String text = before.toText();
    assertThat(text)
        .contains(
            "\n1. INFRASTRUCTURE_TARGETING: Extra resources where VCS infrastructure is weakest [SHOULD, weight 1]\n");
    assertThat(text)
        .contains("\n3. NET_RESOURCE_LOSS: No net loss of resources to the VCS [MUST, weight 1]\n");
    assertThat(text).contains("   Missing:  infrastructure profile\n");
    assertThat(text)
        .contains(
            "   Margin:   VCS resources in 2006/07 must rise by £10,000.00 to avoid a net loss\n");
    String md = before.toMarkdown();
    assertThat(md)
        .contains(
            "**NOT_ASSESSED**, score 0 (SHOULD, weight 1). Missing: infrastructure profile.\n");
    assertThat(md)
        .contains(
            "**FAIL**, score 39 (MUST, weight 1). VCS resources in 2006/07 must rise by £10,000.00 to avoid a net loss.\n");
    assertThat(md).contains("| Evidence");
    ScorecardDiff diff = before.diff(after);
    assertThat(diff.toText())
        .startsWith("Camden: LVSC 2006 → 10% tolerance, RED → ")
        .contains("1 verdict flipped\n")
        .containsPattern("NET_RESOURCE_LOSS +FAIL +39 +WARN +69 +\\+30 +yes");
    assertThat(diff.toMarkdown())
        .startsWith("### Camden: LVSC 2006 → 10% tolerance")
        .contains("| NET_RESOURCE_LOSS");
    assertThat(before.diff(before).toText()).contains("0 verdicts flipped\n");

    List<LocalAreaAgreement> cohort =
        List.of(
            before.agreement(), before.agreement().withArea(Areas.byName("Hackney").orElseThrow()));
    CohortScorecard a = LVSC.scoreCohort(cohort);
    CohortScorecard b =
        LVSC.reform("10% tolerance")
            .set(NetResourceLossRule.TOLERANCE, Percentage.of(10))
            .build()
            .scoreCohort(cohort);
    String cohortText = a.toText();
    assertThat(cohortText)
        .contains("League table\n")
        .contains("\nCommissioning benchmark (R6)\n  (none)\n")
        .contains("\nInfrastructure and involvement (R1)\n  ")
        .contains(
            "\nTargeting list (R1): extra infrastructure resources recommended, weakest first\n  (none)\n")
        .contains("\nInvolvement mapping (R4)\n")
        .contains(
            "Levels: none < informed < consulted < involved < partner < leading; - not recorded.\n")
        .endsWith("\nCommissioning benchmark (R6)\n  (none)\n");
    assertThat(a.toMarkdown())
        .contains("### League table\n\n|")
        .contains("### Commissioning benchmark (R6)\n\n_None._\n")
        .contains("### Involvement mapping (R4)\n\n|");
    CohortDiff cd = a.diff(b);
    assertThat(cd.toText())
        .contains("2 areas, 2 flips\n")
        .contains("Flips per rule\n")
        .contains("NET_RESOURCE_LOSS  ")
        .contains("\nFlips\n")
        .contains("Camden");
    assertThat(cd.toMarkdown())
        .startsWith("## ")
        .contains("### Flips per rule\n\n|")
        .contains("### Flips\n\n|");
    assertThat(a.diff(a).toText()).contains("0 flips\n").contains("  (none)\n");
    assertThat(cd.flipsByRule()).containsEntry(Lvsc2006.NET_RESOURCE_LOSS, 2);
    assertThat(SmallGrantsRule.INSTANCE.title()).isNotEmpty();
  }
}
