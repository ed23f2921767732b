package io.github.laa.core;

import static io.github.laa.core.Fixtures.Y2005;
import static io.github.laa.core.Fixtures.Y2006;
import static io.github.laa.core.Fixtures.Y2007;
import static io.github.laa.core.Fixtures.Y2008;
import static io.github.laa.core.Fixtures.allocation;
import static io.github.laa.core.Fixtures.body;
import static io.github.laa.core.Fixtures.camden;
import static io.github.laa.core.Fixtures.newLaaWithTargets;
import static io.github.laa.core.Fixtures.paths;
import static io.github.laa.core.Fixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link LocalAreaAgreement}: its years, lookups, copies and the checks across its parts. */
class LocalAreaAgreementTest {

  // --- years --------------------------------------------------------------------------------

  @Test
  void runsThreeYearsFromItsRound() {
    LocalAreaAgreement laa = camden().build();
    assertThat(laa.firstYear()).isEqualTo(Y2006);
    assertThat(laa.lastYear()).isEqualTo(Y2008);
    assertThat(laa.years()).containsExactly(Y2006, Y2007, Y2008);
    assertThat(laa.withRound(Round.ROUND_3).years()).containsExactly(Y2007, Y2008, Y2008.next());
  }

  @Test
  void theYearBeforeItsFirstIsItsBaselineYear() {
    LocalAreaAgreement laa = camden().build();
    assertThat(laa.baselineYear()).isEqualTo(Y2005);
    assertThat(laa.isBaselineYear(Y2005)).isTrue();
    assertThat(laa.isBaselineYear(laa.firstYear().previous())).isTrue();
    assertThat(laa.isBaselineYear(laa.firstYear())).isFalse();
  }

  @Test
  void isAgreementYearOnlyForItsThreeYears() {
    LocalAreaAgreement laa = camden().build();
    assertThat(laa.isAgreementYear(Y2005)).isFalse();
    assertThat(laa.isAgreementYear(Y2008)).isTrue();
    assertThat(laa.isAgreementYear(Y2008.next())).isFalse();
  }

  @Test
  void acceptsAnAllocationInItsLastYear() {
    LocalAreaAgreement laa = camden().addAllocation(allocation("cvs", Y2008, 1)).build();
    assertThat(laa.allocations()).hasSize(3);
  }

  @Test
  void acceptsAnAllocationInAnyYearBeforeItAsABaselineYear() {
    assertThat(
            camden()
                .addAllocation(allocation("cvs", FinancialYear.of(1999), 5))
                .build()
                .allocations())
        .hasSize(3);
  }

  @Test
  void rejectsAProgrammeBudgetAfterItsLastYear() {
    assertThat(
            problems(
                () ->
                    camden()
                        .addSmallGrantsProgramme(
                            SmallGrantsProgramme.builder()
                                .id("late")
                                .name("Late grants")
                                .putBudget(Y2008.next(), Money.ofPounds(1))
                                .maxGrant(Money.ZERO)
                                .incomeCap(Money.ZERO)
                                .build())
                        .build()))
        .containsExactly(
            "smallGrantsProgrammes[1].budgets[2009/10]: must be for 2008/09 or earlier");
  }

  // --- lookups ------------------------------------------------------------------------------

  @Test
  void looksUpBodiesById() {
    LocalAreaAgreement laa = camden().build();
    assertThat(laa.body("cvs").orElseThrow().sizeBand()).isEqualTo(SizeBand.MEDIUM);
    assertThat(laa.body("nobody")).isEmpty();
  }

  @Test
  void looksUpStreamsById() {
    assertThat(camden().build().stream("chest").orElseThrow().formerlyDirectToVcs()).isTrue();
  }

  @Test
  void looksUpBlocksById() {
    LocalAreaAgreement laa = camden().build();
    assertThat(laa.block("CYP").orElseThrow().name()).isEqualTo("Children and Young People");
    assertThat(laa.block("EDE")).isEmpty();
  }

