package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.scoring.internal.Html;
import io.github.laa.scoring.internal.Html.Attr;
import io.github.laa.scoring.internal.Html.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * How {@link Scorecard#toHtml()} and {@link CohortScorecard#toHtml()} render: one self-contained
 * HTML5 page in its XML form, with inline CSS (print rules for A4) and inline SVG charts, no script
 * and no reference to anything outside the page. Every text a caller supplies passes through {@link
 * Html}, which escapes it. Not API: the result types' methods are the one way to render.
 */
final class HtmlReport {
  /**
   * The page's style sheet, on one line. It holds none of {@code & < > " '} and no line break, so
   * escaping leaves it as it is and HTML and XML parsers read the same text.
   */
  static final String CSS =
      String.join(
          " ",
          ":root { color: #1b1b1b; background: #fff; }",
          "body { font-family: system-ui, Segoe UI, Helvetica, Arial, sans-serif; font-size: 15px;"
              + " line-height: 1.4; margin: 0 auto; max-width: 60rem; padding: 1rem; }",
          "h1 { font-size: 1.6rem; margin: 0.5rem 0; }",
          "h2 { font-size: 1.3rem; margin: 1.5rem 0 0.5rem; border-bottom: 2px solid #ccc; }",
          "h3 { font-size: 1.1rem; margin: 1.2rem 0 0.4rem; }",
          "table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; }",
          "caption { text-align: left; font-weight: bold; padding: 0.2rem 0; }",
          "th, td { border: 1px solid #bbb; padding: 0.15rem 0.45rem; vertical-align: top;"
              + " text-align: left; }",
          "th { background: #eef1f5; }",
          "td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }",
          "blockquote { margin: 0.3rem 0 0.5rem 1rem; color: #444; font-style: italic; }",
          ".rag { display: inline-block; padding: 0 0.5rem; border-radius: 0.3rem; color: #fff;"
              + " font-weight: bold; }",
          ".rag-RED { background: #b3261e; }",
          ".rag-AMBER { background: #8a5a00; }",
          ".rag-GREEN { background: #1e6b34; }",
          ".verdict-FAIL { color: #b3261e; font-weight: bold; }",
          ".verdict-WARN { color: #8a5a00; font-weight: bold; }",
          ".verdict-NOT_ASSESSED { color: #555; font-style: italic; }",
          "figure { margin: 0.5rem 0 1rem; }",
          "figcaption { font-size: 0.9rem; color: #333; margin-top: 0.2rem; }",
          "svg { display: block; max-width: 100%; height: auto; }",
          "svg text { font-family: system-ui, Helvetica, Arial, sans-serif; font-size: 11px;"
              + " fill: #1b1b1b; }",
          "details { font-size: 0.85rem; }",
          "summary { cursor: pointer; color: #333; }",
          "@page { size: A4; margin: 15mm 12mm; }",
          "@media print {",
          "  body { max-width: none; padding: 0; font-size: 10pt; }",
          "  article.scorecard { break-before: page; }",
          "  figure, table, tr, blockquote { break-inside: avoid; }",
          "  h2, h3 { break-after: avoid; }",
          "  details::details-content { content-visibility: visible; display: block; }",
          "  summary { display: none; }",
          "}");

  private HtmlReport() {}

  /** A scorecard as a page of its own. */
  static String page(Scorecard card) {
    Html h = Html.document();
    String title = "Scorecard: " + card.area().name() + " (" + card.area().code() + ")";
    start(h, title);
    Charts charts = new Charts(h);
    scorecard(h, charts, card, true, null);
    end(h);
    return h.build();
  }

  /** A cohort as one page: the league table, every view's section, then every scorecard. */
  static String page(CohortScorecard cohort) {
    // About 20,000 characters a scorecard, and as many again for the cohort's own sections.
    Html h =
        Html.document(
            (int) Math.min(Integer.MAX_VALUE - 8, 20_000L * (cohort.scorecards().size() + 2)));
    String title =
        "Cohort: "
            + cohort.scorecards().size()
            + " areas under "
            + ScorecardReport.policy(cohort.policy());
    start(h, title);
    Charts charts = new Charts(h);
    h.open(Tag.HEADER).element(Tag.H1, title).close(Tag.HEADER).newline();
    h.open(Tag.SECTION).attr(Attr.CLASS, "league").newline();
    h.element(Tag.H2, "League table").newline();
    charts.league(cohort.leagueTable());
    table(
        h,
        "League table",
        List.of("Rank", "Quartile", "Area", "Code", "Score", "Rating"),
        List.of(true, true, false, false, true, false),
        leagueRows(cohort));
    h.close(Tag.SECTION).newline();
    for (Section s : cohort.sections()) {
      section(h, charts, s);
    }
    h.open(Tag.SECTION).attr(Attr.CLASS, "scorecards").newline();
    h.element(Tag.H2, "Scorecards, in league-table order").newline();
    h.close(Tag.SECTION).newline();
    Map<String, Scorecard> byCode = new HashMap<>();
    for (Scorecard s : cohort.scorecards()) {
      byCode.put(s.area().code(), s);
    }
    for (LeagueEntry e : cohort.leagueTable()) {
      scorecard(h, charts, Objects.requireNonNull(byCode.get(e.area().code())), false, null);
    }
    end(h);
    return h.build();
  }

  /**
   * Scenarios as one page: every scenario with its area, score and rating; the peers' views; then
   * every scenario's scorecard, headed by its name.
   */
  static String page(ScenarioCohort scenarios) {
    Html h =
        Html.document(
            (int) Math.min(Integer.MAX_VALUE - 8, 20_000L * (scenarios.scorecards().size() + 2)));
    String title =
        "Scenarios: "
            + scenarios.scenarios().size()
            + " under "
            + ScorecardReport.policy(scenarios.policy());
    start(h, title);
    Charts charts = new Charts(h);
    h.open(Tag.HEADER).element(Tag.H1, title).close(Tag.HEADER).newline();
    h.open(Tag.SECTION).attr(Attr.CLASS, "league").newline();
    h.element(Tag.H2, "Scenarios").newline();
    ImmutableList.Builder<List<String>> rows = ImmutableList.builder();
    for (int i = 0; i < scenarios.scenarios().size(); i++) {
      Scorecard card = scenarios.scorecards().get(i);
      rows.add(
          List.of(
              scenarios.scenarios().get(i).name(),
              card.area().name(),
              card.area().code(),
              opt(card.score()),
              card.rag().name()));
    }
    table(
        h,
        "Scenarios",
        List.of("Scenario", "Area", "Code", "Score", "Rating"),
        List.of(false, false, false, true, false),
        rows.build());
    h.element(Tag.P, "Peers: each area's first scenario; the views below are theirs.").newline();
    h.close(Tag.SECTION).newline();
    for (Section s : scenarios.peers().sections()) {
      section(h, charts, s);
    }
    h.open(Tag.SECTION).attr(Attr.CLASS, "scorecards").newline();
    h.element(Tag.H2, "Scorecards, by scenario").newline();
    h.close(Tag.SECTION).newline();
    for (int i = 0; i < scenarios.scenarios().size(); i++) {
      scorecard(
          h, charts, scenarios.scorecards().get(i), false, scenarios.scenarios().get(i).name());
    }
    end(h);
    return h.build();
  }

  private static List<List<String>> leagueRows(CohortScorecard cohort) {
    ImmutableList.Builder<List<String>> rows = ImmutableList.builder();
    for (LeagueEntry e : cohort.leagueTable()) {
      rows.add(
          List.of(
              opt(e.rank()),
              opt(e.quartile()),
              e.area().name(),
              e.area().code(),
              opt(e.score()),
              e.rag().name()));
    }
    return rows.build();
  }

  private static String opt(OptionalInt i) {
    return i.isPresent() ? Integer.toString(i.getAsInt()) : "n/a";
  }

  private static void start(Html h, String title) {
    h.open(Tag.HTML).attr(Attr.LANG, "en-GB").newline();
    h.open(Tag.HEAD).newline();
    h.empty(Tag.META).attr(Attr.CHARSET, "utf-8").newline();
    h.empty(Tag.META)
        .attr(Attr.NAME, "viewport")
        .attr(Attr.CONTENT, "width=device-width, initial-scale=1")
        .newline();
    h.element(Tag.TITLE, title).newline();
    h.element(Tag.STYLE, CSS).newline();
    h.close(Tag.HEAD).newline();
    h.open(Tag.BODY).newline();
    h.open(Tag.MAIN).newline();
  }

  private static void end(Html h) {
    h.close(Tag.MAIN).newline();
    h.close(Tag.BODY).newline();
    h.close(Tag.HTML).newline();
  }

  /** A view's section: title, description, charts, table, lines and footnote. */
  private static void section(Html h, Charts charts, Section s) {
    h.open(Tag.SECTION).attr(Attr.CLASS, "view").newline();
    h.element(Tag.H2, s.title()).newline();
    s.description().ifPresent(d -> h.element(Tag.P, sentence(d)).newline());
    for (Chart c : s.charts()) {
      charts.chart(c);
    }
    if (!s.columns().isEmpty()) {
      if (s.rows().isEmpty()) {
        h.element(Tag.P, "None.").newline();
      } else {
        List<String> headers = s.columns().stream().map(Section.Column::header).toList();
        List<Boolean> right =
            s.columns().stream().map(c -> c.align() == Section.Align.RIGHT).toList();
        List<List<String>> rows = List.copyOf(s.rows());
        table(h, s.title(), headers, right, rows);
      }
    }
    if (!s.lines().isEmpty()) {
      h.open(Tag.UL);
      for (String line : s.lines()) {
        h.element(Tag.LI, line);
      }
      h.close(Tag.UL).newline();
    }
    s.footnote().ifPresent(f -> h.element(Tag.P, f).newline());
    h.close(Tag.SECTION).newline();
  }

  private static String sentence(String d) {
    return d.isEmpty() ? d : Character.toUpperCase(d.charAt(0)) + d.substring(1) + ".";
  }

  /** A table with a caption, a header row and cells; {@code right} marks number columns. */
  static void table(
      Html h, String caption, List<String> headers, List<Boolean> right, List<List<String>> rows) {
    h.open(Tag.TABLE).newline();
    h.element(Tag.CAPTION, caption).newline();
    h.open(Tag.THEAD).open(Tag.TR);
    for (int i = 0; i < headers.size(); i++) {
      h.open(Tag.TH).attr(Attr.SCOPE, "col");
      if (right.get(i)) {
        h.attr(Attr.CLASS, "num");
      }
      h.text(headers.get(i)).close(Tag.TH);
    }
    h.close(Tag.TR).close(Tag.THEAD).newline();
    h.open(Tag.TBODY).newline();
    for (List<String> row : rows) {
      h.open(Tag.TR);
      for (int i = 0; i < row.size(); i++) {
        h.open(Tag.TD);
        if (i < right.size() && right.get(i)) {
          h.attr(Attr.CLASS, "num");
        }
        h.text(row.get(i)).close(Tag.TD);
      }
      h.close(Tag.TR).newline();
    }
    h.close(Tag.TBODY).newline();
    h.close(Tag.TABLE).newline();
  }

  /**
   * A scorecard's body: heading, policy, rating, summary table, money chart, then each finding with
   * its evidence. {@code top}: the page is this scorecard's own.
   */
  private static void scorecard(
      Html h, Charts charts, Scorecard card, boolean top, @Nullable String scenario) {
    LocalAreaAgreement laa = card.agreement();
    Tag heading = top ? Tag.H1 : Tag.H2;
    Tag sub = top ? Tag.H2 : Tag.H3;
    h.open(Tag.ARTICLE).attr(Attr.CLASS, "scorecard").newline();
    String area = laa.area().name() + " (" + laa.area().code() + ")";
    h.element(heading, scenario == null ? area : scenario + ": " + area).newline();
    h.open(Tag.P)
        .text(laa.round().label() + ", " + ScorecardReport.period(laa))
        .text(" · Policy: " + ScorecardReport.policy(card.policy()))
        .close(Tag.P)
        .newline();
    h.open(Tag.P).text("Rating: ");
    h.open(Tag.SPAN).attr(Attr.CLASS, "rag rag-" + card.rag().name()).text(card.rag().name());
    h.close(Tag.SPAN).text(", score " + ScorecardReport.score(card)).close(Tag.P).newline();

    ImmutableList.Builder<List<String>> rows = ImmutableList.builder();
    for (Finding f : card.findings()) {
      Policy.Entry e = card.policy().entry(f.ruleId()).orElseThrow();
      rows.add(
          List.of(
              f.ruleId().value(),
              f.verdict().name(),
              score(f),
              e.severity().name(),
              f.missing()
                  .map(m -> "missing: " + m)
                  .orElseGet(() -> f.margin().map(Object::toString).orElse(""))));
    }
    table(
        h,
        "Summary",
        List.of("Rule", "Verdict", "Score", "Severity", "Margin or missing fact"),
        List.of(false, false, true, false, false),
        rows.build());
    charts.money(card);
    for (Finding f : card.findings()) {
      Policy.Entry e = card.policy().entry(f.ruleId()).orElseThrow();
      h.open(Tag.SECTION).attr(Attr.CLASS, "finding").newline();
      h.element(sub, f.ruleId().value() + ": " + f.title()).newline();
      h.element(Tag.BLOCKQUOTE, f.citation().text() + " — " + f.citation().source()).newline();
      h.open(Tag.P);
      h.open(Tag.SPAN).attr(Attr.CLASS, "verdict-" + f.verdict().name()).text(f.verdict().name());
      h.close(Tag.SPAN)
          .text(", score " + score(f) + " (" + e.severity() + ", weight " + e.weight() + ")");
      h.close(Tag.P).newline();
      f.missing().ifPresent(m -> h.element(Tag.P, "Missing: " + m).newline());
      f.margin().ifPresent(m -> h.element(Tag.P, "Margin: " + m).newline());
      ImmutableList.Builder<List<String>> values = ImmutableList.builder();
      ImmutableList.Builder<List<String>> changes = ImmutableList.builder();
      boolean anyValue = false;
      boolean anyChange = false;
      for (Evidence<?> ev : f.evidence()) {
        if (ev.value() instanceof Change c) {
          anyChange = true;
          changes.add(
              List.of(
                  ev.label(),
                  c.before().toString(),
                  c.after().toString(),
                  c.difference().toString(),
                  c.percent().map(Object::toString).orElse("")));
        } else {
          anyValue = true;
          values.add(List.of(ev.label(), ev.valueText(), ev.check().map(Enum::name).orElse("")));
        }
      }
      if (anyValue) {
        table(
            h,
            "Evidence: " + f.ruleId().value(),
            List.of("Evidence", "Value", "Check"),
            List.of(false, true, false),
            values.build());
      }
      if (anyChange) {
        table(
            h,
            "Changes: " + f.ruleId().value(),
            List.of("Change", "Before", "After", "Difference", "%"),
            List.of(false, true, true, true, true),
            changes.build());
      }
      if (!f.parameters().isEmpty()) {
        h.open(Tag.DETAILS).open(Tag.SUMMARY).text("Parameters").close(Tag.SUMMARY).open(Tag.UL);
        for (ParameterValue<?> p : f.parameters()) {
          h.element(Tag.LI, p.toString());
        }
        h.close(Tag.UL).close(Tag.DETAILS).newline();
      }
      h.close(Tag.SECTION).newline();
    }
    h.close(Tag.ARTICLE).newline();
  }

  /** A finding's score, or {@code n/a} when it was not assessed (never 0). */
  static String score(Finding f) {
    return f.verdict().isAssessed() ? Integer.toString(f.score()) : "n/a";
  }
}
