package io.github.laa.scoring.lvsc;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.Area;
import io.github.laa.core.Block;
import io.github.laa.core.BlockType;
import io.github.laa.core.Involvement;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.Stage;
import io.github.laa.scoring.Chart;
import io.github.laa.scoring.CohortScorecard;
import io.github.laa.scoring.Scorecard;
import io.github.laa.scoring.Section;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Recommendation R4's mapping exercise: for every area of a cohort, the VCS's involvement at the
 * strategic level and in each (block, stage), as recorded. Columns are the strategic level, then
 * every (block, stage) recorded anywhere in the cohort, blocks in standard order (CYP, SSC, HCOP,
 * EDE, SP, then local themes by id) and stages in {@link Stage} order. A cell is empty where the
 * area has no such block or recorded no level.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvolvementMatrix {
  /**
   * A column: the strategic level ({@code block} empty) or one stage of one block.
   *
   * @param block the block's id; empty for the strategic level
   * @param stage the stage; empty for the strategic level
   */
  public record Column(Optional<String> block, Optional<Stage> stage) {
    /** The header text: {@code strategic} or e.g. {@code CYP design}. */
    public String label() {
      return block.isEmpty()
          ? "strategic"
          : block.get() + " " + stage.map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("");
    }
  }

  /**
   * A row: an area and a level (or nothing) per column.
   *
   * @param area the area
   * @param levels one per column; empty where nothing is recorded
   */
  public record Row(Area area, ImmutableList<Optional<InvolvementLevel>> levels) {}

  private final ImmutableList<Column> columns;
  private final ImmutableList<Row> rows;

  InvolvementMatrix(ImmutableList<Column> columns, ImmutableList<Row> rows) {
    this.columns = columns;
    this.rows = rows;
  }

  /** Works the matrix out from a cohort's agreements. */
  static InvolvementMatrix of(CohortScorecard cohort) {
    // Columns: strategic, then (block, stage) recorded anywhere, in standard block order.
    Set<String> localThemes = new TreeSet<>();
    Set<String> blockIds = new LinkedHashSet<>();
    for (BlockType t : BlockType.values()) {
      t.code().ifPresent(blockIds::add);
    }
    for (Scorecard s : cohort.scorecards()) {
      for (Block b : s.agreement().blocks()) {
        if (!blockIds.contains(b.id())) {
          localThemes.add(b.id());
        }
      }
    }
    blockIds.addAll(localThemes);
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(Optional.empty(), Optional.empty()));
    for (String block : blockIds) {
      for (Stage stage : Stage.values()) {
        boolean recorded = false;
        for (Scorecard s : cohort.scorecards()) {
          recorded |= s.agreement().involvement().flatMap(i -> i.level(block, stage)).isPresent();
        }
        if (recorded) {
          columns.add(new Column(Optional.of(block), Optional.of(stage)));
        }
      }
    }
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (Scorecard s : cohort.scorecards()) {
      ImmutableList.Builder<Optional<InvolvementLevel>> levels = ImmutableList.builder();
      Optional<Involvement> involvement = s.agreement().involvement();
      for (Column c : columns) {
        if (c.block().isEmpty() || c.stage().isEmpty()) {
          levels.add(involvement.map(Involvement::strategic));
        } else {
          String block = c.block().get();
          Stage stage = c.stage().get();
          levels.add(involvement.flatMap(i -> i.level(block, stage)));
        }
      }
      rows.add(new Row(s.area(), levels.build()));
    }
    return new InvolvementMatrix(ImmutableList.copyOf(columns), rows.build());
  }

  /** The matrix as a report section, levels in lower case, {@code -} where none is recorded. */
  Section section() {
    Section.Builder s = Section.builder("Involvement mapping (R4)").column("Area");
    for (Column c : columns) {
      s.column(c.label());
    }
    for (Row r : rows) {
      List<String> cells = new ArrayList<>();
      cells.add(r.area().name());
      for (Optional<InvolvementLevel> l : r.levels()) {
        cells.add(l.map(x -> x.name().toLowerCase(Locale.ROOT)).orElse("-"));
      }
      s.row(cells);
    }
    if (!rows.isEmpty()) {
      s.chart(chart());
    }
    return s.footnote(
            "Levels: none < informed < consulted < involved < partner < leading; - not recorded.")
        .build();
  }

  /** The matrix as a heat map: a level per cell (0 = none), empty where none is recorded. */
  private Chart chart() {
    List<String> rowLabels = new ArrayList<>();
    List<List<OptionalInt>> cells = new ArrayList<>();
    for (Row r : rows) {
      rowLabels.add(r.area().name());
      List<OptionalInt> row = new ArrayList<>();
      for (Optional<InvolvementLevel> l : r.levels()) {
        row.add(l.isPresent() ? OptionalInt.of(l.get().ordinal()) : OptionalInt.empty());
      }
      cells.add(row);
    }
    List<String> levels = new ArrayList<>();
    for (InvolvementLevel l : InvolvementLevel.values()) {
      levels.add(l.name().toLowerCase(Locale.ROOT));
    }
    return Chart.heatMap(
        "R4 involvement mapping: level by area, block and stage",
        rowLabels,
        columns.stream().map(Column::label).toList(),
        cells,
        levels);
  }

  /** The columns, strategic first. */
  public ImmutableList<Column> columns() {
    return columns;
  }

  /** One row per area, by area code. */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /**
   * The level of area {@code code} in the column for {@code block} and {@code stage} (null block:
   * strategic).
   */
  public Optional<InvolvementLevel> level(
      String code, @Nullable String block, @Nullable Stage stage) {
    Column wanted = new Column(Optional.ofNullable(block), Optional.ofNullable(stage));
    int c = columns.indexOf(wanted);
    if (c < 0) {
      return Optional.empty();
    }
    for (Row r : rows) {
      if (r.area().code().equals(code)) {
        return r.levels().get(c);
      }
    }
    return Optional.empty();
  }
}
