package io.github.laa.core.tables;

import io.github.laa.core.InvalidDataException;
import io.github.laa.core.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems found while reading tables: the first {@link InvalidDataException#MAX_KEPT_PROBLEMS}
 * kept, all counted, so that a million bad rows cost a bounded amount of memory. Not thread-safe.
 */
final class Faults {
  private final List<Problem> tables = new ArrayList<>();
  private final List<Problem> kept = new ArrayList<>();
  private int count;

  /** Whether a table was not read to its end: its rows' agreements cannot be judged whole. */
  boolean truncated;

  /**
   * A problem of a table's text as a whole (its header, its quoting, its length): listed before the
   * problems of cells, so that it is among those kept however many cells are wrong. At most a few
   * per table.
   */
  void addTable(String path, String message) {
    count++;
    tables.add(Problem.of(path, message));
  }

  void add(String path, String message) {
    count++;
    if (kept.size() < InvalidDataException.MAX_KEPT_PROBLEMS) {
      kept.add(Problem.of(path, message));
    }
  }

  int count() {
    return count;
  }

  void throwIfAny() {
    if (count > 0) {
      List<Problem> all = new ArrayList<>(tables);
      all.addAll(kept);
      throw new InvalidDataException("Table data", all, count);
    }
  }

  /** {@code allocations.csv row 17}. */
  static String at(String source, int row) {
    return source + " row " + row;
  }

  /** {@code allocations.csv row 17, "Amount Awarded"}. */
  static String at(String source, int row, String column) {
    return source + " row " + row + ", \"" + column + '"';
  }

  /** {@code allocations.csv rows 4, 9 and 12, "Recipient"}, at most ten rows named. */
  static String at(String source, List<Integer> rows, String column) {
    return at(source, new Rows(rows), column);
  }

  static String at(String source, Rows rows, String column) {
    int total = rows.count;
    StringBuilder sb = new StringBuilder(source).append(total == 1 ? " row " : " rows ");
    int shown = rows.first.size();
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        sb.append(i == total - 1 ? " and " : ", ");
      }
      sb.append(rows.first.get(i));
    }
    if (total > shown) {
      sb.append(" and ").append(total - shown).append(" more");
    }
    return sb.append(", \"").append(column).append('"').toString();
  }

  /** The rows something is on: the first ten, and how many in all. */
  static final class Rows {
    static final int SHOWN = 10;
    final List<Integer> first = new ArrayList<>();
    int count;

    Rows() {}

    Rows(List<Integer> rows) {
      rows.forEach(this::add);
    }

    void add(int row) {
      count++;
      if (first.size() < SHOWN) {
        first.add(row);
      }
    }
  }
}
