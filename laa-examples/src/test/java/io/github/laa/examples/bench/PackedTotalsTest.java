package io.github.laa.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Purpose;
import io.github.laa.core.SizeBand;
import io.github.laa.core.internal.AllocationTables;
import io.github.laa.scoring.AgreementFacts;
import io.github.laa.scoring.testing.LaaGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** The prototype behind the performance proposal computes exactly the library's totals. */
class PackedTotalsTest {
  @Test
  void prototypeGivesTheLibrarysTotalsOnTheFixtures() {
    for (int size : new int[] {10, 1_000}) {
      for (long seed = 0; seed < 12; seed++) {
        assertSameTotals(BenchFixtures.agreement(size, seed));
      }
    }
  }

  @Test
  void prototypeGivesTheLibrarysTotalsOnGeneratedAgreements() {
    QuickTheory.qt()
        .withExamples(300)
        .forAll(LaaGenerators.agreements())
        .checkAssert(PackedTotalsTest::assertSameTotals);
  }

  private static void assertSameTotals(LocalAreaAgreement laa) {
    for (int window = 1; window <= 3; window++) {
      AgreementFacts library = AgreementFacts.of(laa, window);
      PackedTotals.Totals packed = PackedTotals.of(AllocationTables.of(laa)).compute(window);
      for (int y = -window - 1; y <= 3; y++) {
        assertThat(packed.total(y)).as("total %s", y).isEqualTo(library.total(y));
        assertThat(packed.count(y)).as("count %s", y).isEqualTo(library.count(y));
        assertThat(packed.totalInAgreementStreams(y)).isEqualTo(library.totalInAgreementStreams(y));
        assertThat(packed.countInAgreementStreams(y)).isEqualTo(library.countInAgreementStreams(y));
        assertThat(packed.communityBased(y)).isEqualTo(library.communityBased(y));
        assertThat(packed.outcomeDelivery(y)).isEqualTo(library.outcomeDelivery(y));
        assertThat(packed.smallGrantsToMicroOrSmall(y))
            .isEqualTo(library.smallGrantsToMicroOrSmall(y));
        for (Purpose p : Purpose.values()) {
          assertThat(packed.purpose(p, y)).as("%s %s", p, y).isEqualTo(library.purpose(p, y));
        }
        for (SizeBand b : SizeBand.values()) {
          assertThat(packed.band(b, y)).as("%s %s", b, y).isEqualTo(library.band(b, y));
        }
        for (int s = -1; s < laa.streams().size(); s++) {
          assertThat(packed.stream(s, y)).as("stream %s %s", s, y).isEqualTo(library.stream(s, y));
        }
      }
    }
  }
}
