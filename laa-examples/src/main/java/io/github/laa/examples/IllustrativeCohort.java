package io.github.laa.examples;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.Allocation;
import io.github.laa.core.Areas;
import io.github.laa.core.Block;
import io.github.laa.core.BlockInvolvement;
import io.github.laa.core.BlockType;
import io.github.laa.core.CommissioningPractice;
import io.github.laa.core.DeflatorSeries;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.FundingMode;
import io.github.laa.core.FundingStream;
import io.github.laa.core.InfrastructureProfile;
import io.github.laa.core.Involvement;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Outcome;
import io.github.laa.core.Purpose;
import io.github.laa.core.Round;
import io.github.laa.core.SmallGrantsProgramme;
import io.github.laa.core.Stage;
import io.github.laa.core.VcsBody;
import io.github.laa.core.VcsRole;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.NoSuchElementException;

/**
 * An <b>illustrative</b> cohort of ten London boroughs: the two pilots (Greenwich, Hammersmith and
 * Fulham) and eight others. Everything about their voluntary sectors is <b>invented</b> to exercise
 * every rule and verdict; it describes no real borough.
 *
 * <p>The one real figure is the size of each borough's Neighbourhood Renewal Fund allocation for
 * 2005/06, as published in Hansard (HL Deb 8 April 2003, written answer on NRF allocations for
 * 2003–04 to 2005–06). It is recorded in {@link #nrfAllocation(String)}; the VCS allocations from
 * NRF below are invented shares of it. Round membership beyond the pilots, Camden (round 2) and
 * Ealing and Enfield (round 3) is also illustrative.
 *
 * <p>What each borough is designed to show, under {@link
 * io.github.laa.scoring.lvsc.Lvsc2006#policy()}:
 *
 * <ul>
 *   <li>Hammersmith and Fulham — every rule passes in cash, with exemplary commissioning; but VCS
 *       money grows 2% a year, less than inflation, so a real-terms reform turns net loss into a
 *       fail.
 *   <li>Greenwich — the Community Chest, once paid to the VCS directly, is folded into the
 *       council's funds and cut: a net loss of resources (red).
 *   <li>Camden — the other commissioning exemplar: three-year, full-cost, paid-in-advance funding.
 *   <li>Brent — no small grants programme (red).
 *   <li>Hackney — the weakest infrastructure (rating 1) and no extra infrastructure support.
 *   <li>Haringey — a 2% dip in 2007/08: a fail with no tolerance, a warning with 5%.
 *   <li>Barking and Dagenham — money moves from small community groups to one large consortium.
 *   <li>Enfield — the VCS only consulted at the strategic level; no performance-measurement
 *       support.
 *   <li>Croydon — no involvement or commissioning facts recorded; a £10,000 maximum grant; little
 *       infrastructure funding per body.
 *   <li>Ealing (and Enfield) — round 3 (2007/08 to 2009/10): the illustrative deflator series has
 *       no 2009/10 value, so in real terms net loss cannot be assessed; nothing is extrapolated.
 * </ul>
 */
public final class IllustrativeCohort {
  /** Printed with every report built from this cohort. */
  public static final String LABEL =
      "ILLUSTRATIVE DATA: the VCS figures are invented; only NRF allocation sizes are real"
          + " (Hansard).";

  /**
   * HM Treasury's 2004 worked example of the GDP deflator (2002-03 = 100), marked "for illustration
   * only"; values after 2003-04 were forecasts. It has no value for 2009/10 or later.
   */
  public static final DeflatorSeries HMT_2004_ILLUSTRATION =
      DeflatorSeries.builder()
          .name("HMT GDP deflator worked example, 2004 (2002-03 = 100; illustrative)")
          .putIndex(FinancialYear.of(2002), new BigDecimal("100.000"))
          .putIndex(FinancialYear.of(2003), new BigDecimal("102.789"))
          .putIndex(FinancialYear.of(2004), new BigDecimal("105.161"))
          .putIndex(FinancialYear.of(2005), new BigDecimal("107.812"))
          .putIndex(FinancialYear.of(2006), new BigDecimal("110.702"))
          .putIndex(FinancialYear.of(2007), new BigDecimal("113.691"))
          .putIndex(FinancialYear.of(2008), new BigDecimal("116.761"))
          .build();

  private static final ImmutableList<String> NAMES =
      ImmutableList.of(
          "Greenwich",
          "Hammersmith and Fulham",
          "Camden",
          "Brent",
          "Hackney",
          "Haringey",
          "Barking and Dagenham",
          "Enfield",
          "Croydon",
          "Ealing");

  private IllustrativeCohort() {}

