package io.github.laa.scoring.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.laa.core.Allocation;
import io.github.laa.core.Area;
import io.github.laa.core.Areas;
import io.github.laa.core.Block;
import io.github.laa.core.BlockInvolvement;
import io.github.laa.core.BlockType;
import io.github.laa.core.CommissioningPractice;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.FundingStream;
import io.github.laa.core.InfrastructureProfile;
import io.github.laa.core.Involvement;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Outcome;
import io.github.laa.core.Percentage;
import io.github.laa.core.Purpose;
import io.github.laa.core.Round;
import io.github.laa.core.SmallGrantsProgramme;
import io.github.laa.core.Stage;
import io.github.laa.core.VcsBody;
import io.github.laa.core.VcsRole;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid agreements and cohorts, built from {@link Gen} combinators so
 * that a failing example shrinks to a small one (fewer allocations, smaller amounts, earlier enum
 * values). Combine them with your own: {@code agreements().map(a -> a.withInfrastructure(…))}.
 *
 * <pre>{@code
 * qt().forAll(LaaGenerators.agreements())
 *     .checkAssert(laa -> assertThat(myPolicy.score(laa)).hasScoreBetween(0, 100));
 * }</pre>
 *
 * <p>Every agreement has: one of the 33 London areas; a round; two to four blocks (Economic
 * Development only from round 2) with one outcome each; four streams, the first three in blocks;
 * one to eight VCS bodies across the NCVO bands; up to 40 allocations in the three baseline years
 * and the three agreement years; up to two small grants programmes; and, each with even odds,
 * involvement, an infrastructure profile and commissioning facts.
 */
public final class LaaGenerators {
  private LaaGenerators() {}

  /** Incomes that cover every NCVO band, boundaries included. */
  public static Gen<Money> incomes() {
    return Generate.pick(
            List.of(
                0L,
                5_000L,
                9_999L,
                10_000L,
                60_000L,
                99_999L,
                100_000L,
                450_000L,
                2_000_000L,
                25_000_000L))
        .map(Money::ofPounds)
        .mix(longs().between(0, 50_000_000_00L).map(Money::ofPence), 30);
  }

  /** Amounts from nothing to £2m, in pence, small ones more often. */
  public static Gen<Money> amounts() {
    return longs()
        .between(0, 200_000_000L)
        .map(Money::ofPence)
        .mix(longs().between(0, 1_000_000L).map(Money::ofPence), 50);
  }

  /** One allocation drawn as indexes; resolved against the agreement's bodies and streams. */
  private record Draw(
      int body, int stream, int yearOffset, Money amount, Purpose purpose, int terms) {}

  private static Gen<Draw> draws() {
    Gen<Integer> termBits = integers().between(0, 7);
    return integers()
        .between(0, 7)
        .zip(
            integers().between(-1, 3),
            integers().between(-3, 2),
            amounts(),
            Generate.enumValues(Purpose.class),
            (b, s, y, a, p) -> new Draw(b, s, y, a, p, 0))
        .zip(
            termBits,
            (d, t) -> new Draw(d.body(), d.stream(), d.yearOffset(), d.amount(), d.purpose(), t));
  }

  private record Shape(Round round, int area, int blocks, List<Money> incomes) {}

  private static Gen<Shape> shapes() {
    return Generate.enumValues(Round.class)
        .zip(
            integers().between(0, 32),
            integers().between(2, 4),
            lists().of(incomes()).ofSizeBetween(1, 8),
            Shape::new);
  }

  private record Extras(
      Optional<Involvement> involvement,
      Optional<InfrastructureProfile> infrastructure,
      Optional<CommissioningPractice> commissioning) {}

  private static Gen<Optional<InfrastructureProfile>> infrastructure() {
    Gen<InfrastructureProfile> p =
        longs()
            .between(0, 1_000_000_00L)
            .zip(
                integers().between(0, 40),
                integers().between(1, 5),
                (f, s, r) ->
                    InfrastructureProfile.of(Money.ofPence(f), BigDecimal.valueOf(s, 1), r));
    return p.toOptionals(50);
  }

  private static Gen<Optional<CommissioningPractice>> commissioning() {
    Gen<Optional<Percentage>> share =
        integers().between(0, 100).map(i -> Percentage.of(i)).toOptionals(70);
    Gen<CommissioningPractice> c =
        share.zip(
            share,
            share,
            integers().between(0, 16).toOptionals(80),
            integers().between(0, 6).toOptionals(80),
            (a, b, d, w, n) -> {
              CommissioningPractice.Builder x =
                  CommissioningPractice.builder()
                      .threeYearTermsShare(a)
                      .fullCostRecoveryShare(b)
                      .paidInAdvanceShare(d);
              w.ifPresent(x::consultationWeeks);
              n.ifPresent(x::noticeMonths);
              return x.build();
            });
    return c.toOptionals(50);
  }

  private static Gen<List<InvolvementLevel>> levels() {
    return lists()
        .of(Generate.enumValues(InvolvementLevel.class))
        .ofSize(1 + 4 * Stage.values().length);
  }

  private static Gen<Extras> extras() {
    return levels()
        .toOptionals(50)
        .zip(
            infrastructure(),
            commissioning(),
            (l, i, c) -> new Extras(l.map(LaaGenerators::involvement), i, c));
  }

  /** Levels for the strategic level and every (block, stage) of the four standard blocks. */
  private static Involvement involvement(List<InvolvementLevel> levels) {
    Involvement.Builder b = Involvement.builder().strategic(levels.get(0));
    int i = 1;
    for (String block : BLOCK_IDS) {
      for (Stage stage : Stage.values()) {
        b.addBlock(BlockInvolvement.of(block, stage, levels.get(i++)));
      }
    }
    return b.build();
  }

