package io.github.laa.scoring;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The test fixtures of laa-scoring, in one place: the hand-made Camden agreement and the worked
 * examples built on it, cohorts, deflator series, small policies and a council's own rule, random
 * policies, and samples drawn once from a generator. Generated agreements and cohorts come from the
 * shipped {@link io.github.laa.scoring.testing.LaaGenerators}.
 *
 * <p>The worked examples are round-2 agreements for Camden: baseline year 2005/06, agreement years
 * 2006/07 to 2008/09, two streams (NRF in the agreement, a council budget outside it) and three
 * bodies — the CVS (medium, income £450k), a youth club (micro, £8k, community-based) and Big Trust
 * (large, £2m).
 */
public final class Fixtures {
  private Fixtures() {}

  // ---------------------------------------------------------------------------------------------
  // Years

  /** 2004/05, the year before the baseline year. */
  public static final FinancialYear Y2004 = FinancialYear.of(2004);

  /** 2005/06, the baseline year of a round-2 agreement. */
  public static final FinancialYear Y2005 = FinancialYear.of(2005);

  /** 2006/07, the first agreement year of a round-2 agreement. */
  public static final FinancialYear Y2006 = FinancialYear.of(2006);

  /** 2007/08. */
  public static final FinancialYear Y2007 = FinancialYear.of(2007);

  /** 2008/09, the last agreement year of a round-2 agreement. */
  public static final FinancialYear Y2008 = FinancialYear.of(2008);

  // ---------------------------------------------------------------------------------------------
  // Camden

  /** A round-2 agreement for Camden with the three bodies and two streams, no allocations. */
  public static LocalAreaAgreement.Builder camden() {
    return LocalAreaAgreement.builder()
        .area(Areas.byName("Camden").orElseThrow())
        .round(Round.ROUND_2)
        .addBlock(
            Block.builder().type(BlockType.SAFER_AND_STRONGER_COMMUNITIES).addStream("nrf").build())
        .addStream(FundingStream.of("nrf", "Neighbourhood Renewal Fund"))
        .addStream(FundingStream.of("council", "Council grants budget"))
        .addBody(
            VcsBody.builder().id("cvs").name("Camden CVS").income(Money.parse("£450k")).build())
        .addBody(
            VcsBody.builder()
                .id("club")
                .name("Youth club")
                .income(Money.parse("£8k"))
                .communityBased(true)
                .build())
        .addBody(
            VcsBody.builder().id("trust").name("Big Trust").income(Money.parse("£2m")).build());
  }

  /** A service-delivery allocation of {@code amount} to {@code body} from {@code stream}. */
  public static Allocation money(String body, String stream, FinancialYear year, String amount) {
    return Allocation.builder().recipient(body).stream(stream)
        .year(year)
        .amount(Money.parse(amount))
        .purpose(Purpose.SERVICE_DELIVERY)
        .build();
  }

  /** Camden with one NRF allocation to the CVS in each of the four years. */
  public static LocalAreaAgreement yearly(String baseline, String y1, String y2, String y3) {
    return camden()
        .addAllocation(money("cvs", "nrf", Y2005, baseline))
        .addAllocation(money("cvs", "nrf", Y2006, y1))
        .addAllocation(money("cvs", "nrf", Y2007, y2))
        .addAllocation(money("cvs", "nrf", Y2008, y3))
        .build();
  }

  /** A capacity-building programme with £20k a year, £5k maximum grant, £100k cap. */
  public static SmallGrantsProgramme.Builder chest() {
    return SmallGrantsProgramme.builder()
        .id("chest")
        .name("Community Chest")
        .putBudget(Y2006, Money.parse("£20k"))
        .putBudget(Y2007, Money.parse("£20k"))
        .putBudget(Y2008, Money.parse("£20k"))
        .maxGrant(Money.parse("£5k"))
        .incomeCap(Money.parse("£100k"))
        .capacityBuilding(true);
  }

  // ---------------------------------------------------------------------------------------------
  // Worked examples

