package io.github.laa.scoring.rules;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.DeflatorSeries;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Problem;
import io.github.laa.scoring.Aggregate;
import io.github.laa.scoring.AgreementFacts;
import io.github.laa.scoring.Change;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.Parameter;
import io.github.laa.scoring.Parameters;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Recommendation;
import io.github.laa.scoring.RuleId;
import io.github.laa.scoring.RuleInput;
import io.github.laa.scoring.Severity;
import io.github.laa.scoring.Verdict;
import io.github.laa.scoring.internal.Fractions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import org.jspecify.annotations.Nullable;

/**
 * Recommendation R3, first part: introducing an LAA must not cause a net loss of resources
 * allocated to the area's VCS ({@link RuleId#NET_RESOURCE_LOSS}).
 *
 * <p>The <b>baseline</b> is the total allocated to VCS bodies in the year before the agreement, or
 * the mean of the {@link Policy#BASELINE_YEARS} years before it (half-even to the penny); a
 * baseline year without any allocation in scope makes the finding {@link Verdict#NOT_ASSESSED}. It
 * is compared with the total of each agreement year ({@link Comparison#EACH_YEAR}, the default) or
 * with their mean ({@link Comparison#MEAN_OF_YEARS}). {@link #SCOPE} chooses all sources (default)
 * or only streams in the agreement. In {@link Terms#REAL real terms} every year's total is restated
 * in the prices of the year before the agreement with the caller's {@link #DEFLATOR} series: {@code
 * real = cash × index(price base) ÷ index(year)}, half-even to the penny; a year without an index
 * makes the finding {@link Verdict#NOT_ASSESSED} — nothing is extrapolated.
 *
 * <p>A <b>loss</b> is the baseline minus the compared total. No loss: {@link Verdict#PASS}. A loss
 * of at most {@link #TOLERANCE} of the baseline: {@link Verdict#WARN}. A larger loss: {@link
 * Verdict#FAIL}. Score: {@code 100 − 2 × loss%} (the worst year's), within the verdict's band.
 *
 * <p>Evidence: every year's total (and deflator and restated total in real terms), the baseline,
 * each agreement year's change in pounds and percent with its verdict, the worst year, and the
 * change of every stream. Margin: the rise the worst year needs to avoid a loss, or for a pass how
 * far it could fall before one.
 */
public final class NetResourceLossRule extends BuiltInRule {
  /** Cash or real terms. */
  public enum Terms {
    /** Amounts as allocated. */
    CASH,
    /** Amounts restated in the prices of the year before the agreement, with {@link #DEFLATOR}. */
    REAL
  }

  /** Which money counts. */
  public enum Scope {
    /** Allocations from every stream and from other council funds. */
    ALL_SOURCES,
    /** Only allocations from streams that a block of the agreement lists. */
    AGREEMENT_STREAMS
  }

  /** What the baseline is compared with. */
  public enum Comparison {
    /** Every agreement year must reach the baseline. */
    EACH_YEAR,
    /** The mean of the agreement years must reach the baseline. */
    MEAN_OF_YEARS
  }

  /** Cash (default) or real terms. */
  public static final Parameter<Terms> TERMS =
      Parameter.of("NET_RESOURCE_LOSS.terms", "cash or real terms", Terms.class, Terms.CASH);

  /** The price index for real terms; required when {@link #TERMS} is {@link Terms#REAL}. */
  public static final Parameter<DeflatorSeries> DEFLATOR =
      Parameter.optional(
          "NET_RESOURCE_LOSS.deflator",
          "price index per financial year for real terms",
          DeflatorSeries.class,
          d -> null);

  /** All sources (default) or only the agreement's streams. */
  public static final Parameter<Scope> SCOPE =
      Parameter.of("NET_RESOURCE_LOSS.scope", "which money counts", Scope.class, Scope.ALL_SOURCES);

  /** Each year (default) or the mean of the agreement years. */
  public static final Parameter<Comparison> COMPARISON =
      Parameter.of(
          "NET_RESOURCE_LOSS.comparison",
          "what is compared with the baseline",
          Comparison.class,
          Comparison.EACH_YEAR);

  /** A loss up to this share of the baseline warns instead of failing (0% to 100%; default 0%). */
  public static final Parameter<Percentage> TOLERANCE =
      Parameter.of(
          "NET_RESOURCE_LOSS.tolerance",
          "loss, as a share of the baseline, that only warns",
          Percentage.class,
          Percentage.ZERO,
          Rules::zeroToHundred);

  /** Evidence: a year's total (about the year). */
  public static final String TOTAL = "total";

  /** Evidence: the deflator index of a year (about the year). */
  public static final String DEFLATOR_INDEX = "deflator";

  /** Evidence: a year's total restated in the prices of the price base (about the year). */
  public static final String REAL_TOTAL = "total in base-year prices";

  /** Evidence: the year whose prices real totals are in. */
  public static final String PRICE_BASE = "price base";

  /** Evidence: the baseline (the mean of the baseline years). */
  public static final String BASELINE = "baseline";

  /** Evidence: the mean of the agreement years (when comparing the mean). */
  public static final String MEAN = "mean of agreement years";

