package io.github.laa.examples;

import io.github.laa.scoring.CohortDiff;
import io.github.laa.scoring.CohortScorecard;
import io.github.laa.scoring.LeagueEntry;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Scorecard;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import java.util.Locale;

/**
 * The main example: scores the {@link IllustrativeCohort illustrative London cohort} under {@link
 * Lvsc2006#policy()} and prints the league table, the R1 correlations and targeting list, the R4
 * involvement matrix, the R6 commissioning benchmark, every borough's scorecard, and a reform — net
 * resource loss in real terms — with what it changes.
 *
 * <p>Run it with {@code ./mvnw -q -Prun -pl laa-examples -am package -DskipTests}.
 */
public final class LondonReport {
  private LondonReport() {}

  /** The real-terms reform: net resource loss restated with the illustrative HMT deflator. */
  public static Policy realTerms() {
    return Lvsc2006.policy()
        .reform("LVSC 2006, real terms")
        .set(NetResourceLossRule.TERMS, NetResourceLossRule.Terms.REAL)
        .set(NetResourceLossRule.DEFLATOR, IllustrativeCohort.HMT_2004_ILLUSTRATION)
        .build();
  }

  /** The whole report. */
  public static String render() {
    Policy lvsc = Lvsc2006.policy();
    CohortScorecard cohort = lvsc.scoreCohort(IllustrativeCohort.agreements());
    StringBuilder out = new StringBuilder(64 * 1024);
    out.append(IllustrativeCohort.LABEL).append("\n\n");
    out.append(cohort.toText());
    out.append("\n")
        .append("=".repeat(100))
        .append("\nScorecards, in league-table order\n")
        .append("=".repeat(100))
        .append('\n');
    for (LeagueEntry e : cohort.leagueTable()) {
      Scorecard card = cohort.scorecard(e.area().code()).orElseThrow();
      out.append('\n').append(card.toText());
    }
    Policy reform = realTerms();
    CohortScorecard real = reform.scoreCohort(IllustrativeCohort.agreements());
    CohortDiff diff = cohort.diff(real);
    out.append("\n")
        .append("=".repeat(100))
        .append("\nReform: ")
        .append(reform.name())
        .append(" (deflator: ")
        .append(IllustrativeCohort.HMT_2004_ILLUSTRATION.name())
        .append(")\n")
        .append("=".repeat(100))
        .append("\n\n");
    out.append(diff.toText());
    out.append("\nLeague table under the reform\n");
    for (LeagueEntry e : real.leagueTable()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-24s %-6s %s%n",
              e.area().name(),
              e.rag(),
              e.score().isPresent() ? e.score().getAsInt() + "/100" : "n/a"));
    }
    out.append('\n').append(IllustrativeCohort.LABEL).append('\n');
    return out.toString();
  }

  /**
   * Prints the report.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(render());
  }
}
