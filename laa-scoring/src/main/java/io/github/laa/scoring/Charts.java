package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.Allocation;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.FundingStream;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.scoring.internal.Fractions;
import io.github.laa.scoring.internal.Html;
import io.github.laa.scoring.internal.Html.Attr;
import io.github.laa.scoring.internal.Html.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Draws a page's charts as inline SVG: each in a {@code <figure>} with a caption, its {@code <svg>}
 * labelled by its {@code <title>} and described by its {@code <desc>}, and its numbers in a table
 * right after it. Ids are numbered in page order, so the same page always has the same ids. Not
 * thread-safe: one per page.
 */
final class Charts {
  /** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
  private static final String[] PALETTE = {
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"
  };

  private static final String OTHER_FUNDS_COLOUR = "#9a9a9a";

  /** Light to dark, for a heat map's levels. */
  private static final String[] SEQUENTIAL = {
    "#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c",
    "#08306b"
  };

  /** The most series the money chart stacks; smaller streams beyond it are added up. */
  static final int MAX_SERIES = 8;

  private static final int WIDTH = 760;

  private final Html h;
  private int count;

  Charts(Html h) {
    this.h = h;
  }

  /** One series of the money chart: a name, a colour and money per charted year, in pence. */
  private record Series(String name, String colour, long[] pence) {}

  /** A money margin about a charted year. */
  private record Mark(int number, RuleId rule, int year, Margin margin, Money money, int sign) {}

