package io.github.laa.scoring.lvsc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.laa.core.InfrastructureProfile;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Purpose;
import io.github.laa.scoring.AgreementFacts;
import io.github.laa.scoring.Chart;
import io.github.laa.scoring.CohortContext;
import io.github.laa.scoring.CohortScorecard;
import io.github.laa.scoring.CohortView;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Key;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.Monotonicity;
import io.github.laa.scoring.Parameter;
import io.github.laa.scoring.Parameters;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.RuleInput;
import io.github.laa.scoring.Scorecard;
import io.github.laa.scoring.Section;
import io.github.laa.scoring.Severity;
import io.github.laa.scoring.Verdict;
import io.github.laa.scoring.internal.Aggregate;
import io.github.laa.scoring.internal.Fractions;
import io.github.laa.scoring.internal.Ranks;
import io.github.laa.scoring.internal.Reads;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Recommendation R1: target extra resources where VCS infrastructure is weakest ({@link
 * Lvsc2006#INFRASTRUCTURE_TARGETING}).
 *
 * <p>An area's infrastructure is <b>weak</b> if its quality rating is at or below {@link
 * #RATING_THRESHOLD} (default 2 of 5), or — when scored in a cohort — its infrastructure funding
 * per VCS body is in the cohort's weakest quartile. Funding per body is the profile's annual
 * funding divided by the agreement's number of VCS bodies, half-even to the penny; the quartile of
 * an area ranked {@code r} (1 = least funding; ties share the lower rank) among {@code n} is {@code
 * ⌊4(r−1)/n⌋ + 1}.
 *
 * <p>Weak infrastructure must get more: the mean yearly {@link Purpose#INFRASTRUCTURE_SUPPORT}
 * money over the agreement must be above the baseline (the mean over {@link
 * Policy#BASELINE_YEARS}), else {@link Verdict#FAIL} (score 0). Weak with the rise, or not weak:
 * {@link Verdict#PASS} (score 100). No infrastructure profile, or (when weak) no allocations in a
 * baseline year: {@link Verdict#NOT_ASSESSED}. Margin: the rise in mean yearly infrastructure
 * support needed to go above the baseline.
 *
 * <p>Across a cohort the rule contributes two {@link CohortView views}: {@link #CORRELATIONS},
 * Spearman's rank correlation of infrastructure (rating; funding per VCS body) with the involvement
 * ladder score of {@link InvolvementRule}, and {@link #TARGETING}, the areas where extra
 * infrastructure resources are recommended, weakest first.
 */
@Reads(Aggregate.PURPOSES)
public final class InfrastructureRule extends BuiltInRule {
  /** A rating at or below this (1 to 5; default 2) makes infrastructure weak. */
  public static final Parameter<Integer> RATING_THRESHOLD =
      Parameter.of(
          Lvsc2006.INFRASTRUCTURE_TARGETING,
          "ratingThreshold",
          "rating at or below which infrastructure is weak",
          Integer.class,
          2,
          i -> i < 1 || i > 5 ? "must be between 1 and 5 but was: " + i : null);

  /** Evidence: the quality rating, with its check (WARN when at or below the threshold). */
  public static final Key<Long> RATING = Key.of("quality rating", Long.class);

  /** Evidence: infrastructure funding per VCS body. */
  public static final Key<Money> FUNDING_PER_BODY =
      Key.of("infrastructure funding per VCS body", Money.class);

  /**
   * Evidence: the area's quartile of funding per body in the cohort (1 = weakest), with its check.
   */
  public static final Key<Long> COHORT_QUARTILE =
      Key.of("cohort quartile of funding per body", Long.class);

  /** Evidence: whether infrastructure is weak. */
  public static final Key<Boolean> WEAK = Key.of("weak infrastructure", Boolean.class);

  /** Evidence: baseline infrastructure support (yearly mean). */
  public static final Key<Money> BASELINE_SUPPORT =
      Key.of("infrastructure support, baseline", Money.class);

  /** Evidence: infrastructure support over the agreement (yearly mean), with its check. */
  public static final Key<Money> AGREEMENT_SUPPORT =
      Key.of("infrastructure support, agreement mean", Money.class);

  private static final Object QUARTILE_KEY = new Object();

  /**
   * R1's correlations: infrastructure rating, and infrastructure funding per VCS body, each against
   * the {@link InvolvementRule} ladder score, over the areas that have both; the coefficient is
   * empty with fewer than two areas or a measure that is the same everywhere.
   */
  public static final CohortView<ImmutableList<Correlation>> CORRELATIONS =
      CohortView.of(
          "Infrastructure and involvement (R1)",
          InfrastructureRule::correlations,
          list -> {
            Section.Builder s = Section.builder("Infrastructure and involvement (R1)");
            list.forEach(c -> s.line(c.toString()));
            list.forEach(c -> scatter(c).ifPresent(s::chart));
            return s.build();
          });

  /**
   * The areas where R1 recommends extra infrastructure resources (weak by rating or in the weakest
   * quartile of funding per body), weakest first: by rating, then funding per body, then code.
   */
  public static final CohortView<ImmutableList<TargetingEntry>> TARGETING =
      CohortView.of(
          "Targeting list (R1)", InfrastructureRule::targeting, InfrastructureRule::targetingTable);

  /** The single instance (declared after the constants its constructor reads). */
  public static final InfrastructureRule INSTANCE = new InfrastructureRule();

  private InfrastructureRule() {
    super(
        Lvsc2006.INFRASTRUCTURE_TARGETING,
        "Extra resources where VCS infrastructure is weakest",
        Recommendation.R1.cite(
            "Additional targeted resources are needed to build up the infrastructure in boroughs"
                + " where it is weakest"),
        Severity.SHOULD,
        ImmutableList.of(Policy.BASELINE_YEARS, RATING_THRESHOLD),
        ImmutableList.of(CORRELATIONS, TARGETING));
  }

  /**
   * {@code PASS}, {@code FAIL} or {@code NOT_ASSESSED}: this rule never warns (a weak rating or
   * quartile is a check that warns, the finding then passes or fails on the support given).
   */
  @Override
  public ImmutableSet<Verdict> possibleVerdicts(Parameters parameters) {
    return VERDICTS;
  }

  private static final ImmutableSet<Verdict> VERDICTS =
      Sets.immutableEnumSet(Verdict.PASS, Verdict.FAIL, Verdict.NOT_ASSESSED);

  /**
   * A higher rating threshold is stricter: more agreements count as weak and must raise their
   * support. The baseline years have no order of strictness.
   */
  @Override
  public Monotonicity monotonicity(Parameter<?> parameter) {
    return parameter == RATING_THRESHOLD
        ? Monotonicity.STRICTER_WHEN_RAISED
        : Monotonicity.UNORDERED;
  }

  /**
   * For rating thresholds {@code lenient < strict}: the template with infrastructure rated at the
   * strict threshold whose support does not rise.
   */
  @Override
  public Optional<LocalAreaAgreement> counterexample(Parameters lenient, Parameters strict) {
    int high = strict.get(RATING_THRESHOLD);
    return lenient.get(RATING_THRESHOLD) < high
        ? Optional.of(Counterexamples.infrastructure(high))
        : Optional.empty();
  }

  @Override
  public Finding evaluate(RuleInput in) {
    AgreementFacts facts = in.facts();
    LocalAreaAgreement laa = facts.agreement();
    Finding.Builder f = in.finding();
    if (laa.infrastructure().isEmpty()) {
      return f.notAssessed("infrastructure profile");
    }
    InfrastructureProfile profile = laa.infrastructure().get();
    boolean weakRating = profile.qualityRating() <= in.get(RATING_THRESHOLD);
    f.check(RATING, (long) profile.qualityRating(), weakRating ? Verdict.WARN : Verdict.PASS);
    fundingPerBody(laa).ifPresent(m -> f.evidence(FUNDING_PER_BODY, m));
    OptionalInt quartile = in.cohort().map(c -> cohortQuartile(laa, c)).orElse(OptionalInt.empty());
    boolean weakQuartile = quartile.isPresent() && quartile.getAsInt() == 1;
    if (quartile.isPresent()) {
      f.check(
          COHORT_QUARTILE, (long) quartile.getAsInt(), weakQuartile ? Verdict.WARN : Verdict.PASS);
    }
    boolean weak = weakRating || weakQuartile;
    f.evidence(WEAK, weak);
    if (!weak) {
      return f.verdict(Verdict.PASS).score(100).build();
    }

    // Weak infrastructure must get more: mean yearly support over the agreement above baseline.
    Optional<Finding> noBaseline = f.notAssessedWithoutBaseline(facts, false);
    if (noBaseline.isPresent()) {
      return noBaseline.get();
    }
    int window = facts.baselineYears();
    int years = laa.years().size();
    long[] support = new long[window + years];
    for (int y = -window; y < years; y++) {
      support[y + window] = facts.purpose(Purpose.INFRASTRUCTURE_SUPPORT, y);
    }
    long baseline = Fractions.meanHalfEven(support, 0, window);
    long mean = Fractions.meanHalfEven(support, window, window + years);
    boolean raised = mean > baseline;
    f.evidence(BASELINE_SUPPORT, Money.ofPence(baseline));
    f.check(AGREEMENT_SUPPORT, Money.ofPence(mean), raised ? Verdict.PASS : Verdict.FAIL);
    if (raised) {
      return f.verdict(Verdict.PASS).score(100).build();
    }
    return f.verdict(Verdict.FAIL)
        .score(0)
        .margin(
            Margin.of(
                "Mean yearly infrastructure support over the agreement",
                Margin.Direction.MUST_RISE,
                Margin.Amount.of(Money.ofPence(baseline - mean + 1)),
                "to rise above the baseline"))
        .build();
  }

  /**
   * Infrastructure funding per VCS body: annual funding ÷ number of bodies, half-even; empty
   * without a profile or without bodies.
   */
  static Optional<Money> fundingPerBody(LocalAreaAgreement laa) {
    if (laa.infrastructure().isEmpty() || laa.bodies().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        laa.infrastructure()
            .get()
            .annualFunding()
            .dividedBy(laa.bodies().size(), RoundingMode.HALF_EVEN));
  }

  /**
   * The quartile (1 = weakest) of {@code laa}'s funding per body among the cohort's areas that have
   * one; empty if it has none.
   */
  static OptionalInt cohortQuartile(LocalAreaAgreement laa, CohortContext cohort) {
    ImmutableList<Long> sorted = cohort.shared(QUARTILE_KEY, InfrastructureRule::sortedFunding);
    Optional<Money> mine = fundingPerBody(laa);
    if (mine.isEmpty()) {
      return OptionalInt.empty();
    }
    int rank = Ranks.lowerRank(sorted, mine.get().pence());
    return OptionalInt.of(Ranks.quartile(rank, sorted.size()));
  }

  private static ImmutableList<Long> sortedFunding(CohortContext cohort) {
    List<Long> values = new ArrayList<>();
    for (LocalAreaAgreement a : cohort.agreements()) {
      fundingPerBody(a).ifPresent(m -> values.add(m.pence()));
    }
    values.sort(Comparator.naturalOrder());
    return ImmutableList.copyOf(values);
  }

  private static final String RATING_MEASURE = "infrastructure rating";
  private static final String FUNDING = "infrastructure funding per VCS body";

  private static ImmutableList<Correlation> correlations(CohortScorecard cohort) {
    List<Correlation.Pair> rating = new ArrayList<>();
    List<Correlation.Pair> funding = new ArrayList<>();
    for (Scorecard s : cohort.scorecards()) {
      LocalAreaAgreement laa = s.agreement();
      OptionalInt ladder = InvolvementRule.ladderScore(laa);
      if (ladder.isEmpty() || laa.infrastructure().isEmpty()) {
        continue;
      }
      rating.add(
          new Correlation.Pair(
              laa.area(), laa.infrastructure().get().qualityRating(), ladder.getAsInt()));
      fundingPerBody(laa)
          .ifPresent(
              m -> funding.add(new Correlation.Pair(laa.area(), m.pence(), ladder.getAsInt())));
    }
    return ImmutableList.of(correlation(RATING_MEASURE, rating), correlation(FUNDING, funding));
  }

  private static Correlation correlation(String x, List<Correlation.Pair> pairs) {
    long[] xs = new long[pairs.size()];
    long[] ys = new long[pairs.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = pairs.get(i).x();
      ys[i] = pairs.get(i).y();
    }
    return new Correlation(
        x,
        "involvement ladder score",
        xs.length,
        Ranks.spearman(xs, ys),
        ImmutableList.copyOf(pairs));
  }

  /** A correlation's areas as a scatter, money in pounds, with its ρ; none without areas. */
  private static Optional<Chart> scatter(Correlation c) {
    if (c.pairs().isEmpty()) {
      return Optional.empty();
    }
    boolean money = c.x().equals(FUNDING);
    List<Chart.Point> points = new ArrayList<>();
    for (Correlation.Pair p : c.pairs()) {
      points.add(new Chart.Point(p.area().name(), money ? p.x() / 100.0 : p.x(), p.y()));
    }
    return Optional.of(
        Chart.scatter(
                "R1: " + c.x() + " against " + c.y(), money ? c.x() + " (£)" : c.x(), c.y(), points)
            .withNote("ρ = " + c.rhoText() + " (n = " + c.n() + ")"));
  }

  private static ImmutableList<TargetingEntry> targeting(CohortScorecard cohort) {
    List<TargetingEntry> weak = new ArrayList<>();
    for (Scorecard s : cohort.scorecards()) {
      Optional<Finding> f = s.finding(Lvsc2006.INFRASTRUCTURE_TARGETING);
      if (f.isEmpty() || !f.get().find(WEAK).orElse(false)) {
        continue;
      }
      LocalAreaAgreement laa = s.agreement();
      Optional<Long> quartile = f.get().find(COHORT_QUARTILE);
      weak.add(
          new TargetingEntry(
              laa.area(),
              laa.infrastructure().orElseThrow().qualityRating(),
              fundingPerBody(laa),
              quartile.isPresent()
                  ? OptionalInt.of(quartile.get().intValue())
                  : OptionalInt.empty(),
              f.get().verdict()));
    }
    weak.sort(
        Comparator.comparingInt(TargetingEntry::rating)
            .thenComparing(e -> e.fundingPerBody().map(Money::pence).orElse(Long.MAX_VALUE))
            .thenComparing(e -> e.area().code()));
    return ImmutableList.copyOf(weak);
  }

  private static Section targetingTable(List<TargetingEntry> entries) {
    Section.Builder s =
        Section.builder("Targeting list (R1)")
            .description("extra infrastructure resources recommended, weakest first")
            .column("Area")
            .rightColumn("Rating")
            .rightColumn("Funding per body")
            .rightColumn("Quartile")
            .column("R1 verdict");
    List<Chart.Bar> bars = new ArrayList<>();
    for (TargetingEntry e : entries) {
      e.fundingPerBody()
          .ifPresent(
              m ->
                  bars.add(
                      new Chart.Bar(
                          e.area().name(),
                          m.pence() / 100.0,
                          m + ", rating " + e.rating() + ", " + e.verdict().name())));
    }
    if (!bars.isEmpty()) {
      s.chart(
          Chart.bars(
              "R1 targeting list: infrastructure funding per VCS body",
              "funding per body (£)",
              bars));
    }
    for (TargetingEntry e : entries) {
      s.row(
          e.area().name(),
          Integer.toString(e.rating()),
          e.fundingPerBody().map(Money::toString).orElse("-"),
          e.quartile().isPresent() ? Integer.toString(e.quartile().getAsInt()) : "-",
          e.verdict().name());
    }
    return s.build();
  }
}