  private static final List<String> BLOCK_IDS = List.of("CYP", "SSC", "HCOP", "EDE");

  private static final List<VcsRole> ROLES = List.of(VcsRole.values());

  /** Valid agreements of every shape. */
  public static Gen<LocalAreaAgreement> agreements() {
    return shapes()
        .zip(
            lists().of(draws()).ofSizeBetween(0, 40),
            lists().of(programmeDraws()).ofSizeBetween(0, 2),
            extras(),
            LaaGenerators::agreement);
  }

  /** Agreements of {@code area}; for cohorts, where each area appears once. */
  public static Gen<LocalAreaAgreement> agreements(Area area) {
    return agreements().map(a -> a.withArea(area));
  }

  /** Cohorts of 2 to {@code max} agreements, each of a different London area. */
  public static Gen<List<LocalAreaAgreement>> cohorts(int max) {
    return cohortsOf(agreements(), max);
  }

  /**
   * Cohorts of 2 to {@code max} agreements drawn from {@code agreements} (yours, or {@link
   * #agreements()} changed with {@code map}), each moved to a different London area, so that they
   * form a valid cohort.
   */
  public static Gen<List<LocalAreaAgreement>> cohortsOf(
      Gen<LocalAreaAgreement> agreements, int max) {
    return lists()
        .of(agreements)
        .ofSizeBetween(2, Math.min(max, Areas.london().size()))
        .map(
            list -> {
              List<LocalAreaAgreement> out = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                out.add(list.get(i).withArea(Areas.london().get(i)));
              }
              return out;
            });
  }

  private record ProgrammeDraw(
      Money budget, int years, Money maxGrant, Money cap, boolean capacity) {}

  private static Gen<ProgrammeDraw> programmeDraws() {
    return amounts()
        .zip(
            integers().between(0, 7),
            longs().between(0, 10_000_00L).map(Money::ofPence),
            Generate.pick(List.of(20_000L, 30_000L, 100_000L, 150_000L)).map(Money::ofPounds),
            booleans().all(),
            ProgrammeDraw::new);
  }

  private static LocalAreaAgreement agreement(
      Shape shape, List<Draw> draws, List<ProgrammeDraw> programmes, Extras extras) {
    Round round = shape.round();
    FinancialYear first = round.firstYear();
    LocalAreaAgreement.Builder b =
        LocalAreaAgreement.builder().area(Areas.london().get(shape.area())).round(round);
    BlockType[] types = {
      BlockType.CHILDREN_AND_YOUNG_PEOPLE,
      BlockType.SAFER_AND_STRONGER_COMMUNITIES,
      BlockType.HEALTHIER_COMMUNITIES_AND_OLDER_PEOPLE,
      BlockType.ECONOMIC_DEVELOPMENT_AND_ENTERPRISE
    };
    int blocks = round.allowsEconomicDevelopment() ? shape.blocks() : Math.min(shape.blocks(), 3);
    for (int i = 0; i < blocks; i++) {
      Block.Builder block =
          Block.builder()
              .type(types[i])
              .addOutcome(Outcome.builder().id("o" + i).title("Outcome " + i).build());
      if (i < 3) {
        block.addStream("s" + i);
      }
      b.addBlock(block.build());
    }
    for (int s = 0; s < 4; s++) {
      b.addStream(FundingStream.of("s" + s, "Stream " + s));
    }
    int bodies = shape.incomes().size();
    for (int i = 0; i < bodies; i++) {
      b.addBody(
          VcsBody.builder()
              .id("b" + i)
              .name("Body " + i)
              .income(shape.incomes().get(i))
              .role(ROLES.get(i % ROLES.size()))
              .communityBased(i % 2 == 1)
              .build());
    }
    for (Draw d : draws) {
      Allocation.Builder a =
          Allocation.builder()
              .recipient("b" + (d.body() % bodies))
              .year(first.plusYears(d.yearOffset()))
              .amount(d.amount())
              .purpose(d.purpose())
              .termYears((d.terms() & 1) != 0 ? 3 : 1)
              .fullCostRecovery((d.terms() & 2) != 0)
              .paidInAdvance((d.terms() & 4) != 0);
      if (d.stream() >= 0) {
        a.stream("s" + d.stream());
      }
      if (d.purpose() == Purpose.SERVICE_DELIVERY && d.stream() < 0 && (d.terms() & 1) != 0) {
        a.outcome("o0");
      }
      b.addAllocation(a.build());
    }
    for (int i = 0; i < programmes.size(); i++) {
      ProgrammeDraw p = programmes.get(i);
      SmallGrantsProgramme.Builder g =
          SmallGrantsProgramme.builder()
              .id("g" + i)
              .name("Grants " + i)
              .maxGrant(p.maxGrant())
              .incomeCap(p.cap())
              .capacityBuilding(p.capacity());
      for (int y = 0; y < 3; y++) {
        if ((p.years() & (1 << y)) != 0) {
          g.putBudget(first.plusYears(y), p.budget());
        }
      }
      b.addSmallGrantsProgramme(g.build());
    }
    LocalAreaAgreement laa = b.build();
    if (extras.involvement().isPresent()) {
      // Keep only entries for blocks the agreement has.
      Involvement inv = extras.involvement().get();
      List<BlockInvolvement> kept = new ArrayList<>();
      for (BlockInvolvement e : inv.blocks()) {
        if (laa.block(e.block()).isPresent()) {
          kept.add(e);
        }
      }
      laa = laa.withInvolvement(inv.withBlocks(kept));
    }
    return laa.withInfrastructure(extras.infrastructure())
        .withCommissioning(extras.commissioning());
  }
}
