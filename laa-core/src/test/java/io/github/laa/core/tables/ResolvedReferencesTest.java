package io.github.laa.core.tables;

import static io.github.laa.core.Fixtures.Y2006;
import static io.github.laa.core.Fixtures.allocation;
import static io.github.laa.core.Fixtures.camden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laa.core.InvalidDataException;
import io.github.laa.core.LocalAreaAgreement;
import org.junit.jupiter.api.Test;

/**
 * The reader's build skips exactly the lookup of references, and only for the one build it makes:
 * the next build on the same thread, after it succeeded or failed, checks everything.
 */
class ResolvedReferencesTest {
  @Test
  void theReadersBuildSkipsOnlyTheLookupOfReferencesAndOnlyOnce() {
    LocalAreaAgreement.Builder dangling = camden().addAllocation(allocation("nobody", Y2006, 10));

    // What the reader guarantees (every reference found) is not looked up again ...
    LocalAreaAgreement built = ResolvedReferences.build(dangling);
    assertThat(built.allocations()).extracting(a -> a.recipient()).contains("nobody");

    // ... and the next build on this thread looks it up, and names it.
    assertThatThrownBy(dangling::build)
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("no VCS body \"nobody\"");
  }

  @Test
  void everythingElseIsStillCheckedAndAFailedBuildLeavesNothingSet() {
    LocalAreaAgreement.Builder late =
        camden()
            .addAllocation(allocation("nobody", Y2006, 10))
            .addAllocation(allocation("cvs", Y2006.plusYears(40), 10));

    assertThatThrownBy(() -> ResolvedReferences.build(late))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("allocations[")
        .hasMessageContaining(".year")
        .hasMessageNotContaining("nobody");
    assertThatThrownBy(camden().addAllocation(allocation("nobody", Y2006, 10))::build)
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("no VCS body \"nobody\"");
  }
}
