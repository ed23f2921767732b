package io.github.laa.scoring.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of text cells rendered either aligned in plain text or as a Markdown table. Widths are
 * counted in code points, so {@code £} and {@code →} take one column.
 *
 * <p>Not thread-safe; build, render, discard.
 */
public final class TextTable {
  private final String[] headers;
  private final boolean[] right;
  private final List<String[]> rows = new ArrayList<>();

  /**
   * A table with these column headers; a header ending in {@code >} marks a right-aligned column
   * (the {@code >} is not shown).
   */
  public TextTable(String... headers) {
    this.headers = new String[headers.length];
    this.right = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      boolean r = headers[i].endsWith(">");
      this.right[i] = r;
      this.headers[i] = r ? headers[i].substring(0, headers[i].length() - 1) : headers[i];
    }
  }

  /** Adds a row; missing cells are empty. */
  @CanIgnoreReturnValue
  public TextTable row(String... cells) {
    String[] row = new String[headers.length];
    for (int i = 0; i < row.length; i++) {
      row[i] = i < cells.length ? cells[i] : "";
    }
    rows.add(row);
    return this;
  }

  /** Whether the table has no rows. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }

  private int[] widths(boolean withHeaders) {
    int[] w = new int[headers.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = withHeaders ? width(headers[i]) : 0;
    }
    for (String[] row : rows) {
      for (int i = 0; i < w.length; i++) {
        w[i] = Math.max(w[i], width(row[i]));
      }
    }
    return w;
  }

  /**
   * Appends the table as aligned plain text, each line starting with {@code indent}; with {@code
   * headers}, a header line and a rule line first. Trailing spaces are trimmed.
   */
  public void appendText(StringBuilder out, String indent, boolean withHeaders) {
    int[] w = widths(withHeaders);
    if (withHeaders) {
      line(out, indent, headers, w);
      StringBuilder rule = new StringBuilder();
      for (int i = 0; i < w.length; i++) {
        if (i > 0) {
          rule.append("  ");
        }
        rule.append("-".repeat(w[i]));
      }
      out.append(indent).append(rule).append('\n');
    }
    for (String[] row : rows) {
      line(out, indent, row, w);
    }
  }

  private void line(StringBuilder out, String indent, String[] cells, int[] w) {
    StringBuilder sb = new StringBuilder(indent);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        sb.append("  ");
      }
      int pad = w[i] - width(cells[i]);
      if (right[i]) {
        sb.append(" ".repeat(pad)).append(cells[i]);
      } else {
        sb.append(cells[i]).append(" ".repeat(pad));
      }
    }
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    out.append(sb, 0, end).append('\n');
  }

  /** Appends the table in Markdown, cells escaped and padded so the source reads as a table too. */
  public void appendMarkdown(StringBuilder out) {
    String[] h = new String[headers.length];
    for (int i = 0; i < h.length; i++) {
      h[i] = escape(headers[i]);
    }
    List<String[]> escaped = new ArrayList<>();
    for (String[] row : rows) {
      String[] e = new String[row.length];
      for (int i = 0; i < row.length; i++) {
        e[i] = escape(row[i]);
      }
      escaped.add(e);
    }
    int[] w = new int[h.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.max(3, width(h[i]));
      for (String[] row : escaped) {
        w[i] = Math.max(w[i], width(row[i]));
      }
    }
    markdownLine(out, h, w);
    out.append('|');
    for (int i = 0; i < w.length; i++) {
      out.append(' ')
          .append("-".repeat(w[i] - (right[i] ? 1 : 0)))
          .append(right[i] ? ":" : "")
          .append(" |");
    }
    out.append('\n');
    for (String[] row : escaped) {
      markdownLine(out, row, w);
    }
  }

  private void markdownLine(StringBuilder out, String[] cells, int[] w) {
    out.append('|');
    for (int i = 0; i < cells.length; i++) {
      int pad = w[i] - width(cells[i]);
      out.append(' ');
      if (right[i]) {
        out.append(" ".repeat(pad)).append(cells[i]);
      } else {
        out.append(cells[i]).append(" ".repeat(pad));
      }
      out.append(" |");
    }
    out.append('\n');
  }

  /** Escapes text for a Markdown table cell: see {@link Markdown#text(String)}. */
  public static String escape(String s) {
    return Markdown.text(s);
  }
}
