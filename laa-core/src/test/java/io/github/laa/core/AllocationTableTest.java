package io.github.laa.core;

import static io.github.laa.core.Fixtures.Y2006;
import static io.github.laa.core.Fixtures.Y2007;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.laa.core.internal.AllocationTable;
import org.junit.jupiter.api.Test;

@SuppressWarnings("EnumOrdinal") // histogram cells are indexed by ordinal, as in AllocationTable
class AllocationTableTest {

  /**
   * Every cell of every histogram, by hand. A community-based micro club is body 0 and gets £1,000
   * of Community Chest (outside the agreement) in 2006/07 for service delivery towards outcome 0
   * (ssc-1): delivery through the outcome alone. The CVS (medium, body 1) gets £2,000 of NRF in
   * 2007/08 as core funding at full cost recovery, and £4,000 in 2008/09, which a span of three
   * years (2005/06 to 2007/08) leaves out.
   */
  @Test
  void everyCellByHandWithBodyZeroCommunityBasedAndARowPastTheSpan() {
    Allocation club =
        Allocation.builder().recipient("club").stream("chest")
            .outcome("ssc-1")
            .year(Y2006)
            .amount(Money.ofPounds(1_000))
            .purpose(Purpose.SERVICE_DELIVERY)
            .build();
    Allocation cvs2007 =
        Allocation.builder().recipient("cvs").stream("nrf")
            .year(Y2007)
            .amount(Money.ofPounds(2_000))
            .purpose(Purpose.CORE)
            .fullCostRecovery(true)
            .build();
    Allocation cvs2008 =
        Allocation.builder().recipient("cvs").stream("nrf")
            .year(Fixtures.Y2008)
            .amount(Money.ofPounds(4_000))
            .purpose(Purpose.CORE)
            .build();
    VcsBody clubBody =
        VcsBody.builder()
            .id("club")
            .name("Club")
            .income(Money.ofPounds(5_000))
            .communityBased(true)
            .build();
    // Each copy is valid on its own: first drop the youth group's allocation, then the group.
    LocalAreaAgreement laa =
        Fixtures.camden()
            .build()
            .withAllocations(java.util.List.of(cvs2007, cvs2008))
            .withBodies(java.util.List.of(clubBody, Fixtures.body("cvs", 450_000)))
            .withAllocations(java.util.List.of(club, cvs2007, cvs2008));
    AllocationTable t = laa.allocationTable();
    int span = 3;
    long[] byFlags = new long[AllocationTable.FLAG_CELLS * span];
    int[] counts = new int[AllocationTable.FLAG_CELLS * span];
    long[] byPurposeBand = new long[AllocationTable.PURPOSE_BAND_CELLS * span];
    long[] byStream = new long[(t.streamCount() + 1) * span];
    long[] byTerms = new long[AllocationTable.TERM_CELLS * span];
    t.accumulate(1, span, byFlags, counts, byPurposeBand, byStream, byTerms);

    long[] flags = new long[AllocationTable.FLAG_CELLS * span];
    int[] count = new int[AllocationTable.FLAG_CELLS * span];
    flags[(AllocationTable.COMMUNITY | AllocationTable.OUTCOME_DELIVERY) * span + 1] = 100_000;
    count[(AllocationTable.COMMUNITY | AllocationTable.OUTCOME_DELIVERY) * span + 1] = 1;
    flags[AllocationTable.IN_AGREEMENT * span + 2] = 200_000;
    count[AllocationTable.IN_AGREEMENT * span + 2] = 1;
    assertThat(byFlags).containsExactly(flags);
    assertThat(counts).containsExactly(count);

    long[] purposeBand = new long[AllocationTable.PURPOSE_BAND_CELLS * span];
    purposeBand[(Purpose.SERVICE_DELIVERY.ordinal() * 5 + SizeBand.MICRO.ordinal()) * span + 1] =
        100_000;
    purposeBand[(Purpose.CORE.ordinal() * 5 + SizeBand.MEDIUM.ordinal()) * span + 2] = 200_000;
    assertThat(byPurposeBand).containsExactly(purposeBand);

    long[] stream = new long[(t.streamCount() + 1) * span];
    stream[(1 + 1) * span + 1] = 100_000; // chest is stream 1
    stream[(0 + 1) * span + 2] = 200_000; // nrf is stream 0
    assertThat(byStream).containsExactly(stream);

    long[] terms = new long[AllocationTable.TERM_CELLS * span];
    terms[1] = 100_000; // one year, not at full cost, not in advance
    terms[AllocationTable.FULL_COST_RECOVERY * span + 2] = 200_000;
    assertThat(byTerms).containsExactly(terms);
  }