  /** The ten agreements, in the order listed in the class description. */
  public static ImmutableList<LocalAreaAgreement> agreements() {
    ImmutableList.Builder<LocalAreaAgreement> out = ImmutableList.builder();
    for (String name : NAMES) {
      out.add(agreement(name));
    }
    return out.build();
  }

  /** The names of the boroughs. */
  public static ImmutableList<String> names() {
    return NAMES;
  }

  /**
   * The Neighbourhood Renewal Fund allocation to the borough for 2005/06 (HL Deb 8 April 2003,
   * written answer: NRF allocations 2003–04, 2004–05 and 2005–06). Real figures.
   *
   * @throws NoSuchElementException for a borough not in the cohort
   */
  public static Money nrfAllocation(String borough) {
    return Money.parse(
        switch (borough) {
          case "Greenwich" -> "£3,881,452";
          case "Hammersmith and Fulham" -> "£1,033,290";
          case "Camden" -> "£4,218,670";
          case "Brent" -> "£2,279,124";
          case "Hackney" -> "£11,765,406";
          case "Haringey" -> "£5,334,814";
          case "Barking and Dagenham" -> "£1,632,728";
          case "Enfield" -> "£1,859,594";
          case "Croydon" -> "£581,248";
          case "Ealing" -> "£917,076";
          default ->
              throw new NoSuchElementException(
                  "no borough " + borough + " in the illustrative cohort");
        });
  }

  /**
   * The agreement of one borough of the cohort.
   *
   * @throws NoSuchElementException for a borough not in the cohort
   */
  public static LocalAreaAgreement agreement(String borough) {
    return switch (borough) {
      case "Hammersmith and Fulham" ->
          borough(borough, Round.PILOT, "£300k", 5).growth(102, 104, 106).exemplaryTerms().build();
      case "Greenwich" ->
          borough(borough, Round.PILOT, "£380k", 4).growth(100, 100, 100).chestCut().build();
      case "Camden" ->
          borough(borough, Round.ROUND_2, "£420k", 5)
              .growth(103, 106, 110)
              .exemplaryTerms()
              .build();
      case "Brent" ->
          borough(borough, Round.ROUND_2, "£260k", 3).growth(101, 103, 105).noSmallGrants().build();
      case "Hackney" ->
          borough(borough, Round.ROUND_2, "£120k", 1)
              .growth(101, 102, 104)
              .flatInfrastructure()
              .build();
      case "Haringey" -> borough(borough, Round.ROUND_2, "£280k", 3).growth(101, 98, 103).build();
      case "Barking and Dagenham" ->
          borough(borough, Round.ROUND_2, "£240k", 2)
              .growth(104, 108, 112)
              .towardsConsortium()
              .build();
      case "Enfield" ->
          borough(borough, Round.ROUND_3, "£250k", 2).growth(102, 104, 106).onlyConsulted().build();
      case "Croydon" ->
          borough(borough, Round.ROUND_2, "£90k", 3).growth(102, 104, 106).factsMissing().build();
      case "Ealing" -> borough(borough, Round.ROUND_3, "£310k", 4).growth(101, 102, 103).build();
      default ->
          throw new NoSuchElementException("no borough " + borough + " in the illustrative cohort");
    };
  }

  private static Borough borough(
      String name, Round round, String infrastructureFunding, int rating) {
    return new Borough(name, round, Money.parse(infrastructureFunding), rating);
  }

  /**
   * Builds one borough: a common shape (blocks, streams, six VCS bodies, baseline allocations in
   * the year before the agreement, some of them shares of the borough's real NRF allocation) with
   * the scenario's changes.
   */
  private static final class Borough {
    private final String name;
    private final Round round;
    private final FinancialYear first;
    private final Money infrastructureFunding;
    private final int rating;
    private final long nrf;
    private int[] growth = {100, 100, 100};
    private boolean chestCut;
    private boolean exemplary;
    private boolean noSmallGrants;
    private boolean flatInfrastructure;
    private boolean consortium;
    private boolean consulted;
    private boolean missing;

    Borough(String name, Round round, Money infrastructureFunding, int rating) {
      this.name = name;
      this.round = round;
      this.first = round.firstYear();
      this.infrastructureFunding = infrastructureFunding;
      this.rating = rating;
      this.nrf = nrfAllocation(name).pence();
    }

    /** VCS money in each agreement year as a percentage of the baseline's. */
    Borough growth(int y1, int y2, int y3) {
      growth = new int[] {y1, y2, y3};
      return this;
    }

    Borough chestCut() {
      chestCut = true;
      return this;
    }

    Borough exemplaryTerms() {
      exemplary = true;
      return this;
    }

