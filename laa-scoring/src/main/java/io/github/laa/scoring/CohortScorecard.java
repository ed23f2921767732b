package io.github.laa.scoring;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.scoring.internal.Ranks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cohort of agreements (for example the London boroughs of a round) scored under one policy: a
 * {@link Scorecard} per area, the {@link #leagueTable() league table} of overall scores, and the
 * {@link CohortView cohort views} the policy's rules contribute — for the LVSC 2006 policy, R1's
 * correlations and targeting list, R4's mapping matrix and R6's commissioning benchmark:
 *
 * <pre>{@code
 * CohortScorecard cohort = Lvsc2006.policy().scoreCohort(agreements);
 * ImmutableList<BenchmarkEntry> benchmark = cohort.view(CommissioningRule.BENCHMARK).orElseThrow();
 * }</pre>
 *
 * <p>Everything is ordered by area code where no other order applies, and ties are explicit (shared
 * ranks), so reordering the agreements or renaming the areas changes no figure. The league table
 * and views are worked out when first asked for.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CohortScorecard {
  private final Policy policy;
  private final ImmutableList<Scorecard> scorecards;
  private final Supplier<ImmutableList<LeagueEntry>> league =
      Suppliers.memoize(this::computeLeague);
  private final ConcurrentHashMap<CohortView<?>, Object> views = new ConcurrentHashMap<>();

  CohortScorecard(Policy policy, ImmutableList<Scorecard> scorecards) {
    this.policy = policy;
    this.scorecards = scorecards;
  }

  /** The policy. */
  public Policy policy() {
    return policy;
  }

  /** One scorecard per area, by area code. */
  public ImmutableList<Scorecard> scorecards() {
    return scorecards;
  }

  /** The scorecard of the area with GSS code {@code code}, if it is in the cohort. */
  public Optional<Scorecard> scorecard(String code) {
    for (Scorecard s : scorecards) {
      if (s.area().code().equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The agreements, by area code. */
  public ImmutableList<LocalAreaAgreement> agreements() {
    ImmutableList.Builder<LocalAreaAgreement> out = ImmutableList.builder();
    for (Scorecard s : scorecards) {
      out.add(s.agreement());
    }
    return out.build();
  }

  /**
   * The league table: areas by overall score, best first; equal scores share the better rank and
   * are listed by area code; areas with no score come last.
   */
  public ImmutableList<LeagueEntry> leagueTable() {
    // Guava's Supplier is declared nullable; computeLeague never returns null.
    return Objects.requireNonNull(league.get());
  }

  /** The views the policy's rules contribute, in rule order. */
  public ImmutableList<CohortView<?>> views() {
    return policy.cohortViews();
  }

  /**
   * The value of {@code view} for this cohort, worked out once; empty if no rule of the policy
   * contributes it.
   */
  public <T> Optional<T> view(CohortView<T> view) {
    if (!policy.cohortViews().contains(view)) {
      return Optional.empty();
    }
    Object value = views.get(view);
    if (value == null) {
      // Worked out outside the map's lock, so that a view may read other views; a race computes
      // the same value twice and keeps the first.
      value = view.compute(this);
      Object earlier = views.putIfAbsent(view, value);
      value = earlier != null ? earlier : value;
    }
    @SuppressWarnings("unchecked") // the map holds each view's own value
    T typed = (T) value;
    return Optional.of(typed);
  }

  /**
   * What changed from this cohort to {@code other}, the same agreements under another policy (or
   * after edits).
   *
   * @throws IllegalArgumentException if the two cohorts are not of the same areas
   */
  public CohortDiff diff(CohortScorecard other) {
    return CohortDiff.between(this, other);
  }

  /**
   * The league table and every view as plain text, no line wider than 100 characters: long cells
   * wrap within their column, and a table too wide even then (the R4 matrix) is shown in blocks of
   * columns, each led by the first. An area with no score shows {@code n/a}.
   */
  public String toText() {
    return CohortReport.text(this);
  }

  /** The same as Markdown. */
  public String toMarkdown() {
    return CohortReport.markdown(this);
  }

  /**
   * The cohort as a JSON decision record: the policy's identity, the league table, each area's
   * scorecard as {@link Scorecard#toJson()} gives it (less what the cohort's record says once), and
   * every view's section. See {@link Scorecard#toJson()} for the form.
   */
  public String toJson() {
    return DecisionRecords.json(this);
  }

  /**
   * Appends {@link #toJson()} to {@code out}.
   *
   * @throws java.io.UncheckedIOException if {@code out} throws an {@link java.io.IOException}
   */
  @CanIgnoreReturnValue
  public <A extends Appendable> A appendJson(A out) {
    return DecisionRecords.append(out, toJson());
  }

  /**
   * The league table as CSV: columns {@code Rank}, {@code Quartile}, {@code Area code}, {@code Area
   * name}, {@code Rating}, {@code Score}, one row per area in {@link #leagueTable()} order; rank,
   * quartile and score are empty for an area with no score.
   *
   * <p>Every CSV of the library is RFC 4180 text: a header row first, cells separated by commas,
   * records ended by CRLF, a cell quoted only when it holds a comma, a double quote or a line
   * break; encode it as UTF-8. Numbers are plain ({@code 12400.00}, {@code -3}); any other cell
   * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (or
   * {@code '} and one of those) gets a {@code '} before it, as laa-core's tables do, so that no
   * spreadsheet runs a name such as {@code =HYPERLINK(…)} as a formula; a lone {@code -} is left as
   * it is. The same cohort always gives the same text.
   */
  public String leagueTableCsv() {
    return CsvReport.leagueTable(this);
  }

  /**
   * The findings as CSV, one row per area (by area code) and rule (in the policy's order), in the
   * form described at {@link #leagueTableCsv()}. Columns: {@code Area code}, {@code Area name},
   * {@code Rule} (its id), {@code Severity}, {@code Verdict}, {@code Score} (empty when not
   * assessed), {@code Margin amount} (a plain number: pounds with two decimals such as {@code
   * 12400.00}, percentage points such as {@code 10.00}, or a whole number of score points or
   * rungs), {@code Margin unit} ({@code GBP}, {@code pp}, {@code points} or {@code rungs}), {@code
   * Margin direction} ({@link Margin.Direction} name), {@code Margin} (the sentence) and {@code
   * Missing fact}; cells that do not apply are empty.
   */
  public String findingsCsv() {
    return CsvReport.findings(this);
  }

  /**
   * The section {@code view} shows in the cohort's reports, as CSV in the form described at {@link
   * #leagueTableCsv()}: its table's column headers, then its rows (the R4 mapping matrix is {@code
   * cohort.viewCsv(InvolvementRule.MAPPING)}); a section without a table gives one column, {@code
   * Line}, with a row per line. Empty if no rule of the policy contributes {@code view}.
   */
  public Optional<String> viewCsv(CohortView<?> view) {
    if (!policy.cohortViews().contains(view)) {
      return Optional.empty();
    }
    return Optional.of(CsvReport.section(section(view)));
  }

  /**
   * The cohort as one self-contained HTML5 page: the league table with a chart of overall scores
   * coloured and labelled by rating; every view's section with its {@link Section#charts() charts}
   * (for the LVSC 2006 policy, R1's scatters with their ρ, R4's mapping matrix as a heat map and
   * R6's benchmark as bars) and tables; then every area's scorecard as {@link Scorecard#toHtml()}
   * shows it, in league-table order.
   *
   * <p>As for a scorecard, the page needs nothing else (no script, nothing from elsewhere), prints
   * on A4, gives each chart a title, a description and a table of its numbers, escapes every text
   * it shows, is well-formed XML, and is the same every time.
   */
  public String toHtml() {
    return HtmlReport.page(this);
  }

  /**
   * Appends {@link #toHtml()} to {@code out}.
   *
   * @throws java.io.UncheckedIOException if {@code out} throws an {@link java.io.IOException}
   */
  @CanIgnoreReturnValue
  public <A extends Appendable> A appendHtml(A out) {
    return DecisionRecords.append(out, toHtml());
  }

  /** Each view's section, in rule order. */
  ImmutableList<Section> sections() {
    ImmutableList.Builder<Section> out = ImmutableList.builder();
    for (CohortView<?> v : views()) {
      out.add(section(v));
    }
    return out.build();
  }

  <T> Section section(CohortView<T> v) {
    return v.section(this, view(v).orElseThrow());
  }

  @Override
  public String toString() {
    return "CohortScorecard of " + scorecards.size() + " areas under " + policy.name();
  }

  private ImmutableList<LeagueEntry> computeLeague() {
    List<Scorecard> scored = new ArrayList<>();
    List<Scorecard> unscored = new ArrayList<>();
    for (Scorecard s : scorecards) {
      (s.score().isPresent() ? scored : unscored).add(s);
    }
    scored.sort(
        Comparator.comparingInt((Scorecard s) -> -s.score().getAsInt())
            .thenComparing(s -> s.area().code()));
    int[] ranks =
        Ranks.competitionRanks(scored.stream().mapToInt(s -> s.score().getAsInt()).toArray());
    ImmutableList.Builder<LeagueEntry> out = ImmutableList.builder();
    for (int i = 0; i < scored.size(); i++) {
      Scorecard s = scored.get(i);
      out.add(
          new LeagueEntry(
              s.area(),
              s.score(),
              OptionalInt.of(ranks[i]),
              OptionalInt.of(Ranks.quartile(ranks[i], scored.size())),
              s.rag()));
    }
    for (Scorecard s : unscored) {
      out.add(
          new LeagueEntry(
              s.area(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), s.rag()));
    }
    return out.build();
  }
}
