package io.github.laa.core;

import static io.github.laa.core.Fixtures.Y2005;
import static io.github.laa.core.Fixtures.Y2006;
import static io.github.laa.core.Fixtures.Y2007;
import static io.github.laa.core.Fixtures.allocation;
import static io.github.laa.core.Fixtures.camden;
import static io.github.laa.core.Fixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link AllocationFilter} and the edits of {@link LocalAreaAgreement} by filter: no list index,
 * and never a guess when a filter matches none or several.
 */
class AllocationFilterTest {
  /**
   * Camden's cvs 2005/06 £40,000 and youth 2006/07 £12,000 (NRF), plus youth 2006/07 £3,000 (no
   * stream).
   */
  private static LocalAreaAgreement laa() {
    return camden()
        .addAllocation(
            Allocation.builder()
                .recipient("youth")
                .year(Y2006)
                .amount(Money.ofPounds(3_000))
                .purpose(Purpose.CORE)
                .build())
        .build();
  }

  @Test
  void aFilterMatchesWhenEveryCriterionItHasIsMet() {
    Allocation a = allocation("cvs", Y2006, 1);
    assertThat(AllocationFilter.any().matches(a)).isTrue();
    assertThat(AllocationFilter.year(Y2006).withRecipient("cvs").withStream("nrf").matches(a))
        .isTrue();
    assertThat(AllocationFilter.year(Y2007).withRecipient("cvs").matches(a)).isFalse();
    assertThat(AllocationFilter.recipient("youth").matches(a)).isFalse();
    assertThat(AllocationFilter.stream("chest").matches(a)).isFalse();
    assertThat(AllocationFilter.purpose(Purpose.SERVICE_DELIVERY).matches(a)).isTrue();
    assertThat(AllocationFilter.purpose(Purpose.CORE).matches(a)).isFalse();
    // A stream criterion never matches money from no stream.
    assertThat(AllocationFilter.stream("nrf").matches(a.withStream(java.util.Optional.empty())))
        .isFalse();
  }

  @Test
  void aFilterIsAValueThatNamesWhatItMatches() {
    AllocationFilter f = AllocationFilter.year(Y2006).withRecipient("cvs").withStream("nrf");
    assertThat(f).isEqualTo(AllocationFilter.stream("nrf").withRecipient("cvs").withYear(Y2006));
    assertThat(f.hashCode())
        .isEqualTo(AllocationFilter.stream("nrf").withRecipient("cvs").withYear(Y2006).hashCode());
    assertThat(f).hasToString("allocation to cvs from nrf in 2006/07");
    assertThat(f.withPurpose(Purpose.SERVICE_DELIVERY))
        .hasToString("service delivery allocation to cvs from nrf in 2006/07");
    assertThat(AllocationFilter.any()).hasToString("any allocation");
    assertThat(f.year()).contains(Y2006);
    assertThat(f.recipient()).contains("cvs");
    assertThat(f.stream()).contains("nrf");
    assertThat(f.purpose()).isEmpty();
    // withYear replaces the year.
    assertThat(f.withYear(Y2007).year()).contains(Y2007);
  }

  @Test
  void allocationsByFilterAreInOrder() {
    LocalAreaAgreement laa = laa();
    assertThat(laa.allocations(AllocationFilter.recipient("youth")))
        .containsExactly(laa.allocations().get(1), laa.allocations().get(2));
    assertThat(laa.allocations(AllocationFilter.year(Y2005)))
        .containsExactly(laa.allocations().get(0));
    assertThat(laa.allocations(AllocationFilter.recipient("nobody"))).isEmpty();
    assertThat(laa.allocation(AllocationFilter.recipient("youth").withStream("nrf")).amount())
        .isEqualTo(Money.ofPounds(12_000));
  }

  @Test
  void settingTheAmountOfTheOneMatchChangesOnlyIt() {
    LocalAreaAgreement laa = laa();
    LocalAreaAgreement edited =
        laa.withAllocationAmount(
            AllocationFilter.year(Y2006).withRecipient("youth").withStream("nrf"),
            Money.ofPounds(15_000));
    assertThat(edited.allocations().get(1).amount()).isEqualTo(Money.ofPounds(15_000));
    assertThat(edited.allocations().get(0)).isEqualTo(laa.allocations().get(0));
    assertThat(edited.allocations().get(2)).isEqualTo(laa.allocations().get(2));
    assertThat(laa.allocations().get(1).amount()).isEqualTo(Money.ofPounds(12_000));
  }

  @Test
  void aFilterThatMatchesSeveralWhereOneIsRequiredIsRefusedNamingThem() {
    LocalAreaAgreement laa = laa();
    assertThat(
            problems(
                () -> laa.withAllocationAmount(AllocationFilter.recipient("youth"), Money.ZERO)))
        .containsExactly(
            "allocations: must have exactly one allocation to youth but has 2:"
                + " allocations[1] (service delivery to youth from nrf in 2006/07),"
                + " allocations[2] (core to youth from no stream in 2006/07);"
                + " name its year, recipient, stream or purpose");
    assertThat(problems(() -> laa.allocation(AllocationFilter.year(Y2006)))).hasSize(1);
  }

  @Test
  void aFilterThatMatchesNoneIsRefusedNamingIt() {
    LocalAreaAgreement laa = laa();
    assertThat(
            problems(
                () ->
                    laa.withAllocationAmount(
                        AllocationFilter.year(Y2007).withRecipient("cvs"), Money.ZERO)))
        .containsExactly(
            "allocations: must have exactly one allocation to cvs in 2007/08 but has none");
    assertThat(problems(() -> laa.withAllocations(AllocationFilter.stream("chest"), a -> a)))
        .containsExactly("allocations: must have at least one allocation from chest but has none");
  }

  @Test
  void editingEveryMatchEditsThemInPlaceAndValidatesTheCopy() {
    LocalAreaAgreement laa = laa();
    LocalAreaAgreement doubled =
        laa.withAllocations(
            AllocationFilter.recipient("youth"), a -> a.withAmount(a.amount().multipliedBy(2)));
    assertThat(doubled.allocations())
        .extracting(Allocation::amount)
        .containsExactly(Money.ofPounds(40_000), Money.ofPounds(24_000), Money.ofPounds(6_000));
    assertThat(
            problems(
                () ->
                    laa.withAllocations(
                        AllocationFilter.year(Y2005), a -> a.withRecipient("ghost"))))
        .containsExactly("allocations[0].recipient: no VCS body \"ghost\"");
  }
}
