package io.github.laa.core.internal;

import static io.github.laa.core.Fixtures.VALID_AGREEMENTS;
import static io.github.laa.core.Fixtures.Y2006;
import static io.github.laa.core.Fixtures.Y2007;
import static io.github.laa.core.Fixtures.Y2008;
import static io.github.laa.core.Fixtures.allocation;
import static io.github.laa.core.Fixtures.body;
import static io.github.laa.core.Fixtures.camden;
import static io.github.laa.core.Fixtures.communityClub;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.laa.core.Allocation;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Purpose;
import io.github.laa.core.SizeBand;
import io.github.laa.core.testing.TestBudget;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link AllocationTable}: an agreement's allocations read back by column and accumulated. */
@SuppressWarnings("EnumOrdinal") // histogram cells are indexed by ordinal, as in AllocationTable
class AllocationTableTest {

  /** The five histograms of one {@link AllocationTable#accumulate} call, each sized for it. */
  private static final class Histograms {
    final long[] byFlags;
    final int[] counts;
    final long[] byPurposeBand;
    final long[] byStream;
    final long[] byTerms;

    private Histograms(AllocationTable t, int window, int span) {
      byFlags = new long[AllocationTable.FLAG_CELLS * span];
      counts = new int[AllocationTable.FLAG_CELLS * span];
      byPurposeBand = new long[AllocationTable.PURPOSE_BAND_CELLS * span];
      byStream = new long[(t.streamCount() + 1) * span];
      byTerms = new long[AllocationTable.TERM_CELLS * span];
      t.accumulate(window, span, byFlags, counts, byPurposeBand, byStream, byTerms);
    }
  }

  private static AllocationTable tableOf(LocalAreaAgreement laa) {
    return AllocationTables.of(laa);
  }

  private static long sum(long[] cells) {
    long sum = 0;
    for (long v : cells) {
      sum += v;
    }
    return sum;
  }

  // --- reading back the columns -------------------------------------------------------------

  /**
   * Camden with the community club and three more rows: the club's £7 of NRF in 2003/04 as small
   * grants on three-year terms at full cost, £9 of Community Chest to cvs in 2007/08 paid in
   * advance, and £9 of NRF to youth in 2007/08 at full cost, paid in advance. Rows: cvs 2005, youth
   * 2006, club 2003, cvs 2007 (chest), youth 2007.
   */
  private static AllocationTable fiveRows() {
    return tableOf(
        camden()
            .addBody(communityClub())
            .addAllocation(
                allocation("club", FinancialYear.of(2003), 7)
                    .withTermYears(3)
                    .withFullCostRecovery(true)
                    .withPurpose(Purpose.SMALL_GRANTS))
            .addAllocation(allocation("cvs", Y2007, 9).withStream("chest").withPaidInAdvance(true))
            .addAllocation(
                allocation("youth", Y2007, 9).withFullCostRecovery(true).withPaidInAdvance(true))
            .build());
  }

  @Test
  void hasARowPerAllocationAndYearOffsetsFromTheFirstYear() {
    AllocationTable t = fiveRows();
    assertThat(t.size()).isEqualTo(5);
    assertThat(t.minYearOffset()).isEqualTo(-3);
    assertThat(t.firstStartYear()).isEqualTo(2006);
  }

  @Test
  void theEarliestYearOffsetIsZeroWhenEveryRowIsInTheAgreementYears() {
    assertThat(
            tableOf(camden().build().withAllocations(allocation("cvs", Y2007, 1))).minYearOffset())
        .isZero();
  }

  @Test
  void readsBackTheStreamsAndWhetherTheyAreInTheAgreement() {
    AllocationTable t = fiveRows();
    assertThat(t.streamCount()).isEqualTo(2);
    assertThat(t.streamInAgreement(0)).isTrue();
    assertThat(t.streamInAgreement(1)).isFalse();
    assertThat(t.inAgreement(0)).isTrue();
    assertThat(t.inAgreement(3)).isFalse();
  }

  @Test
  void readsBackTheTermsOfEachRow() {
    AllocationTable t = fiveRows();
    assertThat(t.termYears(2)).isEqualTo(3);
    assertThat(t.termYears(0)).isEqualTo(1);
    assertThat(
            List.of(
                t.fullCostRecovery(0),
                t.fullCostRecovery(2),
                t.fullCostRecovery(3),
                t.fullCostRecovery(4)))
        .containsExactly(false, true, false, true);
    assertThat(
            List.of(t.paidInAdvance(0), t.paidInAdvance(2), t.paidInAdvance(3), t.paidInAdvance(4)))
        .containsExactly(false, false, true, true);
  }