  /**
   * NRF (in the agreement): £50k in 2005/06, then £40k, £40k, £60k. The council budget (outside):
   * £10k in 2005/06, then £20k, £20k, £0. Totals: £60k, then £60k, £60k, £60k — no loss. The two
   * worst years tie at £60k; the first, 2006/07, is the worst year.
   */
  public static LocalAreaAgreement twoStreams() {
    return camden()
        .addAllocation(money("cvs", "nrf", Y2005, "£50k"))
        .addAllocation(money("cvs", "council", Y2005, "£10k"))
        .addAllocation(money("cvs", "nrf", Y2006, "£40k"))
        .addAllocation(money("cvs", "council", Y2006, "£20k"))
        .addAllocation(money("cvs", "nrf", Y2007, "£40k"))
        .addAllocation(money("cvs", "council", Y2007, "£20k"))
        .addAllocation(money("cvs", "nrf", Y2008, "£60k"))
        .build();
  }

  /**
   * Baseline 2005/06: club £20k, CVS £60k, trust £20k (£100k; micro share 20%). Agreement: the same
   * in 2006/07 and 2007/08, then club £10k, CVS £60k, trust £30k in 2008/09: club £50k, CVS £180k,
   * trust £70k of £300k (micro share 16.67%).
   */
  public static LocalAreaAgreement squeezed() {
    return camden()
        .addAllocation(money("club", "nrf", Y2005, "£20k"))
        .addAllocation(money("cvs", "nrf", Y2005, "£60k"))
        .addAllocation(money("trust", "nrf", Y2005, "£20k"))
        .addAllocation(money("club", "nrf", Y2006, "£20k"))
        .addAllocation(money("cvs", "nrf", Y2006, "£60k"))
        .addAllocation(money("trust", "nrf", Y2006, "£20k"))
        .addAllocation(money("club", "nrf", Y2007, "£20k"))
        .addAllocation(money("cvs", "nrf", Y2007, "£60k"))
        .addAllocation(money("trust", "nrf", Y2007, "£20k"))
        .addAllocation(money("club", "nrf", Y2008, "£10k"))
        .addAllocation(money("cvs", "nrf", Y2008, "£60k"))
        .addAllocation(money("trust", "nrf", Y2008, "£30k"))
        .build();
  }

  /**
   * Infrastructure of quality {@code rating} (£90k a year, 2.5 staff); infrastructure support £10k
   * in the baseline year, then {@code a}, {@code b}, {@code c}.
   */
  public static LocalAreaAgreement infrastructureSupport(int rating, String a, String b, String c) {
    return camden()
        .addAllocation(
            money("cvs", "nrf", Y2005, "£10k").withPurpose(Purpose.INFRASTRUCTURE_SUPPORT))
        .addAllocation(money("cvs", "nrf", Y2006, a).withPurpose(Purpose.INFRASTRUCTURE_SUPPORT))
        .addAllocation(money("cvs", "nrf", Y2007, b).withPurpose(Purpose.INFRASTRUCTURE_SUPPORT))
        .addAllocation(money("cvs", "nrf", Y2008, c).withPurpose(Purpose.INFRASTRUCTURE_SUPPORT))
        .infrastructure(
            InfrastructureProfile.of(Money.parse("£90k"), new BigDecimal("2.5"), rating))
        .build();
  }

  /**
   * Involvement at the strategic level and in the design and delivery of Camden's one block, SSC;
   * its evaluation is CONSULTED.
   */
  public static LocalAreaAgreement involvement(
      InvolvementLevel strategic, InvolvementLevel design, InvolvementLevel delivery) {
    return camden()
        .involvement(
            Involvement.builder()
                .strategic(strategic)
                .addBlock(BlockInvolvement.of("SSC", Stage.DESIGN, design))
                .addBlock(BlockInvolvement.of("SSC", Stage.DELIVERY, delivery))
                .addBlock(BlockInvolvement.of("SSC", Stage.EVALUATION, InvolvementLevel.CONSULTED))
                .build())
        .build();
  }

