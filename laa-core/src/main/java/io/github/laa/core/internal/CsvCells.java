package io.github.laa.core.internal;

/**
 * The guard against formulas that every CSV the library writes puts on its cells, and that the
 * table reader takes off: a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or
 * a carriage return (or with {@code '} and one of those, or two {@code '}) gets a {@code '} before
 * it, so that no spreadsheet runs it as a formula. Shared by {@code io.github.laa.core.tables} and
 * the scoring module's CSV tables. Not API.
 */
public final class CsvCells {
  private CsvCells() {}

  /**
   * The cell to write for {@code text}: with a {@code '} before it if it could run as a formula.
   */
  public static String guard(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return formula || (c == '\'' && text.length() > 1 && guarded(text.charAt(1)))
        ? "'" + text
        : text;
  }

  /** A cell as written, less the {@code '} that {@link #guard} puts before it. */
  public static String unguard(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && guarded(cell.charAt(1))
        ? cell.substring(1)
        : cell;
  }

  private static boolean guarded(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'';
  }
}