  @Test
  void readsBackThePurposeOfEachRow() {
    AllocationTable t = fiveRows();
    assertThat(t.purpose(2)).isEqualTo(Purpose.SMALL_GRANTS);
    assertThat(t.purposeOrdinal(2)).isEqualTo(Purpose.SMALL_GRANTS.ordinal());
  }

  @Test
  void readsBackTheRecipientOfEachRowWithItsBandAndWhetherItIsCommunityBased() {
    AllocationTable t = fiveRows();
    assertThat(t.bodyCount()).isEqualTo(3);
    assertThat(t.bodyIndex(2)).isEqualTo(2);
    assertThat(t.bodyBand(2)).isEqualTo(SizeBand.MICRO);
    assertThat(t.bodyBandOrdinal(0)).isEqualTo(SizeBand.MEDIUM.ordinal());
    assertThat(t.bodyBandOrdinal(1)).isEqualTo(SizeBand.SMALL.ordinal());
    assertThat(t.bodyCommunityBased(2)).isTrue();
    assertThat(t.bodyCommunityBased(0)).isFalse();
  }

  @Test
  void aRowWithoutAnOutcomeHasOutcomeIndexMinusOne() {
    assertThat(fiveRows().outcomeIndex(0)).isEqualTo(-1);
  }

  @Test
  void everyRowReadsBackItsAllocation() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(VALID_AGREEMENTS)
        .checkAssert(
            laa -> {
              AllocationTable t = tableOf(laa);
              assertThat(t.size()).isEqualTo(laa.allocations().size());
              for (int i = 0; i < t.size(); i++) {
                Allocation a = laa.allocations().get(i);
                assertThat(laa.bodies().get(t.bodyIndex(i)).id()).isEqualTo(a.recipient());
                assertThat(t.streamIndex(i) < 0 ? "" : laa.streams().get(t.streamIndex(i)).id())
                    .isEqualTo(a.stream().orElse(""));
                assertThat(laa.firstYear().plusYears(t.yearOffset(i))).isEqualTo(a.year());
                assertThat(t.pence(i)).isEqualTo(a.amount().pence());
                assertThat(t.purpose(i)).isEqualTo(a.purpose());
                assertThat(t.inAgreement(i))
                    .isEqualTo(a.stream().map(laa::isInAgreement).orElse(false));
              }
            });
  }

  // --- accumulate: every cell by hand -------------------------------------------------------

  private static final int HAND_SPAN = 3;

  /**
   * A community-based micro club is body 0 and gets £1,000 of Community Chest (outside the
   * agreement) in 2006/07 for service delivery towards outcome 0 (ssc-1): delivery through the
   * outcome alone. The CVS (medium, body 1) gets £2,000 of NRF in 2007/08 as core funding at full
   * cost recovery, and £4,000 in 2008/09, which a span of three years (2005/06 to 2007/08) leaves
   * out. Accumulated with a window of one year and a span of three.
   */
  private static Histograms byHand() {
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
            .year(Y2008)
            .amount(Money.ofPounds(4_000))
            .purpose(Purpose.CORE)
            .build();
    // Each copy is valid on its own: first drop the youth group's allocation, then the group.
    LocalAreaAgreement laa =
        camden()
            .build()
            .withAllocations(List.of(cvs2007, cvs2008))
            .withBodies(List.of(communityClub(), body("cvs", 450_000)))
            .withAllocations(List.of(club, cvs2007, cvs2008));
    return new Histograms(tableOf(laa), 1, HAND_SPAN);
  }

  @Test
  void byHandEveryFlagsCellAndCount() {
    int span = HAND_SPAN;
    Histograms h = byHand();
    long[] flags = new long[AllocationTable.FLAG_CELLS * span];
    int[] count = new int[AllocationTable.FLAG_CELLS * span];
    flags[(AllocationTable.COMMUNITY | AllocationTable.OUTCOME_DELIVERY) * span + 1] = 100_000;
    count[(AllocationTable.COMMUNITY | AllocationTable.OUTCOME_DELIVERY) * span + 1] = 1;
    flags[AllocationTable.IN_AGREEMENT * span + 2] = 200_000;
    count[AllocationTable.IN_AGREEMENT * span + 2] = 1;
    assertThat(h.byFlags).containsExactly(flags);
    assertThat(h.counts).containsExactly(count);
  }

  @Test
  void byHandEveryPurposeAndBandCell() {
    int span = HAND_SPAN;
    Histograms h = byHand();
    long[] purposeBand = new long[AllocationTable.PURPOSE_BAND_CELLS * span];
    purposeBand[(Purpose.SERVICE_DELIVERY.ordinal() * 5 + SizeBand.MICRO.ordinal()) * span + 1] =
        100_000;
    purposeBand[(Purpose.CORE.ordinal() * 5 + SizeBand.MEDIUM.ordinal()) * span + 2] = 200_000;
    assertThat(h.byPurposeBand).containsExactly(purposeBand);
  }

  @Test
  void byHandEveryStreamCell() {
    int span = HAND_SPAN;
    Histograms h = byHand();
    long[] stream = new long[h.byStream.length];
    stream[(1 + 1) * span + 1] = 100_000; // chest is stream 1
    stream[(0 + 1) * span + 2] = 200_000; // nrf is stream 0
    assertThat(h.byStream).containsExactly(stream);
  }

  @Test
  void byHandEveryTermsCell() {
    int span = HAND_SPAN;
    Histograms h = byHand();
    long[] terms = new long[AllocationTable.TERM_CELLS * span];
    terms[1] = 100_000; // one year, not at full cost, not in advance
    terms[AllocationTable.FULL_COST_RECOVERY * span + 2] = 200_000;
    assertThat(h.byTerms).containsExactly(terms);
  }

  // --- accumulate: Camden and a long-term grant ---------------------------------------------

  private static final int SPAN = 4; // 2005/06 (y = 0) to 2008/09 (y = 3)

  /**
   * Camden: cvs (medium, not community) £40k NRF 2005/06 (baseline), youth (small) £12k NRF
   * 2006/07; plus a £3k small grant from other funds to youth in 2007/08, on three-year terms, in
   * advance. Accumulated with a window of one year and a span of four.
   */
  private static Histograms camdenAndALongTermGrant() {
    LocalAreaAgreement laa =
        camden()
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
    return new Histograms(tableOf(laa), 1, SPAN);
  }

  @Test
  void accumulateAddsDeliveryOfAStreamInTheAgreementToItsFlagsCellAndCountsIt() {
    Histograms h = camdenAndALongTermGrant();
    int inAgreementDelivery = AllocationTable.IN_AGREEMENT | AllocationTable.OUTCOME_DELIVERY;
    // £40k in 2005/06 and £12k in 2006/07: NRF (in the agreement), service delivery.
    assertThat(h.byFlags[inAgreementDelivery * SPAN + 0]).isEqualTo(4_000_000);
    assertThat(h.byFlags[inAgreementDelivery * SPAN + 1]).isEqualTo(1_200_000);
    assertThat(h.counts[inAgreementDelivery * SPAN + 1]).isEqualTo(1);
  }

  @Test
  void accumulateAddsOtherFundsNotForDeliveryToANonCommunityBodyToFlagsCellZero() {
    Histograms h = camdenAndALongTermGrant();
    // £3k in 2007/08: other funds, not delivery, not community: flags 0.
    assertThat(h.byFlags[0 * SPAN + 2]).isEqualTo(300_000);
  }

  @Test
  void accumulateAddsEachRowToTheCellOfItsPurposeAndItsRecipientsBand() {
    Histograms h = camdenAndALongTermGrant();
    int smallGrantsToSmall = Purpose.SMALL_GRANTS.ordinal() * 5 + SizeBand.SMALL.ordinal();
    assertThat(h.byPurposeBand[smallGrantsToSmall * SPAN + 2]).isEqualTo(300_000);
    int deliveryToMedium = Purpose.SERVICE_DELIVERY.ordinal() * 5 + SizeBand.MEDIUM.ordinal();
    assertThat(h.byPurposeBand[deliveryToMedium * SPAN + 0]).isEqualTo(4_000_000);
  }

  @Test
  void accumulateAddsEachRowToItsStreamsCellAndOtherFundsToCellZero() {
    Histograms h = camdenAndALongTermGrant();
    // Streams: index 0 (NRF) is cell 1; other funds are cell 0.
    assertThat(h.byStream[1 * SPAN + 0]).isEqualTo(4_000_000);
    assertThat(h.byStream[0 * SPAN + 2]).isEqualTo(300_000);
  }

  @Test
  void accumulateAddsALongTermGrantPaidInAdvanceToItsTermsCell() {
    Histograms h = camdenAndALongTermGrant();
    assertThat(h.byTerms[(AllocationTable.LONG_TERM | AllocationTable.PAID_IN_ADVANCE) * SPAN + 2])
        .isEqualTo(300_000);
  }

  @Test
  void accumulateAddsEveryRowInTheWindowExactlyOnce() {
    assertThat(sum(camdenAndALongTermGrant().byFlags)).isEqualTo(5_500_000);
  }

  // --- accumulate: the window ---------------------------------------------------------------

  @Test
  void aRowSixYearsBeforeTheFirstYearHasOffsetMinusSix() {
    LocalAreaAgreement laa =
        camden().addAllocation(allocation("cvs", FinancialYear.of(2000), 7)).build();
    assertThat(tableOf(laa).minYearOffset()).isEqualTo(-6);
  }

  @Test
  void rowsOutsideTheWindowAreLeftOut() {
    LocalAreaAgreement laa =
        camden().addAllocation(allocation("cvs", FinancialYear.of(2000), 7)).build();
    AllocationTable t = tableOf(laa);
    long[] byFlags = new long[AllocationTable.FLAG_CELLS * 4];
    t.accumulate(
        1,
        4,
        byFlags,
        new int[byFlags.length],
        new long[AllocationTable.PURPOSE_BAND_CELLS * 4],
        null,
        null);
    assertThat(sum(byFlags))
        .isEqualTo(5_200_000); // the £7 of 2000/01 is six years back, outside a one-year window
  }

  // --- accumulate: checking its arguments ---------------------------------------------------

  /** Accumulates into fresh arrays of the given lengths; a negative length passes {@code null}. */
  private static void accumulate(
      AllocationTable t,
      int window,
      int span,
      int byFlags,
      int counts,
      int byPurposeBand,
      int byStream,
      int byTerms) {
    t.accumulate(
        window,
        span,
        new long[byFlags],
        new int[counts],
        new long[byPurposeBand],
        byStream < 0 ? null : new long[byStream],
        byTerms < 0 ? null : new long[byTerms]);
  }

  @Test
  void accumulateAcceptsArraysExactlyLongEnoughAndLeavingTheOptionalHistogramsOut() {
    AllocationTable t = tableOf(camden().build());
    int span = 4;
    int streams = (t.streamCount() + 1) * span;
    assertThatCode(() -> accumulate(t, 1, span, 8 * span, 8 * span, 30 * span, streams, 8 * span))
        .doesNotThrowAnyException();
    assertThatCode(() -> accumulate(t, 0, 1, 8, 8, 30, -1, -1)).doesNotThrowAnyException();
    assertThatCode(() -> accumulate(t, 127, 128, 8 * 128, 8 * 128, 30 * 128, -1, -1))
        .doesNotThrowAnyException();
  }

  @Test
  void accumulateRejectsANegativeWindow() {
    AllocationTable t = tableOf(camden().build());
    int span = 4;
    assertThatThrownBy(() -> accumulate(t, -1, span, 8 * span, 8 * span, 30 * span, -1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window");
  }

  @Test
  void accumulateRejectsAWindowAbove127() {
    AllocationTable t = tableOf(camden().build());
    assertThatThrownBy(() -> accumulate(t, 128, 129, 8 * 129, 8 * 129, 30 * 129, -1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void accumulateRejectsASpanNotAboveTheWindow() {
    AllocationTable t = tableOf(camden().build());
    assertThatThrownBy(() -> accumulate(t, 2, 2, 16, 16, 60, -1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void accumulateRejectsEachArrayOneCellShort() {
    AllocationTable t = tableOf(camden().build());
    int span = 4;
    int streams = (t.streamCount() + 1) * span;
    assertThatThrownBy(() -> accumulate(t, 1, span, 8 * span - 1, 8 * span, 30 * span, -1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too short");
    assertThatThrownBy(() -> accumulate(t, 1, span, 8 * span, 8 * span - 1, 30 * span, -1, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> accumulate(t, 1, span, 8 * span, 8 * span, 30 * span - 1, -1, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> accumulate(t, 1, span, 8 * span, 8 * span, 30 * span, streams - 1, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> accumulate(t, 1, span, 8 * span, 8 * span, 30 * span, -1, 8 * span - 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void accumulateRejectsArraysOfOneCellForASpanOfFour() {
    LocalAreaAgreement laa =
        camden().addAllocation(allocation("cvs", FinancialYear.of(2000), 7)).build();
    AllocationTable t = tableOf(laa);
    assertThatThrownBy(() -> t.accumulate(1, 4, new long[1], new int[1], new long[1], null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // --- accumulate: agreeing with the allocations --------------------------------------------

  @Test
  void histogramsAgreeWithSumsOverTheAllocations() {
    qt().withExamples(1_000)
        .forAll(VALID_AGREEMENTS)
        .checkAssert(
            laa -> {
              AllocationTable t = tableOf(laa);
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
