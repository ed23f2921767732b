package io.github.laa.core.tables;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import io.github.laa.core.TextChecks;
import io.github.laa.core.internal.CsvCells;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One table's CSV text, read with FastCSV (RFC 4180: comma-separated, double-quoted cells that may
 * hold commas, quotes doubled and line breaks; CRLF or LF; a byte order mark at the start ignored)
 * and handed over a row at a time. Rows are numbered as a spreadsheet shows them: the header is row
 * 1, a cell with line breaks stays in one row, and blank rows count but are skipped. Not
 * thread-safe.
 */
final class Sheet {
  /** The most data rows a table may have. */
  static final int MAX_ROWS = 1_000_000;

  /** The longest cell read; longer ones are a problem of their row. */
  static final int MAX_CELL = 10_000;

  /** The longest cell FastCSV buffers: past it the rest of the table cannot be read. */
  private static final int MAX_FIELD = 1 << 20;

  /** One row of a sheet, reused from row to row. */
  static final class Row {
    private final Sheet sheet;
    private final int[] positions;
    private @Nullable CsvRecord record;
    int number;

    /** Positions (in the record) of cells too long to read in this row, or empty. */
    private int[] damaged = new int[0];

    private Row(Sheet sheet, int[] positions) {
      this.sheet = sheet;
      this.positions = positions;
    }

    /** Whether the sheet has the column of {@code columns[k]}. */
    boolean has(int k) {
      return positions[k] >= 0;
    }

    /** The cell of {@code columns[k]}, or "" if there is no such column or cell. */
    String get(int k) {
      int p = positions[k];
      CsvRecord r = record;
      if (p < 0 || r == null || p >= r.getFieldCount() || isDamaged(p)) {
        return "";
      }
      return unguard(r.getField(p));
    }

    /** Whether the cell of {@code columns[k]} was too long to read (its problem is reported). */
    boolean damaged(int k) {
      return positions[k] >= 0 && isDamaged(positions[k]);
    }

    /** Whether any cell of the row was too long to read. */
    boolean damaged() {
      return damaged.length > 0;
    }

    private boolean isDamaged(int position) {
      for (int d : damaged) {
        if (d == position) {
          return true;
        }
      }
      return false;
    }

    String source() {
      return sheet.source;
    }

    String title(int k) {
      return sheet.titles.get(k);
    }

    /** {@code allocations.csv row 17, "Amount"}. */
    String at(int k) {
      return Faults.at(sheet.source, number, sheet.titles.get(k));
    }
  }

  /** Receives each data row. */
  interface RowHandler {
    void row(Row row);
  }

  private final String source;
  private final List<String> titles;

  private Sheet(String source, List<String> titles) {
    this.source = source;
    this.titles = titles;
  }

  /**
   * Reads {@code text} as a table with the column {@code titles} (the columns a reader knows; the
   * text may have more, which are ignored, and lack some), passing each non-blank data row to
   * {@code handler}. {@code required} are the indexes of the titles that must be in the header.
   * Problems of the text itself (no header, a repeated or missing column, a cell too long, an
   * unclosed quote, too many rows) go to {@code faults}.
   *
   * @return the header's titles, normalised, or empty if there was no header
   * @throws UncheckedIOException if reading {@code text} fails
   */
  @CanIgnoreReturnValue
  static List<String> read(
      String source,
      Reader text,
      List<String> titles,
      int[] required,
      Faults faults,
      RowHandler handler) {
    Layout layout = new Layout(titles, required);
    return read(source, text, faults, header -> layout, handler);
  }

  /** The columns a reader knows, and the indexes of those that must be present. */
  record Layout(List<String> titles, int[] required) {}

  /** Chooses the layout from the header, for tables with two forms. */
  interface Form {
    Layout layout(List<String> header);
  }

  @CanIgnoreReturnValue
  static List<String> read(
      String source, Reader text, Faults faults, Form form, RowHandler handler) {
    QuoteCounter counted = new QuoteCounter(text);
    CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .skipEmptyLines(false)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .build(
                CsvRecordHandler.of(b -> b.maxFieldSize(MAX_FIELD).maxRecordSize(4 * MAX_FIELD)),
                counted);
    int rows = 0;
    List<String> header = List.of();
    @Nullable Row row = null;
    try (csv) {
      for (CsvRecord record : csv) {
        rows++;
        if (rows == 1) {
          header = header(source, record, faults);
          Layout layout = form.layout(header);
          int[] positions = positions(source, header, layout.titles(), layout.required(), faults);
          row = new Row(new Sheet(source, layout.titles()), positions);
          continue;
        }
        if (row == null || blank(record)) {
          continue;
        }
        if (rows - 1 > MAX_ROWS) {
          faults.addTable(
              Faults.at(source, rows),
              String.format(
                  Locale.ROOT,
                  "the table has more than %,d rows; the rest was not read",
                  MAX_ROWS));
          faults.truncated = true;
          return header;
        }
        row.damaged = tooLong(source, rows, record, header, row.sheet.titles, faults);
        row.record = record;
        row.number = rows;
        handler.row(row);
      }
    } catch (CsvParseException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      faults.addTable(
          Faults.at(source, rows + 1),
          "cannot be read as CSV ("
              + TextChecks.quote(String.valueOf(cause.getMessage()))
              + "); the rest of the table was not read");
      faults.truncated = true;
      return header;
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + source + " failed", e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("reading " + source + " failed", e.getCause());
    }
    if (rows == 0) {
      faults.addTable(source, "is empty: a table needs a header row");
    } else if (counted.odd()) {
      faults.addTable(
          Faults.at(source, rows),
          "the text has an odd number of \" characters: a quoted cell is never closed (then"
              + " everything from its opening quote to the end, up to this row, was read as one"
              + " cell), or a \" stands in a cell that is not quoted (RFC 4180 wants that cell"
              + " quoted and the \" doubled)");
    }
    return header;
  }

