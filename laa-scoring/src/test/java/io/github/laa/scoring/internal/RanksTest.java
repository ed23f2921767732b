package io.github.laa.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranks with explicit ties, and quartiles of ranks. */
class RanksTest {
  @Test
  void tiedValuesShareTheirAverageRankDoubled() {
    assertThat(Ranks.doubledAverageRanks(new long[] {10, 20, 20, 30})).containsExactly(2, 5, 5, 8);
  }

  @Test
  void theLowerRankOfAValueIsOnePlusTheNumberBelowIt() {
    assertThat(Ranks.lowerRank(List.of(5L, 7L, 7L, 9L), 7)).isEqualTo(2);
  }

  @Test
  void theQuartileOfRankRAmongNIsAQuarterOfRMinusOneOverN() {
    // Quartile ⌊4(r−1)/n⌋ + 1 with n = 5: ranks 1, 2 → 1; rank 3 → 2; rank 5 → 4.
    assertThat(Ranks.quartile(1, 5)).isEqualTo(1);
    assertThat(Ranks.quartile(2, 5)).isEqualTo(1);
    assertThat(Ranks.quartile(3, 5)).isEqualTo(2);
    assertThat(Ranks.quartile(5, 5)).isEqualTo(4);
  }

  @Test
  void spearmanIsEmptyForAConstantMeasureOrASinglePair() {
    assertThat(Ranks.spearman(new long[] {1, 1, 1}, new long[] {1, 2, 3})).isEmpty();
    assertThat(Ranks.spearman(new long[] {1}, new long[] {1})).isEmpty();
  }

  @Test
  void spearmanOfAReversedOrderIsMinusOne() {
    assertThat(Ranks.spearman(new long[] {1, 2, 3}, new long[] {3, 2, 1})).hasValue(-1.0);
  }
}
