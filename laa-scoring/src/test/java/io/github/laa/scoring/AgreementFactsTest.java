package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.Y2005;
import static io.github.laa.scoring.Fixtures.everyKindOfTotal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Purpose;
import io.github.laa.core.SizeBand;
import io.github.laa.core.testing.TestBudget;
import io.github.laa.scoring.internal.Aggregate;
import io.github.laa.scoring.testing.LaaGenerators;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The totals of an agreement: read back by hand from {@link Fixtures#everyKindOfTotal()} (the
 * bodies are the CVS, index 0; the club, 1; the trust, 2; the streams NRF, 0, in the agreement, and
 * the council budget, 1, outside it), and the groups computed on first use against those computed
 * up front.
 */
class AgreementFactsTest {
  private static final LocalAreaAgreement LAA = everyKindOfTotal();

  /** With a one-year baseline. */
  private static final AgreementFacts ONE = AgreementFacts.of(LAA);

  @Test
  void totalsCountTheYearsOfTheWindowAndTheAgreementOnly() {
    assertThat(ONE.total(-1)).isEqualTo(25_000_00L);
    assertThat(ONE.total(-2)).as("outside a one-year window").isZero();
    assertThat(ONE.total(Y2005)).isEqualTo(Money.ofPounds(25_000));
  }

  @Test
  void yearsAreOffsetsFromTheFirstAgreementYear() {
    assertThat(ONE.year(-1)).isEqualTo(Y2005);
  }

  @Test
  void agreementStreamTotalsAndCountsLeaveOutOtherStreams() {
    assertThat(ONE.totalInAgreementStreams(-1)).isEqualTo(5_000_00L);
    assertThat(ONE.count(-1)).isEqualTo(2);
    assertThat(ONE.countInAgreementStreams(-1)).isEqualTo(1);
  }

  @Test
  void onlyAStreamPooledOrAlignedUnderABlockIsInTheAgreement() {
    assertThat(ONE.streamInAgreement(0)).as("NRF").isTrue();
    assertThat(ONE.streamInAgreement(1)).as("council budget").isFalse();
  }

  @Test
  void streamTotalsAreByTheStreamsIndex() {
    assertThat(ONE.stream(1, -1)).as("council budget").isEqualTo(20_000_00L);
    assertThat(ONE.stream(1, 2)).isEqualTo(30_000_00L);
  }

  @Test
  void purposeBandAndCommunityTotalsFollowTheRecipients() {
    assertThat(ONE.purpose(Purpose.SMALL_GRANTS, 0)).isEqualTo(7_000_00L);
    assertThat(ONE.smallGrantsToMicroOrSmall(-1)).isEqualTo(5_000_00L);
    assertThat(ONE.microOrSmall(0)).isEqualTo(7_000_00L);
    assertThat(ONE.communityBased(0)).isEqualTo(7_000_00L);
  }

  @Test
  void termTotalsFollowTheAllocationsTerms() {
    assertThat(ONE.longTerm(-1)).isEqualTo(20_000_00L);
    assertThat(ONE.fullCost(-1)).isEqualTo(20_000_00L);
    assertThat(ONE.inAdvance(-1)).isEqualTo(5_000_00L);
  }

  @Test
  void bodyTotalsAreOverTheWindowAndOverTheAgreement() {
    assertThat(ONE.bodyInBaseline(0)).isEqualTo(20_000_00L);
    assertThat(ONE.bodyInAgreement(1)).isEqualTo(7_000_00L);
    assertThat(ONE.bodyInAgreement(2)).isEqualTo(30_000_00L);
  }

  @Test
  void aTwoYearWindowCountsTheYearBeforeTheBaselineYearAndNothingOutside() {
    AgreementFacts two = AgreementFacts.of(LAA, 2, EnumSet.of(Aggregate.BODIES));
    assertThat(two.total(-2)).isEqualTo(10_000_00L);
    assertThat(two.bodyInBaseline(0)).isEqualTo(30_000_00L);
    assertThat(two.total(3)).as("after the agreement").isZero();
    assertThat(two.total(-3)).as("before the window").isZero();
  }

  @Test
  void theWindowIsOneToTenYears() {
    assertThat(AgreementFacts.of(LAA, 10, EnumSet.noneOf(Aggregate.class)).baselineYears())
        .isEqualTo(10);
    assertThatThrownBy(() -> AgreementFacts.of(LAA, 0, EnumSet.noneOf(Aggregate.class)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AgreementFacts.of(LAA, 11, EnumSet.noneOf(Aggregate.class)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyGroupComputedOnFirstUseEqualsTheOneComputedUpFront() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(
            LaaGenerators.agreements().mix(LaaGenerators.wideAgreements(), 50),
            integers().between(1, 4))
        .checkAssert(
            (laa, window) -> {
              AgreementFacts eager = AgreementFacts.of(laa, window, EnumSet.allOf(Aggregate.class));
              AgreementFacts lazy = AgreementFacts.of(laa, window, EnumSet.noneOf(Aggregate.class));
              assertThat(lazy.baselineYears()).isEqualTo(window);
              assertThat(lazy.baselineWindow())
                  .hasSize(window)
                  .startsWith(laa.firstYear().plusYears(-window))
                  .endsWith(laa.firstYear().previous());
              for (int y = -window - 1; y <= 3; y++) {
                assertThat(lazy.total(y)).isEqualTo(eager.total(y));
                assertThat(lazy.count(y)).isEqualTo(eager.count(y));
                assertThat(lazy.totalInAgreementStreams(y))
                    .isEqualTo(eager.totalInAgreementStreams(y));
                assertThat(lazy.countInAgreementStreams(y))
                    .isEqualTo(eager.countInAgreementStreams(y));
                for (int s = -1; s < laa.streams().size(); s++) {
                  assertThat(lazy.stream(s, y)).isEqualTo(eager.stream(s, y));
                }
                for (Purpose p : Purpose.values()) {
                  assertThat(lazy.purpose(p, y)).isEqualTo(eager.purpose(p, y));
                }
                for (SizeBand b : SizeBand.values()) {
                  assertThat(lazy.band(b, y)).isEqualTo(eager.band(b, y));
                }
                assertThat(lazy.microOrSmall(y))
                    .isEqualTo(eager.band(SizeBand.MICRO, y) + eager.band(SizeBand.SMALL, y));
                assertThat(lazy.outcomeDelivery(y)).isEqualTo(eager.outcomeDelivery(y));
                assertThat(lazy.communityBased(y)).isEqualTo(eager.communityBased(y));
                assertThat(lazy.smallGrantsToMicroOrSmall(y))
                    .isEqualTo(eager.smallGrantsToMicroOrSmall(y));
                assertThat(lazy.longTerm(y)).isEqualTo(eager.longTerm(y));
                assertThat(lazy.fullCost(y)).isEqualTo(eager.fullCost(y));
                assertThat(lazy.inAdvance(y)).isEqualTo(eager.inAdvance(y));
              }
              for (int b = 0; b < laa.bodies().size(); b++) {
                assertThat(lazy.bodyInAgreement(b)).isEqualTo(eager.bodyInAgreement(b));
                assertThat(lazy.bodyInBaseline(b)).isEqualTo(eager.bodyInBaseline(b));
              }
            });
  }
}