  /** Evidence: a compared total minus the baseline, with its verdict (about the year). */
  public static final String CHANGE = "change";

  /** Evidence: the change as a percentage of the baseline (about the year). */
  public static final String CHANGE_PERCENT = "change %";

  /** Evidence: the agreement year with the largest loss. */
  public static final String WORST_YEAR = "worst year";

  /** Evidence: a stream's money, baseline to compared (about the stream's name). */
  public static final String STREAM_CHANGE = "change by stream";

  /** The name used for money from no stream. */
  public static final String OTHER_FUNDS = "other council funds";

  private static final String SUBJECT = "VCS resources";
  private static final String GOAL = "to avoid a net loss";

  /** When raising the worst year alone would leave a loss in another year. */
  private static final String GOAL_SEVERAL =
      "to avoid a net loss that year (other years fall short too)";

  private static final String SUBJECT_REAL = "VCS resources (in base-year prices)";
  private static final String SUBJECT_MEAN = "The mean of VCS resources over the agreement";
  private static final String SUBJECT_MEAN_REAL =
      "The mean of VCS resources over the agreement (in base-year prices)";

  private static final ImmutableList<Parameter<?>> PARAMETERS =
      ImmutableList.of(Policy.BASELINE_YEARS, TERMS, DEFLATOR, SCOPE, COMPARISON, TOLERANCE);

  /** The single instance (declared after the constants its constructor reads). */
  public static final NetResourceLossRule INSTANCE = new NetResourceLossRule();

  private NetResourceLossRule() {
    super(
        RuleId.NET_RESOURCE_LOSS,
        "No net loss of resources to the VCS",
        Recommendation.R3,
        "the introduction of a LAA should not result in a net loss of resources allocated to a"
            + " borough's VCS",
        Severity.MUST,
        PARAMETERS,
        EnumSet.of(Aggregate.STREAMS));
  }

  @Override
  public ImmutableList<Problem> validate(Parameters parameters) {
    if (parameters.get(TERMS) == Terms.REAL && parameters.find(DEFLATOR).isEmpty()) {
      return ImmutableList.of(
          Problem.of(
              "parameters[" + DEFLATOR.id() + "]", "must be set when " + TERMS.id() + " is REAL"));
    }
    return ImmutableList.of();
  }

  @Override
  public Finding evaluate(RuleInput in) {
    AgreementFacts facts = in.facts();
    LocalAreaAgreement laa = facts.agreement();
    boolean scoped = in.get(SCOPE) == Scope.AGREEMENT_STREAMS;
    boolean real = in.get(TERMS) == Terms.REAL;
    boolean eachYear = in.get(COMPARISON) == Comparison.EACH_YEAR;
    long toleranceBp = in.get(TOLERANCE).basisPoints();
    int window = facts.baselineYears();
    int years = laa.years().size();
    int span = window + years;
    Finding.Builder f = in.finding();

    // Cash totals for offsets -window .. years-1, at index offset + window.
    long[] cash = new long[span];
    for (int i = 0; i < span; i++) {
      int offset = i - window;
      if (offset < 0
          && (scoped ? facts.countInAgreementStreams(offset) : facts.count(offset)) == 0) {
        return f.notAssessed("baseline allocations in", facts.year(offset));
      }
      cash[i] = scoped ? facts.totalInAgreementStreams(offset) : facts.total(offset);
    }

    // In real terms, the factor index(base) / index(year) for every year, else null.
    BigDecimal @Nullable [] factors = null;
    long[] totals = cash;
    if (real) {
      DeflatorSeries series = in.find(DEFLATOR).orElse(null);
      if (series == null) {
        return f.notAssessed("a deflator series");
      }
      FinancialYear base = facts.year(-1);
      BigDecimal baseIndex = series.index(base).orElse(null);
      if (baseIndex == null) {
        return f.notAssessed("a deflator index for", base);
      }
      factors = new BigDecimal[span];
      totals = new long[span];
      for (int i = 0; i < span; i++) {
        FinancialYear y = facts.year(i - window);
        BigDecimal index = series.index(y).orElse(null);
        if (index == null) {
          return f.notAssessed("a deflator index for", y);
        }
        factors[i] = index;
        Long restated = restate(cash[i], baseIndex, index);
        if (restated == null) {
          return f.notAssessed("restated totals within the range of Money");
        }
        totals[i] = restated;
      }
      f.evidence(PRICE_BASE, base);
    }
    for (int i = 0; i < span; i++) {
      FinancialYear y = facts.year(i - window);
      f.evidence(TOTAL, y, Money.ofPence(cash[i]));
      if (factors != null) {
        f.evidence(DEFLATOR_INDEX, y, factors[i]);
        f.evidence(REAL_TOTAL, y, Money.ofPence(totals[i]));
      }
    }

    long baseline = Fractions.meanHalfEven(totals, 0, window);
    f.evidence(BASELINE, Money.ofPence(baseline));

    // Each year's verdict; the compared total is the worst year's, or the mean.
    int worst = window;
    for (int i = window; i < span; i++) {
      if (totals[i] < totals[worst]) {
        worst = i;
      }
      if (eachYear) {
        FinancialYear y = facts.year(i - window);
        f.check(
            CHANGE,
            y,
            Money.ofPence(totals[i] - baseline),
            classify(baseline, totals[i], toleranceBp));
        if (baseline > 0) {
          Fractions.percentage(totals[i] - baseline, baseline)
              .ifPresent(p -> f.evidence(CHANGE_PERCENT, y, p));
        }
      }
    }
    long compared;
    int comparedOffset;
    if (eachYear) {
      compared = totals[worst];
      comparedOffset = worst - window;
      f.evidence(WORST_YEAR, facts.year(comparedOffset));
    } else {
      compared = Fractions.meanHalfEven(totals, window, span);
      comparedOffset = Integer.MIN_VALUE;
      f.evidence(MEAN, Money.ofPence(compared));
      f.check(
          CHANGE,
          null,
          Money.ofPence(compared - baseline),
          classify(baseline, compared, toleranceBp));
      if (baseline > 0) {
        Fractions.percentage(compared - baseline, baseline)
            .ifPresent(p -> f.evidence(CHANGE_PERCENT, null, p));
      }
    }
    streamChanges(f, facts, laa, scoped, factors, comparedOffset);

    Verdict verdict = classify(baseline, compared, toleranceBp);
    long loss = baseline - compared;
    f.verdict(verdict);
    if (verdict == Verdict.PASS) {
      f.score(100);
    } else {
      long lossBp = Percentage.ratio(loss, baseline).basisPoints();
      f.score(100 - (2 * lossBp) / 100);
    }
    String subject =
        eachYear ? (real ? SUBJECT_REAL : SUBJECT) : (real ? SUBJECT_MEAN_REAL : SUBJECT_MEAN);
    FinancialYear about = eachYear ? facts.year(comparedOffset) : null;
    if (verdict == Verdict.PASS) {
      f.margin(
          Margin.of(
              subject,
              about,
              Margin.Direction.COULD_FALL,
              Money.ofPence(compared - baseline),
              "before a net loss"));
    } else {
      int shortYears = 0;
      if (eachYear) {
        for (int i = window; i < span; i++) {
          shortYears += totals[i] < baseline ? 1 : 0;
        }
      }
      f.margin(
          Margin.of(
              subject,
              about,
              Margin.Direction.MUST_RISE,
              Money.ofPence(loss),
              shortYears > 1 ? GOAL_SEVERAL : GOAL));
    }
    return f.build();
  }

