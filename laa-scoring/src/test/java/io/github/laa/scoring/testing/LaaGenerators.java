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
 * values). Combine them with your own: {@code agreements().map(a -> a.withInfrastructure(…))}. A
 * failing example prints as its {@linkplain AgreementDescription readable description}, one line
 * per fact (a generator changed with {@code map} needs {@code
 * .describedAs(AgreementDescription::of)} again).
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
 *
 * <p>{@link #wideAgreements()} reach further, for rules that must hold at the edges of what the
 * model allows.
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

  /** Amounts from nothing to £2m, in pence, small ones (down to pennies) more often. */
  public static Gen<Money> amounts() {
    return longs()
        .between(0, 200_000_000L)
        .map(Money::ofPence)
        .mix(longs().between(0, 1_000_000L).map(Money::ofPence), 50)
        .mix(longs().between(0, 10_000L).map(Money::ofPence), 15);
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
        integers()
            .between(0, 100)
            .mix(integers().between(0, 15), 25)
            .mix(integers().between(80, 100), 25)
            .map(i -> Percentage.of(i))
            .toOptionals(50);
    Gen<CommissioningPractice> c =
        share.zip(
            share,
            share,
            // toOptionals(p) leaves p % of the values empty: weeks and notice are usually given,
            // so that the commissioning score is worked out in most agreements that have facts.
            integers()
                .between(0, 16)
                .mix(integers().between(0, 3), 25)
                .mix(integers().between(12, 16), 25)
                .toOptionals(10),
            integers()
                .between(0, 6)
                .mix(integers().between(0, 1), 25)
                .mix(integers().between(3, 6), 25)
                .toOptionals(10),
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
    int size = 1 + 4 * Stage.values().length;
    // A third of the agreements involve the VCS throughout (consulted at least), so that R4 passes
    // and warns often enough.
    return lists()
        .of(Generate.enumValues(InvolvementLevel.class))
        .ofSize(size)
        .mix(
            lists()
                .of(
                    Generate.pick(
                        List.of(
                            InvolvementLevel.CONSULTED,
                            InvolvementLevel.INVOLVED,
                            InvolvementLevel.PARTNER,
                            InvolvementLevel.LEADING)))
                .ofSize(size),
            35);
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
            LaaGenerators::agreement)
        .describedAs(AgreementDescription::of);
  }

  /** Agreements of {@code area}; for cohorts, where each area appears once. */
  public static Gen<LocalAreaAgreement> agreements(Area area) {
    return agreements().map(a -> a.withArea(area)).describedAs(AgreementDescription::of);
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
            })
        .describedAs(LaaGenerators::describe);
  }

  /** A cohort as its agreements' descriptions, numbered, one after another. */
  static String describe(List<LocalAreaAgreement> cohort) {
    StringBuilder sb =
        new StringBuilder("a cohort of ").append(cohort.size()).append(" agreements");
    for (int i = 0; i < cohort.size(); i++) {
      sb.append("\n").append(i + 1).append(". ").append(AgreementDescription.of(cohort.get(i)));
    }
    return sb.toString();
  }

  private record ProgrammeDraw(
      Money budget, int years, Money maxGrant, Money cap, boolean capacity) {}

  private static Gen<ProgrammeDraw> programmeDraws() {
    // Budgets in every year, grants within the ceiling and capacity building more often than not,
    // so that R3b passes often enough.
    return amounts()
        .zip(
            integers().between(0, 7).mix(Generate.constant(7), 50),
            longs()
                .between(0, 10_000_00L)
                .mix(longs().between(0, 5_000_00L), 40)
                .map(Money::ofPence),
            Generate.pick(List.of(20_000L, 30_000L, 100_000L, 150_000L)).map(Money::ofPounds),
            booleans().all().mix(Generate.constant(true), 40),
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

  /**
   * Valid agreements of every shape the model allows, amounts up to the largest that fit: single
   * pots and local themes; up to five streams, some outside the agreement; one to ten bodies with
   * incomes at the NCVO band boundaries and up to the largest amount; up to 48 allocations from ten
   * years before the agreement to its last year, of any purpose and terms, zero amounts included
   * and each at most a 64th of the largest amount (so that totals fit); up to three small grants
   * programmes with budgets in any year; and, each with odds of three in four, partial involvement
   * (levels left unrecorded), an infrastructure profile and commissioning facts with shares to the
   * basis point.
   */
  public static Gen<LocalAreaAgreement> wideAgreements() {
    return Wide.agreements().describedAs(AgreementDescription::of);
  }

  /** Cohorts of 2 to {@code max} {@linkplain #wideAgreements() wide agreements}. */
  public static Gen<List<LocalAreaAgreement>> wideCohorts(int max) {
    return cohortsOf(wideAgreements(), max);
  }

  /** The generators of {@link #wideAgreements()}. */
  private static final class Wide {
    private Wide() {}

    /**
     * At most this many allocations; each at most {@code Long.MAX_VALUE / 64} pence, so totals fit.
     */
    private static final int MAX_ALLOCATIONS = 48;

    private static final long HUGE = Long.MAX_VALUE / 64;

    /** Pence from nothing to the huge, with zero, one penny and the largest over-represented. */
    private static Gen<Long> pence(long max) {
      return longs()
          .between(0, 5_000_000L)
          .mix(longs().between(0, 500_000_000L), 40)
          .mix(longs().between(0, max), 15)
          .mix(Generate.pick(List.of(0L, 1L, 99L, 100L, max)), 10);
    }

    private record Alloc(
        int body,
        int stream,
        int yearOffset,
        long pence,
        Purpose purpose,
        int terms,
        int outcome) {}

    private static Gen<Alloc> allocs() {
      Gen<Integer> years = integers().between(-3, 2).mix(integers().between(-10, 2), 20);
      Gen<Integer> terms = integers().between(0, 31);
      return integers()
          .between(0, 9)
          .zip(
              integers().between(-1, 5),
              years,
              pence(HUGE),
              Generate.enumValues(Purpose.class),
              (b, s, y, p, u) -> new Alloc(b, s, y, p, u, 0, -1))
          .zip(
              terms,
              integers().between(-1, 3),
              (a, t, o) ->
                  new Alloc(a.body(), a.stream(), a.yearOffset(), a.pence(), a.purpose(), t, o));
    }

    private record WideShape(
        Round round, int area, int blockMask, int streams, int inAgreementMask) {}

    private static Gen<WideShape> shapes() {
      return Generate.enumValues(Round.class)
          .zip(
              integers().between(0, 32),
              integers().between(1, 63),
              integers().between(0, 5),
              integers().between(0, 31),
              WideShape::new);
    }

    private static Gen<List<Long>> incomes() {
      Gen<Long> income =
          Generate.pick(
                  List.of(
                      0L,
                      9_999_99L,
                      10_000_00L,
                      99_999_99L,
                      100_000_00L,
                      999_999_99L,
                      1_000_000_00L,
                      10_000_000_00L))
              .mix(longs().between(0, Long.MAX_VALUE), 20)
              .mix(longs().between(0, 200_000_00L), 40);
      return lists().of(income).ofSizeBetween(1, 10);
    }

    private record Programme(
        long budget, int yearMask, long maxGrant, long cap, boolean capacity) {}

    private static Gen<Programme> programmes() {
      return pence(Long.MAX_VALUE / 16)
          .zip(
              integers().between(0, 63),
              pence(2_000_000_00L),
              pence(500_000_000L)
                  .mix(Generate.pick(List.of(10_000_000L, 10_000_001L, 9_999_999L)), 30),
              booleans().all().mix(Generate.constant(true), 50),
              Programme::new);
    }

    private record Facts(
        Optional<List<Integer>> involvement,
        Optional<InfrastructureProfile> infrastructure,
        Optional<CommissioningPractice> commissioning) {}

    private static Gen<Optional<List<Integer>>> involvementDraws() {
      // Strategic level, then (block, stage) for six blocks × four stages: -1 = not recorded.
      Gen<Integer> level = integers().between(0, 5).mix(Generate.constant(-1), 8);
      return lists().of(level).ofSize(1 + 6 * 4).toOptionals(75);
    }

    private static Gen<Optional<InfrastructureProfile>> infrastructure() {
      return pence(Long.MAX_VALUE)
          .zip(
              integers().between(0, 100),
              integers().between(1, 5),
              (f, s, r) -> InfrastructureProfile.of(Money.ofPence(f), BigDecimal.valueOf(s, 1), r))
          .toOptionals(75);
    }

    private static Gen<Optional<CommissioningPractice>> commissioning() {
      Gen<Optional<Percentage>> share =
          integers()
              .between(0, 10_000)
              .mix(Generate.pick(List.of(0, 5_000, 10_000)), 30)
              .map(bp -> Percentage.ofBasisPoints(bp))
              .toOptionals(50);
      return share
          .zip(
              share,
              share,
              integers().between(0, 30).toOptionals(10),
              integers().between(0, 12).toOptionals(10),
              (a, b, c, w, n) -> {
                CommissioningPractice.Builder x =
                    CommissioningPractice.builder()
                        .threeYearTermsShare(a)
                        .fullCostRecoveryShare(b)
                        .paidInAdvanceShare(c);
                w.ifPresent(x::consultationWeeks);
                n.ifPresent(x::noticeMonths);
                return x.build();
              })
          .toOptionals(75);
    }

    private static Gen<Facts> facts() {
      return involvementDraws().zip(infrastructure(), commissioning(), Facts::new);
    }

    private static final String[] WIDE_BLOCK_IDS = {"CYP", "SSC", "HCOP", "EDE", "SP", "GREEN"};

    static Gen<LocalAreaAgreement> agreements() {
      return shapes()
          .zip(
              incomes(),
              lists().of(allocs()).ofSizeBetween(0, MAX_ALLOCATIONS),
              lists().of(programmes()).ofSizeBetween(0, 3),
              facts(),
              Wide::agreement);
    }

    private static LocalAreaAgreement agreement(
        WideShape shape,
        List<Long> incomes,
        List<Alloc> allocs,
        List<Programme> programmes,
        Facts facts) {
      Round round = shape.round();
      FinancialYear first = round.firstYear();
      LocalAreaAgreement.Builder b =
          LocalAreaAgreement.builder().area(Areas.london().get(shape.area())).round(round);
      BlockType[] types = {
        BlockType.CHILDREN_AND_YOUNG_PEOPLE,
        BlockType.SAFER_AND_STRONGER_COMMUNITIES,
        BlockType.HEALTHIER_COMMUNITIES_AND_OLDER_PEOPLE,
        BlockType.ECONOMIC_DEVELOPMENT_AND_ENTERPRISE,
        BlockType.SINGLE_POT,
        BlockType.LOCAL_THEME
      };
      List<String> blockIds = new ArrayList<>();
      List<String> outcomes = new ArrayList<>();
      for (int i = 0; i < types.length; i++) {
        if ((shape.blockMask() & (1 << i)) == 0
            || (types[i] == BlockType.ECONOMIC_DEVELOPMENT_AND_ENTERPRISE
                && !round.allowsEconomicDevelopment())) {
          continue;
        }
        Block.Builder block = Block.builder().type(types[i]);
        if (types[i] == BlockType.LOCAL_THEME) {
          block.id(WIDE_BLOCK_IDS[i]).name("Sustainable Development");
        }
        block.addOutcome(Outcome.builder().id("o" + i).title("Outcome " + i).build());
        outcomes.add("o" + i);
        for (int s = 0; s < shape.streams(); s++) {
          // Stream s is in the agreement if its bit is set; it goes under the first block.
          if ((shape.inAgreementMask() & (1 << s)) != 0 && blockIds.isEmpty()) {
            block.addStream("s" + s);
          }
        }
        blockIds.add(WIDE_BLOCK_IDS[i]);
        b.addBlock(block.build());
      }
      if (blockIds.isEmpty()) {
        b.addBlock(Block.of(BlockType.SINGLE_POT));
        blockIds.add("SP");
      }
      for (int s = 0; s < shape.streams(); s++) {
        b.addStream(FundingStream.of("s" + s, "Stream " + s));
      }
      for (int i = 0; i < incomes.size(); i++) {
        b.addBody(
            VcsBody.builder()
                .id("b" + i)
                .name("Body " + i)
                .income(Money.ofPence(incomes.get(i)))
                .communityBased(i % 3 == 1)
                .build());
      }
      for (Alloc d : allocs) {
        Allocation.Builder a =
            Allocation.builder()
                .recipient("b" + (d.body() % incomes.size()))
                .year(first.plusYears(d.yearOffset()))
                .amount(Money.ofPence(d.pence()))
                .purpose(d.purpose())
                .termYears(1 + (d.terms() & 7))
                .fullCostRecovery((d.terms() & 8) != 0)
                .paidInAdvance((d.terms() & 16) != 0);
        if (d.stream() >= 0 && shape.streams() > 0) {
          a.stream("s" + (d.stream() % shape.streams()));
        }
        if (d.outcome() >= 0 && !outcomes.isEmpty()) {
          a.outcome(outcomes.get(d.outcome() % outcomes.size()));
        }
        b.addAllocation(a.build());
      }
      for (int i = 0; i < programmes.size(); i++) {
        Programme p = programmes.get(i);
        SmallGrantsProgramme.Builder g =
            SmallGrantsProgramme.builder()
                .id("g" + i)
                .name("Grants " + i)
                .maxGrant(Money.ofPence(p.maxGrant()))
                .incomeCap(Money.ofPence(p.cap()))
                .capacityBuilding(p.capacity());
        for (int y = -3; y < 3; y++) {
          if ((p.yearMask() & (1 << (y + 3))) != 0) {
            g.putBudget(first.plusYears(y), Money.ofPence(p.budget()));
          }
        }
        b.addSmallGrantsProgramme(g.build());
      }
      if (facts.involvement().isPresent()) {
        List<Integer> levels = facts.involvement().get();
        InvolvementLevel[] ladder = InvolvementLevel.values();
        Involvement.Builder inv =
            Involvement.builder().strategic(ladder[Math.max(0, levels.get(0))]);
        int k = 1;
        for (String id : WIDE_BLOCK_IDS) {
          for (Stage stage : Stage.values()) {
            int l = levels.get(k++);
            if (l >= 0 && blockIds.contains(id)) {
              inv.addBlock(BlockInvolvement.of(id, stage, ladder[l]));
            }
          }
        }
        b.involvement(inv.build());
      }
      facts.infrastructure().ifPresent(b::infrastructure);
      facts.commissioning().ifPresent(b::commissioning);
      return b.build();
    }
  }
}
