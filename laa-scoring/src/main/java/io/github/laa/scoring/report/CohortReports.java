package io.github.laa.scoring.report;

import io.github.laa.core.InvolvementLevel;
import io.github.laa.scoring.BenchmarkEntry;
import io.github.laa.scoring.CohortDiff;
import io.github.laa.scoring.CohortScorecard;
import io.github.laa.scoring.Correlation;
import io.github.laa.scoring.InvolvementMatrix;
import io.github.laa.scoring.LeagueEntry;
import io.github.laa.scoring.RuleId;
import io.github.laa.scoring.TargetingEntry;
import io.github.laa.scoring.internal.TextTable;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Renders cohort analytics — league table, commissioning benchmark, R1 correlations and targeting
 * list, R4 mapping matrix — and cohort diffs, as plain text or Markdown.
 */
public final class CohortReports {
  private CohortReports() {}

  /** The whole cohort analysis as plain text. */
  public static String text(CohortScorecard cohort) {
    StringBuilder out = new StringBuilder(4096);
    out.append("Cohort: ")
        .append(cohort.scorecards().size())
        .append(" areas under ")
        .append(Reports.policy(cohort.policy()))
        .append("\n\n");
    section(out, "League table");
    leagueTable(cohort).appendText(out, "", true);
    section(out, "\nCommissioning benchmark (R6)");
    table(out, benchmark(cohort), false);
    section(out, "\nInfrastructure and involvement (R1)");
    for (Correlation c : cohort.infrastructureCorrelations()) {
      out.append("  ").append(c).append('\n');
    }
    section(
        out, "\nTargeting list (R1): extra infrastructure resources recommended, weakest first");
    table(out, targeting(cohort), false);
    section(out, "\nInvolvement mapping (R4)");
    matrix(cohort.involvementMatrix()).appendText(out, "", true);
    out.append(LEGEND);
    return out.toString();
  }

  /** The whole cohort analysis as Markdown. */
  public static String markdown(CohortScorecard cohort) {
    StringBuilder out = new StringBuilder(4096);
    out.append("## Cohort: ")
        .append(cohort.scorecards().size())
        .append(" areas under ")
        .append(Reports.policy(cohort.policy()))
        .append("\n\n### League table\n\n");
    leagueTable(cohort).appendMarkdown(out);
    out.append("\n### Commissioning benchmark (R6)\n\n");
    table(out, benchmark(cohort), true);
    out.append("\n### Infrastructure and involvement (R1)\n\n");
    for (Correlation c : cohort.infrastructureCorrelations()) {
      out.append("- ").append(c).append('\n');
    }
    out.append(
        "\n### Targeting list (R1)\n\nExtra infrastructure resources recommended, weakest first.\n\n");
    table(out, targeting(cohort), true);
    out.append("\n### Involvement mapping (R4)\n\n");
    matrix(cohort.involvementMatrix()).appendMarkdown(out);
    out.append('\n').append(LEGEND);
    return out.toString();
  }

  /** A cohort diff as plain text. */
  public static String text(CohortDiff diff) {
    StringBuilder out = new StringBuilder(1024);
    diffHeading(diff, out);
    out.append('\n');
    section(out, "Flips per rule");
    flipsByRule(diff).appendText(out, "", true);
    section(out, "\nFlips");
    table(out, flips(diff), false);
    return out.toString();
  }

  /** A cohort diff as Markdown. */
  public static String markdown(CohortDiff diff) {
    StringBuilder out = new StringBuilder(1024);
    out.append("## ");
    diffHeading(diff, out);
    out.append("\n### Flips per rule\n\n");
    flipsByRule(diff).appendMarkdown(out);
    out.append("\n### Flips\n\n");
    table(out, flips(diff), true);
    return out.toString();
  }

  private static final String LEGEND =
      "Levels: none < informed < consulted < involved < partner < leading; - not recorded.\n";

  private static void section(StringBuilder out, String title) {
    out.append(title).append('\n');
  }

