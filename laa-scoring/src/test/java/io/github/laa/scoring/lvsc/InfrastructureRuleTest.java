package io.github.laa.scoring.lvsc;

import static io.github.laa.scoring.Fixtures.camden;
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

import io.github.laa.core.FinancialYear;
import io.github.laa.core.InfrastructureProfile;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Purpose;
import io.github.laa.scoring.CohortScorecard;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.ParameterDraw;
import io.github.laa.scoring.Parameters;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Reference;
import io.github.laa.scoring.Reference.Expected;
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
 * R1: worked examples for a single agreement (cohort quartiles are in CohortScorecardTest), and its
 * {@link #CONTRACT} with the shared campaigns, which compares its cohort views too.
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
    LocalAreaAgreement noBaseline =
        camden().infrastructure(InfrastructureProfile.of(Money.ZERO, BigDecimal.ZERO, 1)).build();
    assertThat(score(noBaseline)).isNotAssessedFor("baseline allocations in 2005/06");
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
      if (!weakInfrastructure(laa, p, cohort)) {
        return Expected.of(Verdict.PASS, 100);
      }
      List<FinancialYear> window = baselineWindow(laa, p.get(Policy.BASELINE_YEARS));
      BigInteger before = BigInteger.ZERO;
      for (FinancialYear y : window) {
        if (count(laa, a -> a.year().equals(y)) == 0) {
          return Expected.notAssessed();
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
      if (mean.compareTo(baseline) > 0) {
        return Expected.of(Verdict.PASS, 100);
      }
      return Expected.of(Verdict.FAIL, 0)
          .withMargin(Reference.money(baseline.subtract(mean).add(BigInteger.ONE)));
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
