package io.github.laa.scoring.rules;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.InfrastructureProfile;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Purpose;
import io.github.laa.scoring.Aggregate;
import io.github.laa.scoring.AgreementFacts;
import io.github.laa.scoring.CohortContext;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.Parameter;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Recommendation;
import io.github.laa.scoring.RuleId;
import io.github.laa.scoring.RuleInput;
import io.github.laa.scoring.Severity;
import io.github.laa.scoring.Verdict;
import io.github.laa.scoring.internal.Fractions;
import io.github.laa.scoring.internal.Ranks;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Recommendation R1: target extra resources where VCS infrastructure is weakest ({@link
 * RuleId#INFRASTRUCTURE_TARGETING}).
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
 */
public final class InfrastructureRule extends BuiltInRule {
  /** A rating at or below this (1 to 5; default 2) makes infrastructure weak. */
  public static final Parameter<Integer> RATING_THRESHOLD =
      Parameter.of(
          "INFRASTRUCTURE_TARGETING.ratingThreshold",
          "rating at or below which infrastructure is weak",
          Integer.class,
          2,
          i -> i < 1 || i > 5 ? "must be between 1 and 5 but was: " + i : null);

  /** Evidence: the quality rating, with its check (WARN when at or below the threshold). */
  public static final String RATING = "quality rating";

  /** Evidence: infrastructure funding per VCS body. */
  public static final String FUNDING_PER_BODY = "infrastructure funding per VCS body";

  /**
   * Evidence: the area's quartile of funding per body in the cohort (1 = weakest), with its check.
   */
  public static final String COHORT_QUARTILE = "cohort quartile of funding per body";

  /** Evidence: whether infrastructure is weak. */
  public static final String WEAK = "weak infrastructure";

  /** Evidence: baseline infrastructure support (yearly mean). */
  public static final String BASELINE_SUPPORT = "infrastructure support, baseline";

  /** Evidence: infrastructure support over the agreement (yearly mean), with its check. */
  public static final String AGREEMENT_SUPPORT = "infrastructure support, agreement mean";

  private static final Object QUARTILE_KEY = new Object();

  /** The single instance (declared after the constants its constructor reads). */
  public static final InfrastructureRule INSTANCE = new InfrastructureRule();

  private InfrastructureRule() {
    super(
        RuleId.INFRASTRUCTURE_TARGETING,
        "Extra resources where VCS infrastructure is weakest",
        Recommendation.R1,
        "Additional targeted resources are needed to build up the infrastructure in boroughs where"
            + " it is weakest",
        Severity.SHOULD,
        ImmutableList.of(Policy.BASELINE_YEARS, RATING_THRESHOLD),
        EnumSet.of(Aggregate.PURPOSES));
  }

  /**
   * Infrastructure funding per VCS body: annual funding ÷ number of bodies, half-even; empty
   * without a profile or without bodies.
   */
  public static Optional<Money> fundingPerBody(LocalAreaAgreement laa) {
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
  public static Optional<Integer> cohortQuartile(LocalAreaAgreement laa, CohortContext cohort) {
    ImmutableList<Long> sorted = cohort.shared(QUARTILE_KEY, InfrastructureRule::sortedFunding);
    Optional<Money> mine = fundingPerBody(laa);
    if (mine.isEmpty()) {
      return Optional.empty();
    }
    int rank = Ranks.lowerRank(sorted, mine.get().pence());
    return Optional.of(Ranks.quartile(rank, sorted.size()));
  }

  private static ImmutableList<Long> sortedFunding(CohortContext cohort) {
    List<Long> values = new ArrayList<>();
    for (LocalAreaAgreement a : cohort.agreements()) {
      fundingPerBody(a).ifPresent(m -> values.add(m.pence()));
    }
    values.sort(Comparator.naturalOrder());
    return ImmutableList.copyOf(values);
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
    int threshold = in.get(RATING_THRESHOLD);
    boolean weakRating = profile.qualityRating() <= threshold;
    f.check(RATING, null, (long) profile.qualityRating(), weakRating ? Verdict.WARN : Verdict.PASS);
    fundingPerBody(laa).ifPresent(m -> f.evidence(FUNDING_PER_BODY, m));
    boolean weakQuartile = false;
    if (in.cohort().isPresent()) {
      Optional<Integer> q = cohortQuartile(laa, in.cohort().get());
      if (q.isPresent()) {
        weakQuartile = q.get() == 1;
        f.check(COHORT_QUARTILE, null, (long) q.get(), weakQuartile ? Verdict.WARN : Verdict.PASS);
      }
    }
    boolean weak = weakRating || weakQuartile;
    f.evidence(WEAK, weak);
    if (!weak) {
      return f.verdict(Verdict.PASS).score(100).build();
    }
    int window = facts.baselineYears();
    int years = laa.years().size();
    long[] support = new long[window + years];
    for (int y = -window; y < years; y++) {
      if (y < 0 && facts.count(y) == 0) {
        return f.notAssessed("baseline allocations in", facts.year(y));
      }
      support[y + window] = facts.purpose(Purpose.INFRASTRUCTURE_SUPPORT, y);
    }
    long baseline = Fractions.meanHalfEven(support, 0, window);
    long mean = Fractions.meanHalfEven(support, window, window + years);
    boolean raised = mean > baseline;
    f.evidence(BASELINE_SUPPORT, Money.ofPence(baseline));
    f.check(AGREEMENT_SUPPORT, null, Money.ofPence(mean), raised ? Verdict.PASS : Verdict.FAIL);
    if (raised) {
      return f.verdict(Verdict.PASS).score(100).build();
    }
    return f.verdict(Verdict.FAIL)
        .score(0)
        .margin(
            Margin.of(
                "Mean yearly infrastructure support over the agreement",
                null,
                Margin.Direction.MUST_RISE,
                Money.ofPence(baseline - mean + 1),
                "to rise above the baseline"))
        .build();
  }
}
