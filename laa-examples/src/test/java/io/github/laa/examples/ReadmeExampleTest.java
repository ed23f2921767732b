package io.github.laa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.Allocation;
import io.github.laa.core.Areas;
import io.github.laa.core.Block;
import io.github.laa.core.BlockType;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.FundingStream;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Purpose;
import io.github.laa.core.Round;
import io.github.laa.core.VcsBody;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.Scorecard;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import org.junit.jupiter.api.Test;

/** The README's code sample, exactly as printed there, and the excerpt of its output. */
class ReadmeExampleTest {

  static Allocation grant(String year, String amount) {
    return Allocation.builder().recipient("cvs").stream("nrf")
        .year(FinancialYear.parse(year))
        .amount(Money.parse(amount))
        .purpose(Purpose.SERVICE_DELIVERY)
        .build();
  }

  @Test
  void theReadmeSampleBuildsAndScoresAsShown() {
    // --- README: Build an agreement and score it ---
    LocalAreaAgreement laa =
        LocalAreaAgreement.builder()
            .area(Areas.byName("Camden").orElseThrow())
            .round(Round.ROUND_2) // agreement years 2006/07 to 2008/09
            .addBlock(
                Block.builder()
                    .type(BlockType.SAFER_AND_STRONGER_COMMUNITIES)
                    .addStream("nrf")
                    .build())
            .addStream(FundingStream.of("nrf", "Neighbourhood Renewal Fund"))
            .addBody(
                VcsBody.builder().id("cvs").name("Camden CVS").income(Money.parse("£450k")).build())
            .addAllocation(grant("2005/06", "£100k")) // the baseline year
            .addAllocation(grant("2006/07", "£102k"))
            .addAllocation(grant("2007/08", "£95k"))
            .addAllocation(grant("2008/09", "£104k"))
            .build();
    Scorecard card = Lvsc2006.policy().score(laa);
    // --- end of README sample ---
    assertThat(card.toText())
        .startsWith(
            """
            Scorecard: Camden (E09000007)
            Agreement: Round 2, 2006/07 to 2008/09
            Policy:    LVSC 2006 (2006-03-08)
            Rating:    RED, score 22/100
            """)
        .contains(
            """
            NET_RESOURCE_LOSS         FAIL             39  VCS resources in 2007/08 must rise by £5,000.00 to
                                                           avoid a net loss
            SMALL_GRANTS              FAIL              0  The agreement needs a small grants programme that is
                                                           part of its capacity building
            """)
        .contains(
            """
            3. NET_RESOURCE_LOSS: No net loss of resources to the VCS
               MUST, weight 1: FAIL, score 39
                 total [2005/06]     £100,000.00
                 total [2006/07]     £102,000.00
                 total [2007/08]      £95,000.00
                 total [2008/09]     £104,000.00
                 baseline            £100,000.00
                 change [2006/07]      £2,000.00  PASS
                 change % [2006/07]        2.00%
                 change [2007/08]     -£5,000.00  FAIL
                 change % [2007/08]       -5.00%
                 change [2008/09]      £4,000.00  PASS
                 change % [2008/09]        4.00%
                 worst year              2007/08
                 Change                                              Before       After  Difference       %
                 ---------------------------------------------  -----------  ----------  ----------  ------
                 change by stream [Neighbourhood Renewal Fund]  £100,000.00  £95,000.00  -£5,000.00  -5.00%
            """)
        .contains(
            "INFRASTRUCTURE_TARGETING  NOT_ASSESSED    n/a  missing: infrastructure profile\n");
    assertThat(card.toText().lines()).allMatch(l -> l.length() <= 100);
    assertThat(card.toDetailedText())
        .contains(
            """
               Margin:   VCS resources in 2007/08 must rise by £5,000.00 to avoid a net loss
               Cites:    LVSC, "Voluntary sector involvement in Local Area Agreements", 8 March 2006,
                         recommendation 3: "the introduction of a LAA should not result in a net loss of
                         resources allocated to a borough's VCS"
            """)
        .contains(
            "   Parameters:\n     POLICY.baselineYears = 1\n     NET_RESOURCE_LOSS.terms = CASH\n");

    // --- README: the same figures, typed ---
    Finding loss = card.finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();
    Money baseline = loss.get(NetResourceLossRule.BASELINE);
    Money worst = loss.get(NetResourceLossRule.TOTAL, FinancialYear.parse("2007/08"));
    FinancialYear year = loss.get(NetResourceLossRule.WORST_YEAR);
    Money rise = loss.margin().flatMap(Margin::money).orElseThrow();
    // --- end of README sample ---
    assertThat(baseline).isEqualTo(Money.parse("£100,000.00"));
    assertThat(worst).isEqualTo(Money.parse("£95,000.00"));
    assertThat(year).isEqualTo(FinancialYear.parse("2007/08"));
    assertThat(rise).isEqualTo(Money.parse("£5,000.00"));
  }
}
