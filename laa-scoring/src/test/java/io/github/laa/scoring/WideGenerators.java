package io.github.laa.scoring;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.laa.core.Allocation;
import io.github.laa.core.Areas;
import io.github.laa.core.Block;
import io.github.laa.core.BlockInvolvement;
import io.github.laa.core.BlockType;
import io.github.laa.core.CommissioningPractice;
import io.github.laa.core.DeflatorSeries;
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
import io.github.laa.scoring.lvsc.CommissioningRule;
import io.github.laa.scoring.lvsc.InfrastructureRule;
import io.github.laa.scoring.lvsc.InvolvementRule;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.lvsc.PerformanceCapacityRule;
import io.github.laa.scoring.lvsc.SectorDivisionRule;
import io.github.laa.scoring.lvsc.SmallGrantsRule;
import io.github.laa.scoring.testing.LaaGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators that reach further than {@link io.github.laa.scoring.testing.LaaGenerators}: single
 * pots and local themes, any number of streams (some outside the agreement), ten baseline years,
 * amounts up to the largest a valid agreement can total, zero amounts, partial involvement, shares
 * to the basis point — and random policies that vary every parameter of every rule. Test-only: not
 * in the test-jar.
 */
public final class WideGenerators {
  private WideGenerators() {}

  /**
   * At most this many allocations; each at most {@code Long.MAX_VALUE / 64} pence, so totals fit.
   */
  private static final int MAX_ALLOCATIONS = 48;

  private static final long HUGE = Long.MAX_VALUE / 64;

  /** Pence from nothing to the huge, with zero, one penny and the largest over-represented. */
  static Gen<Long> pence(long max) {
    return longs()
        .between(0, 5_000_000L)
        .mix(longs().between(0, 500_000_000L), 40)
        .mix(longs().between(0, max), 15)
        .mix(Generate.pick(List.of(0L, 1L, 99L, 100L, max)), 10);
  }

  private record Alloc(
      int body, int stream, int yearOffset, long pence, Purpose purpose, int terms, int outcome) {}

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

  private record Shape(Round round, int area, int blockMask, int streams, int inAgreementMask) {}

