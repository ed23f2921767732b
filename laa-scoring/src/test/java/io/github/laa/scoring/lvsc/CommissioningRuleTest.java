package io.github.laa.scoring.lvsc;

import static io.github.laa.scoring.Fixtures.Y2006;
import static io.github.laa.scoring.Fixtures.camden;
import static io.github.laa.scoring.Fixtures.camdenAndHackney;
import static io.github.laa.scoring.Fixtures.cohortArea;
import static io.github.laa.scoring.Fixtures.commissioning;
import static io.github.laa.scoring.Fixtures.fiveAreas;
import static io.github.laa.scoring.Fixtures.money;
import static io.github.laa.scoring.Reference.TEN_THOUSAND;
import static io.github.laa.scoring.Reference.big;
import static io.github.laa.scoring.Reference.halfEven;
import static io.github.laa.scoring.Reference.sum;
import static io.github.laa.scoring.testing.LaaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.laa.core.Allocation;
import io.github.laa.core.CommissioningPractice;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.CohortScorecard;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Parameter;
import io.github.laa.scoring.ParameterDraw;
import io.github.laa.scoring.Parameters;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Reference;
import io.github.laa.scoring.Reference.Expected;
import io.github.laa.scoring.Reference.Values;
import io.github.laa.scoring.RuleContract;
import io.github.laa.scoring.Verdict;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * R6: worked examples with the default weights of 20 each, and its {@link #CONTRACT} with the
 * shared campaigns.
 */
public class CommissioningRuleTest {
  /** R6's reference computation, law and parameter draws. */
  public static final RuleContract CONTRACT = new Contract();

  /** Run by JUnit. */
  CommissioningRuleTest() {}

  /** The five weights, in the order of the facts they weigh. */
  private static final List<Parameter<Integer>> WEIGHTS =
      List.of(
          CommissioningRule.WEIGHT_TERMS,
          CommissioningRule.WEIGHT_FULL_COST,
          CommissioningRule.WEIGHT_ADVANCE,
          CommissioningRule.WEIGHT_CONSULTATION,
          CommissioningRule.WEIGHT_NOTICE);

  private static Finding score(Policy p, LocalAreaAgreement laa) {
    return p.score(laa).finding(Lvsc2006.COMMISSIONING_PRACTICE).orElseThrow();
  }

  @Test
  void scoresTheGivenFactsByTheirWeights() {
    // 20 × 50% + 20 × 25% + 20 × 100% + 20 × 8/12 + 20 × 3/3 = 10 + 5 + 20 + 13.33 + 20 = 68.33 →
    // 68.
    Finding f = score(Lvsc2006.policy(), commissioning(8));
    assertThat(f)
        .hasVerdict(Verdict.WARN)
        .hasScore(68)
        .hasEvidence(CommissioningRule.SCORE, 68L)
        .hasEvidence(CommissioningRule.THREE_YEAR_TERMS, CommissioningRule.GIVEN, Percentage.of(50))
        .hasEvidence(
            CommissioningRule.POINTS,
            CommissioningRule.CONSULTATION.name(),
            new BigDecimal("13.33"))
        .hasMargin("The commissioning score must rise by 2 points to pass");
  }

  @Test
  void twelveWeeksOfConsultationEarnTheWholeWeight() {
    // 12 weeks: 10 + 5 + 20 + 20 + 20 = 75, a pass.
    assertThat(score(Lvsc2006.policy(), commissioning(12))).hasVerdict(Verdict.PASS).hasScore(75);
  }

  /**
   * Regression (found by the differential oracle): the score was summed from fractions rounded to
   * ten decimal places, so an exact half could round the wrong way. Weights 2, 4, 4, 9 and 1 (20 in
   * all); full credit at 3 weeks and 1 month; facts: 25% on three-year terms, 0% and 0%, 1 week, 0
   * months. Points: 2 × 0.25 + 9 × 1/3 = 0.5 + 3 = 3.5 of 20, so the score is 100 × 3.5 ÷ 20 = 17.5
   * exactly, which rounds half-even to 18. With 9 × 0.3333333333 = 2.9999999997 the sum was
   * 3.4999999997 and the score 17.
   */
  @Test
  void anExactHalfRoundsHalfEvenWhateverTheWeights() {
    Policy weights =
        Lvsc2006.policy()
            .reform("weights")
            .set(CommissioningRule.WEIGHT_TERMS, 2)
            .set(CommissioningRule.WEIGHT_FULL_COST, 4)
            .set(CommissioningRule.WEIGHT_ADVANCE, 4)
            .set(CommissioningRule.WEIGHT_CONSULTATION, 9)
            .set(CommissioningRule.WEIGHT_NOTICE, 1)
            .set(CommissioningRule.CONSULTATION_WEEKS, 3)
            .set(CommissioningRule.NOTICE_MONTHS, 1)
            .set(CommissioningRule.WARN_SCORE, 18)
            .build();
    LocalAreaAgreement laa =
        camden()
            .commissioning(
                CommissioningPractice.builder()
                    .threeYearTermsShare(Percentage.of(25))
                    .fullCostRecoveryShare(Percentage.ZERO)
                    .paidInAdvanceShare(Percentage.ZERO)
                    .consultationWeeks(1)
                    .noticeMonths(0)
                    .build())
            .build();
    assertThat(score(weights, laa))
        .hasVerdict(Verdict.WARN) // 18 reaches the warning score; 17 would have failed
        .hasEvidence(CommissioningRule.SCORE, 18L)
        .hasEvidence(
            CommissioningRule.POINTS, CommissioningRule.CONSULTATION.name(), new BigDecimal("3.00"))
        .hasEvidence(
            CommissioningRule.POINTS,
            CommissioningRule.THREE_YEAR_TERMS.name(),
            new BigDecimal("0.50"))
        .hasMargin("The commissioning score must rise by 52 points to pass");
  }

  @Test
  void sharesNotGivenComeFromTheAllocationsTerms() {
    // Agreement-year money: £60k on 3-year full-cost terms, £40k annual in advance: 60%, 60%, 40%.
    // 20 × 0.6 + 20 × 0.6 + 20 × 0.4 + 0 (0 weeks) + 20 × 1/3 = 12 + 12 + 8 + 0 + 6.67 = 38.67 →
    // 39.
    LocalAreaAgreement laa =
        camden()
            .addAllocation(
                money("cvs", "nrf", Y2006, "£60k").withTermYears(3).withFullCostRecovery(true))
            .addAllocation(money("club", "nrf", Y2006, "£40k").withPaidInAdvance(true))
            .commissioning(
                CommissioningPractice.builder().consultationWeeks(0).noticeMonths(1).build())
            .build();
    assertThat(score(Lvsc2006.policy(), laa))
        .hasVerdict(Verdict.FAIL)
        .hasScore(39)
        .hasEvidence(
            CommissioningRule.FULL_COST, CommissioningRule.FROM_ALLOCATIONS, Percentage.of(60))
        .hasEvidence(
            CommissioningRule.IN_ADVANCE, CommissioningRule.FROM_ALLOCATIONS, Percentage.of(40))
        .hasMargin("The commissioning score must rise by 1 point to reach a warning");
  }

  @Test
  void weightsAreParameters() {
    // Only consultation counts: 8/12 of 100 = 66.67 → 67.
    Policy consultationOnly =
        Lvsc2006.policy()
            .reform("consultation only")
            .set(CommissioningRule.WEIGHT_TERMS, 0)
            .set(CommissioningRule.WEIGHT_FULL_COST, 0)
            .set(CommissioningRule.WEIGHT_ADVANCE, 0)
            .set(CommissioningRule.WEIGHT_NOTICE, 0)
            .set(CommissioningRule.WEIGHT_CONSULTATION, 1)
            .build();
    assertThat(score(consultationOnly, commissioning(8))).hasScore(67).hasVerdict(Verdict.WARN);
  }

  @Test
  void notAssessedWithoutCommissioningPractice() {
    assertThat(score(Lvsc2006.policy(), camden().build()))
        .isNotAssessedFor("commissioning practice");
  }

  @Test
  void notAssessedWithoutSharesOrMoneyToWorkThemOutFrom() {
    assertThat(
            score(
                Lvsc2006.policy(),
                camden()
                    .commissioning(CommissioningPractice.builder().noticeMonths(3).build())
                    .build()))
        .hasVerdict(Verdict.NOT_ASSESSED);
  }

  @Test
  void notAssessedWithoutConsultationWeeks() {
    LocalAreaAgreement noWeeks =
        camden()
            .commissioning(
                CommissioningPractice.builder()
                    .threeYearTermsShare(Percentage.ZERO)
                    .fullCostRecoveryShare(Percentage.ZERO)
                    .paidInAdvanceShare(Percentage.ZERO)
                    .noticeMonths(3)
                    .build())
            .build();
    assertThat(score(Lvsc2006.policy(), noWeeks)).isNotAssessedFor("consultation weeks");
  }

  @Test
  void theCommissioningBenchmarkRanksSharesTiesAndMeasuresTheGap() {
    // Scores 20, 10, 10, 5, 0: Barnet 1st; Bexley and Brent tie 2nd (by code: E09000003 Barnet,
    // E09000004 Bexley, E09000005 Brent); Bromley 4th; Camden 5th. Quartiles: ⌊4(r−1)/5⌋ + 1.
    CohortScorecard cohort = Lvsc2006.policy().scoreCohort(fiveAreas());
    assertThat(cohort.view(CommissioningRule.BENCHMARK).orElseThrow())
        .extracting(
            e -> e.area().name(),
            BenchmarkEntry::score,
            BenchmarkEntry::rank,
            BenchmarkEntry::quartile,
            BenchmarkEntry::exemplar,
            BenchmarkEntry::gapToBest)
        .containsExactly(
            tuple("Barnet", 20, 1, 1, false, 0),
            tuple("Bexley", 10, 2, 1, false, 10),
            tuple("Brent", 10, 2, 1, false, 10),
            tuple("Bromley", 5, 4, 3, false, 15),
            tuple("Camden", 0, 5, 4, false, 20));
  }

  @Test
  void theCommissioningBenchmarkOrdersByScoreNotByAreaCode() {
    // Left by PIT: in fiveAreas() the scores already fall in area-code order. Here Camden
    // (E09000007) scores 20 × 12 / 12 = 20, Brent (E09000005) 20 × 6 / 12 = 10, Barnet (E09000003)
    // 0. Quartiles of 3: ⌊4(r−1)/3⌋ + 1 = 1, 2, 3.
    CohortScorecard cohort =
        Lvsc2006.policy()
            .scoreCohort(
                List.of(
                    cohortArea("Barnet", 1, "£30k", 1, 1, 1, 0),
                    cohortArea("Brent", 2, "£60k", 2, 2, 2, 6),
                    cohortArea("Camden", 5, "£150k", 3, 3, 3, 12)));
    assertThat(cohort.view(CommissioningRule.BENCHMARK).orElseThrow())
        .extracting(
            e -> e.area().name(),
            BenchmarkEntry::score,
            BenchmarkEntry::rank,
            BenchmarkEntry::quartile,
            BenchmarkEntry::gapToBest)
        .containsExactly(
            tuple("Camden", 20, 1, 1, 0),
            tuple("Brent", 10, 2, 2, 10),
            tuple("Barnet", 0, 3, 3, 20));
  }

  @Test
  void exemplarsAreTopQuartileAreasThatPass() {
    // With a pass mark of 15, Barnet (20) passes and is in the top quartile; Bexley and Brent (10)
    // are in the top quartile but do not pass.
    Policy lowBar =
        Lvsc2006.policy()
            .reform("low bar")
            .set(CommissioningRule.PASS_SCORE, 15)
            .set(CommissioningRule.WARN_SCORE, 5)
            .build();
    assertThat(lowBar.scoreCohort(fiveAreas()).view(CommissioningRule.BENCHMARK).orElseThrow())
        .extracting(e -> e.area().name(), BenchmarkEntry::exemplar)
        .containsExactly(
            tuple("Barnet", true),
            tuple("Bexley", false),
            tuple("Brent", false),
            tuple("Bromley", false),
            tuple("Camden", false));
  }

  @Test
  void theBenchmarkSectionRanksTheAreas() {
    assertThat(Lvsc2006.policy().scoreCohort(fiveAreas()).toText())
        .contains("Commissioning benchmark (R6)");
  }

  @Test
  void theBenchmarkOfACohortWithNoCommissioningFactsIsEmpty() {
    CohortScorecard cohort = Lvsc2006.policy().scoreCohort(camdenAndHackney());
    assertThat(cohort.toText()).contains("\nCommissioning benchmark (R6)\n  (none)\n");
    assertThat(cohort.toMarkdown()).contains("### Commissioning benchmark (R6)\n\n_None._\n");
  }

  @Test
  void hasItsTitle() {
    assertThat(CommissioningRule.INSTANCE.title())
        .isEqualTo("Commissioning practice against the Compact");
  }

  // ---------------------------------------------------------------------------------------------
  // The reference and the contract

  /**
   * The reference commissioning score 0–100, before it is put in its verdict's band; empty if not
   * assessed.
   */
  public static OptionalInt commissioningScore(LocalAreaAgreement laa, Parameters p) {
    if (laa.commissioning().isEmpty()) {
      return OptionalInt.empty();
    }
    CommissioningPractice c = laa.commissioning().get();
    BigInteger money = sum(laa, a -> laa.isAgreementYear(a.year()));
    Percentage terms = share(c.threeYearTermsShare(), laa, a -> a.termYears() >= 3, money);
    Percentage cost = share(c.fullCostRecoveryShare(), laa, Allocation::fullCostRecovery, money);
    Percentage advance = share(c.paidInAdvanceShare(), laa, Allocation::paidInAdvance, money);
    if (terms == null
        || cost == null
        || advance == null
        || c.consultationWeeks().isEmpty()
        || c.noticeMonths().isEmpty()) {
      return OptionalInt.empty();
    }
    // Each fact as an exact fraction num/den of its full weight.
    BigInteger[][] fractions = {
      {big(terms.basisPoints()), TEN_THOUSAND},
      {big(cost.basisPoints()), TEN_THOUSAND},
      {big(advance.basisPoints()), TEN_THOUSAND},
      capped(c.consultationWeeks().getAsInt(), p.get(CommissioningRule.CONSULTATION_WEEKS)),
      capped(c.noticeMonths().getAsInt(), p.get(CommissioningRule.NOTICE_MONTHS))
    };
    // score = 100 × Σ wᵢ·nᵢ/dᵢ ÷ Σ wᵢ, half-even, over a common denominator.
    BigInteger den = BigInteger.ONE;
    for (BigInteger[] f : fractions) {
      den = den.multiply(f[1]);
    }
    BigInteger num = BigInteger.ZERO;
    int weights = 0;
    for (int i = 0; i < 5; i++) {
      int w = p.get(WEIGHTS.get(i));
      num = num.add(big(w).multiply(fractions[i][0]).multiply(den.divide(fractions[i][1])));
      weights += w;
    }
    return OptionalInt.of(
        halfEven(num.multiply(big(100)), den.multiply(big(weights))).intValueExact());
  }

  /**
   * The given share, else money-weighted from the agreement years' allocations, in basis points.
   */
  private static @Nullable Percentage share(
      Optional<Percentage> given,
      LocalAreaAgreement laa,
      Predicate<Allocation> which,
      BigInteger money) {
    if (given.isPresent()) {
      return given.get();
    }
    if (money.signum() == 0) {
      return null;
    }
    BigInteger part = sum(laa, a -> laa.isAgreementYear(a.year()) && which.test(a));
    return Percentage.ofBasisPoints(halfEven(part.multiply(TEN_THOUSAND), money).longValueExact());
  }

  /**
   * The evidence of an assessed finding: each share, given or worked out from the allocations; the
   * weeks and months; each fact's points, weight × fraction half-even to two decimals; and the
   * commissioning score.
   */
  private static Values evidence(LocalAreaAgreement laa, Parameters p, int score) {
    CommissioningPractice c = laa.commissioning().orElseThrow();
    BigInteger money = sum(laa, a -> laa.isAgreementYear(a.year()));
    List<Optional<Percentage>> given =
        List.of(c.threeYearTermsShare(), c.fullCostRecoveryShare(), c.paidInAdvanceShare());
    List<Predicate<Allocation>> which =
        List.of(a -> a.termYears() >= 3, Allocation::fullCostRecovery, Allocation::paidInAdvance);
    String[] facts = {
      "three-year terms",
      "full cost recovery",
      "paid in advance",
      "consultation weeks",
      "notice months"
    };
    Values evidence = new Values();
    BigInteger[][] fractions = new BigInteger[5][];
    for (int i = 0; i < 3; i++) {
      Percentage share = Objects.requireNonNull(share(given.get(i), laa, which.get(i), money));
      evidence.put(facts[i], given.get(i).isPresent() ? "given" : "from allocations", share);
      fractions[i] = new BigInteger[] {big(share.basisPoints()), TEN_THOUSAND};
    }
    int weeks = c.consultationWeeks().orElseThrow();
    int months = c.noticeMonths().orElseThrow();
    evidence.put("consultation weeks", (long) weeks);
    evidence.put("notice months", (long) months);
    fractions[3] = capped(weeks, p.get(CommissioningRule.CONSULTATION_WEEKS));
    fractions[4] = capped(months, p.get(CommissioningRule.NOTICE_MONTHS));
    for (int i = 0; i < 5; i++) {
      BigDecimal points =
          new BigDecimal(big(p.get(WEIGHTS.get(i))).multiply(fractions[i][0]))
              .divide(new BigDecimal(fractions[i][1]), 2, RoundingMode.HALF_EVEN);
      evidence.put("points", facts[i], points);
    }
    evidence.put("commissioning score", (long) score);
    return evidence;
  }

  private static BigInteger[] capped(int value, int full) {
    return value >= full
        ? new BigInteger[] {BigInteger.ONE, BigInteger.ONE}
        : new BigInteger[] {big(value), big(full)};
  }

  private static final class Contract implements RuleContract {
    @Override
    public Expected expected(
        LocalAreaAgreement laa, Parameters p, @Nullable List<LocalAreaAgreement> cohort) {
      OptionalInt raw = commissioningScore(laa, p);
      if (raw.isEmpty()) {
        return Expected.notAssessed();
      }
      int score = raw.getAsInt();
      int pass = p.get(CommissioningRule.PASS_SCORE);
      int warn = p.get(CommissioningRule.WARN_SCORE);
      Verdict v = score >= pass ? Verdict.PASS : score >= warn ? Verdict.WARN : Verdict.FAIL;
      Expected e = Expected.of(v, score).withEvidence(evidence(laa, p, score));
      if (v == Verdict.PASS) {
        return e;
      }
      int next = v == Verdict.WARN ? pass : warn;
      return e.withMargin(next - score == 1 ? "1 point" : (next - score) + " points");
    }

    @Override
    public void verdictAgreesWithEvidence(Finding f) {
      Verdict v = f.verdict();
      long score = f.get(CommissioningRule.SCORE);
      assertThat(score).isBetween(0L, 100L);
      assertThat(f.score()).isEqualTo(Reference.clamp(v, score));
      assertThat(f.margin().isPresent()).isEqualTo(v != Verdict.PASS);
    }

    @Override
    public void drawParameters(ParameterDraw draw) {
      for (Parameter<Integer> w : WEIGHTS) {
        draw.integer(w, 0, 100);
      }
      draw.integer(CommissioningRule.CONSULTATION_WEEKS, 1, Integer.MAX_VALUE);
      draw.integer(CommissioningRule.NOTICE_MONTHS, 1, Integer.MAX_VALUE);
      draw.integer(CommissioningRule.PASS_SCORE, 0, 100);
      draw.integer(CommissioningRule.WARN_SCORE, 0, 100);
    }

    @Override
    public Set<String> rejectedCombinations(Parameters values) {
      Set<String> paths = new TreeSet<>();
      int sum = 0;
      for (Parameter<Integer> w : WEIGHTS) {
        sum += values.get(w);
      }
      if (sum == 0) {
        paths.add("parameters[COMMISSIONING_PRACTICE.weight*]");
      }
      if (values.get(CommissioningRule.WARN_SCORE) > values.get(CommissioningRule.PASS_SCORE)) {
        paths.add("parameters[" + CommissioningRule.WARN_SCORE.id() + "]");
      }
      return paths;
    }
  }
}