  private static void table(StringBuilder out, TextTable t, boolean markdown) {
    if (t.isEmpty()) {
      out.append(markdown ? "_None._\n" : "  (none)\n");
    } else if (markdown) {
      t.appendMarkdown(out);
    } else {
      t.appendText(out, "", true);
    }
  }

  private static String opt(OptionalInt i) {
    return i.isPresent() ? Integer.toString(i.getAsInt()) : "-";
  }

  private static TextTable leagueTable(CohortScorecard cohort) {
    TextTable t = new TextTable("Rank>", "Quartile>", "Area", "Code", "Score>", "Rating");
    for (LeagueEntry e : cohort.leagueTable()) {
      t.row(
          opt(e.rank()),
          opt(e.quartile()),
          e.area().name(),
          e.area().code(),
          opt(e.score()),
          e.rag().name());
    }
    return t;
  }

  private static TextTable benchmark(CohortScorecard cohort) {
    TextTable t = new TextTable("Rank>", "Quartile>", "Area", "Score>", "Gap to best>", "Exemplar");
    for (BenchmarkEntry e : cohort.commissioningBenchmark()) {
      t.row(
          Integer.toString(e.rank()),
          Integer.toString(e.quartile()),
          e.area().name(),
          Integer.toString(e.score()),
          Integer.toString(e.gapToBest()),
          e.exemplar() ? "yes" : "");
    }
    return t;
  }

  private static TextTable targeting(CohortScorecard cohort) {
    TextTable t = new TextTable("Area", "Rating>", "Funding per body>", "Quartile>", "R1 verdict");
    for (TargetingEntry e : cohort.targetingList()) {
      t.row(
          e.area().name(),
          Integer.toString(e.rating()),
          e.fundingPerBody().map(Object::toString).orElse("-"),
          e.quartile().map(Object::toString).orElse("-"),
          e.verdict().name());
    }
    return t;
  }

  private static TextTable matrix(InvolvementMatrix m) {
    String[] headers = new String[m.columns().size() + 1];
    headers[0] = "Area";
    for (int i = 0; i < m.columns().size(); i++) {
      headers[i + 1] = m.columns().get(i).label();
    }
    TextTable t = new TextTable(headers);
    for (InvolvementMatrix.Row r : m.rows()) {
      String[] cells = new String[headers.length];
      cells[0] = r.area().name();
      for (int i = 0; i < r.levels().size(); i++) {
        cells[i + 1] = level(r.levels().get(i));
      }
      t.row(cells);
    }
    return t;
  }

  private static String level(Optional<InvolvementLevel> l) {
    return l.map(x -> x.name().toLowerCase(java.util.Locale.ROOT)).orElse("-");
  }

  private static void diffHeading(CohortDiff diff, StringBuilder out) {
    out.append("Cohort diff: ")
        .append(Reports.policy(diff.before().policy()))
        .append(" → ")
        .append(Reports.policy(diff.after().policy()))
        .append(", ")
        .append(diff.areas().size())
        .append(" areas, ")
        .append(diff.flips().size())
        .append(diff.flips().size() == 1 ? " flip\n" : " flips\n");
  }

  private static TextTable flipsByRule(CohortDiff diff) {
    TextTable t = new TextTable("Rule", "Areas flipped>");
    for (Map.Entry<RuleId, Integer> e : diff.flipsByRule().entrySet()) {
      t.row(e.getKey().value(), Integer.toString(e.getValue()));
    }
    return t;
  }

  private static TextTable flips(CohortDiff diff) {
    TextTable t = new TextTable("Area", "Rule", "Before", "After", "Score change>");
    for (CohortDiff.Flip f : diff.flips()) {
      t.row(
          f.area().name(),
          f.ruleId().value(),
          f.before().name(),
          f.after().name(),
          (f.scoreChange() > 0 ? "+" : "") + f.scoreChange());
    }
    return t;
  }
}