  private static Gen<Shape> shapes() {
    return Generate.enumValues(Round.class)
        .zip(
            integers().between(0, 32),
            integers().between(1, 63),
            integers().between(0, 5),
            integers().between(0, 31),
            Shape::new);
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

  private record Programme(long budget, int yearMask, long maxGrant, long cap, boolean capacity) {}

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
            integers().between(0, 30).toOptionals(90),
            integers().between(0, 12).toOptionals(90),
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

  private static final String[] BLOCK_IDS = {"CYP", "SSC", "HCOP", "EDE", "SP", "GREEN"};

  /** Valid agreements of every shape the model allows, amounts up to the largest that fit. */
  static Gen<LocalAreaAgreement> agreements() {
    return shapes()
        .zip(
            incomes(),
            lists().of(allocs()).ofSizeBetween(0, MAX_ALLOCATIONS),
            lists().of(programmes()).ofSizeBetween(0, 3),
            facts(),
            WideGenerators::agreement);
  }

  private static LocalAreaAgreement agreement(
      Shape shape,
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
        block.id(BLOCK_IDS[i]).name("Sustainable Development");
      }
      block.addOutcome(Outcome.builder().id("o" + i).title("Outcome " + i).build());
      outcomes.add("o" + i);
      for (int s = 0; s < shape.streams(); s++) {
        // Stream s is in the agreement if its bit is set; it goes under the first block.
        if ((shape.inAgreementMask() & (1 << s)) != 0 && blockIds.isEmpty()) {
          block.addStream("s" + s);
        }
      }
      blockIds.add(BLOCK_IDS[i]);
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
      Involvement.Builder inv = Involvement.builder().strategic(ladder[Math.max(0, levels.get(0))]);
      int k = 1;
      for (String id : BLOCK_IDS) {
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

  /** Cohorts of 2 to {@code max} wide agreements, each of a different London area. */
  static Gen<List<LocalAreaAgreement>> cohorts(int max) {
    return LaaGenerators.cohortsOf(agreements(), max);
  }

  // ---------------------------------------------------------------------------------------------
  // Policies

  /** A deflator for every year from 1990/91 to 2012/13, rising 2.5 % a year. */
  public static final DeflatorSeries FULL_SERIES =
      series(
          "full series, +2.5% a year",
          1990, 2012, new BigDecimal("1.025"), new BigDecimal("80.000"));

  /** A deflator that falls steeply, so restated totals can leave the range of money. */
  static final DeflatorSeries STEEP_SERIES =
      series(
          "steep series, halving every year",
          1990,
          2012,
          new BigDecimal("0.5"),
          new BigDecimal("100000000000"));

  /** A deflator with years missing (2004/05 and 2007/08). */
  static final DeflatorSeries GAPPY_SERIES =
      FULL_SERIES.withIndices(
          FULL_SERIES.indices().entrySet().stream()
              .filter(e -> e.getKey().startYear() != 2004 && e.getKey().startYear() != 2007)
              .collect(
                  com.google.common.collect.ImmutableSortedMap.toImmutableSortedMap(
                      java.util.Comparator.naturalOrder(), e -> e.getKey(), e -> e.getValue())));

  private static DeflatorSeries series(
      String name, int from, int to, BigDecimal step, BigDecimal start) {
    DeflatorSeries.Builder b = DeflatorSeries.builder().name(name);
    BigDecimal index = start;
    for (int y = from; y <= to; y++) {
      b.putIndex(FinancialYear.of(y), index);
      index = index.multiply(step).setScale(3, java.math.RoundingMode.HALF_EVEN);
    }
    return b.build();
  }

  /** A random policy, shown with the values it sets when a property fails. */
  record Variant(Policy policy) {
    @Override
    public String toString() {
      return policy.name() + " " + policy.values();
    }
  }

  private record R1R2(int baselineYears, int threshold, int sectorTolBp, int limitBp, int series) {}

  private record R3(int terms, boolean scoped, boolean mean, int lossTolBp, int ceiling) {}

  private record R3bR4R5(
      long incomeCapLimit,
      int minBudgetShareBp,
      int minMicroSmallBp,
      InvolvementLevel minStrategic,
      int minPerformanceBp) {}

  private record R6(List<Integer> weights, int weeks, int months, int pass, int warn) {}

  private static Gen<Integer> bp(int max) {
    return integers().between(0, max).mix(Generate.pick(List.of(0, 100, 5_000, 10_000)), 30);
  }

  /** Random policies: every parameter of every rule varied within its accepted range. */
  static Gen<Variant> variants() {
    Gen<R1R2> r1r2 =
        integers()
            .between(1, 4)
            .mix(integers().between(1, 10), 10)
            .zip(
                integers().between(1, 5),
                bp(2_000),
                bp(10_000),
                integers().between(0, 2),
                R1R2::new);
    Gen<R3> r3 =
        integers()
            .between(0, 3)
            .zip(
                booleans().all(),
                booleans().all(),
                bp(3_000),
                integers().between(0, 1_000_000),
                R3::new);
    Gen<R3bR4R5> r3b =
        longs()
            .between(0, 50_000_000L)
            .zip(
                bp(10_000),
                bp(10_000),
                Generate.enumValues(InvolvementLevel.class),
                bp(1_000),
                R3bR4R5::new);
    Gen<R6> r6 =
        lists()
            .of(integers().between(0, 100).mix(Generate.pick(List.of(0, 1, 3, 9, 20)), 40))
            .ofSize(5)
            // Not all zero (a policy rejects that): then the first weight is 1.
            .map(
                w ->
                    w.stream().mapToInt(Integer::intValue).sum() > 0
                        ? w
                        : java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(1), w.stream().skip(1))
                            .toList())
            .zip(
                integers().between(1, 24),
                integers().between(1, 12),
                integers().between(0, 100),
                integers().between(0, 100),
                (w, cw, nm, a, b) -> new R6(w, cw, nm, Math.max(a, b), Math.min(a, b)));
    return r1r2.zip(r3, r3b, r6, WideGenerators::variant);
  }

  private static Variant variant(R1R2 a, R3 b, R3bR4R5 c, R6 d) {
    boolean real = b.terms() > 0;
    @Nullable DeflatorSeries series =
        !real ? null : b.terms() == 1 ? FULL_SERIES : b.terms() == 2 ? GAPPY_SERIES : STEEP_SERIES;
    Policy.Builder p =
        Lvsc2006.policy()
            .reform("variant")
            .set(Policy.BASELINE_YEARS, a.baselineYears())
            .set(InfrastructureRule.RATING_THRESHOLD, a.threshold())
            .set(SectorDivisionRule.TOLERANCE, Percentage.ofBasisPoints(a.sectorTolBp()))
            .set(SectorDivisionRule.CONCENTRATION_LIMIT, Percentage.ofBasisPoints(a.limitBp()))
            .set(
                NetResourceLossRule.SCOPE,
                b.scoped()
                    ? NetResourceLossRule.Scope.AGREEMENT_STREAMS
                    : NetResourceLossRule.Scope.ALL_SOURCES)
            .set(
                NetResourceLossRule.COMPARISON,
                b.mean()
                    ? NetResourceLossRule.Comparison.MEAN_OF_YEARS
                    : NetResourceLossRule.Comparison.EACH_YEAR)
            .set(NetResourceLossRule.TOLERANCE, Percentage.ofBasisPoints(b.lossTolBp()))
            .set(SmallGrantsRule.GRANT_CEILING, Money.ofPence(b.ceiling()))
            .set(SmallGrantsRule.INCOME_CAP_LIMIT, Money.ofPence(c.incomeCapLimit()))
            .set(SmallGrantsRule.MIN_BUDGET_SHARE, Percentage.ofBasisPoints(c.minBudgetShareBp()))
            .set(
                SmallGrantsRule.MIN_MICRO_SMALL_SHARE,
                Percentage.ofBasisPoints(c.minMicroSmallBp()))
            .set(InvolvementRule.MIN_STRATEGIC, c.minStrategic())
            .set(PerformanceCapacityRule.MIN_SHARE, Percentage.ofBasisPoints(c.minPerformanceBp()))
            .set(CommissioningRule.WEIGHT_TERMS, d.weights().get(0))
            .set(CommissioningRule.WEIGHT_FULL_COST, d.weights().get(1))
            .set(CommissioningRule.WEIGHT_ADVANCE, d.weights().get(2))
            .set(CommissioningRule.WEIGHT_CONSULTATION, d.weights().get(3))
            .set(CommissioningRule.WEIGHT_NOTICE, d.weights().get(4))
            .set(CommissioningRule.CONSULTATION_WEEKS, d.weeks())
            .set(CommissioningRule.NOTICE_MONTHS, d.months())
            .set(CommissioningRule.PASS_SCORE, d.pass())
            .set(CommissioningRule.WARN_SCORE, d.warn());
    if (real) {
      p.set(NetResourceLossRule.TERMS, NetResourceLossRule.Terms.REAL)
          .set(NetResourceLossRule.DEFLATOR, java.util.Objects.requireNonNull(series));
    }
    return new Variant(p.date(LocalDate.of(2026, 1, 1)).build());
  }
}