  @Test
  void accumulateChecksItsWindowAndEveryArraysLength() {
    AllocationTable t = Fixtures.camden().build().allocationTable();
    int span = 4;
    int streams = (t.streamCount() + 1) * span;
    // Exactly long enough, and the two optional histograms left out: fine.
    t.accumulate(
        1,
        span,
        new long[8 * span],
        new int[8 * span],
        new long[30 * span],
        new long[streams],
        new long[8 * span]);
    t.accumulate(0, 1, new long[8], new int[8], new long[30], null, null);
    t.accumulate(127, 128, new long[8 * 128], new int[8 * 128], new long[30 * 128], null, null);
    assertThatThrownBy(
            () ->
                t.accumulate(
                    -1,
                    span,
                    new long[8 * span],
                    new int[8 * span],
                    new long[30 * span],
                    null,
                    null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window");
    assertThatThrownBy(
            () ->
                t.accumulate(
                    128, 129, new long[8 * 129], new int[8 * 129], new long[30 * 129], null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> t.accumulate(2, 2, new long[16], new int[16], new long[60], null, null))
        .isInstanceOf(IllegalArgumentException.class);
    // Each array one cell short.
    assertThatThrownBy(
            () ->
                t.accumulate(
                    1,
                    span,
                    new long[8 * span - 1],
                    new int[8 * span],
                    new long[30 * span],
                    null,
                    null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too short");
    assertThatThrownBy(
            () ->
                t.accumulate(
                    1,
                    span,
                    new long[8 * span],
                    new int[8 * span - 1],
                    new long[30 * span],
                    null,
                    null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                t.accumulate(
                    1,
                    span,
                    new long[8 * span],
                    new int[8 * span],
                    new long[30 * span - 1],
                    null,
                    null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                t.accumulate(
                    1,
                    span,
                    new long[8 * span],
                    new int[8 * span],
                    new long[30 * span],
                    new long[streams - 1],
                    null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                t.accumulate(
                    1,
                    span,
                    new long[8 * span],
                    new int[8 * span],
                    new long[30 * span],
                    null,
                    new long[8 * span - 1]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void accumulatesEveryRowIntoItsCellsInOnePass() {
    // Camden: cvs (medium, not community) £40k NRF 2005/06 (baseline), youth (small) £12k NRF
    // 2006/07;
    // plus a £3k small grant from other funds to youth in 2007/08, on three-year terms, in advance.
    LocalAreaAgreement laa =
        Fixtures.camden()
            .addAllocation(
                Allocation.builder()
                    .recipient("youth")
                    .year(Y2007)
                    .amount(Money.ofPounds(3_000))
                    .purpose(Purpose.SMALL_GRANTS)
                    .termYears(3)
                    .paidInAdvance(true)
                    .build())
            .build();
    AllocationTable t = laa.allocationTable();
    int window = 1;
    int span = 4; // 2005/06 (y = 0) to 2008/09 (y = 3)
    long[] byFlags = new long[AllocationTable.FLAG_CELLS * span];
    int[] counts = new int[AllocationTable.FLAG_CELLS * span];
    long[] byPurposeBand = new long[AllocationTable.PURPOSE_BAND_CELLS * span];
    long[] byStream = new long[(t.streamCount() + 1) * span];
    long[] byTerms = new long[AllocationTable.TERM_CELLS * span];
    t.accumulate(window, span, byFlags, counts, byPurposeBand, byStream, byTerms);
    int inAgreementDelivery = AllocationTable.IN_AGREEMENT | AllocationTable.OUTCOME_DELIVERY;
    // £40k in 2005/06 and £12k in 2006/07: NRF (in the agreement), service delivery.
    assertThat(byFlags[inAgreementDelivery * span + 0]).isEqualTo(4_000_000);
    assertThat(byFlags[inAgreementDelivery * span + 1]).isEqualTo(1_200_000);
    assertThat(counts[inAgreementDelivery * span + 1]).isEqualTo(1);
    // £3k in 2007/08: other funds, not delivery, not community: flags 0.
    assertThat(byFlags[0 * span + 2]).isEqualTo(300_000);
    int smallGrantsToSmall = Purpose.SMALL_GRANTS.ordinal() * 5 + SizeBand.SMALL.ordinal();
    assertThat(byPurposeBand[smallGrantsToSmall * span + 2]).isEqualTo(300_000);
    int deliveryToMedium = Purpose.SERVICE_DELIVERY.ordinal() * 5 + SizeBand.MEDIUM.ordinal();
    assertThat(byPurposeBand[deliveryToMedium * span + 0]).isEqualTo(4_000_000);
    // Streams: index 0 (NRF) is cell 1; other funds are cell 0.
    assertThat(byStream[1 * span + 0]).isEqualTo(4_000_000);
    assertThat(byStream[0 * span + 2]).isEqualTo(300_000);
    assertThat(byTerms[(AllocationTable.LONG_TERM | AllocationTable.PAID_IN_ADVANCE) * span + 2])
        .isEqualTo(300_000);
    long sum = 0;
    for (long v : byFlags) {
      sum += v;
    }
    assertThat(sum).isEqualTo(5_500_000);
  }

  @Test
  void rowsOutsideTheWindowAreLeftOut() {
    LocalAreaAgreement laa =
        Fixtures.camden()
            .addAllocation(Fixtures.allocation("cvs", FinancialYear.of(2000), 7))
            .build();
    AllocationTable t = laa.allocationTable();
    assertThat(t.minYearOffset()).isEqualTo(-6);
    long[] byFlags = new long[AllocationTable.FLAG_CELLS * 4];
    t.accumulate(
        1,
        4,
        byFlags,
        new int[byFlags.length],
        new long[AllocationTable.PURPOSE_BAND_CELLS * 4],
        null,
        null);
    long sum = 0;
    for (long v : byFlags) {
      sum += v;
    }
    assertThat(sum)
        .isEqualTo(5_200_000); // the £7 of 2000/01 is six years back, outside a one-year window
    assertThatThrownBy(() -> t.accumulate(1, 4, new long[1], new int[1], new long[1], null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void histogramsAgreeWithSumsOverTheAllocations() {
    qt().withExamples(1_000)
        .forAll(ValidationProperties.VALID)
        .checkAssert(
            laa -> {
              AllocationTable t = laa.allocationTable();
              int window = 3;
              int span = 6;
              long[] byFlags = new long[AllocationTable.FLAG_CELLS * span];
              int[] counts = new int[byFlags.length];
              long[] byPurposeBand = new long[AllocationTable.PURPOSE_BAND_CELLS * span];
              long[] byStream = new long[(t.streamCount() + 1) * span];
              t.accumulate(window, span, byFlags, counts, byPurposeBand, byStream, null);
              for (int y = 0; y < span; y++) {
                FinancialYear year = laa.firstYear().plusYears(y - window);
                long all = 0;
                long inAgreement = 0;
                long micro = 0;
                for (Allocation a : laa.allocations()) {
                  if (a.year().equals(year)) {
                    all += a.amount().pence();
                    if (a.stream().map(laa::isInAgreement).orElse(false)) {
                      inAgreement += a.amount().pence();
                    }
                    if (laa.body(a.recipient()).orElseThrow().sizeBand() == SizeBand.MICRO) {
                      micro += a.amount().pence();
                    }
                  }
                }
                long flagsAll = 0;
                long flagsIn = 0;
                for (int c = 0; c < AllocationTable.FLAG_CELLS; c++) {
                  flagsAll += byFlags[c * span + y];
                  if ((c & AllocationTable.IN_AGREEMENT) != 0) {
                    flagsIn += byFlags[c * span + y];
                  }
                }
                long bandMicro = 0;
                for (Purpose p : Purpose.values()) {
                  bandMicro +=
                      byPurposeBand[(p.ordinal() * 5 + SizeBand.MICRO.ordinal()) * span + y];
                }
                long streams = 0;
                for (int s = 0; s <= t.streamCount(); s++) {
                  streams += byStream[s * span + y];
                }
                assertThat(flagsAll).isEqualTo(all);
                assertThat(streams).isEqualTo(all);
                assertThat(flagsIn).isEqualTo(inAgreement);
                assertThat(bandMicro).isEqualTo(micro);
              }
            });
  }
}
