package io.github.laa.scoring;

import io.github.laa.core.InvalidDataException;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.VcsBody;
import io.github.laa.core.tables.Dataset;
import io.github.laa.core.tables.Table;
import io.github.laa.core.tables.TableReader;
import io.github.laa.core.tables.Tables;
import io.github.laa.scoring.BadInputCampaign.Coverage;
import io.github.laa.scoring.BadInputCampaign.Draw;
import io.github.laa.scoring.BadInputCampaign.Input;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The bad-input campaign's target in the table reader: a valid agreement's tables, as {@link
 * Tables} writes them, damaged one way at a time — cut short, an unbalanced quote, bytes decoded in
 * the wrong encoding, a stray byte order mark, a cell of a million characters, many rows, a column
 * repeated or removed, a cell that looks like a formula, an empty file, random text — and read
 * back. Only {@link InvalidDataException} may escape, with every problem hygienic; a table that is
 * damaged in a way that keeps its meaning (a byte order mark at the start, LF line ends, columns
 * reordered, a formula-looking name) must read back equal to what was written.
 */
final class TableProbes {
  static final List<String> KINDS =
      List.of(
          "tables: cut short",
          "tables: unbalanced quote",
          "tables: wrong encoding",
          "tables: stray byte order mark",
          "tables: cell of 10^6 characters",
          "tables: 10^4 rows",
          "tables: a column repeated",
          "tables: a column removed",
          "tables: formula-looking cells",
          "tables: empty file",
          "tables: random text",
          "tables: byte order mark, LF, columns reordered (same meaning)");

  private static final String HUGE = "x".repeat(1_000_000);

  private final Input in;
  private final List<LocalAreaAgreement> valid;
  private final Coverage coverage;

  TableProbes(Input in, List<LocalAreaAgreement> valid, Coverage coverage) {
    this.in = in;
    this.valid = valid;
    this.coverage = coverage;
    KINDS.forEach(coverage::declare);
  }

  void tables(Draw d) {
    LocalAreaAgreement base = valid.get(d.nextInt(valid.size()));
    int kind = d.nextInt(KINDS.size());
    coverage.hit(KINDS.get(kind));
    if (kind == 8) {
      formulas(base, d);
      return;
    }
    Dataset data = Dataset.of(List.of(base));
    Map<Table, String> csv = new EnumMap<>(Tables.write(data));
    Table t = Table.values()[d.nextInt(Table.values().length)];
    String text = Objects.requireNonNull(csv.get(t));
    String damaged =
        switch (kind) {
          case 0 -> text.substring(0, d.nextInt(text.length() + 1));
          case 1 -> insert(text, d, "\"");
          case 2 -> new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
          case 3 -> insert(text, d, "\uFEFF");
          case 4 -> insert(text, d, HUGE);
          case 5 ->
              text
                  + (text.substring(text.indexOf('\n') + 1) + "junk,,,\r\n")
                      .repeat(Math.max(1, 10_000 / Math.max(1, text.split("\n").length)));
          case 6 -> text.replaceFirst(",", "," + t.columns().get(t.columns().size() - 1) + ",");
          case 7 ->
              text.replaceFirst(
                  t.columns()
                      .get(d.nextInt(t.columns().size()))
                      .replace("(", "\\(")
                      .replace(")", "\\)"),
                  "Something else");
          case 9 -> "";
          case 10 -> BadValues.text(d) + ",\"" + d.nextRawString(500) + "\r\n" + BadValues.text(d);
          case 11 -> same(text, t, d);
          default -> throw new AssertionError(kind);
        };
    csv.put(t, damaged);
    in.note(KINDS.get(kind), t, damaged);
    try {
      Dataset read = read(csv);
      if (kind == 11 && !read.equals(data)) {
        throw new AssertionError("a table of the same meaning read differently: " + t);
      }
    } catch (InvalidDataException e) {
      ErrorContract.checkHygiene(e);
      if (kind == 11) {
        throw new AssertionError("a table of the same meaning was refused: " + e.getMessage(), e);
      }
    }
  }

  /** Bodies named like formulas write with a quote before them and read back equal. */
  private void formulas(LocalAreaAgreement base, Draw d) {
    String[] starts = {"=", "+", "-", "@", "'=", "''", "'"};
    List<VcsBody> bodies = new ArrayList<>();
    for (VcsBody b : base.bodies()) {
      bodies.add(b.withName(starts[d.nextInt(starts.length)] + b.name()));
    }
    Dataset data = Dataset.of(List.of(base.withBodies(bodies)));
    in.note("formulas", bodies);
    Dataset read = ErrorContract.mustSucceed(() -> read(Tables.write(data)));
    if (!read.equals(data)) {
      throw new AssertionError("formula-looking names did not read back");
    }
    for (String line : Objects.requireNonNull(Tables.write(data).get(Table.BODIES)).split("\r\n")) {
      for (String cell : line.split(",")) {
        if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
          throw new AssertionError("a cell written as a live formula: " + cell);
        }
      }
    }
  }

  /** The same table with a byte order mark, LF line ends and its columns in reverse order. */
  private static String same(String text, Table t, Draw d) {
    List<String> lines = List.of(text.split("\r\n"));
    StringBuilder out = new StringBuilder("\uFEFF");
    for (String line : lines) {
      List<String> cells = splitCsv(line);
      for (int i = cells.size() - 1; i >= 0; i--) {
        out.append(cells.get(i)).append(i > 0 ? "," : "");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Splits one written line into its cells, quotes kept (the writer's lines hold no break). */
  private static List<String> splitCsv(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  private static String insert(String text, Draw d, String what) {
    int at = d.nextInt(text.length() + 1);
    return text.substring(0, at) + what + text.substring(at);
  }

  private static Dataset read(Map<Table, String> csv) {
    TableReader r = Tables.reader();
    csv.forEach(r::add);
    return r.read();
  }
}
