package io.github.laa.scoring;

import static io.github.laa.scoring.ErrorContract.mustFail;
import static io.github.laa.scoring.ErrorContract.mustSucceed;

import io.github.laa.core.Allocation;
import io.github.laa.core.Block;
import io.github.laa.core.BlockInvolvement;
import io.github.laa.core.BlockType;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.FundingStream;
import io.github.laa.core.Indicator;
import io.github.laa.core.Involvement;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Outcome;
import io.github.laa.core.Purpose;
import io.github.laa.core.Round;
import io.github.laa.core.SmallGrantsProgramme;
import io.github.laa.core.Stage;
import io.github.laa.core.Target;
import io.github.laa.core.VcsBody;
import io.github.laa.scoring.BadInputCampaign.Draw;
import io.github.laa.scoring.BadInputCampaign.Input;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The bad-input campaign's target in {@code LocalAreaAgreement}: a valid agreement from the pool
 * with several problems planted at once — dangling references, duplicate ids, years out of range,
 * an overflowing total — all of which must be listed.
 */
@SuppressWarnings("EnumOrdinal") // picks random enum constants by index: values()[d.nextInt(n)]
final class AgreementProbes {
  private final Input in;
  private final List<LocalAreaAgreement> valid;

  AgreementProbes(Input in, List<LocalAreaAgreement> valid) {
    this.in = in;
    this.valid = valid;
  }

  /** A valid agreement from the pool of generated ones. */
  private LocalAreaAgreement validAgreement(Draw d) {
    return valid.get(d.nextInt(valid.size()));
  }

  void agreements(Draw d) {
    LocalAreaAgreement base = validAgreement(d);
    Round round = base.round();
    List<Block> blocks = new ArrayList<>(base.blocks());
    List<FundingStream> streams = new ArrayList<>(base.streams());
    List<VcsBody> bodies = new ArrayList<>(base.bodies());
    List<Allocation> allocations = new ArrayList<>(base.allocations());
    List<SmallGrantsProgramme> programmes = new ArrayList<>(base.smallGrantsProgrammes());
    Involvement involvement =
        base.involvement().orElse(Involvement.builder().strategic(InvolvementLevel.NONE).build());
    List<BlockInvolvement> entries = new ArrayList<>(involvement.blocks());
    Set<String> paths = new LinkedHashSet<>();
    int count = d.nextInt(5);
    FinancialYear first = base.firstYear();
    for (int k = 0; k < count; k++) {
      int kind = d.nextInt(14);
      Allocation good =
          Allocation.builder()
              .recipient(bodies.get(0).id())
              .year(first)
              .amount(Money.ofPence(d.nextInt(1_000)))
              .purpose(Purpose.CORE)
              .build();
      switch (kind) {
        case 0 -> {
          paths.add("allocations[" + allocations.size() + "].recipient");
          allocations.add(good.withRecipient("nobody-" + d.nextInt(9)));
        }
        case 1 -> {
          paths.add("allocations[" + allocations.size() + "].stream");
          allocations.add(good.withStream("ghost"));
        }
        case 2 -> {
          paths.add("allocations[" + allocations.size() + "].outcome");
          allocations.add(good.withOutcome("no-such-outcome"));
        }
        case 3 -> {
          paths.add("allocations[" + allocations.size() + "].year");
          allocations.add(good.withYear(base.lastYear().plusYears(1 + d.nextInt(5))));
        }
        case 4 -> {
          paths.add("bodies[" + bodies.size() + "].id");
          bodies.add(bodies.get(d.nextInt(bodies.size())).withName("Twin"));
        }
        case 5 -> {
          paths.add("streams[" + streams.size() + "].id");
          streams.add(streams.get(d.nextInt(streams.size())).withName("Twin stream"));
        }
        case 6 -> {
          paths.add("blocks[" + blocks.size() + "].streams[0]");
          blocks.add(
              Block.builder()
                  .type(BlockType.LOCAL_THEME)
                  .id("T" + blocks.size())
                  .name("Theme")
                  .addStream("ghost")
                  .build());
        }
        case 7 -> {
          paths.add("blocks[" + blocks.size() + "].id");
          blocks.add(blocks.get(0).withOutcomes(List.of()));
        }
        case 8 -> {
          if (round.allowsEconomicDevelopment()) {
            continue; // an EDE block is valid from round 2: nothing planted
          }
          paths.add("blocks[" + blocks.size() + "].type");
          blocks.add(
              Block.builder()
                  .type(BlockType.ECONOMIC_DEVELOPMENT_AND_ENTERPRISE)
                  .id("EDE" + blocks.size())
                  .build());
        }
        case 9 -> {
          paths.add("involvement.blocks[" + entries.size() + "].block");
          entries.add(
              BlockInvolvement.of(
                  "NO-BLOCK-" + entries.size(),
                  Stage.values()[d.nextInt(4)],
                  InvolvementLevel.INVOLVED));
        }
        case 10 -> {
          paths.add("smallGrantsProgrammes[" + programmes.size() + "].administeredBy");
          programmes.add(programme(programmes.size()).withAdministeredBy("nobody"));
        }
        case 11 -> {
          FinancialYear late = base.lastYear().plusYears(1);
          paths.add("smallGrantsProgrammes[" + programmes.size() + "].budgets[" + late + "]");
          programmes.add(programme(programmes.size()).withBudgets(Map.of(late, Money.ofPence(1))));
        }
        case 12 -> {
          paths.add("allocations");
          allocations.add(good.withAmount(Money.ofPence(Long.MAX_VALUE)));
          allocations.add(good.withAmount(Money.ofPence(Long.MAX_VALUE)));
        }
        default -> {
          paths.add("blocks[" + blocks.size() + "].outcomes[0].indicators[0].targets[0].year");
          Target late =
              Target.builder()
                  .year(base.lastYear().plusYears(1))
                  .baseline(BigDecimal.ONE)
                  .value(BigDecimal.TEN)
                  .build();
          blocks.add(
              Block.builder()
                  .type(BlockType.LOCAL_THEME)
                  .id("X" + blocks.size())
                  .name("Late")
                  .addOutcome(
                      Outcome.builder()
                          .id("x-outcome-" + blocks.size())
                          .title("Late")
                          .addIndicator(
                              Indicator.builder()
                                  .code("X " + blocks.size())
                                  .description("Late")
                                  .addTarget(late)
                                  .build())
                          .build())
                  .build());
        }
      }
    }
    Involvement inv = involvement.withBlocks(entries);
    in.note("agreement", base.area().code(), round, "planted " + paths);
    Supplier<LocalAreaAgreement> build =
        () ->
            LocalAreaAgreement.builder()
                .area(base.area())
                .round(round)
                .addAllBlocks(blocks)
                .addAllStreams(streams)
                .addAllBodies(bodies)
                .addAllAllocations(allocations)
                .addAllSmallGrantsProgrammes(programmes)
                .involvement(inv)
                .build();
    if (paths.isEmpty()) {
      mustSucceed(build);
    } else {
      mustFail(build, paths);
    }
  }

  private static SmallGrantsProgramme programme(int i) {
    return SmallGrantsProgramme.builder()
        .id("planted-" + i)
        .name("Planted")
        .maxGrant(Money.ZERO)
        .incomeCap(Money.ZERO)
        .build();
  }
}
