package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.scoring.internal.Texts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A picture of a {@link Section}'s figures, drawn by the engine as an inline SVG chart in {@link
 * CohortScorecard#toHtml()} (with its numbers in a table beside it); plain text and Markdown leave
 * it out. A view says what to draw, never how: horizontal {@link #bars bars}, a {@link #heatMap
 * heat map} of ordered levels, or a {@link #scatter scatter} of points.
 *
 * <pre>{@code
 * Chart c = Chart.bars("Commissioning score by area", "score",
 *     List.of(new Chart.Bar("Camden", 100, "100, exemplar"), new Chart.Bar("Ealing", 62)));
 * Section s = Section.builder("Commissioning benchmark (R6)").chart(c).build();
 * }</pre>
 *
 * <p>Every text is one line of valid text (see {@link io.github.laa.core.TextChecks}) and every
 * number finite; factories throw {@link IllegalArgumentException} saying what is wrong otherwise. A
 * chart has at most {@value #MAX_ITEMS} bars, points or cells.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Chart {
  /** The most bars, points or heat-map cells a chart may have. */
  public static final int MAX_ITEMS = 100_000;

  /** What a chart draws. */
  public enum Kind {
    /** Horizontal bars, one per label. */
    BARS,
    /** A grid of cells, each at one of a few ordered levels or empty. */
    HEAT_MAP,
    /** Points on two axes. */
    SCATTER
  }

  /**
   * A bar of a bar chart.
   *
   * @param label what the bar is, e.g. an area's name
   * @param value its length, 0 or more
   * @param text what is written after the bar, e.g. {@code £20,000.00, rating 1}; empty for the
   *     value as a number
   */
  public record Bar(String label, double value, String text) {
    /** Checks the bar. */
    public Bar {
      Texts.requireName("a bar's label", label);
      requireFinite("bar " + label + "'s value", value);
      if (value < 0) {
        throw new IllegalArgumentException(
            "bar " + label + "'s value must not be negative but was: " + value);
      }
      Objects.requireNonNull(text, "text");
      if (!text.isEmpty()) {
        Texts.requireName("bar " + label + "'s text", text);
      }
    }

    /** A bar labelled with its value. */
    public Bar(String label, double value) {
      this(label, value, "");
    }
  }

  /**
   * A point of a scatter chart.
   *
   * @param label what the point is, e.g. an area's name
   * @param x its value on the horizontal axis
   * @param y its value on the vertical axis
   */
  public record Point(String label, double x, double y) {
    /** Checks the point. */
    public Point {
      Texts.requireName("a point's label", label);
      requireFinite("point " + label + "'s x", x);
      requireFinite("point " + label + "'s y", y);
    }
  }

  private final Kind kind;
  private final String title;
  private final String xAxis;
  private final String yAxis;
  private final ImmutableList<Bar> bars;
  private final ImmutableList<Point> points;
  private final ImmutableList<String> rows;
  private final ImmutableList<String> columns;
  private final ImmutableList<ImmutableList<OptionalInt>> cells;
  private final ImmutableList<String> levels;
  private final @Nullable String note;

  private Chart(
      Kind kind,
      String title,
      String xAxis,
      String yAxis,
      ImmutableList<Bar> bars,
      ImmutableList<Point> points,
      ImmutableList<String> rows,
      ImmutableList<String> columns,
      ImmutableList<ImmutableList<OptionalInt>> cells,
      ImmutableList<String> levels,
      @Nullable String note) {
    this.kind = kind;
    this.title = title;
    this.xAxis = xAxis;
    this.yAxis = yAxis;
    this.bars = bars;
    this.points = points;
    this.rows = rows;
    this.columns = columns;
    this.cells = cells;
    this.levels = levels;
    this.note = note;
  }

  /**
   * Horizontal bars, drawn in the order given, from 0 to the largest value.
   *
   * @param title the chart's title, e.g. {@code Commissioning score by area}
   * @param axis what the values are, e.g. {@code score}
   * @param bars at least one
   */
  public static Chart bars(String title, String axis, List<Bar> bars) {
    Texts.requireName("a chart's title", title);
    Texts.requireName("chart " + title + "'s axis", axis);
    ImmutableList<Bar> copy = items("chart " + title + "'s bars", bars);
    return new Chart(
        Kind.BARS,
        title,
        axis,
        "",
        copy,
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(),
        null);
  }

  /**
   * Points on two axes, each scaled from its smallest to its largest value.
   *
   * @param title the chart's title
   * @param xAxis what the horizontal axis shows
   * @param yAxis what the vertical axis shows
   * @param points at least one
   */
  public static Chart scatter(String title, String xAxis, String yAxis, List<Point> points) {
    Texts.requireName("a chart's title", title);
    Texts.requireName("chart " + title + "'s x axis", xAxis);
    Texts.requireName("chart " + title + "'s y axis", yAxis);
    ImmutableList<Point> copy = items("chart " + title + "'s points", points);
    return new Chart(
        Kind.SCATTER,
        title,
        xAxis,
        yAxis,
        ImmutableList.of(),
        copy,
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(),
        null);
  }

  /**
   * A grid of cells, one row per row label and one column per column label, each cell at a level
   * (an index into {@code levels}, lowest first, drawn darker the higher it is) or empty (nothing
   * recorded).
   *
   * @param title the chart's title
   * @param rows the rows' labels, at least one
   * @param columns the columns' labels, at least one
   * @param cells one list per row, with one cell per column
   * @param levels the levels' names, lowest first, at least two
   */
  public static Chart heatMap(
      String title,
      List<String> rows,
      List<String> columns,
      List<? extends List<OptionalInt>> cells,
      List<String> levels) {
    Texts.requireName("a chart's title", title);
    String what = "chart " + title + "'s";
    ImmutableList<String> rowCopy = labels(what + " rows", rows);
    ImmutableList<String> columnCopy = labels(what + " columns", columns);
    ImmutableList<String> levelCopy = labels(what + " levels", levels);
    if (levelCopy.size() < 2) {
      throw new IllegalArgumentException(
          what + " levels must be at least 2 but were: " + levelCopy.size());
    }
    Objects.requireNonNull(cells, "cells");
    if (cells.size() != rowCopy.size()) {
      throw new IllegalArgumentException(
          what
              + " cells must have one list per row ("
              + rowCopy.size()
              + ") but had: "
              + cells.size());
    }
    if ((long) rowCopy.size() * columnCopy.size() > MAX_ITEMS) {
      throw new IllegalArgumentException(
          what
              + " cells must be at most "
              + MAX_ITEMS
              + " but were: "
              + (long) rowCopy.size() * columnCopy.size());
    }
    ImmutableList.Builder<ImmutableList<OptionalInt>> grid = ImmutableList.builder();
    for (int r = 0; r < cells.size(); r++) {
      List<OptionalInt> row = Objects.requireNonNull(cells.get(r), "a row of cells");
      if (row.size() != columnCopy.size()) {
        throw new IllegalArgumentException(
            what
                + " row "
                + rowCopy.get(r)
                + " must have one cell per column ("
                + columnCopy.size()
                + ") but had: "
                + row.size());
      }
      for (OptionalInt cell : row) {
        Objects.requireNonNull(cell, "a cell");
        if (cell.isPresent() && (cell.getAsInt() < 0 || cell.getAsInt() >= levelCopy.size())) {
          throw new IllegalArgumentException(
              what
                  + " row "
                  + rowCopy.get(r)
                  + " must have levels from 0 to "
                  + (levelCopy.size() - 1)
                  + " but had: "
                  + cell.getAsInt());
        }
      }
      grid.add(ImmutableList.copyOf(row));
    }
    return new Chart(
        Kind.HEAT_MAP,
        title,
        "",
        "",
        ImmutableList.of(),
        ImmutableList.of(),
        rowCopy,
        columnCopy,
        grid.build(),
        levelCopy,
        null);
  }

  /** This chart with {@code note} written under it, e.g. {@code ρ = 0.348 (n = 9)}. */
  public Chart withNote(String note) {
    Texts.requireName("chart " + title + "'s note", note);
    return new Chart(kind, title, xAxis, yAxis, bars, points, rows, columns, cells, levels, note);
  }

  /** What the chart draws. */
  public Kind kind() {
    return kind;
  }

  /** The title. */
  public String title() {
    return title;
  }

  /** What the bars' values or the horizontal axis show; empty for a heat map. */
  public String xAxis() {
    return xAxis;
  }

  /** What the vertical axis shows; empty except for a scatter. */
  public String yAxis() {
    return yAxis;
  }

  /** The bars, in order; empty unless {@link Kind#BARS}. */
  public ImmutableList<Bar> bars() {
    return bars;
  }

  /** The points; empty unless {@link Kind#SCATTER}. */
  public ImmutableList<Point> points() {
    return points;
  }

  /** The heat map's row labels; empty unless {@link Kind#HEAT_MAP}. */
  public ImmutableList<String> rows() {
    return rows;
  }

  /** The heat map's column labels. */
  public ImmutableList<String> columns() {
    return columns;
  }

  /** The heat map's cells, one list per row: a level index, or empty. */
  public ImmutableList<ImmutableList<OptionalInt>> cells() {
    return cells;
  }

  /** The heat map's levels, lowest first. */
  public ImmutableList<String> levels() {
    return levels;
  }

  /** The note, if any. */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Chart c
        && c.kind == kind
        && c.title.equals(title)
        && c.xAxis.equals(xAxis)
        && c.yAxis.equals(yAxis)
        && c.bars.equals(bars)
        && c.points.equals(points)
        && c.rows.equals(rows)
        && c.columns.equals(columns)
        && c.cells.equals(cells)
        && c.levels.equals(levels)
        && Objects.equals(c.note, note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, title, bars, points, rows, columns, cells, levels, note);
  }

  /** Returns e.g. {@code BARS chart Commissioning score by area}. */
  @Override
  public String toString() {
    return kind + " chart " + title;
  }

  private static <T> ImmutableList<T> items(String what, List<T> items) {
    Objects.requireNonNull(items, what);
    if (items.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    if (items.size() > MAX_ITEMS) {
      throw new IllegalArgumentException(
          what + " must be at most " + MAX_ITEMS + " but were: " + items.size());
    }
    return ImmutableList.copyOf(items); // null-hostile
  }

  private static ImmutableList<String> labels(String what, List<String> labels) {
    ImmutableList<String> copy = items(what, labels);
    for (String label : copy) {
      Texts.requireName("each of " + what, label);
    }
    return copy;
  }

  private static void requireFinite(String what, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be finite but was: " + value);
    }
  }
}