  @Test
  void aStreamIsInTheAgreementWhenABlockNamesIt() {
    LocalAreaAgreement laa = camden().build();
    assertThat(laa.isInAgreement("nrf")).isTrue();
    assertThat(laa.isInAgreement("chest")).isFalse();
    assertThat(laa.streamsInAgreement()).containsExactly("nrf");
  }

  // --- references and ids -------------------------------------------------------------------

  @Test
  void reportsEveryDanglingReferenceWithItsPath() {
    assertThat(
            problems(
                () ->
                    camden()
                        .addAllocation(allocation("acme", Y2006, 1).withStream("nope"))
                        .addAllocation(allocation("cvs", Y2007, 1).withOutcome("no-such-outcome"))
                        .addSmallGrantsProgramme(
                            SmallGrantsProgramme.builder()
                                .id("g2")
                                .name("Other grants")
                                .maxGrant(Money.ofPounds(1))
                                .incomeCap(Money.ofPounds(1))
                                .administeredBy("ghost")
                                .stream("void")
                                .build())
                        .build()))
        .containsExactly(
            "allocations[2].recipient: no VCS body \"acme\"",
            "allocations[2].stream: no stream \"nope\"",
            "allocations[3].outcome: no outcome \"no-such-outcome\"",
            "smallGrantsProgrammes[1].administeredBy: no VCS body \"ghost\"",
            "smallGrantsProgrammes[1].stream: no stream \"void\"");
  }

  @Test
  void theMessageListsEveryProblemNotOnlyTheFirst() {
    assertThatThrownBy(
            () ->
                camden()
                    .addBody(body("cvs", 1))
                    .addAllocation(allocation("acme", Y2008.next(), 1))
                    .build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            """
            LocalAreaAgreement for Camden is invalid (3 problems):
              bodies[2].id: must be unique but VCS body "cvs" is also bodies[0]
              allocations[2].recipient: no VCS body "acme"
              allocations[2].year: must be 2008/09 or earlier but was: 2009/10""");
  }

  @Test
  void streamProgrammeAndBlockIdsMustBeUnique() {
    assertThat(
            problems(
                () ->
                    camden()
                        .addStream(FundingStream.of("nrf", "Again"))
                        .addBlock(Block.of(BlockType.CHILDREN_AND_YOUNG_PEOPLE))
                        .addSmallGrantsProgramme(
                            SmallGrantsProgramme.builder()
                                .id("grants")
                                .name("Twin")
                                .maxGrant(Money.ZERO)
                                .incomeCap(Money.ZERO)
                                .build())
                        .build()))
        .containsExactly(
            "streams[2].id: must be unique but stream \"nrf\" is also streams[0]",
            "smallGrantsProgrammes[1].id: must be unique but programme \"grants\" is also smallGrantsProgrammes[0]",
            "blocks[2].id: must be unique but block \"CYP\" repeats");
  }

  @Test
  void outcomesAndIndicatorCodesAreUniqueAcrossBlocksAndTargetsAreForAgreementYears() {
    Outcome dup =
        Outcome.builder()
            .id("ssc-1")
            .title("Copy")
            .addIndicator(
                Indicator.builder()
                    .code("SSC 1")
                    .description("Copy")
                    .addTarget(
                        Target.builder()
                            .year(Y2005)
                            .baseline(BigDecimal.ONE)
                            .value(BigDecimal.TEN)
                            .build())
                    .build())
            .build();
    assertThat(
            problems(
                () ->
                    camden()
                        .addBlock(
                            Block.builder()
                                .type(BlockType.HEALTHIER_COMMUNITIES_AND_OLDER_PEOPLE)
                                .addOutcome(dup)
                                .build())
                        .build()))
        .containsExactly(
            "blocks[2].outcomes[0].id: must be unique but outcome \"ssc-1\" repeats",
            "blocks[2].outcomes[0].indicators[0].code: must be unique but indicator \"SSC 1\" repeats",
            "blocks[2].outcomes[0].indicators[0].targets[0].year: must be a year of the agreement (2006/07 to 2008/09) but was: 2005/06");
  }

