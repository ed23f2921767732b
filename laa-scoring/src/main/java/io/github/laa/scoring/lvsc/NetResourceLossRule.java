package io.github.laa.scoring.lvsc;

import static io.github.laa.scoring.Margin.Direction.COULD_FALL;
import static io.github.laa.scoring.Margin.Direction.MUST_RISE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.laa.core.DeflatorSeries;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Problem;
import io.github.laa.scoring.AgreementFacts;
import io.github.laa.scoring.Change;
import io.github.laa.scoring.DatedValue;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Key;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.Monotonicity;
import io.github.laa.scoring.Parameter;
import io.github.laa.scoring.Parameters;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.RuleInput;
import io.github.laa.scoring.Severity;
import io.github.laa.scoring.TippingPoint;
import io.github.laa.scoring.Verdict;
import io.github.laa.scoring.internal.Aggregate;
import io.github.laa.scoring.internal.Fractions;
import io.github.laa.scoring.internal.Reads;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Recommendation R3, first part: introducing an LAA must not cause a net loss of resources
 * allocated to the area's VCS ({@link Lvsc2006#NET_RESOURCE_LOSS}).
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
 * Verdict#FAIL}. Score: 100 for a pass, else {@code 100 − ⌊2 × lossBp ÷ 100⌋}, where {@code lossBp}
 * is the compared total's loss as a share of the baseline in basis points, half-even (the worst
 * year's, or the mean's); within the verdict's band.
 *
 * <p>{@link #TOLERANCE} is read by year ({@link Parameter#byYear()}): each agreement year is
 * checked with the tolerance in force that year, and the mean with the tolerance of the agreement's
 * first year; the verdict is the worst of the years' verdicts. When the tolerance has dated values,
 * the evidence shows the tolerance applied to each compared year ({@link #TOLERANCE_APPLIED}) and,
 * for a year under a dated value, its source ({@link #TOLERANCE_SOURCE}); without them the evidence
 * is as before.
 *
 * <p>Evidence: every year's total (and deflator and restated total in real terms), the baseline,
 * each agreement year's change in pounds and percent with its verdict (or, comparing the mean, the
 * mean and its change), the worst year, and the change of every stream. Margin: the rise the
 * compared total (the worst year, or the mean) needs to avoid a loss, or for a pass how far it
 * could fall before one.
 */
@Reads(Aggregate.STREAMS)
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
      Parameter.of(
          Lvsc2006.NET_RESOURCE_LOSS, "terms", "cash or real terms", Terms.class, Terms.CASH);

  /** The price index for real terms; required when {@link #TERMS} is {@link Terms#REAL}. */
  public static final Parameter<DeflatorSeries> DEFLATOR =
      Parameter.optional(
          Lvsc2006.NET_RESOURCE_LOSS,
          "deflator",
          "price index per financial year for real terms",
          DeflatorSeries.class,
          d -> null);

  /** All sources (default) or only the agreement's streams. */
  public static final Parameter<Scope> SCOPE =
      Parameter.of(
          Lvsc2006.NET_RESOURCE_LOSS,
          "scope",
          "which money counts",
          Scope.class,
          Scope.ALL_SOURCES);

  /** Each year (default) or the mean of the agreement years. */
  public static final Parameter<Comparison> COMPARISON =
      Parameter.of(
          Lvsc2006.NET_RESOURCE_LOSS,
          "comparison",
          "what is compared with the baseline",
          Comparison.class,
          Comparison.EACH_YEAR);

  /** A loss up to this share of the baseline warns instead of failing (0% to 100%; default 0%). */
  public static final Parameter<Percentage> TOLERANCE =
      Parameter.of(
              Lvsc2006.NET_RESOURCE_LOSS,
              "tolerance",
              "loss, as a share of the baseline, that only warns",
              Percentage.class,
              Percentage.ZERO,
              ParameterChecks::zeroToHundred)
          .byYear();

  /**
   * Evidence, only when {@link #TOLERANCE} has dated values: the tolerance applied to a compared
   * year (about the year; comparing the mean, the agreement's first year).
   */
  public static final Key<Percentage> TOLERANCE_APPLIED = Key.of("tolerance", Percentage.class);

  /**
   * Evidence, only for a year in which a dated value of {@link #TOLERANCE} is in force: where it
   * comes from, e.g. {@code from 2008/09: Anytown Compact 2008: "§3 …"} (about the year).
   */
  public static final Key<String> TOLERANCE_SOURCE = Key.of("tolerance source", String.class);

  /** Evidence: a year's total (about the year). */
  public static final Key<Money> TOTAL = Key.of("total", Money.class);

  /** Evidence: the deflator index of a year (about the year). */
  public static final Key<BigDecimal> DEFLATOR_INDEX = Key.of("deflator", BigDecimal.class);

  /** Evidence: a year's total restated in the prices of the price base (about the year). */
  public static final Key<Money> REAL_TOTAL = Key.of("total in base-year prices", Money.class);

  /** Evidence: the year whose prices real totals are in. */
  public static final Key<FinancialYear> PRICE_BASE = Key.of("price base", FinancialYear.class);

  /** Evidence: the baseline (the mean of the baseline years). */
  public static final Key<Money> BASELINE = Key.of("baseline", Money.class);

  /** Evidence: the mean of the agreement years (when comparing the mean). */
  public static final Key<Money> MEAN = Key.of("mean of agreement years", Money.class);

  /** Evidence: a compared total minus the baseline, with its verdict (about the year). */
  public static final Key<Money> CHANGE = Key.of("change", Money.class);

  /** Evidence: the change as a percentage of the baseline (about the year). */
  public static final Key<Percentage> CHANGE_PERCENT = Key.of("change %", Percentage.class);

  /** Evidence: the agreement year with the largest loss. */
  public static final Key<FinancialYear> WORST_YEAR = Key.of("worst year", FinancialYear.class);

  /** Evidence: a stream's money, baseline to compared (about the stream's name). */
  public static final Key<Change> STREAM_CHANGE = Key.of("change by stream", Change.class);

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
        Lvsc2006.NET_RESOURCE_LOSS,
        "No net loss of resources to the VCS",
        Recommendation.R3.cite(
            "the introduction of a LAA should not result in a net loss of resources allocated to a"
                + " borough's VCS"),
        Severity.MUST,
        PARAMETERS,
        ImmutableList.of());
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

  /**
   * All four verdicts, but no {@code WARN} at a tolerance of 0%, the default: a loss then always
   * fails.
   */
  @Override
  public ImmutableSet<Verdict> possibleVerdicts(Parameters parameters) {
    boolean anyTolerance = parameters.get(TOLERANCE).basisPoints() != 0;
    for (DatedValue<Percentage> d : parameters.datedValues(TOLERANCE)) {
      anyTolerance |= d.value().basisPoints() != 0;
    }
    return anyTolerance ? ALL_VERDICTS : WITHOUT_TOLERANCE;
  }

  private static final ImmutableSet<Verdict> WITHOUT_TOLERANCE =
      Sets.immutableEnumSet(Verdict.PASS, Verdict.FAIL, Verdict.NOT_ASSESSED);
  private static final ImmutableSet<Verdict> ALL_VERDICTS =
      Sets.immutableEnumSet(EnumSet.allOf(Verdict.class));

  /**
   * For {@link #TOLERANCE}, exactly from the evidence: the compared total's loss {@code L} (the
   * worst year's, or the mean's) fails when {@code L × 10,000 > tolerance(bp) × baseline}, so a
   * failing finding warns from {@code ⌈L × 10,000 ÷ baseline⌉} basis points up, and a warning fails
   * one basis point below that. A pass, or a finding not assessed, never changes with the
   * tolerance. {@link Monotonicity#STRICTER_WHEN_LOWERED}.
   */
  @Override
  public Optional<TippingPoint.Derivation> tippingPoint(
      Parameter<?> parameter,
      TippingPoint.Direction direction,
      Finding finding,
      Parameters parameters) {
    if (parameter != TOLERANCE) {
      return Optional.empty();
    }
    Verdict v = finding.verdict();
    boolean raise = direction == TippingPoint.Direction.RAISE;
    if (v == Verdict.PASS || v == Verdict.NOT_ASSESSED || (v == Verdict.FAIL) != raise) {
      return Optional.of(TippingPoint.Derivation.none());
    }
    long baseline = finding.get(BASELINE).pence();
    Optional<Long> compared = compared(finding);
    if (compared.isEmpty() || baseline <= 0) {
      return Optional.empty();
    }
    long loss = baseline - compared.get();
    // The least tolerance, in basis points, at which the loss only warns.
    long warnsFrom =
        BigInteger.valueOf(loss)
            .multiply(BigInteger.valueOf(10_000))
            .add(BigInteger.valueOf(baseline - 1))
            .divide(BigInteger.valueOf(baseline))
            .longValueExact();
    return Optional.of(
        raise
            ? TippingPoint.Derivation.at(Percentage.ofBasisPoints(warnsFrom), Verdict.WARN)
            : TippingPoint.Derivation.at(Percentage.ofBasisPoints(warnsFrom - 1), Verdict.FAIL));
  }

  /** The compared total in the evidence: the mean, or the worst year's (restated in real terms). */
  private static Optional<Long> compared(Finding finding) {
    Optional<Money> mean = finding.find(MEAN);
    if (mean.isPresent()) {
      return Optional.of(mean.get().pence());
    }
    Optional<FinancialYear> worst = finding.find(WORST_YEAR);
    if (worst.isEmpty()) {
      return Optional.empty();
    }
    Optional<Money> total = finding.find(REAL_TOTAL, worst.get());
    if (total.isEmpty()) {
      total = finding.find(TOTAL, worst.get());
    }
    return total.map(Money::pence);
  }

  /** Lower tolerances are stricter; the other parameters have no order of strictness. */
  @Override
  public Monotonicity monotonicity(Parameter<?> parameter) {
    return parameter == TOLERANCE ? Monotonicity.STRICTER_WHEN_LOWERED : Monotonicity.UNORDERED;
  }

  /**
   * For tolerances {@code t(lenient) > t(strict)} in cash terms with the other parameters alike:
   * the template agreement with a loss between them in every agreement year ({@link
   * Counterexamples}).
   */
  @Override
  public Optional<LocalAreaAgreement> counterexample(Parameters lenient, Parameters strict) {
    long lo = strict.get(TOLERANCE).basisPoints();
    long hi = lenient.get(TOLERANCE).basisPoints();
    if (hi <= lo || lenient.get(TERMS) != Terms.CASH || strict.get(TERMS) != Terms.CASH) {
      return Optional.empty();
    }
    long lossBp = lo + (hi - lo + 1) / 2; // in (lo, hi]: warns under lenient, fails under strict
    return Optional.of(Counterexamples.netLoss(lenient.get(Policy.BASELINE_YEARS), lossBp));
  }

  @Override
  public Finding evaluate(RuleInput in) {
    AgreementFacts facts = in.facts();
    boolean scoped = in.get(SCOPE) == Scope.AGREEMENT_STREAMS;
    boolean eachYear = in.get(COMPARISON) == Comparison.EACH_YEAR;
    boolean datedTolerance = !in.datedValues(TOLERANCE).isEmpty();
    int window = facts.baselineYears();
    int span = window + facts.agreement().years().size();
    Finding.Builder f = in.finding();
    Optional<Finding> noBaseline = f.notAssessedWithoutBaseline(facts, scoped);
    if (noBaseline.isPresent()) {
      return noBaseline.get();
    }

    // Every year's total, oldest first (offset -window at index 0), in cash and as compared.
    long[] cash = new long[span];
    for (int i = 0; i < span; i++) {
      cash[i] = scoped ? facts.totalInAgreementStreams(i - window) : facts.total(i - window);
    }
    BigDecimal @Nullable [] indices = null;
    long[] totals = cash;
    if (in.get(TERMS) == Terms.REAL) {
      indices = new BigDecimal[span];
      totals = new long[span];
      Optional<Finding> notDeflated =
          deflate(f, in.find(DEFLATOR).orElse(null), facts, cash, indices, totals);
      if (notDeflated.isPresent()) {
        return notDeflated.get();
      }
    }
    for (int i = 0; i < span; i++) {
      FinancialYear y = facts.year(i - window);
      f.evidence(TOTAL, y, Money.ofPence(cash[i]));
      if (indices != null) {
        f.evidence(DEFLATOR_INDEX, y, indices[i]);
        f.evidence(REAL_TOTAL, y, Money.ofPence(totals[i]));
      }
    }
    long baseline = Fractions.meanHalfEven(totals, 0, window);
    f.evidence(BASELINE, Money.ofPence(baseline));

    // The compared total: the worst agreement year's (each year checked), or the mean. Each year
    // is checked with the tolerance in force that year; the mean with the first year's. The
    // verdict is the worst year's verdict, which with one tolerance is the largest loss's.
    long compared;
    FinancialYear worstYear = null;
    Verdict verdict = Verdict.PASS;
    if (eachYear) {
      int worst = window;
      for (int i = window; i < span; i++) {
        worst = totals[i] < totals[worst] ? i : worst;
        FinancialYear y = facts.year(i - window);
        long toleranceBp = tolerance(f, in, y, datedTolerance);
        verdict = worse(verdict, change(f, y, baseline, totals[i], toleranceBp));
      }
      compared = totals[worst];
      worstYear = facts.year(worst - window);
      f.evidence(WORST_YEAR, worstYear);
    } else {
      compared = Fractions.meanHalfEven(totals, window, span);
      f.evidence(MEAN, Money.ofPence(compared));
      long toleranceBp = tolerance(f, in, facts.year(0), datedTolerance);
      verdict = change(f, null, baseline, compared, toleranceBp);
    }
    streamChanges(f, facts, scoped, indices, worstYear);

    long loss = baseline - compared;
    f.verdict(verdict);
    f.score(
        verdict == Verdict.PASS
            ? 100
            : 100 - 2 * Percentage.ratio(loss, baseline).basisPoints() / 100);
    String subject =
        eachYear
            ? (indices != null ? SUBJECT_REAL : SUBJECT)
            : (indices != null ? SUBJECT_MEAN_REAL : SUBJECT_MEAN);
    if (verdict == Verdict.PASS) {
      f.margin(margin(subject, worstYear, COULD_FALL, -loss, "before a net loss"));
    } else {
      int shortYears = 0;
      for (int i = window; eachYear && i < span; i++) {
        shortYears += totals[i] < baseline ? 1 : 0;
      }
      f.margin(margin(subject, worstYear, MUST_RISE, loss, shortYears > 1 ? GOAL_SEVERAL : GOAL));
    }
    return f.build();
  }

  /**
   * Fills {@code indices} with every year's deflator index and {@code totals} with {@code cash}
   * restated in the prices of the year before the agreement; or returns the NOT_ASSESSED finding of
   * what is missing: the series, the price base's index, a year's index, or a restated total within
   * the range of Money (checked year by year, oldest first).
   */
  private static Optional<Finding> deflate(
      Finding.Builder f,
      @Nullable DeflatorSeries series,
      AgreementFacts facts,
      long[] cash,
      BigDecimal[] indices,
      long[] totals) {
    if (series == null) {
      return Optional.of(f.notAssessed("a deflator series"));
    }
    FinancialYear base = facts.year(-1);
    BigDecimal baseIndex = series.index(base).orElse(null);
    if (baseIndex == null) {
      return Optional.of(f.notAssessed("a deflator index for", base));
    }
    for (int i = 0; i < cash.length; i++) {
      FinancialYear y = facts.year(i - facts.baselineYears());
      BigDecimal index = series.index(y).orElse(null);
      if (index == null) {
        return Optional.of(f.notAssessed("a deflator index for", y));
      }
      indices[i] = index;
      Long restated = restate(cash[i], baseIndex, index);
      if (restated == null) {
        return Optional.of(f.notAssessed("restated totals within the range of Money"));
      }
      totals[i] = restated;
    }
    f.evidence(PRICE_BASE, base);
    return Optional.empty();
  }

  /**
   * The tolerance in {@code year}, in basis points; when it has dated values, recorded as evidence
   * with the source of the dated value in force, if one is.
   */
  private static long tolerance(
      Finding.Builder f, RuleInput in, FinancialYear year, boolean dated) {
    if (!dated) {
      return in.get(TOLERANCE).basisPoints();
    }
    Optional<DatedValue<Percentage>> inForce = in.datedValue(TOLERANCE, year);
    Percentage tolerance = inForce.isPresent() ? inForce.orElseThrow().value() : in.get(TOLERANCE);
    f.evidence(TOLERANCE_APPLIED, year, tolerance);
    inForce.ifPresent(d -> f.evidence(TOLERANCE_SOURCE, year, d.sourceText()));
    return tolerance.basisPoints();
  }

  /** The worse of two verdicts among PASS, WARN and FAIL. */
  private static Verdict worse(Verdict a, Verdict b) {
    return a == Verdict.FAIL || b == Verdict.FAIL
        ? Verdict.FAIL
        : a == Verdict.WARN || b == Verdict.WARN ? Verdict.WARN : Verdict.PASS;
  }

  /**
   * The change of {@code total} from the baseline, in pounds (a check) and in percent; returns the
   * check's verdict.
   */
  private static Verdict change(
      Finding.Builder f,
      @Nullable FinancialYear year,
      long baseline,
      long total,
      long toleranceBp) {
    Money change = Money.ofPence(total - baseline);
    Verdict outcome = classify(baseline, total, toleranceBp);
    Optional<Percentage> percent =
        baseline > 0 ? Fractions.percentage(total - baseline, baseline) : Optional.empty();
    if (year != null) {
      f.check(CHANGE, year, change, outcome);
      percent.ifPresent(p -> f.evidence(CHANGE_PERCENT, year, p));
    } else {
      f.check(CHANGE, change, outcome);
      percent.ifPresent(p -> f.evidence(CHANGE_PERCENT, p));
    }
    return outcome;
  }

  private static Margin margin(
      String subject, @Nullable FinancialYear year, Margin.Direction d, long pence, String goal) {
    Margin.Amount amount = Margin.Amount.of(Money.ofPence(pence));
    return year == null
        ? Margin.of(subject, d, amount, goal)
        : Margin.of(subject, year, d, amount, goal);
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
      boolean scoped,
      BigDecimal @Nullable [] indices,
      @Nullable FinancialYear worstYear) {
    LocalAreaAgreement laa = facts.agreement();
    int window = facts.baselineYears();
    int span = window + laa.years().size();
    long[] amounts = new long[span];
    int streams = laa.streams().size();
    // The agreement's streams in order, then other council funds (index -1) unless scoped.
    for (int k = 0; k <= streams; k++) {
      int s = k < streams ? k : -1;
      if (scoped && (s < 0 || !facts.streamInAgreement(s))) {
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
      if (indices != null) {
        for (int i = 0; i < span; i++) {
          Long restated = restate(amounts[i], indices[window - 1], indices[i]);
          amounts[i] = restated == null ? Long.MAX_VALUE : restated;
        }
      }
      long before = Fractions.meanHalfEven(amounts, 0, window);
      long after =
          worstYear == null
              ? Fractions.meanHalfEven(amounts, window, span)
              : amounts[laa.firstYear().yearsUntil(worstYear) + window];
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
