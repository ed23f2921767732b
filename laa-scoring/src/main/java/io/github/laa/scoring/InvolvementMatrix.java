package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.Area;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.Stage;
import java.util.Optional;
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
          : block.get()
              + " "
              + stage.map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).orElse("");
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