  /**
   * VCS money per financial year of the agreement, baseline years first, stacked by funding stream,
   * with the baseline (the mean of the policy's {@link Policy#BASELINE_YEARS} years) as a line and
   * every money margin about a charted year marked on that year's bar.
   */
  void money(Scorecard card) {
    LocalAreaAgreement laa = card.agreement();
    int window = card.policy().get(Policy.BASELINE_YEARS);
    FinancialYear first = laa.firstYear();
    List<FinancialYear> years = FinancialYear.rangeClosed(first.plusYears(-window), laa.lastYear());
    int span = years.size();
    List<Series> series = series(laa, window, span);
    long[] totals = new long[span];
    for (Series s : series) {
      for (int y = 0; y < span; y++) {
        totals[y] += s.pence()[y];
      }
    }
    long baseline = Fractions.meanHalfEven(totals, 0, window);
    List<Mark> marks = new ArrayList<>();
    for (Finding f : card.findings()) {
      if (f.margin().isEmpty()) {
        continue;
      }
      Margin m = f.margin().get();
      if (m.year().isEmpty() || m.money().isEmpty() || m.direction().isEmpty()) {
        continue;
      }
      int y = years.indexOf(m.year().get());
      if (y < 0) {
        continue;
      }
      Margin.Direction d = m.direction().get();
      int sign = d == Margin.Direction.MUST_RISE || d == Margin.Direction.COULD_RISE ? 1 : -1;
      marks.add(new Mark(marks.size() + 1, f.ruleId(), y, m, m.money().get(), sign));
    }

    double top = baseline;
    for (int y = 0; y < span; y++) {
      top = Math.max(top, totals[y]);
    }
    for (Mark k : marks) {
      top = Math.max(top, (double) totals[k.year()] + k.sign() * (double) k.money().pence());
    }
    double step = niceStep(Math.max(top, 100) / 5);
    top = Math.ceil(Math.max(top, 100) / step) * step;

    String title =
        "VCS money by financial year, "
            + laa.area().name()
            + " ("
            + years.get(0)
            + " to "
            + years.get(span - 1)
            + ")";
    String desc =
        "Stacked bar chart of VCS money allocated in each financial year from "
            + years.get(0)
            + " to "
            + years.get(span - 1)
            + " ("
            + window
            + (window == 1 ? " baseline year" : " baseline years")
            + ", then the agreement's years), by funding stream, with the baseline of "
            + Money.ofPence(baseline)
            + " drawn as a line"
            + (marks.isEmpty()
                ? "."
                : " and "
                    + marks.size()
                    + (marks.size() == 1 ? " margin" : " margins")
                    + " in money marked on their years' bars.");

    int legendRows = series.size();
    int plotLeft = 92;
    int plotRight = WIDTH - 250;
    int plotTop = 20;
    int plotHeight = 240;
    int plotBottom = plotTop + plotHeight;
    int height = Math.max(plotBottom + 52, plotTop + 20 + 18 * (legendRows + 3));
    double band = (double) (plotRight - plotLeft) / span;
    double barWidth = band * 0.55;

    start(title, desc, WIDTH, height);
    // Grid lines and the money axis, in pounds.
    for (double v = 0; v <= top + step / 2; v += step) {
      double y = plotBottom - v / top * plotHeight;
      h.empty(Tag.LINE)
          .attr(Attr.X1, plotLeft)
          .attr(Attr.Y1, y)
          .attr(Attr.X2, plotRight)
          .attr(Attr.Y2, y)
          .attr(Attr.STROKE, v == 0 ? "#555" : "#ddd")
          .attr(Attr.STROKE_WIDTH, 1);
      h.open(Tag.TEXT)
          .attr(Attr.X, plotLeft - 6)
          .attr(Attr.Y, y + 4)
          .attr(Attr.TEXT_ANCHOR, "end")
          .text(pounds(v))
          .close(Tag.TEXT);
    }
    // The bars, stacked, and the years under them.
    for (int y = 0; y < span; y++) {
      double x = plotLeft + band * y + (band - barWidth) / 2;
      double stacked = 0;
      for (Series s : series) {
        long p = s.pence()[y];
        if (p == 0) {
          continue;
        }
        double y0 = plotBottom - (stacked + p) / top * plotHeight;
        double bh = (double) p / top * plotHeight;
        h.empty(Tag.RECT)
            .attr(Attr.X, x)
            .attr(Attr.Y, y0)
            .attr(Attr.WIDTH, barWidth)
            .attr(Attr.HEIGHT, bh)
            .attr(Attr.FILL, s.colour())
            .attr(Attr.STROKE, "#fff")
            .attr(Attr.STROKE_WIDTH, 0.5);
        stacked += p;
      }
      double cx = plotLeft + band * y + band / 2;
      h.open(Tag.TEXT)
          .attr(Attr.X, cx)
          .attr(Attr.Y, plotBottom + 16)
          .attr(Attr.TEXT_ANCHOR, "middle")
          .text(years.get(y).toString())
          .close(Tag.TEXT);
      h.open(Tag.TEXT)
          .attr(Attr.X, cx)
          .attr(Attr.Y, plotBottom + 30)
          .attr(Attr.TEXT_ANCHOR, "middle")
          .attr(Attr.FONT_SIZE, 10)
          .text(y < window ? "baseline" : "agreement")
          .close(Tag.TEXT);
    }
    // Between the baseline and the agreement years.
    double split = plotLeft + band * window;
    h.empty(Tag.LINE)
        .attr(Attr.X1, split)
        .attr(Attr.Y1, plotTop - 6)
        .attr(Attr.X2, split)
        .attr(Attr.Y2, plotBottom + 34)
        .attr(Attr.STROKE, "#888")
        .attr(Attr.STROKE_DASHARRAY, "2 3");
    // The baseline.
    double by = plotBottom - baseline / top * plotHeight;
    h.empty(Tag.LINE)
        .attr(Attr.X1, plotLeft)
        .attr(Attr.Y1, by)
        .attr(Attr.X2, plotRight)
        .attr(Attr.Y2, by)
        .attr(Attr.STROKE, "#b3261e")
        .attr(Attr.STROKE_WIDTH, 2);
    // Each money margin, from the year's total to the total plus or minus the margin.
    int[] perYear = new int[span];
    for (Mark k : marks) {
      int y = k.year();
      double x = plotLeft + band * y + (band + barWidth) / 2 + 5 + 9 * perYear[y]++;
      double from = plotBottom - totals[y] / top * plotHeight;
      double to =
          plotBottom
              - Math.max(0, totals[y] + k.sign() * (double) k.money().pence()) / top * plotHeight;
      h.empty(Tag.LINE)
          .attr(Attr.X1, x)
          .attr(Attr.Y1, from)
          .attr(Attr.X2, x)
          .attr(Attr.Y2, to)
          .attr(Attr.STROKE, "#000")
          .attr(Attr.STROKE_WIDTH, 2)
          .attr(Attr.STROKE_DASHARRAY, "4 3");
      h.empty(Tag.LINE)
          .attr(Attr.X1, x - 4)
          .attr(Attr.Y1, to)
          .attr(Attr.X2, x + 4)
          .attr(Attr.Y2, to)
          .attr(Attr.STROKE, "#000")
          .attr(Attr.STROKE_WIDTH, 2);
      h.open(Tag.TEXT)
          .attr(Attr.X, x)
          .attr(Attr.Y, k.sign() > 0 ? to - 4 : to + 12)
          .attr(Attr.TEXT_ANCHOR, "middle")
          .attr(Attr.FONT_WEIGHT, "bold")
          .text(Integer.toString(k.number()))
          .close(Tag.TEXT);
    }
    // The legend.
    int lx = plotRight + 16;
    int ly = plotTop + 4;
    for (Series s : series) {
      swatch(lx, ly, s.colour());
      text(lx + 18, ly + 10, s.name());
      ly += 18;
    }
    h.empty(Tag.LINE)
        .attr(Attr.X1, lx)
        .attr(Attr.Y1, ly + 6)
        .attr(Attr.X2, lx + 12)
        .attr(Attr.Y2, ly + 6)
        .attr(Attr.STROKE, "#b3261e")
        .attr(Attr.STROKE_WIDTH, 2);
    text(lx + 18, ly + 10, "baseline " + Money.ofPence(baseline));
    ly += 18;
    if (!marks.isEmpty()) {
      h.empty(Tag.LINE)
          .attr(Attr.X1, lx + 6)
          .attr(Attr.Y1, ly)
          .attr(Attr.X2, lx + 6)
          .attr(Attr.Y2, ly + 12)
          .attr(Attr.STROKE, "#000")
          .attr(Attr.STROKE_WIDTH, 2)
          .attr(Attr.STROKE_DASHARRAY, "4 3");
      text(lx + 18, ly + 10, "margin, numbered as below");
    }
    h.close(Tag.SVG).newline();

    StringBuilder caption =
        new StringBuilder(title).append(". Baseline ").append(Money.ofPence(baseline)).append('.');
    h.element(Tag.FIGCAPTION, caption.toString());
    if (!marks.isEmpty()) {
      h.open(Tag.UL).attr(Attr.CLASS, "margins");
      for (Mark k : marks) {
        h.element(Tag.LI, k.number() + ": " + k.rule().value() + ": " + k.margin());
      }
      h.close(Tag.UL);
    }
    h.newline();
    h.open(Tag.DETAILS).newline();
    h.element(Tag.SUMMARY, "Chart data: " + title).newline();
    List<String> headers = new ArrayList<>();
    List<Boolean> right = new ArrayList<>();
    headers.add("Year");
    right.add(false);
    for (Series s : series) {
      headers.add(s.name());
      right.add(true);
    }
    headers.add("Total");
    right.add(true);
    ImmutableList.Builder<List<String>> rows = ImmutableList.builder();
    for (int y = 0; y < span; y++) {
      List<String> row = new ArrayList<>();
      row.add(years.get(y) + (y < window ? " (baseline)" : ""));
      for (Series s : series) {
        row.add(Money.ofPence(s.pence()[y]).toString());
      }
      row.add(Money.ofPence(totals[y]).toString());
      rows.add(row);
    }
    List<String> baselineRow = new ArrayList<>();
    baselineRow.add("Baseline");
    for (int i = 0; i < series.size(); i++) {
      baselineRow.add("");
    }
    baselineRow.add(Money.ofPence(baseline).toString());
    rows.add(baselineRow);
    HtmlReport.table(h, "VCS money by year and stream", headers, right, rows.build());
    if (!marks.isEmpty()) {
      ImmutableList.Builder<List<String>> m = ImmutableList.builder();
      for (Mark k : marks) {
        m.add(
            List.of(
                Integer.toString(k.number()),
                years.get(k.year()).toString(),
                k.rule().value(),
                (k.sign() > 0 ? "+" : "-") + k.money(),
                k.margin().toString()));
      }
      HtmlReport.table(
          h,
          "Margins marked",
          List.of("Mark", "Year", "Rule", "Amount", "Margin"),
          List.of(true, false, false, true, false),
          m.build());
    }
    h.close(Tag.DETAILS).newline();
    h.close(Tag.FIGURE).newline();
  }

