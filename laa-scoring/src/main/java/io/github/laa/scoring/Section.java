package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.laa.scoring.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link CohortView} shows in a cohort's reports: a title, an optional description, a table
 * of text cells (columns aligned left or right) and lines of text, an optional footnote, and {@link
 * Chart charts} of its figures. The engine renders it in {@link CohortScorecard#toText()}, {@link
 * CohortScorecard#toMarkdown()} and {@link CohortScorecard#toHtml()} (the only one that draws the
 * charts), escaping cells for Markdown and HTML; a view only says what to show.
 *
 * <pre>{@code
 * Section s = Section.builder("Commissioning benchmark (R6)")
 *     .rightColumn("Rank").column("Area").rightColumn("Score")
 *     .row("1", "Camden", "100")
 *     .build();
 * }</pre>
 *
 * <p>Every text is checked as it is added: one line of valid text (see {@link
 * io.github.laa.core.TextChecks}); a cell may be empty. Methods throw {@link
 * IllegalArgumentException} for text that is not.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Section {
  /** How a column's cells are aligned in plain text and Markdown. */
  public enum Align {
    /** Aligned left (text). */
    LEFT,
    /** Aligned right (numbers). */
    RIGHT
  }

  /**
   * A column of a section's table.
   *
   * @param header the header text
   * @param align how its cells are aligned
   */
  public record Column(String header, Align align) {
    /** Checks both are given. */
    public Column {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(align, "align");
    }
  }

  private final String title;
  private final @Nullable String description;
  private final ImmutableList<Column> columns;
  private final ImmutableList<ImmutableList<String>> rows;
  private final ImmutableList<String> lines;
  private final @Nullable String footnote;
  private final ImmutableList<Chart> charts;

  private Section(Builder b) {
    this.title = b.title;
    this.description = b.description;
    this.columns = ImmutableList.copyOf(b.columns);
    this.rows = ImmutableList.copyOf(b.rows);
    this.lines = ImmutableList.copyOf(b.lines);
    this.footnote = b.footnote;
    this.charts = ImmutableList.copyOf(b.charts);
  }

  /** Starts a section called {@code title}. */
  public static Builder builder(String title) {
    return new Builder(title);
  }

  /** The title, e.g. {@code Commissioning benchmark (R6)}. */
  public String title() {
    return title;
  }

  /**
   * What the section shows, in lower case without a final stop, e.g. {@code extra infrastructure
   * resources recommended, weakest first}; plain text writes it after the title, Markdown as a
   * sentence below it.
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** The table's columns; empty when the section has no table. */
  public ImmutableList<Column> columns() {
    return columns;
  }

  /** The table's rows, one cell per column. */
  public ImmutableList<ImmutableList<String>> rows() {
    return rows;
  }

  /** Lines of text after the table (bullets in Markdown). */
  public ImmutableList<String> lines() {
    return lines;
  }

  /** A line after everything else, e.g. a legend. */
  public Optional<String> footnote() {
    return Optional.ofNullable(footnote);
  }

  /**
   * Pictures of the section's figures, drawn in {@link CohortScorecard#toHtml()} before its table;
   * plain text and Markdown leave them out.
   */
  public ImmutableList<Chart> charts() {
    return charts;
  }

  /** Returns the title. */
  @Override
  public String toString() {
    return title;
  }

  /** Builds a {@link Section}. Not thread-safe. */
  public static final class Builder {
    private final String title;
    private @Nullable String description;
    private final List<Column> columns = new ArrayList<>();
    private final List<ImmutableList<String>> rows = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private @Nullable String footnote;
    private final List<Chart> charts = new ArrayList<>();

    private Builder(String title) {
      Texts.requireName("a section's title", title);
      this.title = title;
    }

    /** Sets the description; see {@link Section#description()}. */
    @CanIgnoreReturnValue
    public Builder description(String description) {
      Texts.requireSentence("section " + title + "'s description", description);
      this.description = description;
      return this;
    }

    /** Adds a left-aligned column. */
    @CanIgnoreReturnValue
    public Builder column(String header) {
      return column(header, Align.LEFT);
    }

    /** Adds a right-aligned column, for numbers. */
    @CanIgnoreReturnValue
    public Builder rightColumn(String header) {
      return column(header, Align.RIGHT);
    }

    /** Adds a column. */
    @CanIgnoreReturnValue
    public Builder column(String header, Align align) {
      if (!rows.isEmpty()) {
        throw new IllegalStateException("columns come before rows");
      }
      Texts.requireName("a column header of section " + title, header);
      columns.add(new Column(header, align));
      return this;
    }

    /**
     * Adds a row of the table.
     *
     * @throws IllegalArgumentException if it does not have one cell per column
     */
    @CanIgnoreReturnValue
    public Builder row(String... cells) {
      return row(ImmutableList.copyOf(cells));
    }

    /**
     * Adds a row of the table.
     *
     * @throws IllegalArgumentException if it does not have one cell per column
     */
    @CanIgnoreReturnValue
    public Builder row(List<String> cells) {
      if (cells.size() != columns.size()) {
        throw new IllegalArgumentException(
            "a row of section "
                + title
                + " must have "
                + columns.size()
                + " cells but had: "
                + cells.size());
      }
      for (String cell : cells) {
        // A cell may be empty; otherwise it is one line of valid text.
        if (!cell.isEmpty()) {
          Texts.requireSentence("a cell of section " + title, cell);
        }
      }
      rows.add(ImmutableList.copyOf(cells));
      return this;
    }

    /** Adds a line of text. */
    @CanIgnoreReturnValue
    public Builder line(String line) {
      Texts.requireSentence("a line of section " + title, line);
      lines.add(line);
      return this;
    }

    /** Sets the footnote. */
    @CanIgnoreReturnValue
    public Builder footnote(String footnote) {
      Texts.requireSentence("section " + title + "'s footnote", footnote);
      this.footnote = footnote;
      return this;
    }

    /** Adds a chart; see {@link Section#charts()}. */
    @CanIgnoreReturnValue
    public Builder chart(Chart chart) {
      charts.add(Objects.requireNonNull(chart, "chart"));
      return this;
    }

    /** Builds the section. */
    public Section build() {
      return new Section(this);
    }
  }
}
