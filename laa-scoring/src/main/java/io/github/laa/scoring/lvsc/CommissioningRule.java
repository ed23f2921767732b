package io.github.laa.scoring.lvsc;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.Area;
import io.github.laa.core.CommissioningPractice;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Percentage;
import io.github.laa.core.Problem;
import io.github.laa.scoring.AgreementFacts;
import io.github.laa.scoring.Chart;
import io.github.laa.scoring.CohortScorecard;
import io.github.laa.scoring.CohortView;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Key;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.Monotonicity;
import io.github.laa.scoring.Parameter;
import io.github.laa.scoring.Parameters;
import io.github.laa.scoring.RuleInput;
import io.github.laa.scoring.Scorecard;
import io.github.laa.scoring.Section;
import io.github.laa.scoring.Severity;
import io.github.laa.scoring.TippingPoint;
import io.github.laa.scoring.Verdict;
import io.github.laa.scoring.internal.Aggregate;
import io.github.laa.scoring.internal.Ranks;
import io.github.laa.scoring.internal.Reads;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Recommendation R6: benchmark commissioning practice across LAAs — the "Centre of Excellence"
 * ({@link Lvsc2006#COMMISSIONING_PRACTICE}).
 *
 * <p>A score from 0 to 100 from five Compact-style facts, each worth its weight (default 20 each,
 * so 100 in all) times how far it goes:
 *
 * <ul>
 *   <li>share of VCS funding on terms of three years or more (× share);
 *   <li>share at full cost recovery (× share);
 *   <li>share paid in advance (× share);
 *   <li>consultation weeks (× min(1, weeks ÷ 12), the code of practice's 12 weeks);
 *   <li>months' notice of funding changes (× min(1, months ÷ 3)).
 * </ul>
 *
 * <p>The three shares come from the agreement's {@link CommissioningPractice} when given, else from
 * the terms of its allocations in the agreement years (money-weighted). Weeks and months must be
 * given: without them, or without any money to work a share out from, the finding is {@link
 * Verdict#NOT_ASSESSED}. The score is rounded half-even; at least {@link #PASS_SCORE} (70) passes,
 * at least {@link #WARN_SCORE} (40) warns, less fails. Margin: the points needed to reach the next
 * verdict. The finding's score is the commissioning score moved into the verdict's band (with a
 * pass score below 70, a passing commissioning score of 55 is a finding score of 70); the evidence
 * {@link #SCORE} keeps the commissioning score itself. Across a cohort the rule contributes {@link
 * #BENCHMARK}, which ranks the areas by this score.
 */
@Reads(Aggregate.TERMS)
public final class CommissioningRule extends BuiltInRule {
  /** Weight of the share on three-year (or longer) terms (default 20). */
  public static final Parameter<Integer> WEIGHT_TERMS =
      weight("weightThreeYearTerms", "three-year terms");

  /** Weight of the share at full cost recovery (default 20). */
  public static final Parameter<Integer> WEIGHT_FULL_COST =
      weight("weightFullCostRecovery", "full cost recovery");

  /** Weight of the share paid in advance (default 20). */
  public static final Parameter<Integer> WEIGHT_ADVANCE =
      weight("weightPaidInAdvance", "payment in advance");

  /** Weight of consultation length (default 20). */
  public static final Parameter<Integer> WEIGHT_CONSULTATION =
      weight("weightConsultation", "consultation length");

  /** Weight of notice of funding changes (default 20). */
  public static final Parameter<Integer> WEIGHT_NOTICE =
      weight("weightNotice", "notice of funding changes");

  /** Consultation weeks that earn the full weight (default 12, the code of practice). */
  public static final Parameter<Integer> CONSULTATION_WEEKS =
      Parameter.of(
          Lvsc2006.COMMISSIONING_PRACTICE,
          "consultationWeeks",
          "consultation weeks that earn the full weight",
          Integer.class,
          12,
          ParameterChecks::positive);

  /** Months of notice that earn the full weight (default 3). */
  public static final Parameter<Integer> NOTICE_MONTHS =
      Parameter.of(
          Lvsc2006.COMMISSIONING_PRACTICE,
          "noticeMonths",
          "months of notice that earn the full weight",
          Integer.class,
          3,
          ParameterChecks::positive);

  /** The least score that passes (default 70). */
  public static final Parameter<Integer> PASS_SCORE =
      Parameter.of(
          Lvsc2006.COMMISSIONING_PRACTICE,
          "passScore",
          "least score that passes",
          Integer.class,
          70,
          ParameterChecks::percentScore);

  /** The least score that warns rather than fails (default 40). */
  public static final Parameter<Integer> WARN_SCORE =
      Parameter.of(
          Lvsc2006.COMMISSIONING_PRACTICE,
          "warnScore",
          "least score that warns",
          Integer.class,
          40,
          ParameterChecks::percentScore);

  /** Evidence: share on three-year terms (about "given" or "from allocations"). */
  public static final Key<Percentage> THREE_YEAR_TERMS =
      Key.of("three-year terms", Percentage.class);

  /** Evidence: share at full cost recovery. */
  public static final Key<Percentage> FULL_COST = Key.of("full cost recovery", Percentage.class);

  /** Evidence: share paid in advance. */
  public static final Key<Percentage> IN_ADVANCE = Key.of("paid in advance", Percentage.class);

  /** Evidence: consultation weeks. */
  public static final Key<Long> CONSULTATION = Key.of("consultation weeks", Long.class);

  /** Evidence: months of notice. */
  public static final Key<Long> NOTICE = Key.of("notice months", Long.class);

  /** Evidence: the points a fact earns (about the fact's name). */
  public static final Key<BigDecimal> POINTS = Key.of("points", BigDecimal.class);

  /** Evidence: the commissioning score. */
  public static final Key<Long> SCORE = Key.of("commissioning score", Long.class);

  /** About-value of a share taken from {@link CommissioningPractice}. */
  public static final String GIVEN = "given";

  /** About-value of a share worked out from the allocations' terms. */
  public static final String FROM_ALLOCATIONS = "from allocations";

  private static final ImmutableList<Parameter<?>> PARAMETERS =
      ImmutableList.of(
          WEIGHT_TERMS,
          WEIGHT_FULL_COST,
          WEIGHT_ADVANCE,
          WEIGHT_CONSULTATION,
          WEIGHT_NOTICE,
          CONSULTATION_WEEKS,
          NOTICE_MONTHS,
          PASS_SCORE,
          WARN_SCORE);

  /**
   * The commissioning benchmark (R6's "Centre of Excellence"), best first: each area's
   * commissioning score ({@link #SCORE}), rank (ties share the better rank), quartile ({@code
   * ⌊4(rank−1)/n⌋ + 1}), whether it is an exemplar (it passes and is in the top quartile) and its
   * gap to the best; areas whose finding has no score (not assessed) are left out.
   */
  public static final CohortView<ImmutableList<BenchmarkEntry>> BENCHMARK =
      CohortView.of(
          "Commissioning benchmark (R6)",
          CommissioningRule::benchmark,
          CommissioningRule::benchmarkTable);

  /** The single instance (declared after the constants its constructor reads). */
  public static final CommissioningRule INSTANCE = new CommissioningRule();

  private CommissioningRule() {
    super(
        Lvsc2006.COMMISSIONING_PRACTICE,
        "Commissioning practice against the Compact",
        Recommendation.R6.cite(
            "a 'Centre of Excellence' model, which supports and benchmarks commissioning practices"
                + " across LAAs"),
        Severity.SHOULD,
        PARAMETERS,
        ImmutableList.of(BENCHMARK));
  }

  private static Parameter<Integer> weight(String name, String what) {
    return Parameter.of(
        Lvsc2006.COMMISSIONING_PRACTICE,
        name,
        "weight of " + what,
        Integer.class,
        20,
        ParameterChecks::percentScore);
  }

  @Override
  public ImmutableList<Problem> validate(Parameters p) {
    ImmutableList.Builder<Problem> problems = ImmutableList.builder();
    int total =
        p.get(WEIGHT_TERMS)
            + p.get(WEIGHT_FULL_COST)
            + p.get(WEIGHT_ADVANCE)
            + p.get(WEIGHT_CONSULTATION)
            + p.get(WEIGHT_NOTICE);
    if (total == 0) {
      problems.add(
          Problem.of("parameters[COMMISSIONING_PRACTICE.weight*]", "must not all be zero"));
    }
    if (p.get(WARN_SCORE) > p.get(PASS_SCORE)) {
      problems.add(
          Problem.of(
              "parameters[" + WARN_SCORE.id() + "]",
              "must not be above "
                  + PASS_SCORE.id()
                  + " ("
                  + p.get(PASS_SCORE)
                  + ") but was: "
                  + p.get(WARN_SCORE)));
    }
    return problems.build();
  }

  /**
   * For {@link #PASS_SCORE} and {@link #WARN_SCORE}, exactly from the score {@code s} in the
   * evidence: a pass fails to pass at a pass score of {@code s + 1}, a warning passes at a pass
   * score of {@code s} and fails at a warn score of {@code s + 1}, and a failure warns at a warn
   * score of {@code s}; every other move changes nothing (the warn score stays at most the pass
   * score).
   */
  @Override
  public Optional<TippingPoint.Derivation> tippingPoint(
      Parameter<?> parameter,
      TippingPoint.Direction direction,
      Finding finding,
      Parameters parameters) {
    if (parameter != PASS_SCORE && parameter != WARN_SCORE) {
      return Optional.empty();
    }
    Verdict v = finding.verdict();
    Optional<Long> score = finding.find(SCORE);
    if (!v.isAssessed() || score.isEmpty()) {
      return Optional.of(TippingPoint.Derivation.none());
    }
    int s = score.get().intValue();
    boolean raise = direction == TippingPoint.Direction.RAISE;
    TippingPoint.Derivation d = TippingPoint.Derivation.none();
    if (parameter == PASS_SCORE) {
      if (raise && v == Verdict.PASS && s < 100) {
        d =
            TippingPoint.Derivation.at(
                s + 1, s >= parameters.get(WARN_SCORE) ? Verdict.WARN : Verdict.FAIL);
      } else if (!raise && v == Verdict.WARN) {
        d = TippingPoint.Derivation.at(s, Verdict.PASS);
      }
    } else if (raise && v == Verdict.WARN) {
      d = TippingPoint.Derivation.at(s + 1, Verdict.FAIL);
    } else if (!raise && v == Verdict.FAIL) {
      d = TippingPoint.Derivation.at(s, Verdict.WARN);
    }
    return Optional.of(d);
  }

  /**
   * Higher pass and warn scores, and longer required consultation and notice, are stricter; the
   * weights have no order of strictness.
   */
  @Override
  public Monotonicity monotonicity(Parameter<?> parameter) {
    if (parameter == PASS_SCORE
        || parameter == WARN_SCORE
        || parameter == CONSULTATION_WEEKS
        || parameter == NOTICE_MONTHS) {
      return Monotonicity.STRICTER_WHEN_RAISED;
    }
    return Monotonicity.UNORDERED;
  }

  @Override
  public Finding evaluate(RuleInput in) {
    AgreementFacts facts = in.facts();
    LocalAreaAgreement laa = facts.agreement();
    Finding.Builder f = in.finding();
    Optional<CommissioningPractice> given = laa.commissioning();
    if (given.isEmpty()) {
      return f.notAssessed("commissioning practice");
    }
    CommissioningPractice c = given.get();
    long money = 0;
    long longTerm = 0;
    long fullCost = 0;
    long inAdvance = 0;
    for (int y = 0; y < laa.years().size(); y++) {
      money += facts.total(y);
      longTerm += facts.longTerm(y);
      fullCost += facts.fullCost(y);
      inAdvance += facts.inAdvance(y);
    }
    Percentage terms = share(f, THREE_YEAR_TERMS, c.threeYearTermsShare(), longTerm, money);
    Percentage cost = share(f, FULL_COST, c.fullCostRecoveryShare(), fullCost, money);
    Percentage advance = share(f, IN_ADVANCE, c.paidInAdvanceShare(), inAdvance, money);
    if (terms == null) {
      return f.notAssessed(
          "the share of VCS funding on three-year terms (no money in the agreement years to work it out from)");
    }
    if (cost == null) {
      return f.notAssessed(
          "the share of VCS funding at full cost recovery (no money in the agreement years to work it out from)");
    }
    if (advance == null) {
      return f.notAssessed(
          "the share of VCS funding paid in advance (no money in the agreement years to work it out from)");
    }
    if (c.consultationWeeks().isEmpty()) {
      return f.notAssessed("consultation weeks");
    }
    if (c.noticeMonths().isEmpty()) {
      return f.notAssessed("notice months");
    }
    int weeks = c.consultationWeeks().getAsInt();
    int months = c.noticeMonths().getAsInt();
    f.evidence(CONSULTATION, (long) weeks);
    f.evidence(NOTICE, (long) months);
    int score =
        score(
            f,
            new Fact(THREE_YEAR_TERMS, in.get(WEIGHT_TERMS), terms.basisPoints(), 10_000),
            new Fact(FULL_COST, in.get(WEIGHT_FULL_COST), cost.basisPoints(), 10_000),
            new Fact(IN_ADVANCE, in.get(WEIGHT_ADVANCE), advance.basisPoints(), 10_000),
            Fact.capped(
                CONSULTATION, in.get(WEIGHT_CONSULTATION), weeks, in.get(CONSULTATION_WEEKS)),
            Fact.capped(NOTICE, in.get(WEIGHT_NOTICE), months, in.get(NOTICE_MONTHS)));
    f.evidence(SCORE, (long) score);
    int pass = in.get(PASS_SCORE);
    int warn = in.get(WARN_SCORE);
    Verdict v = score >= pass ? Verdict.PASS : score >= warn ? Verdict.WARN : Verdict.FAIL;
    f.verdict(v).score(score);
    if (v != Verdict.PASS) {
      int next = v == Verdict.WARN ? pass : warn;
      f.margin(
          Margin.of(
              "The commissioning score",
              Margin.Direction.MUST_RISE,
              Margin.Amount.scorePoints(next - score),
              v == Verdict.WARN ? "to pass" : "to reach a warning"));
    }
    return f.build();
  }

  /**
   * One fact's weight and how far it goes, as an exact fraction {@code numerator / denominator}
   * (weeks ÷ 12 has no finite decimal).
   */
  private record Fact(Key<?> key, int weight, long numerator, long denominator) {
    /** {@code min(1, value ÷ full)}. */
    static Fact capped(Key<?> key, int weight, int value, int full) {
      return value >= full ? new Fact(key, weight, 1, 1) : new Fact(key, weight, value, full);
    }
  }

  /**
   * Records each fact's points ({@code weight × fraction}, to the hundredth) and returns the score:
   * {@code 100 × Σ points ÷ Σ weights}, computed exactly over a common denominator and rounded
   * half-even once, so that a score of exactly n + ½ rounds as the Javadoc says.
   */
  private static int score(Finding.Builder f, Fact... facts) {
    BigInteger common = BigInteger.ONE;
    for (Fact fact : facts) {
      common = common.multiply(BigInteger.valueOf(fact.denominator()));
    }
    BigInteger sum = BigInteger.ZERO; // Σ weight × fraction, over the common denominator
    int weights = 0;
    for (Fact fact : facts) {
      BigInteger weighted =
          BigInteger.valueOf(fact.weight()).multiply(BigInteger.valueOf(fact.numerator()));
      f.evidence(
          POINTS,
          fact.key().name(),
          new BigDecimal(weighted)
              .divide(BigDecimal.valueOf(fact.denominator()), 2, RoundingMode.HALF_EVEN));
      sum = sum.add(weighted.multiply(common.divide(BigInteger.valueOf(fact.denominator()))));
      weights += fact.weight();
    }
    return new BigDecimal(sum.multiply(BigInteger.valueOf(100)))
        .divide(
            new BigDecimal(common.multiply(BigInteger.valueOf(weights))), 0, RoundingMode.HALF_EVEN)
        .intValueExact();
  }

  /** The given share (evidence "given"), else money-weighted from allocations; null if neither. */
  private static @Nullable Percentage share(
      Finding.Builder f, Key<Percentage> name, Optional<Percentage> given, long part, long whole) {
    if (given.isPresent()) {
      f.evidence(name, GIVEN, given.get());
      return given.get();
    }
    if (whole == 0) {
      return null;
    }
    Percentage p = Percentage.ratio(part, whole);
    f.evidence(name, FROM_ALLOCATIONS, p);
    return p;
  }

  private static ImmutableList<BenchmarkEntry> benchmark(CohortScorecard cohort) {
    record Scored(Area area, int score, boolean passes) {}
    List<Scored> scored = new ArrayList<>();
    for (Scorecard s : cohort.scorecards()) {
      Optional<Finding> f = s.finding(Lvsc2006.COMMISSIONING_PRACTICE);
      if (f.isPresent()) {
        f.get()
            .find(SCORE)
            .ifPresent(
                score ->
                    scored.add(
                        new Scored(s.area(), score.intValue(), f.get().verdict() == Verdict.PASS)));
      }
    }
    scored.sort(
        Comparator.comparingInt((Scored s) -> -s.score()).thenComparing(s -> s.area().code()));
    int[] ranks = Ranks.competitionRanks(scored.stream().mapToInt(Scored::score).toArray());
    ImmutableList.Builder<BenchmarkEntry> out = ImmutableList.builder();
    for (int i = 0; i < scored.size(); i++) {
      Scored s = scored.get(i);
      int quartile = Ranks.quartile(ranks[i], scored.size());
      out.add(
          new BenchmarkEntry(
              s.area(),
              s.score(),
              ranks[i],
              quartile,
              quartile == 1 && s.passes(),
              scored.get(0).score() - s.score()));
    }
    return out.build();
  }

  private static Section benchmarkTable(List<BenchmarkEntry> entries) {
    Section.Builder s =
        Section.builder("Commissioning benchmark (R6)")
            .rightColumn("Rank")
            .rightColumn("Quartile")
            .column("Area")
            .rightColumn("Score")
            .rightColumn("Gap to best")
            .column("Exemplar");
    if (!entries.isEmpty()) {
      List<Chart.Bar> bars = new ArrayList<>();
      for (BenchmarkEntry e : entries) {
        bars.add(
            new Chart.Bar(
                e.area().name(), e.score(), e.exemplar() ? e.score() + ", exemplar" : ""));
      }
      s.chart(Chart.bars("R6 commissioning benchmark: score by area", "commissioning score", bars));
    }
    for (BenchmarkEntry e : entries) {
      s.row(
          Integer.toString(e.rank()),
          Integer.toString(e.quartile()),
          e.area().name(),
          Integer.toString(e.score()),
          Integer.toString(e.gapToBest()),
          e.exemplar() ? "yes" : "");
    }
    return s.build();
  }
}
