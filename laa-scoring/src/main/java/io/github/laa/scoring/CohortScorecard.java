package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.Area;
import io.github.laa.core.Block;
import io.github.laa.core.BlockType;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Stage;
import io.github.laa.scoring.internal.Lazy;
import io.github.laa.scoring.internal.Ranks;
import io.github.laa.scoring.report.CohortReports;
import io.github.laa.scoring.rules.CommissioningRule;
import io.github.laa.scoring.rules.InfrastructureRule;
import io.github.laa.scoring.rules.InvolvementRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * A cohort of agreements (for example the London boroughs of a round) scored under one policy: a
 * {@link Scorecard} per area, and the analytics the recommendations call for across areas:
 *
 * <ul>
 *   <li>the {@link #leagueTable() league table} — the Centre of Excellence benchmark of overall
 *       scores;
 *   <li>R1: the {@link #infrastructureCorrelations() Spearman correlations} between infrastructure
 *       (rating; funding per VCS body) and the R4 involvement ladder score, and the {@link
 *       #targetingList() targeting list} of areas where extra infrastructure resources are
 *       recommended, weakest first;
 *   <li>R4: the {@link #involvementMatrix() mapping exercise}, areas × (block, stage);
 *   <li>R6: the {@link #commissioningBenchmark() commissioning benchmark} with ranks, quartiles,
 *       exemplars (passing areas in the top quartile) and each area's gap to the best;
 *   <li>for two policies, the {@link #diff(CohortScorecard) cohort diff}.
 * </ul>
 *
 * <p>Everything is ordered by area code where no other order applies, and ties are explicit (shared
 * ranks, average ranks for Spearman), so reordering the agreements or renaming the areas changes no
 * figure. Analytics are worked out when first asked for.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CohortScorecard {
  private final Policy policy;
  private final ImmutableList<Scorecard> scorecards;
  private final Lazy<ImmutableList<LeagueEntry>> league = Lazy.of(this::computeLeague);
  private final Lazy<ImmutableList<BenchmarkEntry>> benchmark = Lazy.of(this::computeBenchmark);
  private final Lazy<ImmutableList<TargetingEntry>> targeting = Lazy.of(this::computeTargeting);
  private final Lazy<ImmutableList<Correlation>> correlations = Lazy.of(this::computeCorrelations);
  private final Lazy<InvolvementMatrix> matrix = Lazy.of(this::computeMatrix);

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
    return league.get();
  }

  /** The commissioning benchmark (R6), best first; empty if the policy has no R6 rule. */
  public ImmutableList<BenchmarkEntry> commissioningBenchmark() {
    return benchmark.get();
  }

  /**
   * The areas where R1 recommends extra infrastructure resources (weak by rating or in the weakest
   * quartile of funding per body), weakest first: by rating, then funding per body, then code.
   * Empty if the policy has no R1 rule.
   */
  public ImmutableList<TargetingEntry> targetingList() {
    return targeting.get();
  }

  /**
   * R1's correlations: infrastructure rating, and infrastructure funding per VCS body, each against
   * the R4 involvement ladder score, over the areas that have both.
   */
  public ImmutableList<Correlation> infrastructureCorrelations() {
    return correlations.get();
  }

  /** R4's mapping exercise. */
  public InvolvementMatrix involvementMatrix() {
    return matrix.get();
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

  /** The league table, benchmark, correlations, targeting list and mapping matrix as text. */
  public String toText() {
    return CohortReports.text(this);
  }

  /** The same as Markdown. */
  public String toMarkdown() {
    return CohortReports.markdown(this);
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

  private ImmutableList<BenchmarkEntry> computeBenchmark() {
    record Scored(Area area, int score, boolean passes) {}
    List<Scored> scored = new ArrayList<>();
    for (Scorecard s : scorecards) {
      s.finding(RuleId.COMMISSIONING_PRACTICE)
          .ifPresent(
              f ->
                  f.evidence(CommissioningRule.SCORE)
                      .ifPresent(
                          e ->
                              scored.add(
                                  new Scored(
                                      s.area(),
                                      ((Long) e.value()).intValue(),
                                      f.verdict() == Verdict.PASS))));
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

  private ImmutableList<TargetingEntry> computeTargeting() {
    List<TargetingEntry> weak = new ArrayList<>();
    for (Scorecard s : scorecards) {
      Finding f = s.finding(RuleId.INFRASTRUCTURE_TARGETING).orElse(null);
      boolean isWeak =
          f != null
              && f.evidence(InfrastructureRule.WEAK)
                  .map(e -> Boolean.TRUE.equals(e.value()))
                  .orElse(false);
      if (f == null || !isWeak) {
        continue;
      }
      LocalAreaAgreement laa = s.agreement();
      Optional<Integer> quartile =
          f.evidence(InfrastructureRule.COHORT_QUARTILE).map(e -> ((Long) e.value()).intValue());
      weak.add(
          new TargetingEntry(
              laa.area(),
              laa.infrastructure().orElseThrow().qualityRating(),
              InfrastructureRule.fundingPerBody(laa),
              quartile,
              f.verdict()));
    }
    weak.sort(
        Comparator.comparingInt(TargetingEntry::rating)
            .thenComparing(e -> e.fundingPerBody().map(Money::pence).orElse(Long.MAX_VALUE))
            .thenComparing(e -> e.area().code()));
    return ImmutableList.copyOf(weak);
  }

  private ImmutableList<Correlation> computeCorrelations() {
    List<long[]> rating = new ArrayList<>();
    List<long[]> funding = new ArrayList<>();
    for (Scorecard s : scorecards) {
      LocalAreaAgreement laa = s.agreement();
      OptionalInt ladder = InvolvementRule.ladderScore(laa);
      if (ladder.isEmpty() || laa.infrastructure().isEmpty()) {
        continue;
      }
      rating.add(new long[] {laa.infrastructure().get().qualityRating(), ladder.getAsInt()});
      Optional<Money> perBody = InfrastructureRule.fundingPerBody(laa);
      perBody.ifPresent(m -> funding.add(new long[] {m.pence(), ladder.getAsInt()}));
    }
    return ImmutableList.of(
        correlation("infrastructure rating", rating),
        correlation("infrastructure funding per VCS body", funding));
  }

  private static Correlation correlation(String x, List<long[]> pairs) {
    long[] xs = new long[pairs.size()];
    long[] ys = new long[pairs.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = pairs.get(i)[0];
      ys[i] = pairs.get(i)[1];
    }
    return new Correlation(x, "involvement ladder score", xs.length, Ranks.spearman(xs, ys));
  }

  private InvolvementMatrix computeMatrix() {
    // Columns: strategic, then (block, stage) recorded anywhere, in standard block order.
    Set<String> localThemes = new TreeSet<>();
    Set<String> blockIds = new LinkedHashSet<>();
    for (BlockType t : BlockType.values()) {
      t.code().ifPresent(blockIds::add);
    }
    for (Scorecard s : scorecards) {
      for (Block b : s.agreement().blocks()) {
        if (!blockIds.contains(b.id())) {
          localThemes.add(b.id());
        }
      }
    }
    blockIds.addAll(localThemes);
    List<InvolvementMatrix.Column> columns = new ArrayList<>();
    columns.add(new InvolvementMatrix.Column(Optional.empty(), Optional.empty()));
    for (String block : blockIds) {
      for (Stage stage : Stage.values()) {
        boolean recorded = false;
        for (Scorecard s : scorecards) {
          recorded |= s.agreement().involvement().flatMap(i -> i.level(block, stage)).isPresent();
        }
        if (recorded) {
          columns.add(new InvolvementMatrix.Column(Optional.of(block), Optional.of(stage)));
        }
      }
    }
    ImmutableList.Builder<InvolvementMatrix.Row> rows = ImmutableList.builder();
    for (Scorecard s : scorecards) {
      ImmutableList.Builder<Optional<InvolvementLevel>> levels = ImmutableList.builder();
      for (InvolvementMatrix.Column c : columns) {
        String block = c.block().orElse(null);
        Stage stage = c.stage().orElse(null);
        if (block == null || stage == null) {
          levels.add(s.agreement().involvement().map(i -> i.strategic()));
        } else {
          levels.add(s.agreement().involvement().flatMap(i -> i.level(block, stage)));
        }
      }
      rows.add(new InvolvementMatrix.Row(s.area(), levels.build()));
    }
    return new InvolvementMatrix(ImmutableList.copyOf(columns), rows.build());
  }
}
