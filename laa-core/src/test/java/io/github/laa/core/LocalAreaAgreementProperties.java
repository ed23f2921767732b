package io.github.laa.core;

import static io.github.laa.core.Fixtures.VALID_AGREEMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.laa.core.testing.TestBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** {@link LocalAreaAgreement}'s validation: valid ones pass; a planted problem is always named. */
class LocalAreaAgreementProperties {

  /** A way to break a valid agreement, and the path of the problem it must cause. */
  private record Corruption(String path, UnaryOperator<LocalAreaAgreement> apply) {}

  private static final List<Corruption> CORRUPTIONS =
      List.of(
          new Corruption(
              "allocations[0].recipient",
              a -> a.withAllocations(prepend(a, Fixtures.allocation("nobody", a.firstYear(), 1)))),
          new Corruption(
              "allocations[0].stream",
              a ->
                  a.withAllocations(
                      prepend(a, Fixtures.allocation("b0", a.firstYear(), 1).withStream("nope")))),
          new Corruption(
              "allocations[0].year",
              a ->
                  a.withAllocations(
                      prepend(
                          a, Fixtures.allocation("b0", a.lastYear().next(), 1).withStream("s0")))),
          new Corruption("bodies[1].id", a -> a.withBodies(a.bodies().get(0), a.bodies().get(0))),
          new Corruption(
              "streams[4].id",
              a -> a.withStreams(append(a.streams(), FundingStream.of("s1", "Twin")))),
          new Corruption(
              "blocks[0].streams[0]",
              a -> {
                List<Block> blocks = new ArrayList<>();
                blocks.add(Block.builder().type(BlockType.SINGLE_POT).addStream("ghost").build());
                blocks.addAll(a.blocks());
                return a.withBlocks(blocks);
              }),
          new Corruption("blocks", a -> a.withBlocks(List.<Block>of())),
          new Corruption(
              "involvement.blocks[0].block",
              a ->
                  a.withInvolvement(
                      Involvement.builder()
                          .strategic(InvolvementLevel.NONE)
                          .addBlock(
                              BlockInvolvement.of("HCOP", Stage.DESIGN, InvolvementLevel.NONE))
                          .build())),
          new Corruption(
              "smallGrantsProgrammes[0].administeredBy",
              a ->
                  a.withSmallGrantsProgrammes(
                      SmallGrantsProgramme.builder()
                          .id("g")
                          .name("G")
                          .maxGrant(Money.ZERO)
                          .incomeCap(Money.ZERO)
                          .administeredBy("nobody")
                          .build())),
          new Corruption(
              "allocations",
              a ->
                  a.withAllocations(
                      append(
                          a.allocations(),
                          Fixtures.allocation("b0", a.firstYear(), 0)
                              .withStream("s0")
                              .withAmount(Money.ofPence(Long.MAX_VALUE)),
                          Fixtures.allocation("b0", a.firstYear(), 0)
                              .withStream("s0")
                              .withAmount(Money.ofPence(Long.MAX_VALUE))))));

  private static <T> List<T> append(List<? extends T> list, T one) {
    return append(list, one, List.of());
  }

  private static <T> List<T> append(List<? extends T> list, T one, T two) {
    return append(list, one, List.of(two));
  }

  private static <T> List<T> append(List<? extends T> list, T one, List<T> more) {
    List<T> out = new ArrayList<>(list);
    out.add(one);
    out.addAll(more);
    return out;
  }

  private static List<Allocation> prepend(LocalAreaAgreement a, Allocation first) {
    List<Allocation> out = new ArrayList<>();
    out.add(first);
    out.addAll(a.allocations());
    return out;
  }

  @Test
  void validAgreementsAreNeverRejected() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(VALID_AGREEMENTS)
        .checkAssert(
            laa ->
                assertThatCode(() -> laa.withAllocations(laa.allocations()))
                    .doesNotThrowAnyException());
  }

  @Test
  void invalidAgreementsAlwaysRaiseTheOneExceptionNamingThePlantedProblem() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(VALID_AGREEMENTS, integers().between(0, CORRUPTIONS.size() - 1))
        .checkAssert(
            (laa, c) -> {
              Corruption corruption = CORRUPTIONS.get(c);
              Throwable thrown = catchThrowable(() -> corruption.apply().apply(laa));
              assertThat(thrown).isInstanceOf(InvalidDataException.class);
              InvalidDataException e = (InvalidDataException) thrown;
              assertThat(e.problems()).isNotEmpty();
              assertThat(e.problems()).extracting(Problem::path).contains(corruption.path());
              assertThat(e.getMessage()).contains(corruption.path() + ": ");
            });
  }
}