  @Test
  void involvementMustNameKnownBlocks() {
    assertThat(
            problems(
                () ->
                    camden()
                        .build()
                        .withInvolvement(
                            Involvement.builder()
                                .strategic(InvolvementLevel.INVOLVED)
                                .addBlock(
                                    BlockInvolvement.of(
                                        "EDE", Stage.DELIVERY, InvolvementLevel.NONE))
                                .build())))
        .containsExactly("involvement.blocks[0].block: no block \"EDE\"");
  }

  // --- rounds and targets -------------------------------------------------------------------

  @Test
  void economicDevelopmentIsAllowedFromRoundTwo() {
    LocalAreaAgreement r2 =
        camden().addBlock(Block.of(BlockType.ECONOMIC_DEVELOPMENT_AND_ENTERPRISE)).build();
    assertThat(r2.block("EDE")).isPresent();
  }

  @Test
  void economicDevelopmentIsNotAllowedInAPilot() {
    LocalAreaAgreement r2 =
        camden().addBlock(Block.of(BlockType.ECONOMIC_DEVELOPMENT_AND_ENTERPRISE)).build();
    assertThat(problems(() -> r2.withRound(Round.PILOT)))
        .containsExactly(
            "blocks[0].outcomes[0].indicators[0].targets[0].year: must be a year of the agreement (2005/06 to 2007/08) but was: 2008/09",
            "blocks[2].type: must not be ECONOMIC_DEVELOPMENT_AND_ENTERPRISE before round 2 but the round is PILOT");
  }

  @Test
  void aNewLaaMayHaveThirtyFiveImprovementAndSixteenStatutoryTargets() {
    assertThat(newLaaWithTargets(35, 16).blocks()).hasSize(1);
  }

  @Test
  void aNewLaaMayNotHaveThirtySixImprovementTargets() {
    assertThat(problems(() -> newLaaWithTargets(36, 16)))
        .containsExactly(
            "blocks: must have at most 35 improvement targets in a new (2008) LAA but has: 36");
  }

  @Test
  void aNewLaaMayNotHaveSeventeenStatutoryTargets() {
    assertThat(problems(() -> newLaaWithTargets(35, 17)))
        .containsExactly(
            "blocks: must have at most 16 statutory targets in a new (2008) LAA but has: 17");
  }

  @Test
  void aNewLaaCountsTheImprovementTargetsOfASinglePotInAnyOfItsYears() {
    Outcome.Builder outcome = Outcome.builder().id("o").title("Many targets");
    for (int i = 0; i < 36; i++) {
      outcome.addIndicator(
          Indicator.builder()
              .code("NI " + i)
              .description("Indicator " + i)
              .addTarget(
                  Target.builder()
                      .year(FinancialYear.of(2009))
                      .baseline(BigDecimal.ZERO)
                      .value(BigDecimal.ONE)
                      .build())
              .build());
    }
    LocalAreaAgreement.Builder b =
        LocalAreaAgreement.builder()
            .area(Areas.byName("Merton").orElseThrow())
            .round(Round.NEW_LAA_2008)
            .addBlock(
                Block.builder().type(BlockType.SINGLE_POT).addOutcome(outcome.build()).build());
    assertThat(problems(b::build))
        .containsExactly(
            "blocks: must have at most 35 improvement targets in a new (2008) LAA but has: 36");
  }

  // --- totals -------------------------------------------------------------------------------

  @Test
  void allocationTotalsThatWouldOverflowAreInvalidNotWrapped() {
    Allocation huge = allocation("cvs", Y2006, 0).withAmount(Money.ofPence(Long.MAX_VALUE - 10));
    assertThat(problems(() -> camden().addAllocation(huge).build()))
        .containsExactly("allocations: must total at most £92,233,720,368,547,758.07");
  }