  /**
   * £100k of NRF delivery (towards the agreement) in 2006/07 and in 2007/08, with performance
   * support from the council budget of {@code support2006} and {@code support2007} (none if empty).
   */
  public static LocalAreaAgreement delivery(String support2006, String support2007) {
    LocalAreaAgreement.Builder b =
        camden()
            .addAllocation(money("cvs", "nrf", Y2006, "£100k"))
            .addAllocation(money("cvs", "nrf", Y2007, "£100k"));
    if (!support2006.isEmpty()) {
      b.addAllocation(
          money("cvs", "council", Y2006, support2006).withPurpose(Purpose.PERFORMANCE_SUPPORT));
    }
    if (!support2007.isEmpty()) {
      b.addAllocation(
          money("cvs", "council", Y2007, support2007).withPurpose(Purpose.PERFORMANCE_SUPPORT));
    }
    return b.build();
  }

  /**
   * Commissioning facts given: 50% on three-year terms, 25% at full cost recovery, 100% paid in
   * advance, {@code weeks} of consultation and 3 months' notice.
   */
  public static LocalAreaAgreement commissioning(int weeks) {
    return camden()
        .commissioning(
            CommissioningPractice.builder()
                .threeYearTermsShare(Percentage.of(50))
                .fullCostRecoveryShare(Percentage.of(25))
                .paidInAdvanceShare(Percentage.of(100))
                .consultationWeeks(weeks)
                .noticeMonths(3)
                .build())
        .build();
  }

  /**
   * Every group of totals at work: the CVS gets £10k in 2004/05 (outside a one-year window) and
   * £20k from the council budget in 2005/06 on three-year, full-cost terms; the club £5k of small
   * grants from NRF in 2005/06, paid in advance, and £7k of small grants in 2006/07; the trust £30k
   * from the council budget in 2008/09.
   */
  public static LocalAreaAgreement everyKindOfTotal() {
    return camden()
        .addAllocation(money("cvs", "nrf", Y2004, "£10k"))
        .addAllocation(
            money("cvs", "council", Y2005, "£20k").withTermYears(3).withFullCostRecovery(true))
        .addAllocation(
            money("club", "nrf", Y2005, "£5k")
                .withPurpose(Purpose.SMALL_GRANTS)
                .withPaidInAdvance(true))
        .addAllocation(money("club", "nrf", Y2006, "£7k").withPurpose(Purpose.SMALL_GRANTS))
        .addAllocation(money("trust", "council", Y2008, "£30k"))
        .build();
  }

  /**
   * Infrastructure of rating 4 funded with {@code funding} a year (for 3 bodies), and
   * infrastructure support of £1k in 2005/06 and {@code support2006} in 2006/07.
   */
  public static LocalAreaAgreement infrastructureFunded(String funding, String support2006) {
    return camden()
        .addAllocation(
            money("cvs", "nrf", Y2005, "£1k").withPurpose(Purpose.INFRASTRUCTURE_SUPPORT))
        .addAllocation(
            money("cvs", "nrf", Y2006, support2006).withPurpose(Purpose.INFRASTRUCTURE_SUPPORT))
        .infrastructure(InfrastructureProfile.of(Money.parse(funding), BigDecimal.ONE, 4))
        .build();
  }

  /**
   * Involvement {@code strategic} at the strategic level, and in SSC: INVOLVED in design, LEADING
   * in delivery, CONSULTED in commissioning, INFORMED in evaluation.
   */
  public static LocalAreaAgreement involvedAtEveryStage(InvolvementLevel strategic) {
    return camden()
        .involvement(
            Involvement.builder()
                .strategic(strategic)
                .addBlock(BlockInvolvement.of("SSC", Stage.DESIGN, InvolvementLevel.INVOLVED))
                .addBlock(BlockInvolvement.of("SSC", Stage.DELIVERY, InvolvementLevel.LEADING))
                .addBlock(
                    BlockInvolvement.of("SSC", Stage.COMMISSIONING, InvolvementLevel.CONSULTED))
                .addBlock(BlockInvolvement.of("SSC", Stage.EVALUATION, InvolvementLevel.INFORMED))
                .build())
        .build();
  }

