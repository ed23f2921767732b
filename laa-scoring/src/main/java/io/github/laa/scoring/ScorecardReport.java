package io.github.laa.scoring;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.internal.Markdown;
import io.github.laa.scoring.internal.TextTable;
import io.github.laa.scoring.internal.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How {@link Scorecard#toText()}, {@link Scorecard#toMarkdown()} and their {@link ScorecardDiff}
 * counterparts render: money in the en-GB form ({@code £1,234.56}) whatever the default locale,
 * tables aligned, the same input always the same text. Not API: the result types' methods are the
 * one way to render.
 */
final class ScorecardReport {
  private ScorecardReport() {}

  /**
   * A scorecard as plain text: the summary, then each finding's evidence — all of it with {@code
   * detailed}, otherwise without the rows {@link #shown} leaves out and with only the parameters
   * changed from their defaults. No line is wider than {@link Texts#WIDTH}.
   */
  static String text(Scorecard card, boolean detailed) {
    StringBuilder out = new StringBuilder(detailed ? 8192 : 4096);
    LocalAreaAgreement laa = card.agreement();
    Texts.appendWrapped(
        out, "Scorecard: ", INDENT_11, laa.area().name() + " (" + laa.area().code() + ")");
    Texts.appendWrapped(out, "Agreement: ", INDENT_11, laa.round().label() + ", " + period(laa));
    Texts.appendWrapped(out, "Policy:    ", INDENT_11, policy(card.policy()));
    out.append("Rating:    ").append(card.rag()).append(", score ").append(score(card));
    out.append("\n\n");
    summary(card).appendText(out, "", true, Texts.WIDTH);
    out.append('\n')
        .append(
            detailed
                ? "Evidence, every row and parameter\n"
                : "Evidence (rows of zero and unchanged parameters left out;"
                    + " toDetailedText() shows all)\n");
    int n = 0;
    for (Finding f : card.findings()) {
      n++;
      Policy.Entry e = card.policy().entry(f.ruleId()).orElseThrow();
      out.append('\n');
      Texts.appendWrapped(out, n + ". ", "   ", f.ruleId() + ": " + f.title());
      out.append("   ")
          .append(e.severity())
          .append(", weight ")
          .append(e.weight())
          .append(": ")
          .append(f.verdict())
          .append(", score ")
          .append(score(f))
          .append('\n');
      if (detailed) {
        f.missing().ifPresent(m -> Texts.appendWrapped(out, "   Missing:  ", INDENT_13, m));
        f.margin()
            .ifPresent(m -> Texts.appendWrapped(out, "   Margin:   ", INDENT_13, m.toString()));
        Texts.appendWrapped(out, "   Cites:    ", INDENT_13, f.citation().toString());
      }
      TextTable values = evidence(f.evidence(), detailed);
      if (!values.isEmpty()) {
        values.appendText(out, "     ", false, Texts.WIDTH);
      }
      TextTable changes = changes(f.evidence(), detailed);
      if (!changes.isEmpty()) {
        changes.appendText(out, "     ", true, Texts.WIDTH);
      }
      List<ParameterValue<?>> parameters = parameters(f, detailed);
      if (!parameters.isEmpty()) {
        out.append(detailed ? "   Parameters:\n" : "   Parameters changed from their defaults:\n");
        for (ParameterValue<?> p : parameters) {
          Texts.appendWrapped(out, "     ", INDENT_7, parameter(p));
        }
      }
    }
    return out.toString();
  }

  private static final String INDENT_7 = " ".repeat(7);
  private static final String INDENT_11 = " ".repeat(11);
  private static final String INDENT_13 = " ".repeat(13);

  /**
   * Whether the summary rendering shows {@code e}: every check, and every other row unless its
   * value is zero — zero money, a zero percentage or decimal, or a change from zero to zero.
   * Counts, years, flags, levels and names are always shown (a count of 0 is an answer).
   */
  static boolean shown(Evidence<?> e) {
    if (e.check().isPresent()) {
      return true;
    }
    Object v = e.value();
    if (v instanceof Money m) {
      return !m.isZero();
    }
    if (v instanceof Percentage p) {
      return p.basisPoints() != 0;
    }
    if (v instanceof BigDecimal d) {
      return d.signum() != 0;
    }
    if (v instanceof Change c) {
      return !(c.before().isZero() && c.after().isZero());
    }
    return true;
  }

  /**
   * The finding's parameters: all of them when {@code all}, otherwise those whose value is not the
   * parameter's default (an optional parameter shows only when set).
   */
  static List<ParameterValue<?>> parameters(Finding f, boolean all) {
    List<ParameterValue<?>> out = new ArrayList<>();
    for (ParameterValue<?> p : f.parameters()) {
      if (all || !p.value().equals(p.parameter().defaultValue()) || !p.datedValues().isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** {@code id = value}, with the default when the value is not it. */
  private static String parameter(ParameterValue<?> p) {
    Optional<?> d = p.parameter().defaultValue();
    if (p.value().equals(d)) {
      return p.toString();
    }
    return p + " (default " + d.map(Texts::value).orElse("not set") + ")";
  }

  /** A finding's score, or {@code n/a} when it was not assessed. */
  static String score(Finding f) {
    return f.verdict().isAssessed() ? Integer.toString(f.score()) : "n/a";
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
          .append(score(f))
          .append(" (")
          .append(e.severity())
          .append(", weight ")
          .append(e.weight())
          .append(")");
      f.missing().ifPresent(m -> out.append(". Missing: ").append(Markdown.text(m)));
      f.margin().ifPresent(m -> out.append(". ").append(Markdown.text(m.toString())));
      out.append(".\n\n");
      TextTable values = evidence(f.evidence(), false);
      if (!values.isEmpty()) {
        values.appendMarkdown(out);
        out.append('\n');
      }
      TextTable changes = changes(f.evidence(), false);
      if (!changes.isEmpty()) {
        changes.appendMarkdown(out);
        out.append('\n');
      }
      List<ParameterValue<?>> parameters = parameters(f, false);
      if (!parameters.isEmpty()) {
        out.append("Parameters changed from their defaults:");
        String sep = " ";
        for (ParameterValue<?> p : parameters) {
          out.append(sep).append(Markdown.code(parameter(p)));
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
    StringBuilder heading = new StringBuilder();
    diffHeading(diff, heading, Texts::line);
    Texts.appendWrapped(out, "", "  ", heading.toString().strip());
    diffTable(diff).appendText(out, "", true, Texts.WIDTH);
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
          d.before().map(ScorecardReport::score).orElse("-"),
          d.verdictAfter().name(),
          d.after().map(ScorecardReport::score).orElse("-"),
          scoreChange(d.verdictBefore(), d.verdictAfter(), d.scoreChange()),
          d.flipped() ? "yes" : "");
    }
    return t;
  }

  /**
   * A score change as a diff shows it: signed, or {@code n/a} when either side was not assessed
   * (its score of 0 is no score).
   */
  static String scoreChange(Verdict before, Verdict after, int change) {
    if (!before.isAssessed() || !after.isAssessed()) {
      return "n/a";
    }
    return (change > 0 ? "+" : "") + change;
  }

  /** The one-screen summary: a line per rule with verdict, score and margin or missing fact. */
  private static TextTable summary(Scorecard card) {
    TextTable t = new TextTable("Rule", "Verdict", "Score>", "Margin or missing fact");
    for (Finding f : card.findings()) {
      t.row(
          Texts.line(f.ruleId().value()),
          f.verdict().name(),
          score(f),
          f.missing()
              .map(m -> "missing: " + Texts.line(m))
              .orElseGet(() -> f.margin().map(Object::toString).orElse("")));
    }
    return t;
  }

  /**
   * Every piece of evidence except changes, one row each; without {@code all}, only those {@link
   * #shown}. Values are aligned right unless one is long text, which may then wrap.
   */
  private static TextTable evidence(List<Evidence<?>> evidence, boolean all) {
    List<Evidence<?>> rows = new ArrayList<>();
    boolean longValue = false;
    for (Evidence<?> e : evidence) {
      if (!(e.value() instanceof Change) && (all || shown(e))) {
        rows.add(e);
        longValue |= Texts.width(e.valueText()) > 24;
      }
    }
    TextTable t = new TextTable("Evidence", longValue ? "Value" : "Value>", "Check");
    for (Evidence<?> e : rows) {
      t.row(e.label(), e.valueText(), e.check().map(Enum::name).orElse(""));
    }
    return t;
  }

  /**
   * Evidence whose value is a {@link Change}, with before, after, difference and percent in
   * columns.
   */
  private static TextTable changes(List<Evidence<?>> evidence, boolean all) {
    List<Evidence<?>> rows = new ArrayList<>();
    boolean checks = false;
    for (Evidence<?> e : evidence) {
      if (e.value() instanceof Change && (all || shown(e))) {
        rows.add(e);
        checks |= e.check().isPresent();
      }
    }
    TextTable t =
        checks
            ? new TextTable("Change", "Before>", "After>", "Difference>", "%>", "Check")
            : new TextTable("Change", "Before>", "After>", "Difference>", "%>");
    for (Evidence<?> e : rows) {
      Change c = (Change) e.value();
      Money d = c.difference();
      t.row(
          e.label(),
          c.before().toString(),
          c.after().toString(),
          (d.isPositive() ? "+" : "") + d,
          c.percent().map(p -> (p.basisPoints() > 0 ? "+" : "") + p).orElse(""),
          e.check().map(Enum::name).orElse(""));
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
