package io.github.laa.core;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The one source of test data for laa-core's tests: years, a small valid round-2 agreement that
 * tests change one thing at a time ({@link #camden()}), builders of the values around it, the
 * generators the properties draw from, and the readers of what a rejection reported.
 */
public final class Fixtures {
  public static final FinancialYear Y2005 = FinancialYear.of(2005);
  public static final FinancialYear Y2006 = FinancialYear.of(2006);
  public static final FinancialYear Y2007 = FinancialYear.of(2007);
  public static final FinancialYear Y2008 = FinancialYear.of(2008);

  /**
   * 10<sup>2,147,483,648</sup>: {@code new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE)}, a legal
   * {@code BigDecimal} a caller can pass in (found by the bad-input campaign).
   */
  public static final BigDecimal HUGE_DECIMAL = new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE);

  /** 10<sup>−3,000,000</sup>: {@code new BigDecimal(BigInteger.ONE, 3_000_000)}. */
  public static final BigDecimal TINY_DECIMAL = new BigDecimal(BigInteger.ONE, 3_000_000);

  private Fixtures() {}

  // --- values -------------------------------------------------------------------------------

  /** A frontline body {@code id} named "Body id" with the given income. */
  public static VcsBody body(String id, long incomePounds) {
    return VcsBody.builder().id(id).name("Body " + id).income(Money.ofPounds(incomePounds)).build();
  }

  /** "club": a community-based micro body with an income of £5,000. */
  public static VcsBody communityClub() {
    return VcsBody.builder()
        .id("club")
        .name("Club")
        .income(Money.ofPounds(5_000))
        .communityBased(true)
        .build();
  }

  /** Service delivery of {@code pounds} of NRF to {@code recipient} in {@code year}. */
  public static Allocation allocation(String recipient, FinancialYear year, long pounds) {
    return Allocation.builder().recipient(recipient).stream("nrf")
        .year(year)
        .amount(Money.ofPounds(pounds))
        .purpose(Purpose.SERVICE_DELIVERY)
        .build();
  }

  /** A 2008/09 target with the given baseline, target value and stretch. */
  public static Target target(String baseline, String value, String stretch) {
    return Target.builder()
        .year(Y2008)
        .baseline(new BigDecimal(baseline))
        .value(new BigDecimal(value))
        .stretch(new BigDecimal(stretch))
        .build();
  }

  // --- agreements ---------------------------------------------------------------------------

  /**
   * Camden, round 2 (2006/07 to 2008/09): blocks SSC (NRF, outcome ssc-1 with one 2008/09 target)
   * and CYP; streams nrf (in the agreement) and chest (not, formerly direct to the VCS); bodies cvs
   * (£450,000, medium) and youth (£60,000, small); £40,000 of NRF to cvs in 2005/06 and £12,000 to
   * youth in 2006/07; a small grants programme administered by cvs; involvement, infrastructure and
   * commissioning practice set.
   */
  public static LocalAreaAgreement.Builder camden() {
    return LocalAreaAgreement.builder()
        .area(Areas.byName("Camden").orElseThrow())
        .round(Round.ROUND_2)
        .addBlock(
            Block.builder()
                .type(BlockType.SAFER_AND_STRONGER_COMMUNITIES)
                .addStream("nrf")
                .addOutcome(
                    Outcome.builder()
                        .id("ssc-1")
                        .title("Reduce crime")
                        .mandatory(true)
                        .addIndicator(
                            Indicator.builder()
                                .code("SSC 1")
                                .description("Recorded crime per 1,000 people")
                                .addTarget(
                                    Target.builder()
                                        .year(Y2008)
                                        .baseline(new BigDecimal("120"))
                                        .value(new BigDecimal("105"))
                                        .stretch(new BigDecimal("100"))
                                        .build())
                                .build())
                        .build())
                .build())
        .addBlock(Block.of(BlockType.CHILDREN_AND_YOUNG_PEOPLE))
        .addStream(FundingStream.of("nrf", "Neighbourhood Renewal Fund"))
        .addStream(
            FundingStream.builder()
                .id("chest")
                .name("Community Chest")
                .formerlyDirectToVcs(true)
                .build())
        .addBody(body("cvs", 450_000))
        .addBody(body("youth", 60_000))
        .addAllocation(allocation("cvs", Y2005, 40_000))
        .addAllocation(allocation("youth", Y2006, 12_000))
        .addSmallGrantsProgramme(
            SmallGrantsProgramme.builder()
                .id("grants")
                .name("Community grants")
                .putBudget(Y2006, Money.ofPounds(50_000))
                .maxGrant(Money.ofPounds(5_000))
                .incomeCap(Money.ofPounds(100_000))
                .capacityBuilding(true)
                .administeredBy("cvs")
                .build())
        .involvement(
            Involvement.builder()
                .strategic(InvolvementLevel.PARTNER)
                .addBlock(BlockInvolvement.of("SSC", Stage.DESIGN, InvolvementLevel.INVOLVED))
                .build())
        .infrastructure(InfrastructureProfile.of(Money.ofPounds(300_000), new BigDecimal("6.5"), 3))
        .commissioning(
            CommissioningPractice.builder().consultationWeeks(12).noticeMonths(3).build());
  }

  /**
   * A new (2008) LAA for Camden with one CYP outcome holding {@code improvement} improvement
   * targets and {@code statutory} statutory ones (one 2008/09 target per indicator), and one more
   * indicator without targets, which counts towards neither limit.
   */
  public static LocalAreaAgreement newLaaWithTargets(int improvement, int statutory) {
    Outcome.Builder o = Outcome.builder().id("o").title("Targets");
    for (int i = 0; i < improvement + statutory; i++) {
      o.addIndicator(
          Indicator.builder()
              .code("NI " + i)
              .description("Indicator " + i)
              .statutory(i >= improvement)
              .addTarget(
                  Target.builder()
                      .year(Y2008)
                      .baseline(BigDecimal.ONE)
                      .value(BigDecimal.TEN)
                      .build())
              .build());
    }
    o.addIndicator(Indicator.builder().code("NI none").description("No targets").build());
    return LocalAreaAgreement.builder()
        .area(Areas.byName("Camden").orElseThrow())
        .round(Round.NEW_LAA_2008)
        .addBlock(
            Block.builder().type(BlockType.CHILDREN_AND_YOUNG_PEOPLE).addOutcome(o.build()).build())
        .build();
  }

  // --- generators ---------------------------------------------------------------------------

  /** Every long, with the edges and small values over-represented. */
  public static final Gen<Long> PENCE =
      longs()
          .all()
          .mix(longs().between(-1_000_000, 1_000_000), 30)
          .mix(Generate.pick(List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 1L)), 10);

  /** Basis points that {@link Percentage#parse} can read: up to 15 digits before the point. */
  public static final Gen<Long> READABLE_BASIS_POINTS =
      longs()
          .between(-99_999_999_999_999_99L, 99_999_999_999_999_99L)
          .mix(longs().between(-100_000, 100_000), 40)
          .mix(Generate.pick(List.of(0L, 1L, -1L, 10_000L)), 10);

  /** Incomes in pence near every size band boundary, and anywhere. */
  public static final Gen<Long> INCOME_PENCE =
      Generate.pick(List.of(10_000_00L, 100_000_00L, 1_000_000_00L, 10_000_000_00L))
          .zip(longs().between(-3, 3), Long::sum)
          .mix(longs().between(0, Long.MAX_VALUE), 50);

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

  /**
   * Random valid agreements: any round, any London area, blocks SSC (s0, s1) and CYP (s2) (and EDE
   * where the round allows it), streams s0 to s3, one to six bodies b0… and up to 40 allocations to
   * them, from any stream or none, in the agreement's years or up to four years before.
   */
  public static final Gen<LocalAreaAgreement> VALID_AGREEMENTS =
      Generate.enumValues(Round.class)
          .zip(
              integers().between(0, 32),
              integers().between(1, 6),
              lists().of(DRAW).ofSizeBetween(0, 40),
              Fixtures::agreement);

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
      b.addBody(body("b" + i, 5_000L * i * i * i));
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

  // --- what a rejection reported ------------------------------------------------------------

  /**
   * The problems, as {@code "path: message"}, of the {@link InvalidDataException} that {@code call}
   * throws; fails if it throws nothing or anything else.
   */
  public static List<String> problems(ThrowingCallable call) {
    return rejection(call).problems().stream().map(Problem::toString).toList();
  }

  /** The paths of the problems of the {@link InvalidDataException} that {@code call} throws. */
  public static List<String> paths(ThrowingCallable call) {
    return rejection(call).problems().stream().map(Problem::path).toList();
  }

  private static InvalidDataException rejection(ThrowingCallable call) {
    try {
      call.call();
    } catch (InvalidDataException e) {
      return e;
    } catch (Throwable t) {
      throw new AssertionError("expected InvalidDataException but got " + t, t);
    }
    throw new AssertionError("expected InvalidDataException but nothing was thrown");
  }
}
