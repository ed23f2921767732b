package io.github.laa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.laa.core.internal.AllocationTable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random valid agreements are never rejected; random invalid ones are always rejected with one
 * {@link InvalidDataException} that names the problem that was planted.
 */
class ValidationProperties {

  /** An allocation drawn as indexes, resolved against the agreement's bodies and streams. */
  private record Draw(int body, int stream, int yearOffset, long pence, Purpose purpose) {}

  private static final Gen<Draw> DRAW =
      integers()
          .between(0, 5)
          .zip(
              integers().between(-1, 3),
              integers().between(-4, 2),
              longs().between(0, 100_000_000L),
              Generate.enumValues(Purpose.class),
              Draw::new);

  static final Gen<LocalAreaAgreement> VALID =
      Generate.enumValues(Round.class)
          .zip(
              integers().between(0, 32),
              integers().between(1, 6),
              lists().of(DRAW).ofSizeBetween(0, 40),
              ValidationProperties::agreement);

  private static LocalAreaAgreement agreement(Round round, int area, int bodies, List<Draw> draws) {
    LocalAreaAgreement.Builder b =
        LocalAreaAgreement.builder()
            .area(Areas.london().get(area))
            .round(round)
            .addBlock(
                Block.builder()
                    .type(BlockType.SAFER_AND_STRONGER_COMMUNITIES)
                    .addStreams("s0", "s1")
                    .build())
            .addBlock(
                Block.builder().type(BlockType.CHILDREN_AND_YOUNG_PEOPLE).addStream("s2").build());
    if (round.allowsEconomicDevelopment()) {
      b.addBlock(Block.of(BlockType.ECONOMIC_DEVELOPMENT_AND_ENTERPRISE));
    }
    for (int s = 0; s < 4; s++) {
      b.addStream(FundingStream.of("s" + s, "Stream " + s));
    }
    for (int i = 0; i < bodies; i++) {
      b.addBody(Fixtures.body("b" + i, 5_000L * i * i * i));
    }
    for (Draw d : draws) {
      Allocation.Builder a =
          Allocation.builder()
              .recipient("b" + (d.body() % bodies))
              .year(round.firstYear().plusYears(d.yearOffset()))
              .amount(Money.ofPence(d.pence()))
              .purpose(d.purpose());
      if (d.stream() >= 0) {
        a.stream("s" + d.stream());
      }
      b.addAllocation(a.build());
    }
    return b.build();
  }

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
  void validAgreementsAreNeverRejectedAndTheirTableMatchesTheirAllocations() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(VALID)
        .checkAssert(
            laa -> {
              assertThatCode(() -> laa.withAllocations(laa.allocations()))
                  .doesNotThrowAnyException();
              AllocationTable t = laa.allocationTable();
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

  @Test
  void invalidAgreementsAlwaysRaiseTheOneExceptionNamingThePlantedProblem() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(VALID, integers().between(0, CORRUPTIONS.size() - 1))
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