    Borough noSmallGrants() {
      noSmallGrants = true;
      return this;
    }

    /** Infrastructure support and core funding stay at the baseline. */
    Borough flatInfrastructure() {
      flatInfrastructure = true;
      return this;
    }

    Borough towardsConsortium() {
      consortium = true;
      return this;
    }

    Borough onlyConsulted() {
      consulted = true;
      return this;
    }

    Borough factsMissing() {
      missing = true;
      return this;
    }

    LocalAreaAgreement build() {
      LocalAreaAgreement.Builder b =
          LocalAreaAgreement.builder().area(Areas.byName(name).orElseThrow()).round(round);
      b.addBlock(
          Block.builder()
              .type(BlockType.CHILDREN_AND_YOUNG_PEOPLE)
              .addOutcome(
                  Outcome.builder()
                      .id("cyp-1")
                      .title("Young people in education, employment or training")
                      .mandatory(true)
                      .build())
              .build());
      b.addBlock(
          Block.builder()
              .type(BlockType.SAFER_AND_STRONGER_COMMUNITIES)
              .addStreams("nrf", "sscf", "chest")
              .addOutcome(
                  Outcome.builder()
                      .id("ssc-1")
                      .title("Reduce crime and the fear of crime")
                      .mandatory(true)
                      .build())
              .addOutcome(
                  Outcome.builder()
                      .id("ssc-2")
                      .title("Empower local people to have a greater voice")
                      .build())
              .build());
      b.addBlock(
          Block.builder()
              .type(BlockType.HEALTHIER_COMMUNITIES_AND_OLDER_PEOPLE)
              .addOutcome(
                  Outcome.builder()
                      .id("hcop-1")
                      .title("Independence of vulnerable older people")
                      .build())
              .build());
      if (round.allowsEconomicDevelopment()) {
        b.addBlock(Block.of(BlockType.ECONOMIC_DEVELOPMENT_AND_ENTERPRISE));
      }
      b.addStream(FundingStream.of("nrf", "Neighbourhood Renewal Fund"));
      b.addStream(
          FundingStream.builder()
              .id("sscf")
              .name("Safer and Stronger Communities Fund")
              .ringFenced(true)
              .build());
      b.addStream(
          FundingStream.builder()
              .id("chest")
              .name("Community Chest")
              .formerlyDirectToVcs(true)
              .build());
      b.addStream(
          FundingStream.builder()
              .id("council")
              .name("Council grants budget")
              .mode(FundingMode.ALIGNED)
              .build());

      b.addBody(body("cvs", name + " CVS", "£450k", VcsRole.INFRASTRUCTURE, false));
      b.addBody(
          body("cen", name + " Community Empowerment Network", "£60k", VcsRole.NETWORK, true));
      b.addBody(body("trust", "Borough Care Trust", "£2.5m", VcsRole.FRONTLINE, false));
      b.addBody(body("youth", "Estate Youth Project", "£40k", VcsRole.FRONTLINE, true));
      b.addBody(body("tenants", "Riverside Tenants' Association", "£6k", VcsRole.FRONTLINE, true));
      b.addBody(
          body("consortium", "Health and Care Consortium", "£1.2m", VcsRole.CONSORTIUM, false));

      // The baseline: the year before the agreement, £410,000 in all.
      year(b, -1, 100, false);
      for (int y = 0; y < 3; y++) {
        year(b, y, growth[y], true);
      }
      if (!noSmallGrants) {
        SmallGrantsProgramme.Builder g =
            SmallGrantsProgramme.builder()
                .id("grants")
                .name(name + " Community Grants")
                .maxGrant(Money.parse(missing ? "£10k" : "£5k"))
                .incomeCap(Money.parse("£100k"))
                .capacityBuilding(true)
                .administeredBy("cvs")
                .stream("chest");
        for (int y = 0; y < 3; y++) {
          g.putBudget(first.plusYears(y), Money.parse(chestCut && y > 0 ? "£10k" : "£40k"));
        }
        b.addSmallGrantsProgramme(g.build());
      }
      if (!missing) {
        Involvement.Builder inv =
            Involvement.builder()
                .strategic(consulted ? InvolvementLevel.CONSULTED : InvolvementLevel.PARTNER)
                .strategicNote(
                    consulted
                        ? "Two VCS observers on the LSP board"
                        : "VCS vice-chair of the LSP board");
        for (Block block : round.allowsEconomicDevelopment() ? fourBlocks() : threeBlocks()) {
          inv.addBlock(
              BlockInvolvement.of(
                  block.id(),
                  Stage.DESIGN,
                  consulted ? InvolvementLevel.CONSULTED : InvolvementLevel.INVOLVED));
          inv.addBlock(BlockInvolvement.of(block.id(), Stage.DELIVERY, InvolvementLevel.PARTNER));
        }
        b.involvement(inv.build());
        b.commissioning(
            CommissioningPractice.builder()
                .consultationWeeks(exemplary ? 12 : consulted ? 4 : 8)
                .noticeMonths(exemplary ? 6 : 3)
                .build());
      }
      // Staff: one full-time post per £40,000 of funding.
      b.infrastructure(
          InfrastructureProfile.of(
              infrastructureFunding,
              BigDecimal.valueOf(infrastructureFunding.pence() / 4_000_000.0)
                  .setScale(1, RoundingMode.HALF_EVEN),
              rating));
      return b.build();
    }

