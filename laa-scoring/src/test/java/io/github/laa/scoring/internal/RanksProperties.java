package io.github.laa.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.laa.core.testing.TestBudget;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Laws of ranks over generated values. */
class RanksProperties {
  @Test
  void spearmanIsWithinMinusOneAndOneAndSymmetric() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(lists().of(longs().between(0, 6)).ofSizeBetween(0, 30), longs().all())
        .checkAssert(
            (xs, seed) -> {
              Random r = new Random(seed);
              long[] x = xs.stream().mapToLong(Long::longValue).toArray();
              long[] y = new long[x.length];
              for (int i = 0; i < y.length; i++) {
                y[i] = r.nextInt(5);
              }
              var xy = Ranks.spearman(x, y);
              var yx = Ranks.spearman(y, x);
              assertThat(xy).isEqualTo(yx);
              xy.ifPresent(rho -> assertThat(rho).isBetween(-1.0, 1.0));
              // Perfect agreement with itself when not constant.
              Ranks.spearman(x, x).ifPresent(rho -> assertThat(rho).isEqualTo(1.0));
            });
  }
}