  /**
   * The youth club's share doubles: £10k of £100k in 2005/06 (the rest to the CVS), £20k of £100k
   * in 2006/07.
   */
  public static LocalAreaAgreement clubShareDoubles() {
    return camden()
        .addAllocation(money("club", "nrf", Y2005, "£10k"))
        .addAllocation(money("cvs", "nrf", Y2005, "£90k"))
        .addAllocation(money("club", "nrf", Y2006, "£20k"))
        .addAllocation(money("cvs", "nrf", Y2006, "£80k"))
        .build();
  }

  /** £23,058,430,092,136,939.51: a quarter of the largest amount. */
  public static final Money HUGE = Money.ofPence(Long.MAX_VALUE / 4);

  /**
   * Money grown beyond any percentage. Baseline 2005/06: 1p. 2006/07: 1p of delivery from NRF (in
   * the agreement) and {@link #HUGE} of performance support. 2007/08: 1p of core funding, and a
   * small grants budget of HUGE. 2008/09: nothing.
   */
  public static LocalAreaAgreement grown() {
    return camden()
        .addAllocation(money("cvs", "nrf", Y2005, "£0.01"))
        .addAllocation(money("cvs", "nrf", Y2006, "£0.01"))
        .addAllocation(
            Allocation.builder().recipient("cvs").stream("nrf")
                .year(Y2006)
                .amount(HUGE)
                .purpose(Purpose.PERFORMANCE_SUPPORT)
                .build())
        .addAllocation(money("club", "nrf", Y2007, "£0.01").withPurpose(Purpose.CORE))
        .addSmallGrantsProgramme(
            SmallGrantsProgramme.builder()
                .id("chest")
                .name("Community Chest")
                .putBudget(Y2007, HUGE)
                .maxGrant(Money.parse("£5k"))
                .incomeCap(Money.parse("£100k"))
                .capacityBuilding(true)
                .build())
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Cohorts

  private static final InvolvementLevel[] LEVELS = InvolvementLevel.values();

  /**
   * An area of a hand-made cohort: Camden's structure moved to {@code name}, with infrastructure
   * support of £10k in 2005/06 and 2006/07; infrastructure of quality {@code rating} funded with
   * {@code funding} a year (for 3 bodies); the rungs of the strategic level, SSC design and SSC
   * delivery; and commissioning facts of 0% shares, {@code consultationWeeks} weeks and 0 months.
   */
  public static LocalAreaAgreement cohortArea(
      String name,
      int rating,
      String funding,
      int strategic,
      int design,
      int delivery,
      int consultationWeeks) {
    return camden()
        .addAllocation(
            money("cvs", "nrf", Y2005, "£10k").withPurpose(Purpose.INFRASTRUCTURE_SUPPORT))
        .addAllocation(
            money("cvs", "nrf", Y2006, "£10k").withPurpose(Purpose.INFRASTRUCTURE_SUPPORT))
        .infrastructure(InfrastructureProfile.of(Money.parse(funding), BigDecimal.ONE, rating))
        .involvement(
            Involvement.builder()
                .strategic(LEVELS[strategic])
                .addBlock(BlockInvolvement.of("SSC", Stage.DESIGN, LEVELS[design]))
                .addBlock(BlockInvolvement.of("SSC", Stage.DELIVERY, LEVELS[delivery]))
                .build())
        .commissioning(
            CommissioningPractice.builder()
                .threeYearTermsShare(Percentage.ZERO)
                .fullCostRecoveryShare(Percentage.ZERO)
                .paidInAdvanceShare(Percentage.ZERO)
                .consultationWeeks(consultationWeeks)
                .noticeMonths(0)
                .build())
        .build()
        .withArea(Areas.byName(name).orElseThrow());
  }

  /**
   * Five areas by code — Barnet, Bexley, Brent, Bromley, Camden — listed as Barnet, Brent, Bexley,
   * Bromley, Camden. Ratings [1, 2, 2, 3, 5]; ladder scores 100 × Σrungs / 15: Σ 3, 6, 4, 9, 9 →
   * [20, 40, 27, 60, 60]; funding per body £10k…£50k; commissioning 20 × weeks / 12: 12, 6, 6, 3, 0
   * weeks → 20, 10, 10, 5, 0.
   */
  public static List<LocalAreaAgreement> fiveAreas() {
    return List.of(
        cohortArea("Barnet", 1, "£30k", 1, 1, 1, 12),
        cohortArea("Brent", 2, "£60k", 2, 2, 2, 6),
        cohortArea("Bexley", 2, "£90k", 2, 1, 1, 6),
        cohortArea("Bromley", 3, "£120k", 3, 3, 3, 3),
        cohortArea("Camden", 5, "£150k", 3, 3, 3, 0));
  }

  /**
   * Camden and Hackney with the same allocations, {@link #yearly yearly}(£100k, £90k, £100k,
   * £100k): a net loss in 2006/07, and no facts for R1, R4 or R6.
   */
  public static List<LocalAreaAgreement> camdenAndHackney() {
    LocalAreaAgreement camden = yearly("£100k", "£90k", "£100k", "£100k");
    return List.of(camden, camden.withArea(Areas.byName("Hackney").orElseThrow()));
  }

  // ---------------------------------------------------------------------------------------------
  // Policies and rules

  /**
   * The two headline rules of LVSC 2006 only — net resource loss and small grants, both MUST —
   * under its name and date, so that expected text stays short.
   */
  public static final Policy HEADLINE =
      policyOf(NetResourceLossRule.INSTANCE, SmallGrantsRule.INSTANCE);

  /**
   * A policy of only {@code rules}, in this order, each with its default severity and weight 1,
   * under LVSC 2006's name and date: for tests of the engine that must not depend on which rules
   * LVSC 2006 has, or in what order.
   */
  public static Policy policyOf(Rule... rules) {
    Policy.Builder b = Policy.builder(Lvsc2006.NAME, Lvsc2006.DATE);
    for (Rule r : rules) {
      b.rule(r);
    }
    return b.build();
  }

  /**
   * A rule {@code PASSES_WITH_<score>} that passes every agreement with {@code score} (70 to 100),
   * for tests of what a policy makes of findings.
   */
  public static Rule passingWith(int score) {
    return new Rule() {
      @Override
      public RuleId id() {
        return RuleId.of("PASSES_WITH_" + score);
      }

      @Override
      public String title() {
        return "Passes with " + score;
      }

      @Override
      public Citation citation() {
        return Citation.of("Test", "a pass with a chosen score");
      }

      @Override
      public Finding evaluate(RuleInput in) {
        return in.finding().verdict(Verdict.PASS).score(score).build();
      }
    };
  }

  /**
   * A council's own rule, as a user would write it: core funding in the first agreement year of at
   * least {@link #MINIMUM} (default £50k). Its test has no contract.
   */
  public static final class CoreFunding implements Rule {
    /** Evidence: core funding in the first agreement year. */
    public static final Key<Money> CORE = Key.of("core funding", Money.class);

    /** The least core funding, not negative (default £50k). */
    public static final Parameter<Money> MINIMUM =
        Parameter.of(
            "CORE_FUNDING.minimum",
            "least core funding in the first year",
            Money.class,
            Money.parse("£50k"),
            m -> m.isNegative() ? "must not be negative" : null);

    /** The rule; it has no state. */
    public CoreFunding() {}

    @Override
    public RuleId id() {
      return RuleId.of("CORE_FUNDING");
    }

    @Override
    public String title() {
      return "Core funding for the VCS";
    }

    @Override
    public Citation citation() {
      return Citation.of("Anytown Compact, section 4", "core funding each year");
    }

    @Override
    public ImmutableList<Parameter<?>> parameters() {
      return ImmutableList.of(MINIMUM);
    }

    @Override
    public Finding evaluate(RuleInput in) {
      long core = in.facts().purpose(Purpose.CORE, 0);
      boolean ok = core >= in.get(MINIMUM).pence();
      return in.finding()
          .verdict(ok ? Verdict.PASS : Verdict.FAIL)
          .score(ok ? 100 : 0)
          .evidence(CORE, in.facts().year(0), Money.ofPence(core))
          .build();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Deflator series

  /** HM Treasury's 2004 illustration of the GDP deflator (2002-03 = 100), 2004/05 to 2008/09. */
  public static final DeflatorSeries HMT_2004 =
      DeflatorSeries.builder()
          .name("HMT GDP deflator, 2004 illustration (2002-03 = 100)")
          .putIndex(Y2004, new BigDecimal("105.161"))
          .putIndex(Y2005, new BigDecimal("107.812"))
          .putIndex(Y2006, new BigDecimal("110.702"))
          .putIndex(Y2007, new BigDecimal("113.691"))
          .putIndex(Y2008, new BigDecimal("116.761"))
          .build();

  /**
   * A deflator for every year from 1990/91 to 2012/13 (every year the generators use), rising 2.5 %
   * a year.
   */
  public static final DeflatorSeries FULL_SERIES =
      series(
          "full series, +2.5% a year",
          1990, 2012, new BigDecimal("1.025"), new BigDecimal("80.000"));

  /** A deflator that falls steeply, so restated totals can leave the range of money. */
  public static final DeflatorSeries STEEP_SERIES =
      series(
          "steep series, halving every year",
          1990,
          2012,
          new BigDecimal("0.5"),
          new BigDecimal("100000000000"));

  /** {@link #FULL_SERIES} with years missing (2004/05 and 2007/08). */
  public static final DeflatorSeries GAPPY_SERIES =
      FULL_SERIES.withIndices(
          FULL_SERIES.indices().entrySet().stream()
              .filter(e -> e.getKey().startYear() != 2004 && e.getKey().startYear() != 2007)
              .collect(
                  ImmutableSortedMap.toImmutableSortedMap(
                      Comparator.naturalOrder(), e -> e.getKey(), e -> e.getValue())));

  private static DeflatorSeries series(
      String name, int from, int to, BigDecimal step, BigDecimal start) {
    DeflatorSeries.Builder b = DeflatorSeries.builder().name(name);
    BigDecimal index = start;
    for (int y = from; y <= to; y++) {
      b.putIndex(FinancialYear.of(y), index);
      index = index.multiply(step).setScale(3, RoundingMode.HALF_EVEN);
    }
    return b.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Random policies

  /** A random reform of LVSC 2006, shown with the values it sets when a property fails. */
  public record Variant(Policy policy) {
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

  /**
   * Random reforms of LVSC 2006: every parameter of every rule varied within its accepted range.
   */
  public static Gen<Variant> variants() {
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
                        : Stream.concat(Stream.of(1), w.stream().skip(1)).toList())
            .zip(
                integers().between(1, 24),
                integers().between(1, 12),
                integers().between(0, 100),
                integers().between(0, 100),
                (w, cw, nm, a, b) -> new R6(w, cw, nm, Math.max(a, b), Math.min(a, b)));
    return r1r2.zip(r3, r3b, r6, Fixtures::variant);
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
          .set(NetResourceLossRule.DEFLATOR, Objects.requireNonNull(series));
    }
    return new Variant(p.date(LocalDate.of(2026, 1, 1)).build());
  }

  // ---------------------------------------------------------------------------------------------
  // Samples

  /** The first {@code n} values of {@code gen} from {@code seed}: the same every run. */
  public static <T> List<T> sample(Gen<T> gen, int n, long seed) {
    List<T> out = new ArrayList<>();
    QuickTheory.qt().withExamples(n).withFixedSeed(seed).forAll(gen).checkAssert(out::add);
    return List.copyOf(out);
  }
}
