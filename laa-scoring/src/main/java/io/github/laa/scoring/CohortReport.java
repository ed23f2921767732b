package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.scoring.internal.Markdown;
import io.github.laa.scoring.internal.TextTable;
import io.github.laa.scoring.internal.Texts;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * How {@link CohortScorecard#toText()}, {@link CohortScorecard#toMarkdown()} and their {@link
 * CohortDiff} counterparts render: the league table, then each {@link CohortView}'s {@link
 * Section}, in the policy's rule order. Not API: the result types' methods are the one way to
 * render.
 */
final class CohortReport {
  private CohortReport() {}

  /** The whole cohort analysis as plain text. */
  static String text(CohortScorecard cohort) {
    StringBuilder out = new StringBuilder(4096);
    Texts.appendWrapped(
        out,
        "Cohort: ",
        "  ",
        cohort.scorecards().size() + " areas under " + ScorecardReport.policy(cohort.policy()));
    out.append("\nLeague table\n");
    leagueTable(cohort).appendText(out, "", true, Texts.WIDTH);
    for (Section s : cohort.sections()) {
      out.append('\n');
      Texts.appendWrapped(out, "", "  ", s.title() + s.description().map(d -> ": " + d).orElse(""));
      if (!s.columns().isEmpty()) {
        TextTable t = table(s);
        if (t.isEmpty()) {
          out.append("  (none)\n");
        } else {
          t.appendText(out, "", true, Texts.WIDTH);
        }
      }
      for (String line : s.lines()) {
        Texts.appendWrapped(out, "  ", "    ", line);
      }
      s.footnote().ifPresent(f -> Texts.appendWrapped(out, "", "", f));
    }
    return out.toString();
  }

  /** The whole cohort analysis as Markdown. */
  static String markdown(CohortScorecard cohort) {
    StringBuilder out = new StringBuilder(4096);
    out.append("## Cohort: ")
        .append(cohort.scorecards().size())
        .append(" areas under ")
        .append(Markdown.text(ScorecardReport.policy(cohort.policy())))
        .append("\n\n### League table\n\n");
    leagueTable(cohort).appendMarkdown(out);
    for (Section s : cohort.sections()) {
      out.append("\n### ").append(Markdown.text(s.title())).append("\n\n");
      s.description().ifPresent(d -> out.append(Markdown.text(sentence(d))).append("\n\n"));
      if (!s.columns().isEmpty()) {
        TextTable t = table(s);
        if (t.isEmpty()) {
          out.append("_None._\n");
        } else {
          t.appendMarkdown(out);
        }
      }
      for (String line : s.lines()) {
        out.append("- ").append(Markdown.text(line)).append('\n');
      }
      s.footnote().ifPresent(f -> out.append('\n').append(Markdown.text(f)).append('\n'));
    }
    return out.toString();
  }

  /** A description as a sentence: its first letter upper case, a full stop at the end. */
  private static String sentence(String d) {
    return d.isEmpty() ? d : Character.toUpperCase(d.charAt(0)) + d.substring(1) + ".";
  }

  private static TextTable table(Section s) {
    String[] headers = new String[s.columns().size()];
    for (int i = 0; i < headers.length; i++) {
      Section.Column c = s.columns().get(i);
      headers[i] = c.header() + (c.align() == Section.Align.RIGHT ? ">" : "");
    }
    TextTable t = new TextTable(headers);
    for (ImmutableList<String> row : s.rows()) {
      t.row(row.toArray(new String[0]));
    }
    return t;
  }

  /** A cohort diff as plain text. */
  static String text(CohortDiff diff) {
    StringBuilder out = new StringBuilder(1024);
    StringBuilder heading = new StringBuilder();
    diffHeading(diff, heading, Texts::line);
    Texts.appendWrapped(out, "", "  ", heading.toString().strip());
    out.append('\n');
    out.append("Flips per rule").append('\n');
    flipsByRule(diff).appendText(out, "", true, Texts.WIDTH);
    out.append("\nFlips").append('\n');
    table(out, flips(diff), false);
    return out.toString();
  }

  /** A cohort diff as Markdown. */
  static String markdown(CohortDiff diff) {
    StringBuilder out = new StringBuilder(1024);
    out.append("## ");
    diffHeading(diff, out, Markdown::text);
    out.append("\n### Flips per rule\n\n");
    flipsByRule(diff).appendMarkdown(out);
    out.append("\n### Flips\n\n");
    table(out, flips(diff), true);
    return out.toString();
  }

  private static void table(StringBuilder out, TextTable t, boolean markdown) {
    if (t.isEmpty()) {
      out.append(markdown ? "_None._\n" : "  (none)\n");
    } else if (markdown) {
      t.appendMarkdown(out);
    } else {
      t.appendText(out, "", true, Texts.WIDTH);
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
          e.score().isPresent() ? Integer.toString(e.score().getAsInt()) : "n/a",
          e.rag().name());
    }
    return t;
  }

  private static void diffHeading(CohortDiff diff, StringBuilder out, UnaryOperator<String> text) {
    out.append("Cohort diff: ")
        .append(text.apply(ScorecardReport.policy(diff.before().policy())))
        .append(" → ")
        .append(text.apply(ScorecardReport.policy(diff.after().policy())))
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
          Texts.line(f.area().name()),
          f.ruleId().value(),
          f.before().name(),
          f.after().name(),
          ScorecardReport.scoreChange(f.before(), f.after(), f.scoreChange()));
    }
    return t;
  }
}
