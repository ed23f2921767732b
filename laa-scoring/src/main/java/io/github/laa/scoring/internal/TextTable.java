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
    return Texts.width(s);
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
   * headers}, a header line and a rule line first. Trailing spaces are trimmed. Lines may be of any
   * width.
   */
  public void appendText(StringBuilder out, String indent, boolean withHeaders) {
    appendText(out, indent, withHeaders, Integer.MAX_VALUE);
  }

  /**
   * The same, with no line wider than {@code maxWidth} code points (indent included) where that can
   * be done: a table too wide first has its widest left-aligned columns narrowed, down to their
   * longest word (at most 16), their cells wrapped onto continuation lines within the column; if it
   * is still too wide, its columns are split into blocks shown one after another, each repeating
   * the first column, and narrowed in turn. Nothing is cut off.
   */
  public void appendText(StringBuilder out, String indent, boolean withHeaders, int maxWidth) {
    int budget = Math.max(20, maxWidth == Integer.MAX_VALUE ? maxWidth : maxWidth - width(indent));
    int[] natural = widths(withHeaders);
    int[] all = new int[headers.length];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    int[] narrowed = natural.clone();
    if (total(natural, all) <= budget
        || narrow(narrowed, all, budget, withHeaders)
        || headers.length < 2) {
      block(out, indent, withHeaders, all, narrowed);
      return;
    }
    // Blocks of columns, each led by the first column.
    List<int[]> blocks = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    int used = natural[0];
    for (int i = 1; i < headers.length; i++) {
      if (!current.isEmpty() && used + 2 + natural[i] > budget) {
        blocks.add(block(current));
        current.clear();
        used = natural[0];
      }
      current.add(i);
      used += 2 + natural[i];
    }
    if (!current.isEmpty()) {
      blocks.add(block(current));
    }
    for (int b = 0; b < blocks.size(); b++) {
      if (b > 0) {
        out.append('\n');
      }
      int[] w = natural.clone();
      var unused = narrow(w, blocks.get(b), budget, withHeaders);
      block(out, indent, withHeaders, blocks.get(b), w);
    }
  }

  private static int[] block(List<Integer> columns) {
    int[] cols = new int[columns.size() + 1];
    for (int i = 0; i < columns.size(); i++) {
      cols[i + 1] = columns.get(i);
    }
    return cols;
  }

  private static int total(int[] w, int[] cols) {
    int t = 2 * (cols.length - 1);
    for (int c : cols) {
      t += w[c];
    }
    return t;
  }

  /**
   * Narrows the widest left-aligned columns of {@code cols}, widest first, until the table fits
   * {@code budget} or none can be narrowed further; whether it fits.
   */
  private boolean narrow(int[] w, int[] cols, int budget, boolean withHeaders) {
    int[] min = new int[w.length];
    for (int c : cols) {
      min[c] = right[c] ? w[c] : Math.min(w[c], Math.max(4, longestWord(c, withHeaders)));
    }
    int excess = total(w, cols) - budget;
    while (excess > 0) {
      int widest = -1;
      for (int c : cols) {
        if (w[c] > min[c] && (widest < 0 || w[c] > w[widest])) {
          widest = c;
        }
      }
      if (widest < 0) {
        return false;
      }
      int next = 0;
      for (int c : cols) {
        if (c != widest && w[c] > min[c]) {
          next = Math.max(next, w[c]);
        }
      }
      int to = Math.max(min[widest], Math.max(next, w[widest] - excess));
      if (to == w[widest]) {
        to--; // equal to the next widest: take one from each in turn
      }
      excess -= w[widest] - to;
      w[widest] = to;
    }
    return true;
  }

  /** The longest word of column {@code c}, at most 16 code points. */
  private int longestWord(int c, boolean withHeaders) {
    int longest = 0;
    if (withHeaders) {
      longest = longestWord(headers[c]);
    }
    for (String[] row : rows) {
      longest = Math.max(longest, longestWord(row[c]));
    }
    return Math.min(16, longest);
  }

  private static int longestWord(String s) {
    int longest = 0;
    for (String word : s.split(" ")) {
      longest = Math.max(longest, width(word));
    }
    return longest;
  }

  private void block(StringBuilder out, String indent, boolean withHeaders, int[] cols, int[] w) {
    if (withHeaders) {
      line(out, indent, headers, cols, w);
      StringBuilder rule = new StringBuilder();
      for (int i = 0; i < cols.length; i++) {
        if (i > 0) {
          rule.append("  ");
        }
        rule.append("-".repeat(w[cols[i]]));
      }
      out.append(indent).append(rule).append('\n');
    }
    for (String[] row : rows) {
      line(out, indent, row, cols, w);
    }
  }

  /** One row, over as many lines as its tallest wrapped cell needs. */
  private void line(StringBuilder out, String indent, String[] cells, int[] cols, int[] w) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int c : cols) {
      List<String> lines =
          width(cells[c]) <= w[c] ? List.of(cells[c]) : Texts.wrap(cells[c], Math.max(1, w[c]));
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    for (int l = 0; l < height; l++) {
      StringBuilder sb = new StringBuilder(indent);
      for (int i = 0; i < cols.length; i++) {
        if (i > 0) {
          sb.append("  ");
        }
        List<String> lines = wrapped.get(i);
        String cell = l < lines.size() ? lines.get(l) : "";
        int pad = Math.max(0, w[cols[i]] - width(cell));
        if (right[cols[i]]) {
          sb.append(" ".repeat(pad)).append(cell);
        } else {
          sb.append(cell).append(" ".repeat(pad));
        }
      }
      int end = sb.length();
      while (end > 0 && sb.charAt(end - 1) == ' ') {
        end--;
      }
      out.append(sb, 0, end).append('\n');
    }
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
