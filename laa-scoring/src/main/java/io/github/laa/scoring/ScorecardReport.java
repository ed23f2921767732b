package io.github.laa.scoring;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.scoring.internal.Markdown;
import io.github.laa.scoring.internal.TextTable;
import io.github.laa.scoring.internal.Texts;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How {@link Scorecard#toText()}, {@link Scorecard#toMarkdown()} and their {@link ScorecardDiff}
 * counterparts render: money in the en-GB form ({@code £1,234.56}) whatever the default locale,
 * tables aligned, the same input always the same text. Not API: the result types' methods are the
 * one way to render.
 */
final class ScorecardReport {
  private ScorecardReport() {}

  /** A scorecard as plain text: a summary table, then every finding with its evidence. */
  static String text(Scorecard card) {
    StringBuilder out = new StringBuilder(2048);
    LocalAreaAgreement laa = card.agreement();
    out.append("Scorecard: ")
        .append(laa.area().name())
        .append(" (")
        .append(laa.area().code())
        .append(")\n");
    out.append("Agreement: ")
        .append(laa.round().label())
        .append(", ")
        .append(period(laa))
        .append('\n');
    out.append("Policy:    ").append(policy(card.policy())).append('\n');
    out.append("Rating:    ")
        .append(card.rag())
        .append(", score ")
        .append(score(card))
        .append("\n\n");
    summary(card).appendText(out, "", true);
    int n = 0;
    for (Finding f : card.findings()) {
      n++;
      Policy.Entry e = card.policy().entry(f.ruleId()).orElseThrow();
      out.append('\n')
          .append(n)
          .append(". ")
          .append(f.ruleId())
          .append(": ")
          .append(f.title())
          .append(" [")
          .append(e.severity())
          .append(", weight ")
          .append(e.weight())
          .append("]\n");
      out.append("   Verdict:  ")
          .append(f.verdict())
          .append(", score ")
          .append(f.score())
          .append('\n');
      f.missing().ifPresent(m -> out.append("   Missing:  ").append(m).append('\n'));
      f.margin().ifPresent(m -> out.append("   Margin:   ").append(m).append('\n'));
      out.append("   Cites:    ").append(f.citation()).append('\n');
      TextTable values = evidence(f.evidence());
      if (!values.isEmpty()) {
        out.append("   Evidence:\n");
        values.appendText(out, "     ", false);
      }
      TextTable changes = changes(f.evidence());
      if (!changes.isEmpty()) {
        out.append("   Changes:\n");
        changes.appendText(out, "     ", true);
      }
      if (!f.parameters().isEmpty()) {
        out.append("   Parameters:\n");
        for (ParameterValue<?> p : f.parameters()) {
          out.append("     ").append(p).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** A scorecard as Markdown: a heading, a summary table, then a section per finding. */
  static String markdown(Scorecard card) {
    StringBuilder out = new StringBuilder(2048);
    LocalAreaAgreement laa = card.agreement();
    out.append("## ")
        .append(Markdown.text(laa.area().name()))
        .append(" (")
        .append(Markdown.text(laa.area().code()))
        .append(") — ")
        .append(laa.round().label())
        .append(", ")
        .append(period(laa))
        .append("\n\n");
    out.append("**Policy:** ")
        .append(Markdown.text(policy(card.policy())))
        .append(" · **Rating:** ")
        .append(card.rag())
        .append(" · **Score:** ")
        .append(score(card))
        .append("\n\n");
    summary(card).appendMarkdown(out);
    for (Finding f : card.findings()) {
      Policy.Entry e = card.policy().entry(f.ruleId()).orElseThrow();
      out.append("\n### ")
          .append(Markdown.text(f.ruleId().value()))
          .append(": ")
          .append(Markdown.text(f.title()))
          .append("\n\n");
      out.append("> ")
          .append(Markdown.text(f.citation().text()))
          .append(" — ")
          .append(Markdown.text(f.citation().source()))
          .append("\n\n");
      out.append("**")
          .append(f.verdict())
          .append("**, score ")
          .append(f.score())
          .append(" (")
          .append(e.severity())
          .append(", weight ")
          .append(e.weight())
          .append(")");
      f.missing().ifPresent(m -> out.append(". Missing: ").append(Markdown.text(m)));
      f.margin().ifPresent(m -> out.append(". ").append(Markdown.text(m.toString())));
      out.append(".\n\n");
      TextTable values = evidence(f.evidence());
      if (!values.isEmpty()) {
        values.appendMarkdown(out);
        out.append('\n');
      }
      TextTable changes = changes(f.evidence());
      if (!changes.isEmpty()) {
        changes.appendMarkdown(out);
        out.append('\n');
      }
      if (!f.parameters().isEmpty()) {
        out.append("Parameters:");
        String sep = " ";
        for (ParameterValue<?> p : f.parameters()) {
          out.append(sep).append(Markdown.code(p.toString()));
          sep = ", ";
        }
        out.append("\n");
      }
    }
    return out.toString();
  }

  /** A comparison as plain text: each rule's verdict and score before and after. */
  static String text(ScorecardDiff diff) {
    StringBuilder out = new StringBuilder(512);
    diffHeading(diff, out, Texts::line);
    diffTable(diff).appendText(out, "", true);
    return out.toString();
  }

  /** A comparison as Markdown. */
  static String markdown(ScorecardDiff diff) {
    StringBuilder out = new StringBuilder(512);
    out.append("### ");
    diffHeading(diff, out, Markdown::text);
    out.append('\n');
    diffTable(diff).appendMarkdown(out);
    return out.toString();
  }

  private static void diffHeading(
      ScorecardDiff diff, StringBuilder out, UnaryOperator<String> text) {
    out.append(text.apply(diff.before().area().name()))
        .append(": ")
        .append(text.apply(diff.before().policy().name()))
        .append(" → ")
        .append(text.apply(diff.after().policy().name()))
        .append(", ")
        .append(diff.before().rag())
        .append(" → ")
        .append(diff.after().rag())
        .append(", score ")
        .append(score(diff.before()))
        .append(" → ")
        .append(score(diff.after()))
        .append(", ")
        .append(diff.flipped().size())
        .append(diff.flipped().size() == 1 ? " verdict flipped\n" : " verdicts flipped\n");
  }

  private static TextTable diffTable(ScorecardDiff diff) {
    TextTable t =
        new TextTable("Rule", "Before", "Score>", "After", "Score>", "Change>", "Flipped");
    for (FindingDiff d : diff.findings()) {
      t.row(
          d.ruleId().value(),
          d.verdictBefore().name(),
          d.before().map(f -> Integer.toString(f.score())).orElse("-"),
          d.verdictAfter().name(),
          d.after().map(f -> Integer.toString(f.score())).orElse("-"),
          (d.scoreChange() > 0 ? "+" : "") + d.scoreChange(),
          d.flipped() ? "yes" : "");
    }
    return t;
  }

  private static TextTable summary(Scorecard card) {
    TextTable t = new TextTable("Rule", "Verdict", "Score>", "Severity", "Margin");
    for (Finding f : card.findings()) {
      Policy.Entry e = card.policy().entry(f.ruleId()).orElseThrow();
      t.row(
          f.ruleId().value(),
          f.verdict().name(),
          Integer.toString(f.score()),
          e.severity().name(),
          f.missing()
              .map(m -> "missing: " + m)
              .orElseGet(() -> f.margin().map(Object::toString).orElse("")));
    }
    return t;
  }

  /** Every piece of evidence except changes, one row each. */
  private static TextTable evidence(List<Evidence<?>> evidence) {
    TextTable t = new TextTable("Evidence", "Value>", "Check");
    for (Evidence<?> e : evidence) {
      if (!(e.value() instanceof Change)) {
        t.row(e.label(), e.valueText(), e.check().map(Enum::name).orElse(""));
      }
    }
    return t;
  }

  /**
   * Evidence whose value is a {@link Change}, with before, after, difference and percent in
   * columns.
   */
  private static TextTable changes(List<Evidence<?>> evidence) {
    TextTable t = new TextTable("Change", "Before>", "After>", "Difference>", "%>");
    for (Evidence<?> e : evidence) {
      if (e.value() instanceof Change c) {
        t.row(
            e.label(),
            c.before().toString(),
            c.after().toString(),
            c.difference().toString(),
            c.percent().map(Object::toString).orElse(""));
      }
    }
    return t;
  }

  static String period(LocalAreaAgreement laa) {
    return laa.firstYear() + " to " + laa.lastYear();
  }

  static String policy(Policy p) {
    return p.name() + " (" + p.date() + ")";
  }

  static String score(Scorecard card) {
    return card.score().isPresent() ? card.score().getAsInt() + "/100" : "n/a";
  }
}
