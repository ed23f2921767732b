package io.github.laa.scoring.lvsc;

import io.github.laa.core.Allocation;
import io.github.laa.core.Areas;
import io.github.laa.core.Block;
import io.github.laa.core.BlockInvolvement;
import io.github.laa.core.BlockType;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.FundingStream;
import io.github.laa.core.InfrastructureProfile;
import io.github.laa.core.Involvement;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Purpose;
import io.github.laa.core.Round;
import io.github.laa.core.SmallGrantsProgramme;
import io.github.laa.core.Stage;
import io.github.laa.core.VcsBody;
import java.math.BigDecimal;

/**
 * Small agreements that tell two values of a parameter apart ({@code Rule#counterexample}): each is
 * the template — a round-2 agreement for Camden with one block (Safer and Stronger Communities),
 * one stream (NRF, in the agreement) and one medium-sized CVS — with the few facts the rule reads.
 * Policies check every counterexample by scoring it before reporting it.
 */
final class Counterexamples {
  private Counterexamples() {}

  /** £100,000: the template's baseline. */
  private static final long BASELINE = 10_000_000L;

  private static LocalAreaAgreement.Builder template() {
    return LocalAreaAgreement.builder()
        .area(Areas.byName("Camden").orElseThrow())
        .round(Round.ROUND_2)
        .addBlock(
            Block.builder().type(BlockType.SAFER_AND_STRONGER_COMMUNITIES).addStream("nrf").build())
        .addStream(FundingStream.of("nrf", "Neighbourhood Renewal Fund"))
        .addBody(
            VcsBody.builder().id("cvs").name("Camden CVS").income(Money.parse("£450k")).build());
  }

  private static Allocation money(FinancialYear year, long pence, Purpose purpose) {
    return Allocation.builder().recipient("cvs").stream("nrf")
        .year(year)
        .amount(Money.ofPence(pence))
        .purpose(purpose)
        .build();
  }

  /**
   * £100,000 in each of {@code baselineYears} baseline years, then a loss of {@code lossBp} basis
   * points of it in every agreement year.
   */
  static LocalAreaAgreement netLoss(int baselineYears, long lossBp) {
    LocalAreaAgreement.Builder b = template();
    FinancialYear first = Round.ROUND_2.firstYear();
    for (int i = 1; i <= baselineYears; i++) {
      b.addAllocation(money(first.plusYears(-i), BASELINE, Purpose.SERVICE_DELIVERY));
    }
    for (FinancialYear y : Round.ROUND_2.years()) {
      b.addAllocation(money(y, BASELINE - lossBp * BASELINE / 10_000, Purpose.SERVICE_DELIVERY));
    }
    return b.build();
  }

  /** Strategic involvement at {@code strategic}; the block involved in design and delivery. */
  static LocalAreaAgreement involvement(InvolvementLevel strategic) {
    return template()
        .involvement(
            Involvement.builder()
                .strategic(strategic)
                .addBlock(BlockInvolvement.of("SSC", Stage.DESIGN, InvolvementLevel.INVOLVED))
                .addBlock(BlockInvolvement.of("SSC", Stage.DELIVERY, InvolvementLevel.INVOLVED))
                .build())
        .build();
  }

  /**
   * Infrastructure of quality {@code rating} whose support does not rise: £10,000 in the baseline
   * year and in every agreement year.
   */
  static LocalAreaAgreement infrastructure(int rating) {
    LocalAreaAgreement.Builder b = template();
    FinancialYear first = Round.ROUND_2.firstYear();
    b.addAllocation(money(first.previous(), 1_000_000L, Purpose.INFRASTRUCTURE_SUPPORT));
    for (FinancialYear y : Round.ROUND_2.years()) {
      b.addAllocation(money(y, 1_000_000L, Purpose.INFRASTRUCTURE_SUPPORT));
    }
    return b.infrastructure(
            InfrastructureProfile.of(Money.parse("£90k"), new BigDecimal("2.5"), rating))
        .build();
  }

  /**
   * A capacity-building small-grants programme with a £20,000 budget each year, a maximum grant of
   * {@code maxGrant} and an income cap of {@code incomeCap}; £100,000 of VCS money a year.
   */
  static LocalAreaAgreement smallGrants(Money maxGrant, Money incomeCap) {
    LocalAreaAgreement.Builder b = template();
    SmallGrantsProgramme.Builder p =
        SmallGrantsProgramme.builder()
            .id("chest")
            .name("Community Chest")
            .maxGrant(maxGrant)
            .incomeCap(incomeCap)
            .capacityBuilding(true);
    for (FinancialYear y : Round.ROUND_2.years()) {
      p.putBudget(y, Money.parse("£20k"));
      b.addAllocation(money(y, BASELINE, Purpose.SERVICE_DELIVERY));
    }
    return b.addSmallGrantsProgramme(p.build()).build();
  }
}