  private static boolean blank(CsvRecord record) {
    for (int i = 0; i < record.getFieldCount(); i++) {
      if (!record.getField(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static int[] tooLong(
      String source,
      int row,
      CsvRecord record,
      List<String> header,
      List<String> known,
      Faults faults) {
    int[] damaged = new int[0];
    for (int i = 0; i < record.getFieldCount(); i++) {
      int length = record.getField(i).length();
      if (length > MAX_CELL) {
        // The column's title if it is one the reader knows; never the caller's text unquoted.
        String title = i < header.size() ? header.get(i) : "";
        String column = "column " + (i + 1);
        for (String k : known) {
          if (k.equalsIgnoreCase(title)) {
            column = k;
          }
        }
        faults.add(
            Faults.at(source, row, column),
            String.format(
                Locale.ROOT,
                "is %,d characters long, past the longest cell read (%,d characters)",
                length,
                MAX_CELL));
        damaged = Arrays.copyOf(damaged, damaged.length + 1);
        damaged[damaged.length - 1] = i;
      }
    }
    return damaged;
  }

  private static List<String> header(String source, CsvRecord record, Faults faults) {
    List<String> header = new ArrayList<>(record.getFieldCount());
    for (int i = 0; i < record.getFieldCount(); i++) {
      String title = record.getField(i);
      if (i == 0 && title.startsWith("\uFEFF")) {
        title = title.substring(1);
      }
      header.add(title.strip());
    }
    return header;
  }

  private static int[] positions(
      String source, List<String> header, List<String> titles, int[] required, Faults faults) {
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String key = header.get(i).toLowerCase(Locale.ROOT);
      if (key.isEmpty()) {
        continue;
      }
      Integer before = at.putIfAbsent(key, i);
      if (before != null && isKnown(key, titles)) {
        faults.addTable(
            Faults.at(source, 1),
            "column "
                + TextChecks.quote(header.get(i))
                + " appears twice (columns "
                + (before + 1)
                + " and "
                + (i + 1)
                + ")");
      }
    }
    int[] positions = new int[titles.size()];
    for (int k = 0; k < titles.size(); k++) {
      Integer p = at.get(titles.get(k).toLowerCase(Locale.ROOT));
      positions[k] = p == null ? -1 : p;
    }
    for (int k : required) {
      if (positions[k] < 0) {
        faults.addTable(
            Faults.at(source, 1),
            "has no column "
                + TextChecks.quote(titles.get(k))
                + "; its columns are: "
                + list(titles));
      }
    }
    return positions;
  }

  private static boolean isKnown(String key, List<String> titles) {
    for (String t : titles) {
      if (t.toLowerCase(Locale.ROOT).equals(key)) {
        return true;
      }
    }
    return false;
  }

  private static String list(List<String> titles) {
    StringBuilder sb = new StringBuilder();
    for (String t : titles) {
      sb.append(sb.length() == 0 ? "" : ", ").append(t);
    }
    return sb.toString();
  }

  /**
   * A cell as written, less the {@code '} that {@link Tables} puts before a cell a spreadsheet
   * would take for a formula.
   */
  static String unguard(String cell) {
    return CsvCells.unguard(cell);
  }

  /**
   * The cell to write for {@code text}: with a {@code '} before it if it could run as a formula.
   */
  static String guard(String text) {
    return CsvCells.guard(text);
  }

  /** Counts the double quotes that pass, to tell an unclosed quoted cell at the end. */
  private static final class QuoteCounter extends FilterReader {
    private long quotes;
    private boolean first = true;

    QuoteCounter(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (first && c == '\uFEFF') {
        c = super.read();
      }
      first = false;
      if (c == '"') {
        quotes++;
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (first && n > 0) {
        first = false;
        if (buffer[offset] == '\uFEFF') {
          // A byte order mark before the header, taken off before FastCSV reads the quotes.
          System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
          n--;
          if (n == 0) {
            return read(buffer, offset, length);
          }
        }
      }
      for (int i = offset; i < offset + n; i++) {
        if (buffer[i] == '"') {
          quotes++;
        }
      }
      return n;
    }

    boolean odd() {
      return (quotes & 1) == 1;
    }
  }
}