  @Test
  void aZeroAllocationAddsNothingToTheTotal() {
    assertThat(camden().addAllocation(allocation("cvs", Y2006, 0)).build().allocations())
        .hasSize(3);
  }

  @Test
  void programmesWithZeroBudgetsDoNotOverflow() {
    LocalAreaAgreement laa = camden().build();
    SmallGrantsProgramme zero = zeroBudgetProgramme();
    assertThatCode(() -> laa.withSmallGrantsProgrammes(zero, zero.withId("z2")))
        .doesNotThrowAnyException();
  }

  @Test
  void programmeBudgetTotalsThatWouldOverflowAreInvalid() {
    LocalAreaAgreement laa = camden().build();
    SmallGrantsProgramme big =
        zeroBudgetProgramme().withBudgets(Map.of(Y2006, Money.ofPence(Long.MAX_VALUE)));
    assertThat(paths(() -> laa.withSmallGrantsProgrammes(big, big.withId("b2"))))
        .containsExactly("smallGrantsProgrammes");
  }

  private static SmallGrantsProgramme zeroBudgetProgramme() {
    return SmallGrantsProgramme.builder()
        .id("z")
        .name("Zero")
        .putBudget(Y2006, Money.ZERO)
        .putBudget(Y2007, Money.ZERO)
        .maxGrant(Money.ZERO)
        .incomeCap(Money.ZERO)
        .build();
  }

  // --- copies -------------------------------------------------------------------------------

  @Test
  void copiesAreValidatedToo() {
    LocalAreaAgreement laa = camden().build();
    assertThat(problems(() -> laa.withBodies(List.of(body("youth", 1)))))
        .containsExactly(
            "allocations[0].recipient: no VCS body \"cvs\"",
            "smallGrantsProgrammes[0].administeredBy: no VCS body \"cvs\"");
  }

  @Test
  void aCopyLeavesTheOriginalAsItWas() {
    LocalAreaAgreement laa = camden().build();
    LocalAreaAgreement more = laa.withAllocations(List.of(allocation("cvs", Y2006, 99)));
    assertThat(more.allocations()).hasSize(1);
    assertThat(laa.allocations()).hasSize(2);
  }

  @Test
  void withAllocationReplacesOneAllocationInACopy() {
    LocalAreaAgreement laa = camden().build();
    LocalAreaAgreement edited =
        laa.withAllocation(1, laa.allocations().get(1).withAmount(Money.ofPounds(99)));
    assertThat(edited.allocations().get(1).amount()).isEqualTo(Money.ofPounds(99));
    assertThat(edited.allocations().get(0)).isEqualTo(laa.allocations().get(0));
    assertThat(laa.allocations().get(1).amount()).isEqualTo(Money.ofPounds(12_000));
  }

  @Test
  void withAllocationValidatesTheCopy() {
    LocalAreaAgreement laa = camden().build();
    assertThat(problems(() -> laa.withAllocation(0, allocation("ghost", Y2006, 1))))
        .containsExactly("allocations[0].recipient: no VCS body \"ghost\"");
  }

  @Test
  void withAllocationRejectsAnIndexPastTheEnd() {
    LocalAreaAgreement laa = camden().build();
    assertThatThrownBy(() -> laa.withAllocation(2, laa.allocations().get(0)))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  // --- required facts -----------------------------------------------------------------------

  @Test
  void reportsAMissingAreaAndRoundTogether() {
    assertThat(problems(() -> LocalAreaAgreement.builder().build()))
        .containsExactly("area: must be set", "round: must be set");
  }

  @Test
  void needsAtLeastOneBlock() {
    assertThat(
            problems(
                () ->
                    LocalAreaAgreement.builder()
                        .area(Areas.london().get(0))
                        .round(Round.ROUND_3)
                        .build()))
        .containsExactly("blocks: must have at least one block");
  }
}