    private static ImmutableList<Block> threeBlocks() {
      return ImmutableList.of(
          Block.of(BlockType.CHILDREN_AND_YOUNG_PEOPLE),
          Block.of(BlockType.SAFER_AND_STRONGER_COMMUNITIES),
          Block.of(BlockType.HEALTHIER_COMMUNITIES_AND_OLDER_PEOPLE));
    }

    private static ImmutableList<Block> fourBlocks() {
      return ImmutableList.<Block>builder()
          .addAll(threeBlocks())
          .add(Block.of(BlockType.ECONOMIC_DEVELOPMENT_AND_ENTERPRISE))
          .build();
    }

    /**
     * One year's allocations. The baseline amounts: CVS core funding £60,000 (council); CVS
     * infrastructure support 1% of the borough's NRF; the network's capacity building £30,000
     * (Community Chest); service delivery by the trust (4% of NRF), the youth project (0.6% of NRF)
     * and the consortium (£100,000, SSCF); small grants to the tenants £5,000; and performance
     * support of 2% of that delivery. An agreement year scales each line by the scenario.
     */
    private void year(LocalAreaAgreement.Builder b, int offset, int percent, boolean agreement) {
      FinancialYear y = first.plusYears(offset);
      boolean cut = chestCut && agreement;
      boolean squeezed = consortium && agreement;
      long trust = nrf * 4 / 100;
      long youth = nrf * 6 / 1000;
      long delivery = trust + youth + 100_000_00L;
      int infra = agreement && !flatInfrastructure ? percent : 100;
      b.addAllocation(line("cvs", "council", y, 60_000_00L, infra, Purpose.CORE));
      b.addAllocation(line("cvs", "nrf", y, nrf / 100, infra, Purpose.INFRASTRUCTURE_SUPPORT));
      b.addAllocation(
          line("cen", "chest", y, 30_000_00L, cut ? 30 : percent, Purpose.CAPACITY_BUILDING));
      b.addAllocation(
          line("trust", "nrf", y, trust, cut ? 80 : percent, Purpose.SERVICE_DELIVERY)
              .withOutcome("ssc-1"));
      b.addAllocation(
          line("youth", "nrf", y, youth, squeezed ? 40 : percent, Purpose.SERVICE_DELIVERY)
              .withOutcome("cyp-1"));
      b.addAllocation(
          line(
                  "consortium",
                  "sscf",
                  y,
                  100_000_00L,
                  squeezed ? 170 : percent,
                  Purpose.SERVICE_DELIVERY)
              .withOutcome("hcop-1"));
      b.addAllocation(
          line("tenants", "chest", y, 5_000_00L, squeezed ? 20 : percent, Purpose.SMALL_GRANTS));
      if (!(consulted && agreement)) {
        b.addAllocation(
            line("cvs", "nrf", y, delivery * 2 / 100, 100, Purpose.PERFORMANCE_SUPPORT));
      }
    }

    /** {@code percent} of {@code baselinePence}, to the whole pound below. */
    private Allocation line(
        String body,
        String stream,
        FinancialYear y,
        long baselinePence,
        int percent,
        Purpose purpose) {
      long pounds = baselinePence * percent / 100 / 100;
      return Allocation.builder().recipient(body).stream(stream)
          .year(y)
          .amount(Money.ofPounds(pounds))
          .purpose(purpose)
          .termYears(exemplary || body.equals("trust") ? 3 : 1)
          .fullCostRecovery(exemplary || body.equals("consortium"))
          .paidInAdvance(exemplary)
          .build();
    }

    private static VcsBody body(
        String id, String name, String income, VcsRole role, boolean community) {
      return VcsBody.builder()
          .id(id)
          .name(name)
          .income(Money.parse(income))
          .role(role)
          .communityBased(community)
          .build();
    }
  }
}
