package io.github.laa.core;

import java.math.BigDecimal;

/** A small, valid round-2 agreement that tests change one thing at a time. */
final class Fixtures {
  static final FinancialYear Y2005 = FinancialYear.of(2005);
  static final FinancialYear Y2006 = FinancialYear.of(2006);
  static final FinancialYear Y2007 = FinancialYear.of(2007);
  static final FinancialYear Y2008 = FinancialYear.of(2008);

  private Fixtures() {}

  static VcsBody body(String id, long incomePounds) {
    return VcsBody.builder().id(id).name("Body " + id).income(Money.ofPounds(incomePounds)).build();
  }

  static Allocation allocation(String recipient, FinancialYear year, long pounds) {
    return Allocation.builder().recipient(recipient).stream("nrf")
        .year(year)
        .amount(Money.ofPounds(pounds))
        .purpose(Purpose.SERVICE_DELIVERY)
        .build();
  }

  static LocalAreaAgreement.Builder camden() {
    return LocalAreaAgreement.builder()
        .area(Areas.byName("Camden").orElseThrow())
        .round(Round.ROUND_2)
        .addBlock(
            Block.builder()
                .type(BlockType.SAFER_AND_STRONGER_COMMUNITIES)
                .addStream("nrf")
                .addOutcome(
                    Outcome.builder()
                        .id("ssc-1")
                        .title("Reduce crime")
                        .mandatory(true)
                        .addIndicator(
                            Indicator.builder()
                                .code("SSC 1")
                                .description("Recorded crime per 1,000 people")
                                .addTarget(
                                    Target.builder()
                                        .year(Y2008)
                                        .baseline(new BigDecimal("120"))
                                        .value(new BigDecimal("105"))
                                        .stretch(new BigDecimal("100"))
                                        .build())
                                .build())
                        .build())
                .build())
        .addBlock(Block.of(BlockType.CHILDREN_AND_YOUNG_PEOPLE))
        .addStream(FundingStream.of("nrf", "Neighbourhood Renewal Fund"))
        .addStream(
            FundingStream.builder()
                .id("chest")
                .name("Community Chest")
                .formerlyDirectToVcs(true)
                .build())
        .addBody(body("cvs", 450_000))
        .addBody(body("youth", 60_000))
        .addAllocation(allocation("cvs", Y2005, 40_000))
        .addAllocation(allocation("youth", Y2006, 12_000))
        .addSmallGrantsProgramme(
            SmallGrantsProgramme.builder()
                .id("grants")
                .name("Community grants")
                .putBudget(Y2006, Money.ofPounds(50_000))
                .maxGrant(Money.ofPounds(5_000))
                .incomeCap(Money.ofPounds(100_000))
                .capacityBuilding(true)
                .administeredBy("cvs")
                .build())
        .involvement(
            Involvement.builder()
                .strategic(InvolvementLevel.PARTNER)
                .addBlock(BlockInvolvement.of("SSC", Stage.DESIGN, InvolvementLevel.INVOLVED))
                .build())
        .infrastructure(InfrastructureProfile.of(Money.ofPounds(300_000), new BigDecimal("6.5"), 3))
        .commissioning(
            CommissioningPractice.builder().consultationWeeks(12).noticeMonths(3).build());
  }
}
