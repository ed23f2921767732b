package io.github.laa.scoring.lvsc;

import static io.github.laa.scoring.Fixtures.camden;
import static io.github.laa.scoring.Fixtures.camdenAndHackney;
import static io.github.laa.scoring.Fixtures.cohortArea;
import static io.github.laa.scoring.Fixtures.fiveAreas;
import static io.github.laa.scoring.Fixtures.infrastructureFunded;
import static io.github.laa.scoring.Fixtures.infrastructureSupport;
import static io.github.laa.scoring.Reference.baselineWindow;
import static io.github.laa.scoring.Reference.big;
import static io.github.laa.scoring.Reference.count;
import static io.github.laa.scoring.Reference.halfEven;
import static io.github.laa.scoring.Reference.sum;
import static io.github.laa.scoring.RuleContract.checks;
import static io.github.laa.scoring.RuleContract.marginMoney;
import static io.github.laa.scoring.testing.LaaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Offset.offset;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.laa.core.Areas;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.InfrastructureProfile;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Purpose;
import io.github.laa.scoring.CohortScorecard;
import io.github.laa.scoring.Evidence;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.ParameterDraw;
import io.github.laa.scoring.Parameters;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Reference;
import io.github.laa.scoring.Reference.Expected;
import io.github.laa.scoring.Reference.Values;
import io.github.laa.scoring.RuleContract;
import io.github.laa.scoring.Scorecard;
import io.github.laa.scoring.Verdict;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * R1: worked examples for a single agreement and in a cohort, its cohort views (the correlations
 * and the targeting list), and its {@link #CONTRACT} with the shared campaigns, which compares its
 * views too.
 */
public class InfrastructureRuleTest {
  /** R1's reference computation, law, cohort comparisons and parameter draws. */
  public static final RuleContract CONTRACT = new Contract();

  /** Run by JUnit. */
  InfrastructureRuleTest() {}

  private static Finding score(LocalAreaAgreement laa) {
    return Lvsc2006.policy().score(laa).finding(Lvsc2006.INFRASTRUCTURE_TARGETING).orElseThrow();
  }

  @Test
  void weakInfrastructureWithMoreSupportPasses() {
    // Rating 2 ≤ 2: weak. Mean (£12k + £12k + £12k) / 3 = £12k > £10k.
    assertThat(score(infrastructureSupport(2, "£12k", "£12k", "£12k")))
        .hasVerdict(Verdict.PASS)
        .hasEvidence(InfrastructureRule.WEAK, true)
        .hasEvidence(InfrastructureRule.BASELINE_SUPPORT, Money.parse("£10k"))
        .hasEvidence(InfrastructureRule.AGREEMENT_SUPPORT, Money.parse("£12k"))
        // £90,000 for 3 bodies.
        .hasEvidence(InfrastructureRule.FUNDING_PER_BODY, Money.parse("£30k"));
  }

  @Test
  void weakInfrastructureWithoutARiseFails() {
    // Mean (£8k + £10k + £12k) / 3 = £10k: not above the £10k baseline; a penny more would be.
    assertThat(score(infrastructureSupport(1, "£8k", "£10k", "£12k")))
        .hasVerdict(Verdict.FAIL)
        .hasScore(0)
        .hasMargin(
            "Mean yearly infrastructure support over the agreement must rise by £0.01 to rise above the baseline");
  }

  @Test
  void infrastructureThatIsNotWeakNeedsNothing() {
    Finding f = score(infrastructureSupport(3, "£0", "£0", "£0"));
    assertThat(f)
        .hasVerdict(Verdict.PASS)
        .hasScore(100)
        .hasEvidence(InfrastructureRule.WEAK, false);
    assertThat(f.entry(InfrastructureRule.RATING).orElseThrow().check()).contains(Verdict.PASS);
  }

  @Test
  void notAssessedWithoutAProfile() {
    assertThat(score(camden().build())).isNotAssessedFor("infrastructure profile");
  }

  @Test
  void weakInfrastructureIsNotAssessedWithoutBaselineAllocations() {
    LocalAreaAgreement noBaseline =
        camden().infrastructure(InfrastructureProfile.of(Money.ZERO, BigDecimal.ZERO, 1)).build();
    assertThat(score(noBaseline)).isNotAssessedFor("baseline allocations in 2005/06");
  }

  // ---------------------------------------------------------------------------------------------
  // In a cohort

  /** Camden: £300k of infrastructure funding for 3 bodies; Hackney: £30k. Both rated 4. */
  private static List<LocalAreaAgreement> strongAndWeak(String hackneySupport2006) {
    return List.of(
        infrastructureFunded("£300k", "£2k"),
        infrastructureFunded("£30k", hackneySupport2006)
            .withArea(Areas.byName("Hackney").orElseThrow()));
  }

  private static Finding inCohort(List<LocalAreaAgreement> cohort, LocalAreaAgreement laa) {
    return Lvsc2006.policy()
        .scoreCohort(cohort)
        .scorecard(laa.area().code())
        .orElseThrow()
        .finding(Lvsc2006.INFRASTRUCTURE_TARGETING)
        .orElseThrow();
  }

  @Test
  void theCohortQuartileIsACheckThatWarnsInTheWeakestQuartile() {
    List<LocalAreaAgreement> cohort = strongAndWeak("£2k");
    assertThat(inCohort(cohort, cohort.get(0)).entry(InfrastructureRule.COHORT_QUARTILE))
        .flatMap(Evidence::check)
        .contains(Verdict.PASS);
    assertThat(inCohort(cohort, cohort.get(1)).entry(InfrastructureRule.COHORT_QUARTILE))
        .flatMap(Evidence::check)
        .contains(Verdict.WARN);
  }

  @Test
  void weakInTheCohortWithoutARiseInSupportFails() {
    // Hackney is weak, and its support went from £1k to a mean of £666.67 — below: FAIL.
    List<LocalAreaAgreement> cohort = strongAndWeak("£2k");
    Finding hackney = inCohort(cohort, cohort.get(1));
    assertThat(hackney.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(hackney.entry(InfrastructureRule.AGREEMENT_SUPPORT).orElseThrow().check())
        .contains(Verdict.FAIL);
  }

  @Test
  void weakInTheCohortWithARiseInSupportPasses() {
    // £9k in 2006/07: a mean of £3,000 against the £1k baseline.
    List<LocalAreaAgreement> cohort = strongAndWeak("£9k");
    Finding raised = inCohort(cohort, cohort.get(1));
    assertThat(raised.verdict()).isEqualTo(Verdict.PASS);
    assertThat(raised.entry(InfrastructureRule.AGREEMENT_SUPPORT).orElseThrow().check())
        .contains(Verdict.PASS);
  }

  @Test
  void aRatingThreeAreaInTheWeakestQuartileIsWeakOnlyInTheCohort() {
    List<LocalAreaAgreement> areas =
        List.of(
            cohortArea("Barnet", 3, "£3k", 3, 3, 3, 12),
            cohortArea("Brent", 4, "£60k", 3, 3, 3, 12),
            cohortArea("Bexley", 4, "£90k", 3, 3, 3, 12),
            cohortArea("Bromley", 4, "£120k", 3, 3, 3, 12));
    assertThat(Lvsc2006.policy().score(areas.get(0)).verdict(Lvsc2006.INFRASTRUCTURE_TARGETING))
        .isEqualTo(Verdict.PASS);
    Scorecard inCohort = Lvsc2006.policy().scoreCohort(areas).scorecard("E09000003").orElseThrow();
    assertThat(inCohort.verdict(Lvsc2006.INFRASTRUCTURE_TARGETING)).isEqualTo(Verdict.FAIL);
    assertThat(
            inCohort
                .finding(Lvsc2006.INFRASTRUCTURE_TARGETING)
                .orElseThrow()
                .get(InfrastructureRule.COHORT_QUARTILE))
        .isEqualTo(1L);
  }

  @Test
  void theTargetingListPutsTheWeakestFirstWithTheirQuartile() {
    CohortScorecard cohort = Lvsc2006.policy().scoreCohort(fiveAreas());
    // Weak by rating: Barnet (1), Bexley (2), Brent (2). Weakest funding quartile (⌊4(r−1)/5⌋ + 1 =
    // 1 for ranks 1 and 2): Barnet (£10k), Brent (£20k). Order: rating, then funding per body.
    assertThat(cohort.view(InfrastructureRule.TARGETING).orElseThrow())
        .extracting(
            e -> e.area().name(),
            TargetingEntry::rating,
            e -> e.fundingPerBody().orElseThrow(),
            TargetingEntry::quartile)
        .containsExactly(
            tuple("Barnet", 1, Money.parse("£10k"), OptionalInt.of(1)),
            tuple("Brent", 2, Money.parse("£20k"), OptionalInt.of(1)),
            tuple("Bexley", 2, Money.parse("£30k"), OptionalInt.of(2)));
  }

  @Test
  void theTargetingListGivesEachAreasVerdict() {
    // Support stayed at £10k against a £10k baseline: every weak area fails R1.
    assertThat(
            Lvsc2006.policy()
                .scoreCohort(fiveAreas())
                .view(InfrastructureRule.TARGETING)
                .orElseThrow())
        .extracting(TargetingEntry::verdict)
        .containsOnly(Verdict.FAIL);
  }

  @Test
  void theWeakestAreaOfTheCohortIsInTheFirstQuartile() {
    CohortScorecard cohort = Lvsc2006.policy().scoreCohort(fiveAreas());
    assertThat(
            cohort
                .scorecard(Areas.byName("Barnet").orElseThrow().code())
                .orElseThrow()
                .finding(Lvsc2006.INFRASTRUCTURE_TARGETING)
                .orElseThrow()
                .find(InfrastructureRule.COHORT_QUARTILE))
        .contains(1L);
  }

  @Test
  void spearmanWithTiesMatchesTheHandComputation() {
    // x = ratings [1, 2, 2, 3, 5] → average ranks [1, 2.5, 2.5, 4, 5].
    // y = ladder [20, 40, 27, 60, 60] → ranks [1, 3, 2, 4.5, 4.5].
    // Deviations from the mean rank 3: dx [-2, -.5, -.5, 1, 2], dy [-2, 0, -1, 1.5, 1.5].
    // Σdxdy = 4 + 0 + .5 + 1.5 + 3 = 9; Σdx² = 9.5; Σdy² = 9.5; ρ = 9 / 9.5 = 0.947368…
    CohortScorecard cohort = Lvsc2006.policy().scoreCohort(fiveAreas());
    Correlation rating = cohort.view(InfrastructureRule.CORRELATIONS).orElseThrow().get(0);
    assertThat(rating.n()).isEqualTo(5);
    assertThat(rating.rho().getAsDouble()).isCloseTo(9 / 9.5, offset(1e-12));
    assertThat(rating)
        .hasToString("infrastructure rating vs involvement ladder score: ρ = 0.947 (n = 5)");
    // Funding per body £10k…£50k → ranks [1..5], dx [-2, -1, 0, 1, 2], Σdx² = 10;
    // Σdxdy = 4 + 0 + 0 + 1.5 + 3 = 8.5; ρ = 8.5 / √(10 × 9.5) = 0.872082…
    Correlation funding = cohort.view(InfrastructureRule.CORRELATIONS).orElseThrow().get(1);
    assertThat(funding.rho().getAsDouble()).isCloseTo(8.5 / Math.sqrt(95), offset(1e-12));
    assertThat(funding.rhoText()).isEqualTo("0.872");
  }

  @Test
  void theCorrelationsAndTargetingSectionsShowEveryFigure() {
    assertThat(Lvsc2006.policy().scoreCohort(fiveAreas()).toText())
        .contains("  infrastructure rating vs involvement ladder score: ρ = 0.947 (n = 5)")
        .contains("Targeting list (R1): extra infrastructure resources recommended, weakest first");
  }

  @Test
  void aCohortWithoutProfilesHasEmptySections() {
    assertThat(Lvsc2006.policy().scoreCohort(camdenAndHackney()).toText())
        .contains("\nInfrastructure and involvement (R1)\n  ")
        .contains(
            "\nTargeting list (R1): extra infrastructure resources recommended, weakest first\n  (none)\n");
  }

  @Test
  void hasItsTitle() {
    assertThat(InfrastructureRule.INSTANCE.title())
        .isEqualTo("Extra resources where VCS infrastructure is weakest");
  }

  // ---------------------------------------------------------------------------------------------
  // The reference and the contract

  /**
   * Infrastructure funding per VCS body, half-even to the penny; null without profile or bodies.
   */
  private static @Nullable BigInteger fundingPerBody(LocalAreaAgreement laa) {
    if (laa.infrastructure().isEmpty() || laa.bodies().isEmpty()) {
      return null;
    }
    return halfEven(
        big(laa.infrastructure().get().annualFunding().pence()), big(laa.bodies().size()));
  }

  /**
   * The quartile (1 = least funding per body) of {@code laa} in {@code cohort}: rank = 1 + the
   * number of areas with strictly less, quartile = ⌊4(rank − 1) ÷ n⌋ + 1 over the n areas that have
   * a figure. Null if {@code laa} has none.
   */
  private static @Nullable Integer quartile(
      LocalAreaAgreement laa, List<LocalAreaAgreement> cohort) {
    BigInteger mine = fundingPerBody(laa);
    if (mine == null) {
      return null;
    }
    int n = 0;
    int less = 0;
    for (LocalAreaAgreement other : cohort) {
      BigInteger theirs = fundingPerBody(other);
      if (theirs != null) {
        n++;
        if (theirs.compareTo(mine) < 0) {
          less++;
        }
      }
    }
    return 4 * less / n + 1;
  }

  /** Whether R1 calls {@code laa}'s infrastructure weak (null cohort: scored alone). */
  private static boolean weakInfrastructure(
      LocalAreaAgreement laa, Parameters p, @Nullable List<LocalAreaAgreement> cohort) {
    InfrastructureProfile profile = laa.infrastructure().orElseThrow();
    if (profile.qualityRating() <= p.get(InfrastructureRule.RATING_THRESHOLD)) {
      return true;
    }
    if (cohort == null) {
      return false;
    }
    Integer q = quartile(laa, cohort);
    return q != null && q == 1;
  }

  private static final class Contract implements RuleContract {
    @Override
    public Expected expected(
        LocalAreaAgreement laa, Parameters p, @Nullable List<LocalAreaAgreement> cohort) {
      if (laa.infrastructure().isEmpty()) {
        return Expected.notAssessed();
      }
      // The evidence recorded with a profile: the rating, funding per body, the cohort quartile
      // and whether the infrastructure is weak.
      Values evidence = new Values();
      evidence.put("quality rating", (long) laa.infrastructure().get().qualityRating());
      BigInteger perBody = fundingPerBody(laa);
      if (perBody != null) {
        evidence.put("infrastructure funding per VCS body", Reference.money(perBody));
      }
      @Nullable Integer q = cohort == null ? null : quartile(laa, cohort);
      if (q != null) {
        evidence.put("cohort quartile of funding per body", (long) q);
      }
      boolean weak = weakInfrastructure(laa, p, cohort);
      evidence.put("weak infrastructure", weak);
      if (!weak) {
        return Expected.of(Verdict.PASS, 100).withEvidence(evidence);
      }
      List<FinancialYear> window = baselineWindow(laa, p.get(Policy.BASELINE_YEARS));
      BigInteger before = BigInteger.ZERO;
      for (FinancialYear y : window) {
        if (count(laa, a -> a.year().equals(y)) == 0) {
          return Expected.notAssessed().withEvidence(evidence);
        }
        before =
            before.add(
                sum(laa, a -> a.year().equals(y) && a.purpose() == Purpose.INFRASTRUCTURE_SUPPORT));
      }
      BigInteger during =
          sum(
              laa,
              a -> laa.isAgreementYear(a.year()) && a.purpose() == Purpose.INFRASTRUCTURE_SUPPORT);
      // Both yearly means in whole pence, half-even, as the evidence shows them.
      BigInteger baseline = halfEven(before, big(window.size()));
      BigInteger mean = halfEven(during, big(laa.years().size()));
      evidence.put("infrastructure support, baseline", Reference.money(baseline));
      evidence.put("infrastructure support, agreement mean", Reference.money(mean));
      if (mean.compareTo(baseline) > 0) {
        return Expected.of(Verdict.PASS, 100).withEvidence(evidence);
      }
      return Expected.of(Verdict.FAIL, 0)
          .withMargin(Reference.money(baseline.subtract(mean).add(BigInteger.ONE)))
          .withEvidence(evidence);
    }

    @Override
    public void compareCohort(
        CohortScorecard scored, Parameters p, List<LocalAreaAgreement> cohort) {
      for (Scorecard card : scored.scorecards()) {
        compareQuartileEvidence(card, cohort);
      }
      compareTargetingList(scored, p, cohort);
      compareCorrelations(scored, cohort);
    }

    private static void compareQuartileEvidence(Scorecard card, List<LocalAreaAgreement> cohort) {
      Finding r1 = card.finding(Lvsc2006.INFRASTRUCTURE_TARGETING).orElseThrow();
      if (r1.verdict() == Verdict.NOT_ASSESSED) {
        return;
      }
      Integer q = quartile(card.agreement(), cohort);
      Optional<Long> evidence = r1.find(InfrastructureRule.COHORT_QUARTILE);
      if (q == null) {
        assertThat(evidence).isEmpty();
      } else {
        assertThat(evidence.orElseThrow()).isEqualTo((long) q);
      }
    }

    /** The weak areas (by rating or quartile), weakest first: rating, funding per body, code. */
    private static void compareTargetingList(
        CohortScorecard scored, Parameters p, List<LocalAreaAgreement> cohort) {
      List<LocalAreaAgreement> weak = new ArrayList<>();
      for (LocalAreaAgreement laa : cohort) {
        if (laa.infrastructure().isPresent() && weakInfrastructure(laa, p, cohort)) {
          weak.add(laa);
        }
      }
      weak.sort(
          Comparator.comparingInt(
                  (LocalAreaAgreement a) -> a.infrastructure().orElseThrow().qualityRating())
              .thenComparing(
                  a -> {
                    BigInteger f = fundingPerBody(a);
                    return f == null ? BigInteger.valueOf(Long.MAX_VALUE) : f;
                  })
              .thenComparing(a -> a.area().code()));
      assertThat(scored.view(InfrastructureRule.TARGETING).orElseThrow())
          .extracting(e -> e.area().code())
          .containsExactlyElementsOf(weak.stream().map(a -> a.area().code()).toList());
      for (TargetingEntry e : scored.view(InfrastructureRule.TARGETING).orElseThrow()) {
        LocalAreaAgreement laa =
            cohort.stream().filter(a -> a.area().equals(e.area())).findFirst().orElseThrow();
        BigInteger perBody = fundingPerBody(laa);
        assertThat(e.fundingPerBody().map(Money::pence).orElse(-1L))
            .isEqualTo(perBody == null ? -1L : perBody.longValueExact());
      }
    }

    private static void compareCorrelations(
        CohortScorecard scored, List<LocalAreaAgreement> cohort) {
      List<long[]> rating = new ArrayList<>();
      List<long[]> funding = new ArrayList<>();
      for (LocalAreaAgreement laa : cohort) {
        OptionalInt ladder = InvolvementRuleTest.ladderScore(laa);
        if (ladder.isEmpty() || laa.infrastructure().isEmpty()) {
          continue;
        }
        rating.add(new long[] {laa.infrastructure().get().qualityRating(), ladder.getAsInt()});
        BigInteger perBody = fundingPerBody(laa);
        if (perBody != null) {
          funding.add(new long[] {perBody.longValueExact(), ladder.getAsInt()});
        }
      }
      List<Correlation> engine = scored.view(InfrastructureRule.CORRELATIONS).orElseThrow();
      assertThat(engine).hasSize(2);
      assertSame(engine.get(0), rating);
      assertSame(engine.get(1), funding);
    }

    private static void assertSame(Correlation c, List<long[]> pairs) {
      assertThat(c.n()).isEqualTo(pairs.size());
      OptionalDouble expected = Reference.spearman(pairs);
      assertThat(c.rho().isPresent())
          .as("rho present for %s", c.x())
          .isEqualTo(expected.isPresent());
      if (expected.isPresent()) {
        assertThat(c.rho().getAsDouble()).isCloseTo(expected.getAsDouble(), within(1e-9));
      }
    }

    @Override
    public void verdictAgreesWithEvidence(Finding f) {
      Verdict v = f.verdict();
      boolean weak = f.get(InfrastructureRule.WEAK);
      boolean weakRating = checks(f, InfrastructureRule.RATING).contains(Verdict.WARN);
      boolean weakQuartile = checks(f, InfrastructureRule.COHORT_QUARTILE).contains(Verdict.WARN);
      assertThat(weak).isEqualTo(weakRating || weakQuartile);
      List<Verdict> support = checks(f, InfrastructureRule.AGREEMENT_SUPPORT);
      assertThat(v).isEqualTo(weak && support.contains(Verdict.FAIL) ? Verdict.FAIL : Verdict.PASS);
      if (v == Verdict.FAIL) {
        Money baseline = f.get(InfrastructureRule.BASELINE_SUPPORT);
        Money mean = f.get(InfrastructureRule.AGREEMENT_SUPPORT);
        // Rising by the margin takes the mean just above the baseline.
        assertThat(mean.plus(marginMoney(f, Margin.Direction.MUST_RISE)))
            .isEqualTo(baseline.plus(Money.ofPence(1)));
      }
    }

    @Override
    public Set<Verdict> verdictsOfGeneratedAgreements() {
      // R1 never warns.
      return EnumSet.of(Verdict.PASS, Verdict.FAIL, Verdict.NOT_ASSESSED);
    }

    @Override
    public void drawParameters(ParameterDraw draw) {
      draw.integer(InfrastructureRule.RATING_THRESHOLD, 1, 5);
    }
  }
}