  /**
   * The agreement's money per stream and charted year: each stream with money in a charted year, in
   * the agreement's order (the largest {@value #MAX_SERIES} minus one when there are more, the rest
   * added up), then other council funds (allocations from no stream).
   */
  private static List<Series> series(LocalAreaAgreement laa, int window, int span) {
    ImmutableList<FundingStream> streams = laa.streams();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < streams.size(); i++) {
      index.put(streams.get(i).id(), i);
    }
    long[][] money = new long[streams.size() + 1][span];
    FinancialYear first = laa.firstYear();
    for (Allocation a : laa.allocations()) {
      int y = first.yearsUntil(a.year()) + window;
      if (y < 0 || y >= span) {
        continue;
      }
      Integer s = a.stream().map(index::get).orElse(null);
      money[s == null ? streams.size() : s][y] += a.amount().pence();
    }
    List<Integer> used = new ArrayList<>();
    for (int i = 0; i < streams.size(); i++) {
      if (any(money[i])) {
        used.add(i);
      }
    }
    List<Series> out = new ArrayList<>();
    List<Integer> shown = used;
    List<Integer> rest = List.of();
    if (used.size() > MAX_SERIES - 1) {
      List<Integer> bySize = new ArrayList<>(used);
      bySize.sort(Comparator.comparingLong((Integer i) -> -sum(money[i])).thenComparingInt(i -> i));
      shown = new ArrayList<>(bySize.subList(0, MAX_SERIES - 2));
      shown.sort(Comparator.naturalOrder());
      rest = bySize.subList(MAX_SERIES - 2, bySize.size());
    }
    for (int k = 0; k < shown.size(); k++) {
      int i = shown.get(k);
      out.add(new Series(streams.get(i).name(), PALETTE[k % PALETTE.length], money[i]));
    }
    if (!rest.isEmpty()) {
      long[] merged = new long[span];
      for (int i : rest) {
        for (int y = 0; y < span; y++) {
          merged[y] += money[i][y];
        }
      }
      out.add(
          new Series(
              rest.size() + " other streams", PALETTE[shown.size() % PALETTE.length], merged));
    }
    if (any(money[streams.size()])) {
      out.add(new Series("Other council funds", OTHER_FUNDS_COLOUR, money[streams.size()]));
    }
    return out;
  }

  private static boolean any(long[] values) {
    for (long v : values) {
      if (v != 0) {
        return true;
      }
    }
    return false;
  }

  private static long sum(long[] values) {
    long s = 0;
    for (long v : values) {
      s += v;
    }
    return s;
  }

  /** The league table as bars of overall score, coloured by rating and labelled with it. */
  void league(List<LeagueEntry> league) {
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<String> colours = new ArrayList<>();
    for (LeagueEntry e : league) {
      labels.add(e.area().name());
      OptionalInt score = e.score();
      values.add(score.isPresent() ? (double) score.getAsInt() : Double.NaN);
      texts.add((score.isPresent() ? Integer.toString(score.getAsInt()) : "n/a") + " " + e.rag());
      colours.add(rag(e.rag()));
    }
    String title = "League table: overall score by area";
    String desc =
        "Horizontal bar chart of the overall score, 0 to 100, of "
            + league.size()
            + (league.size() == 1 ? " area" : " areas")
            + ", best first; each bar is coloured by the area's rating (red, amber or green) and"
            + " labelled with its score and rating.";
    bars(title, desc, "overall score", labels, values, texts, colours, 100);
    h.element(Tag.FIGCAPTION, title + ", coloured and labelled by rating.").newline();
    h.open(Tag.DETAILS).newline();
    h.element(Tag.SUMMARY, "Chart data: " + title).newline();
    ImmutableList.Builder<List<String>> rows = ImmutableList.builder();
    for (LeagueEntry e : league) {
      rows.add(
          List.of(
              e.area().name(),
              e.score().isPresent() ? Integer.toString(e.score().getAsInt()) : "n/a",
              e.rag().name()));
    }
    HtmlReport.table(
        h, title, List.of("Area", "Score", "Rating"), List.of(false, true, false), rows.build());
    h.close(Tag.DETAILS).newline();
    h.close(Tag.FIGURE).newline();
  }

  private static String rag(Rag rag) {
    return switch (rag) {
      case RED -> "#b3261e";
      case AMBER -> "#e6a100";
      case GREEN -> "#2e8b47";
    };
  }

  /** Any chart a section supplies. */
  void chart(Chart c) {
    switch (c.kind()) {
      case BARS -> sectionBars(c);
      case HEAT_MAP -> heatMap(c);
      case SCATTER -> scatter(c);
    }
    h.element(Tag.FIGCAPTION, c.title() + c.note().map(n -> ". " + n).orElse("") + ".").newline();
    h.open(Tag.DETAILS).newline();
    h.element(Tag.SUMMARY, "Chart data: " + c.title()).newline();
    switch (c.kind()) {
      case BARS -> {
        ImmutableList.Builder<List<String>> rows = ImmutableList.builder();
        boolean texts = c.bars().stream().anyMatch(b -> !b.text().isEmpty());
        for (Chart.Bar b : c.bars()) {
          rows.add(
              texts
                  ? List.of(b.label(), Html.number(b.value()), b.text())
                  : List.of(b.label(), Html.number(b.value())));
        }
        HtmlReport.table(
            h,
            c.title(),
            texts ? List.of("Label", c.xAxis(), "Shown as") : List.of("Label", c.xAxis()),
            texts ? List.of(false, true, false) : List.of(false, true),
            rows.build());
      }
      case SCATTER -> {
        ImmutableList.Builder<List<String>> rows = ImmutableList.builder();
        for (Chart.Point p : c.points()) {
          rows.add(List.of(p.label(), Html.number(p.x()), Html.number(p.y())));
        }
        HtmlReport.table(
            h,
            c.title(),
            List.of("Label", c.xAxis(), c.yAxis()),
            List.of(false, true, true),
            rows.build());
      }
      case HEAT_MAP -> {
        ImmutableList.Builder<List<String>> rows = ImmutableList.builder();
        for (int r = 0; r < c.rows().size(); r++) {
          List<String> row = new ArrayList<>();
          row.add(c.rows().get(r));
          for (OptionalInt cell : c.cells().get(r)) {
            row.add(cell.isPresent() ? c.levels().get(cell.getAsInt()) : "-");
          }
          rows.add(row);
        }
        List<String> headers = new ArrayList<>();
        headers.add("");
        headers.addAll(c.columns());
        List<Boolean> right = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
          right.add(false);
        }
        HtmlReport.table(h, c.title(), headers, right, rows.build());
      }
    }
    h.close(Tag.DETAILS).newline();
    h.close(Tag.FIGURE).newline();
  }

  private void sectionBars(Chart c) {
    double max = 0;
    for (Chart.Bar b : c.bars()) {
      max = Math.max(max, b.value());
    }
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<String> colours = new ArrayList<>();
    for (Chart.Bar b : c.bars()) {
      labels.add(b.label());
      values.add(b.value());
      texts.add(b.text().isEmpty() ? Html.number(b.value()) : b.text());
      colours.add(PALETTE[0]);
    }
    String desc =
        "Horizontal bar chart of "
            + c.xAxis()
            + " for "
            + c.bars().size()
            + (c.bars().size() == 1 ? " item" : " items")
            + ", from "
            + Html.number(c.bars().stream().mapToDouble(Chart.Bar::value).min().orElse(0))
            + " to "
            + Html.number(max)
            + c.note().map(n -> "; " + n).orElse("")
            + ".";
    double step = niceStep(Math.max(max, 1e-9) / 5);
    bars(c.title(), desc, c.xAxis(), labels, values, texts, colours, Math.ceil(max / step) * step);
  }

  /** Horizontal bars; a NaN value draws no bar, only its text. Leaves the figure open. */
  private void bars(
      String title,
      String desc,
      String axis,
      List<String> labels,
      List<Double> values,
      List<String> texts,
      List<String> colours,
      double top) {
    int rowHeight = 20;
    int labelWidth = labelWidth(labels, 220);
    int plotLeft = labelWidth + 12;
    int plotRight = WIDTH - 200;
    int plotTop = 24;
    int height = plotTop + rowHeight * labels.size() + 34;
    double scale = top > 0 ? top : 1;
    start(title, desc, WIDTH, height);
    double step = niceStep(scale / 5);
    int plotBottom = plotTop + rowHeight * labels.size();
    for (double v = 0; v <= scale + step / 2; v += step) {
      double x = plotLeft + v / scale * (plotRight - plotLeft);
      h.empty(Tag.LINE)
          .attr(Attr.X1, x)
          .attr(Attr.Y1, plotTop - 4)
          .attr(Attr.X2, x)
          .attr(Attr.Y2, plotBottom)
          .attr(Attr.STROKE, v == 0 ? "#555" : "#ddd")
          .attr(Attr.STROKE_WIDTH, 1);
      h.open(Tag.TEXT)
          .attr(Attr.X, x)
          .attr(Attr.Y, plotBottom + 14)
          .attr(Attr.TEXT_ANCHOR, "middle")
          .text(Html.number(v))
          .close(Tag.TEXT);
    }
    h.open(Tag.TEXT)
        .attr(Attr.X, (plotLeft + plotRight) / 2.0)
        .attr(Attr.Y, plotBottom + 29)
        .attr(Attr.TEXT_ANCHOR, "middle")
        .text(axis)
        .close(Tag.TEXT);
    for (int i = 0; i < labels.size(); i++) {
      double y = plotTop + rowHeight * i;
      h.open(Tag.TEXT)
          .attr(Attr.X, labelWidth + 6)
          .attr(Attr.Y, y + 14)
          .attr(Attr.TEXT_ANCHOR, "end")
          .text(shorten(labels.get(i), labelWidth))
          .close(Tag.TEXT);
      double v = values.get(i);
      double w = Double.isNaN(v) ? 0 : v / scale * (plotRight - plotLeft);
      if (w > 0) {
        h.empty(Tag.RECT)
            .attr(Attr.X, plotLeft)
            .attr(Attr.Y, y + 3)
            .attr(Attr.WIDTH, w)
            .attr(Attr.HEIGHT, rowHeight - 6)
            .attr(Attr.FILL, colours.get(i));
      }
      h.open(Tag.TEXT)
          .attr(Attr.X, plotLeft + w + 5)
          .attr(Attr.Y, y + 14)
          .text(texts.get(i))
          .close(Tag.TEXT);
    }
    h.close(Tag.SVG).newline();
  }

  private void heatMap(Chart c) {
    int cell = 30;
    int rowHeight = 22;
    int labelWidth = labelWidth(c.rows(), 200);
    int longest = 0;
    for (String col : c.columns()) {
      longest = Math.max(longest, Math.min(col.length(), 24));
    }
    int header = 16 + (int) Math.ceil(longest * 5.0 * 0.72);
    int gridLeft = labelWidth + 12;
    int gridTop = header;
    int gridBottom = gridTop + rowHeight * c.rows().size();
    int legendPer = 120;
    int width = Math.max(gridLeft + cell * c.columns().size() + header, 360);
    int perLine = Math.max(1, (width - 20) / legendPer);
    int legendLines = (c.levels().size() + 1 + perLine - 1) / perLine;
    int height = gridBottom + 14 + 18 * legendLines;
    String desc =
        "Heat map of "
            + c.rows().size()
            + (c.rows().size() == 1 ? " row" : " rows")
            + " by "
            + c.columns().size()
            + (c.columns().size() == 1 ? " column" : " columns")
            + "; each cell shows a level from 0 ("
            + c.levels().get(0)
            + ") to "
            + (c.levels().size() - 1)
            + " ("
            + c.levels().get(c.levels().size() - 1)
            + ") as a number and a shade, darker for higher levels, or a dash where nothing is"
            + " recorded"
            + c.note().map(n -> "; " + n).orElse("")
            + ".";
    start(c.title(), desc, width, height);
    for (int j = 0; j < c.columns().size(); j++) {
      double x = gridLeft + cell * j + cell / 2.0;
      h.open(Tag.TEXT)
          .attr(Attr.X, x)
          .attr(Attr.Y, gridTop - 6)
          .attr(Attr.TRANSFORM, "rotate(-45 " + Html.number(x) + " " + (gridTop - 6) + ")")
          .attr(Attr.FONT_SIZE, 10)
          .text(shorten(c.columns().get(j), 24 * 6))
          .close(Tag.TEXT);
    }
    int levels = c.levels().size();
    for (int r = 0; r < c.rows().size(); r++) {
      int y = gridTop + rowHeight * r;
      h.open(Tag.TEXT)
          .attr(Attr.X, labelWidth + 6)
          .attr(Attr.Y, y + 15)
          .attr(Attr.TEXT_ANCHOR, "end")
          .text(shorten(c.rows().get(r), labelWidth))
          .close(Tag.TEXT);
      for (int j = 0; j < c.columns().size(); j++) {
        OptionalInt level = c.cells().get(r).get(j);
        int x = gridLeft + cell * j;
        String fill = level.isPresent() ? shade(level.getAsInt(), levels) : "#ffffff";
        h.empty(Tag.RECT)
            .attr(Attr.X, x)
            .attr(Attr.Y, y)
            .attr(Attr.WIDTH, cell)
            .attr(Attr.HEIGHT, rowHeight)
            .attr(Attr.FILL, fill)
            .attr(Attr.STROKE, "#bbb")
            .attr(Attr.STROKE_WIDTH, 0.5);
        h.open(Tag.TEXT)
            .attr(Attr.X, x + cell / 2.0)
            .attr(Attr.Y, y + 15)
            .attr(Attr.TEXT_ANCHOR, "middle")
            .attr(
                Attr.FILL, level.isPresent() && dark(level.getAsInt(), levels) ? "#fff" : "#1b1b1b")
            .text(level.isPresent() ? Integer.toString(level.getAsInt()) : "-")
            .close(Tag.TEXT);
      }
    }
    int ly = gridBottom + 10;
    for (int i = 0; i <= levels; i++) {
      int x = 10 + legendPer * (i % perLine);
      int y = ly + 18 * (i / perLine);
      boolean none = i == levels;
      h.empty(Tag.RECT)
          .attr(Attr.X, x)
          .attr(Attr.Y, y)
          .attr(Attr.WIDTH, 12)
          .attr(Attr.HEIGHT, 12)
          .attr(Attr.FILL, none ? "#ffffff" : shade(i, levels))
          .attr(Attr.STROKE, "#bbb");
      text(x + 16, y + 10, none ? "- not recorded" : i + " " + shorten(c.levels().get(i), 95));
    }
    h.close(Tag.SVG).newline();
  }

  private static String shade(int level, int levels) {
    int k = (int) Math.round((double) level * (SEQUENTIAL.length - 1) / (levels - 1));
    return SEQUENTIAL[k];
  }

  private static boolean dark(int level, int levels) {
    return (double) level / (levels - 1) > 0.55;
  }

  private void scatter(Chart c) {
    int width = 600;
    int height = 380;
    int plotLeft = 70;
    int plotRight = width - 90;
    int plotTop = 30;
    int plotBottom = height - 54;
    double[] xr = axis(c.points().stream().mapToDouble(Chart.Point::x).toArray());
    double[] yr = axis(c.points().stream().mapToDouble(Chart.Point::y).toArray());
    String desc =
        "Scatter chart of "
            + c.points().size()
            + (c.points().size() == 1 ? " point" : " points")
            + ": "
            + c.xAxis()
            + " across, from "
            + Html.number(min(c.points(), true))
            + " to "
            + Html.number(max(c.points(), true))
            + ", against "
            + c.yAxis()
            + " up, from "
            + Html.number(min(c.points(), false))
            + " to "
            + Html.number(max(c.points(), false))
            + c.note().map(n -> "; " + n).orElse("")
            + ".";
    start(c.title(), desc, width, height);
    for (double vx = xr[0]; vx <= xr[1] + xr[2] / 2; vx += xr[2]) {
      double x = plotLeft + (vx - xr[0]) / (xr[1] - xr[0]) * (plotRight - plotLeft);
      h.empty(Tag.LINE)
          .attr(Attr.X1, x)
          .attr(Attr.Y1, plotTop)
          .attr(Attr.X2, x)
          .attr(Attr.Y2, plotBottom)
          .attr(Attr.STROKE, vx == xr[0] ? "#555" : "#e2e2e2");
      h.open(Tag.TEXT)
          .attr(Attr.X, x)
          .attr(Attr.Y, plotBottom + 14)
          .attr(Attr.TEXT_ANCHOR, "middle")
          .text(Html.number(vx))
          .close(Tag.TEXT);
    }
    for (double vy = yr[0]; vy <= yr[1] + yr[2] / 2; vy += yr[2]) {
      double y = plotBottom - (vy - yr[0]) / (yr[1] - yr[0]) * (plotBottom - plotTop);
      h.empty(Tag.LINE)
          .attr(Attr.X1, plotLeft)
          .attr(Attr.Y1, y)
          .attr(Attr.X2, plotRight)
          .attr(Attr.Y2, y)
          .attr(Attr.STROKE, vy == yr[0] ? "#555" : "#e2e2e2");
      h.open(Tag.TEXT)
          .attr(Attr.X, plotLeft - 6)
          .attr(Attr.Y, y + 4)
          .attr(Attr.TEXT_ANCHOR, "end")
          .text(Html.number(vy))
          .close(Tag.TEXT);
    }
    h.open(Tag.TEXT)
        .attr(Attr.X, (plotLeft + plotRight) / 2.0)
        .attr(Attr.Y, plotBottom + 34)
        .attr(Attr.TEXT_ANCHOR, "middle")
        .text(c.xAxis())
        .close(Tag.TEXT);
    double mid = (plotTop + plotBottom) / 2.0;
    h.open(Tag.TEXT)
        .attr(Attr.X, 16)
        .attr(Attr.Y, mid)
        .attr(Attr.TEXT_ANCHOR, "middle")
        .attr(Attr.TRANSFORM, "rotate(-90 16 " + Html.number(mid) + ")")
        .text(c.yAxis())
        .close(Tag.TEXT);
    c.note()
        .ifPresent(
            n ->
                h.open(Tag.TEXT)
                    .attr(Attr.X, plotRight)
                    .attr(Attr.Y, plotTop - 12)
                    .attr(Attr.TEXT_ANCHOR, "end")
                    .attr(Attr.FONT_WEIGHT, "bold")
                    .text(n)
                    .close(Tag.TEXT));
    // Points at the same place share one label; a label that would overlap one already placed is
    // left out (every point is in the table).
    Map<String, List<String>> byPlace = new java.util.LinkedHashMap<>();
    Map<String, double[]> places = new HashMap<>();
    for (Chart.Point p : c.points()) {
      double x = plotLeft + (p.x() - xr[0]) / (xr[1] - xr[0]) * (plotRight - plotLeft);
      double y = plotBottom - (p.y() - yr[0]) / (yr[1] - yr[0]) * (plotBottom - plotTop);
      String key = Html.number(x) + " " + Html.number(y);
      byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(p.label());
      places.put(key, new double[] {x, y});
    }
    List<double[]> placed = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : byPlace.entrySet()) {
      double[] at = places.get(e.getKey());
      if (at == null) {
        continue;
      }
      h.empty(Tag.CIRCLE)
          .attr(Attr.CX, at[0])
          .attr(Attr.CY, at[1])
          .attr(Attr.R, e.getValue().size() > 1 ? 6 : 4.5)
          .attr(Attr.FILL, PALETTE[0])
          .attr(Attr.STROKE, "#fff");
    }
    for (Map.Entry<String, List<String>> e : byPlace.entrySet()) {
      double[] at = places.get(e.getKey());
      if (at == null) {
        continue;
      }
      String label = shorten(String.join(", ", e.getValue()), 160);
      double w = label.length() * 5.5;
      boolean right = at[0] + 7 + w <= width - 4;
      double x0 = right ? at[0] + 7 : at[0] - 7 - w;
      double[] box = {x0, at[1] - 14, x0 + w, at[1] - 2};
      boolean clear = true;
      for (double[] o : placed) {
        clear &= box[2] < o[0] || box[0] > o[2] || box[3] < o[1] || box[1] > o[3];
      }
      if (!clear) {
        continue;
      }
      placed.add(box);
      h.open(Tag.TEXT)
          .attr(Attr.X, right ? at[0] + 7 : at[0] - 7)
          .attr(Attr.Y, at[1] - 4)
          .attr(Attr.FONT_SIZE, 9)
          .attr(Attr.TEXT_ANCHOR, right ? "start" : "end")
          .text(label)
          .close(Tag.TEXT);
    }
    h.close(Tag.SVG).newline();
  }

  private static double min(List<Chart.Point> points, boolean x) {
    return points.stream().mapToDouble(p -> x ? p.x() : p.y()).min().orElse(0);
  }

  private static double max(List<Chart.Point> points, boolean x) {
    return points.stream().mapToDouble(p -> x ? p.x() : p.y()).max().orElse(0);
  }

  /**
   * An axis for {@code values}: its first tick, its last and the step between, a round step (1, 2
   * or 5 times a power of ten) with about four steps from below the smallest value to above the
   * largest.
   */
  private static double[] axis(double[] values) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    double spread = hi > lo ? hi - lo : Math.max(1, Math.abs(lo) / 10);
    double step = niceStep(spread / 4);
    double first = Math.floor(lo / step) * step;
    double last = Math.ceil(hi / step) * step;
    if (first == lo) {
      first -= step;
    }
    if (last == hi) {
      last += step;
    }
    return new double[] {first, last, step};
  }

  /** Opens a figure and its svg, with title and description, numbered in page order. */
  private void start(String title, String desc, int width, int height) {
    count++;
    String t = "chart-" + count + "-title";
    String d = "chart-" + count + "-desc";
    h.open(Tag.FIGURE).attr(Attr.CLASS, "chart").newline();
    h.open(Tag.SVG)
        .attr(Attr.ROLE, "img")
        .attr(Attr.ARIA_LABELLEDBY, t)
        .attr(Attr.ARIA_DESCRIBEDBY, d)
        .attr(Attr.WIDTH, width)
        .attr(Attr.HEIGHT, height)
        .attr(Attr.VIEW_BOX, "0 0 " + width + " " + height)
        .newline();
    h.open(Tag.TITLE).attr(Attr.ID, t).text(title).close(Tag.TITLE).newline();
    h.open(Tag.DESC).attr(Attr.ID, d).text(desc).close(Tag.DESC).newline();
  }

  private void swatch(double x, double y, String colour) {
    h.empty(Tag.RECT)
        .attr(Attr.X, x)
        .attr(Attr.Y, y)
        .attr(Attr.WIDTH, 12)
        .attr(Attr.HEIGHT, 12)
        .attr(Attr.FILL, colour);
  }

  private void text(double x, double y, String text) {
    h.open(Tag.TEXT).attr(Attr.X, x).attr(Attr.Y, y).text(shorten(text, 224)).close(Tag.TEXT);
  }

  /**
   * The width of a label column for {@code labels}, about 6 pixels a character, at most {@code
   * max}.
   */
  private static int labelWidth(List<String> labels, int max) {
    int longest = 4;
    for (String l : labels) {
      longest = Math.max(longest, l.codePointCount(0, l.length()));
    }
    return Math.min(max, 12 + longest * 7);
  }

  /** {@code s} cut to fit about {@code pixels} (7 a character), with an ellipsis if cut. */
  private static String shorten(String s, int pixels) {
    int max = Math.max(4, pixels / 7);
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
  }

  /** A step of 1, 2 or 5 times a power of ten, at least {@code raw}. */
  static double niceStep(double raw) {
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= raw) {
        return m * p;
      }
    }
    return 10 * p;
  }

  /**
   * Pence for an axis: whole pounds with thousands separators ({@code £120,000}), or pounds and
   * pence where the tick is not a whole pound.
   */
  private static String pounds(double pence) {
    long p = Math.round(pence);
    return p % 100 == 0 ? String.format(Locale.ROOT, "£%,d", p / 100) : Money.ofPence(p).toString();
  }
}
