package io.github.laa.examples.bench;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.Allocation;
import io.github.laa.core.Area;
import io.github.laa.core.AreaKind;
import io.github.laa.core.Areas;
import io.github.laa.core.Block;
import io.github.laa.core.BlockType;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.FundingMode;
import io.github.laa.core.FundingStream;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Outcome;
import io.github.laa.core.Purpose;
import io.github.laa.core.Round;
import io.github.laa.core.SmallGrantsProgramme;
import io.github.laa.core.VcsBody;
import io.github.laa.core.VcsRole;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.lvsc.SmallGrantsRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic agreements for the benchmarks and the peer test: the same seed and size always give
 * the same agreement.
 *
 * <p>An agreement of {@code n} allocations has a round-2-or-later round, the four standard blocks
 * (each listing some of its {@code max(4, n/100)} streams, and two outcomes), one stream outside
 * the agreement, {@code max(5, n/10)} VCS bodies spread over the five NCVO size bands, and the
 * allocations: {@code n/20} in a year before the baseline window (which the default policy must
 * ignore), the rest spread evenly over the baseline year and the three agreement years, with every
 * purpose, streams, other council funds, outcomes and terms. It has a capacity-building small
 * grants programme and a council programme outside capacity building.
 *
 * <p>The seed chooses the scenario, so that a run of seeds gives every verdict:
 *
 * <ul>
 *   <li>net resource loss, by {@code seed mod 4}: 0 money grows 10% a year, 1 it falls 10% a year,
 *       2 no allocation in the baseline year (NOT_ASSESSED), 3 no trend (noise decides);
 *   <li>small grants, by {@code seed mod 6}: 0 compliant, 1 maximum grant £7,500 (above the £5,000
 *       ceiling), 2 no capacity-building programme (FAIL), 3 the last agreement year without
 *       budget, 4 recorded small grants mostly to medium and larger bodies, 5 no budget in any
 *       agreement year (FAIL).
 * </ul>
 *
 * {@link #BENCH_SEED} (1) gives a net-loss FAIL and a small-grants WARN: every check of both rules
 * runs and produces evidence and a margin.
 */
public final class BenchFixtures {
  /** The seed of the benchmarks' single agreements. */
  public static final long BENCH_SEED = 1;

  /** The sizes (numbers of allocations) of the single-agreement benchmarks. */
  public static final ImmutableList<Integer> SIZES =
      ImmutableList.of(10, 100, 1_000, 10_000, 100_000);

  /** The number of agreements in the cohort: England's upper-tier areas. */
  public static final int COHORT_SIZE = 150;

  /** The number of allocations of each cohort agreement, and of the full-policy agreement. */
  public static final int COHORT_ALLOCATIONS = 300;

  /** The two headline rules of recommendation R3 with their default parameters. */
  public static final Policy HEADLINE =
      Policy.builder("Headline", LocalDate.of(2006, 3, 8))
          .rule(NetResourceLossRule.INSTANCE)
          .rule(SmallGrantsRule.INSTANCE)
          .build();

  private static final VcsRole[] ROLES = {
    VcsRole.FRONTLINE, VcsRole.INFRASTRUCTURE, VcsRole.NETWORK, VcsRole.CONSORTIUM
  };
  private static final Round[] ROUNDS = {Round.ROUND_2, Round.ROUND_3, Round.NEW_LAA_2008};
  private static final BlockType[] BLOCKS = {
    BlockType.CHILDREN_AND_YOUNG_PEOPLE,
    BlockType.SAFER_AND_STRONGER_COMMUNITIES,
    BlockType.HEALTHIER_COMMUNITIES_AND_OLDER_PEOPLE,
    BlockType.ECONOMIC_DEVELOPMENT_AND_ENTERPRISE
  };

  /** Income ranges of the five NCVO bands, in pounds: micro, small, medium, large, major. */
  private static final long[][] BAND_INCOME = {
    {500, 9_999},
    {10_000, 99_999},
    {100_000, 999_999},
    {1_000_000, 9_999_999},
    {10_000_000, 50_000_000}
  };

  private static final String OUTSIDE_STREAM = "council";

  private BenchFixtures() {}

  /** Everything an agreement is built from, so that building it can be measured on its own. */
  public record Parts(
      Area area,
      Round round,
      ImmutableList<Block> blocks,
      ImmutableList<FundingStream> streams,
      ImmutableList<VcsBody> bodies,
      ImmutableList<Allocation> allocations,
      ImmutableList<SmallGrantsProgramme> programmes) {

    /** Builds and validates the agreement. */
    public LocalAreaAgreement build() {
      return LocalAreaAgreement.builder()
          .area(area)
          .round(round)
          .addAllBlocks(blocks)
          .addAllStreams(streams)
          .addAllBodies(bodies)
          .addAllAllocations(allocations)
          .addAllSmallGrantsProgrammes(programmes)
          .build();
    }
  }

  /** The benchmark agreement of {@code allocations} allocations ({@link #BENCH_SEED}). */
  public static LocalAreaAgreement agreement(int allocations) {
    return agreement(allocations, BENCH_SEED);
  }

  /** An agreement of {@code allocations} allocations for a London area chosen by the seed. */
  public static LocalAreaAgreement agreement(int allocations, long seed) {
    return parts(allocations, seed).build();
  }

  /** The parts of {@link #agreement(int, long)}. */
  public static Parts parts(int allocations, long seed) {
    return parts(Areas.london().get(Math.floorMod(seed, Areas.london().size())), allocations, seed);
  }

  /**
   * The cohort: {@code size} agreements of {@code allocations} allocations, one per area, seeds
   * {@code 1000 × seed + i}.
   */
  public static ImmutableList<LocalAreaAgreement> cohort(int size, int allocations, long seed) {
    ImmutableList<Area> areas = englishAreas(size);
    ImmutableList.Builder<LocalAreaAgreement> out = ImmutableList.builderWithExpectedSize(size);
    for (int i = 0; i < size; i++) {
      out.add(parts(areas.get(i), allocations, 1_000 * seed + i).build());
    }
    return out.build();
  }

  /**
   * {@code n} distinct English areas: the 33 London areas, then 36 metropolitan districts, 34
   * counties and unitary authorities (made-up names, well-formed GSS codes).
   */
  public static ImmutableList<Area> englishAreas(int n) {
    ImmutableList.Builder<Area> out = ImmutableList.builderWithExpectedSize(n);
    int made = 0;
    for (Area a : Areas.london()) {
      if (made++ < n) {
        out.add(a);
      }
    }
    for (int i = 1; i <= 36 && made < n; i++, made++) {
      out.add(
          Area.of(
              String.format(Locale.ROOT, "E08%06d", i),
              "Metropolitan district " + i,
              AreaKind.METROPOLITAN_DISTRICT));
    }
    for (int i = 1; i <= 34 && made < n; i++, made++) {
      out.add(Area.of(String.format(Locale.ROOT, "E10%06d", i), "County " + i, AreaKind.COUNTY));
    }
    for (int i = 1; made < n; i++, made++) {
      out.add(Area.of(String.format(Locale.ROOT, "E06%06d", i), "Unitary " + i, AreaKind.UNITARY));
    }
    return out.build();
  }

  /**
   * The parts of an agreement for {@code area} with {@code n} allocations; see the class comment.
   */
  public static Parts parts(Area area, int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int netKind = Math.floorMod(seed, 4);
    int grantsKind = Math.floorMod(seed, 6);
    Round round = ROUNDS[Math.floorMod(seed, ROUNDS.length)];
    FinancialYear first = round.firstYear();

    int streamCount = Math.max(4, n / 100);
    ImmutableList.Builder<FundingStream> streams = ImmutableList.builder();
    for (int s = 0; s < streamCount; s++) {
      streams.add(
          FundingStream.builder()
              .id("s" + s)
              .name("Stream " + s)
              .mode(s % 3 == 2 ? FundingMode.ALIGNED : FundingMode.POOLED)
              .formerlyDirectToVcs(s % 7 == 1)
              .build());
    }
    streams.add(FundingStream.of(OUTSIDE_STREAM, "Council grants budget"));

    ImmutableList.Builder<Block> blocks = ImmutableList.builder();
    for (int b = 0; b < BLOCKS.length; b++) {
      Block.Builder block = Block.builder().type(BLOCKS[b]);
      for (int s = b; s < streamCount; s += BLOCKS.length) {
        block.addStream("s" + s);
      }
      for (int o = 0; o < 2; o++) {
        block.addOutcome(Outcome.builder().id("o" + b + o).title("Outcome " + b + "." + o).build());
      }
      blocks.add(block.build());
    }

    int bodyCount = Math.max(5, n / 10);
    ImmutableList.Builder<VcsBody> bodies = ImmutableList.builderWithExpectedSize(bodyCount);
    List<Integer> microOrSmall = new ArrayList<>();
    List<Integer> larger = new ArrayList<>();
    for (int i = 0; i < bodyCount; i++) {
      int band = i % BAND_INCOME.length;
      (band <= 1 ? microOrSmall : larger).add(i);
      long pounds = rnd.nextLong(BAND_INCOME[band][0], BAND_INCOME[band][1] + 1);
      bodies.add(
          VcsBody.builder()
              .id("b" + i)
              .name("Body " + i)
              .income(Money.ofPounds(pounds))
              .role(ROLES[(i / BAND_INCOME.length) % ROLES.length])
              .communityBased(band <= 1 && rnd.nextInt(10) < 7)
              .build());
    }

    // Allocations: n/20 before the baseline window, the rest round-robin over the baseline year and
    // the three agreement years (offsets -1, 0, 1, 2).
    int old = n / 20;
    double microSmallOdds = grantsKind == 4 ? 0.2 : 0.85;
    ImmutableList.Builder<Allocation> allocations = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      int offset = i < old ? -2 : (i - old) % 4 - 1;
      if (offset == -1 && netKind == 2) {
        offset = -2;
      }
      Purpose purpose = purpose(rnd.nextInt(20));
      long pence;
      int body;
      if (purpose == Purpose.SMALL_GRANTS) {
        pence = rnd.nextLong(250_00, 5_000_00 + 1);
        List<Integer> from = rnd.nextDouble() < microSmallOdds ? microOrSmall : larger;
        body = from.get(rnd.nextInt(from.size()));
      } else {
        pence = rnd.nextLong(5_000_00, 40_000_00 + 1);
        body = rnd.nextInt(bodyCount);
      }
      if (offset >= 0 && (netKind == 0 || netKind == 1)) {
        int percent = 10 * (offset + 1) * (netKind == 0 ? 1 : -1);
        pence = pence * (100 + percent) / 100;
      }
      Allocation.Builder a =
          Allocation.builder()
              .recipient("b" + body)
              .year(first.plusYears(offset))
              .amount(Money.ofPence(pence))
              .purpose(purpose)
              .termYears(1 + rnd.nextInt(3))
              .fullCostRecovery(rnd.nextInt(3) == 0)
              .paidInAdvance(rnd.nextInt(4) == 0);
      int source = rnd.nextInt(10);
      if (source == 0) {
        a.stream(OUTSIDE_STREAM);
      } else if (source > 1) {
        int s = rnd.nextInt(streamCount);
        a.stream("s" + s);
        if (purpose == Purpose.SERVICE_DELIVERY && rnd.nextBoolean()) {
          a.outcome("o" + (s % BLOCKS.length) + rnd.nextInt(2));
        }
      } // source 1: other council funds, no stream
      allocations.add(a.build());
    }

    ImmutableList.Builder<SmallGrantsProgramme> programmes = ImmutableList.builder();
    long budget = Math.max(5_000_00L, n * 100_00L);
    if (grantsKind != 2) {
      SmallGrantsProgramme.Builder chest =
          SmallGrantsProgramme.builder()
              .id("chest")
              .name("Community Chest")
              .maxGrant(Money.ofPounds(grantsKind == 1 ? 7_500 : 5_000))
              .incomeCap(Money.ofPounds(100_000))
              .capacityBuilding(true)
              .administeredBy("b2")
              .stream("s1")
              .putBudget(
                  first.previous(), Money.ofPence(budget)); // a baseline-year budget: not counted
      int budgetYears = grantsKind == 3 ? 2 : grantsKind == 5 ? 0 : 3;
      for (int y = 0; y < 3; y++) {
        chest.putBudget(first.plusYears(y), Money.ofPence(y < budgetYears ? budget : 0));
      }
      programmes.add(chest.build());
    }
    // Outside capacity building: the rules must ignore it, even though it breaks the ceiling.
    programmes.add(
        SmallGrantsProgramme.builder()
            .id("council-grants")
            .name("Council small grants")
            .maxGrant(Money.ofPounds(10_000))
            .incomeCap(Money.ofPounds(250_000))
            .capacityBuilding(false)
            .putBudget(first, Money.ofPence(budget))
            .build());

    return new Parts(
        area,
        round,
        blocks.build(),
        streams.build(),
        bodies.build(),
        allocations.build(),
        programmes.build());
  }

  /** 40% service delivery, 20% small grants, 10% each of the other four purposes. */
  private static Purpose purpose(int d20) {
    if (d20 < 8) {
      return Purpose.SERVICE_DELIVERY;
    } else if (d20 < 12) {
      return Purpose.SMALL_GRANTS;
    } else if (d20 < 14) {
      return Purpose.CAPACITY_BUILDING;
    } else if (d20 < 16) {
      return Purpose.INFRASTRUCTURE_SUPPORT;
    } else if (d20 < 18) {
      return Purpose.PERFORMANCE_SUPPORT;
    }
    return Purpose.CORE;
  }
}