  /** PASS without a loss, WARN for a loss within the tolerance, FAIL beyond it. */
  private static Verdict classify(long baseline, long compared, long toleranceBp) {
    long loss = baseline - compared;
    if (loss <= 0) {
      return Verdict.PASS;
    }
    return Fractions.compareProducts(loss, 10_000, toleranceBp, baseline) <= 0
        ? Verdict.WARN
        : Verdict.FAIL;
  }

  /** {@code cash × baseIndex ÷ index}, half-even to the penny, or null if it does not fit. */
  private static @Nullable Long restate(long cash, BigDecimal baseIndex, BigDecimal index) {
    BigDecimal r =
        BigDecimal.valueOf(cash).multiply(baseIndex).divide(index, 0, RoundingMode.HALF_EVEN);
    return r.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? null : r.longValueExact();
  }

  /**
   * One evidence row per stream with money in the baseline or the compared year(s): its baseline
   * (mean) and compared amount (the worst year's, or the mean), restated in real terms.
   */
  private static void streamChanges(
      Finding.Builder f,
      AgreementFacts facts,
      LocalAreaAgreement laa,
      boolean scoped,
      BigDecimal @Nullable [] factors,
      int comparedOffset) {
    int window = facts.baselineYears();
    int span = window + laa.years().size();
    long[] amounts = new long[span];
    int streams = laa.streams().size();
    // The agreement's streams in order, then other council funds (index -1) unless scoped.
    for (int k = 0; k <= streams; k++) {
      int s = k < streams ? k : -1;
      if (scoped && (s < 0 || !facts.table().streamInAgreement(s))) {
        continue;
      }
      boolean any = false;
      for (int i = 0; i < span; i++) {
        amounts[i] = facts.stream(s, i - window);
        any |= amounts[i] != 0;
      }
      if (!any) {
        continue;
      }
      if (factors != null) {
        BigDecimal baseIndex = factors[window - 1];
        for (int i = 0; i < span; i++) {
          Long restated = restate(amounts[i], baseIndex, factors[i]);
          amounts[i] = restated == null ? Long.MAX_VALUE : restated;
        }
      }
      long before = Fractions.meanHalfEven(amounts, 0, window);
      long after =
          comparedOffset == Integer.MIN_VALUE
              ? Fractions.meanHalfEven(amounts, window, span)
              : amounts[comparedOffset + window];
      if (before == 0 && after == 0) {
        continue;
      }
      f.evidence(
          STREAM_CHANGE,
          s < 0 ? OTHER_FUNDS : laa.streams().get(s).name(),
          Change.of(Money.ofPence(before), Money.ofPence(after)));
    }
  }
}
