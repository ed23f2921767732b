package io.github.laa.examples.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.laa.core.Allocation;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.tables.Dataset;
import io.github.laa.core.tables.Table;
import io.github.laa.core.tables.TableReader;
import io.github.laa.core.tables.Tables;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Tables read and written, at 10^3 to 10^6 allocation rows (the benchmark agreement of {@link
 * BenchFixtures}, whose allocations are its rows, with a tenth as many bodies and a hundredth as
 * many streams). {@code read} parses and validates every table into a {@link Dataset}; {@code
 * write} writes the allocations table. The baselines in the same run: {@code fastCsvParse}, FastCSV
 * reading the same allocations text into records and nothing else, {@code fastCsvResolve}, the same
 * and the recipients looked up and a record a row kept (a floor for any reader that resolves and
 * keeps), and {@code fastCsvWrite}, FastCSV writing the same cells already turned into strings —
 * what the library adds is the ratio. Per row: divide by {@code rows}. The heap is touched before
 * the run ({@code -XX:+AlwaysPreTouch}): on this VM, memory touched for the first time while
 * measuring made the figures vary fourfold.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
@SuppressWarnings("NullAway.Init") // set in @Setup
public class TablesBench {
  @Param({"1000", "100000", "1000000"})
  public int rows;

  Dataset data;
  Map<Table, String> csv;
  List<List<String>> cells;

  @Setup(Level.Trial)
  public void setUp() {
    LocalAreaAgreement a = BenchFixtures.agreement(rows);
    data = Dataset.of(List.of(a));
    csv = new EnumMap<>(Tables.write(data));
    cells = new ArrayList<>(rows + 1);
    cells.add(Table.ALLOCATIONS.columns());
    for (Allocation x : a.allocations()) {
      cells.add(
          List.of(
              a.area().code(),
              x.recipient(),
              x.stream().orElse(""),
              x.year().toString(),
              x.amount().toString(),
              x.purpose().label(),
              x.outcome().orElse(""),
              Integer.toString(x.termYears()),
              x.fullCostRecovery() ? "yes" : "no",
              x.paidInAdvance() ? "yes" : "no"));
    }
    if (!read().equals(data)) {
      throw new IllegalStateException("the tables did not read back");
    }
    List<Kept> kept = fastCsvResolveOrFail();
    for (int i = 0; i < rows; i++) {
      Allocation x = a.allocations().get(i);
      Kept k = kept.get(i);
      if (!k.recipient().equals(x.recipient())
          || !x.stream().equals(Optional.ofNullable(k.stream()))
          || !k.year().equals(x.year().toString())
          || k.pence() != x.amount().pence()) {
        throw new IllegalStateException("fastCsvResolve read row " + (i + 2) + " as " + k);
      }
    }
  }

  @Benchmark
  public Dataset read() {
    return read(csv);
  }

  @Benchmark
  public void fastCsvParse(Blackhole bh) throws IOException {
    parse(csv, bh);
  }

  /** Reads and validates every table of {@code csv}. */
  static Dataset read(Map<Table, String> csv) {
    TableReader r = Tables.reader();
    csv.forEach((t, text) -> r.add(t, new StringReader(text)));
    return r.read();
  }

  /**
   * FastCSV reading the allocations table of {@code csv} into records, each given to {@code bh},
   * and nothing else.
   */
  static void parse(Map<Table, String> csv, Blackhole bh) throws IOException {
    try (CsvReader<CsvRecord> r =
        CsvReader.builder().ofCsvRecord(new StringReader(csv.get(Table.ALLOCATIONS)))) {
      for (CsvRecord record : r) {
        bh.consume(record);
      }
    }
  }

  /**
   * A floor for any reader that resolves references and keeps what it read: FastCSV reads the
   * bodies and streams tables into a {@code HashMap} each of their ids, and the allocations table
   * into one small record a row — the recipient's and the stream's ids as the maps hold them, the
   * year's cell as a map of the years seen holds it, the amount's digits as pence — and checks
   * nothing else. Like {@code read}, its working set (a tenth as many bodies as rows) and what
   * survives to the end (a record a row) grow with the rows; what {@code read} adds to it is the
   * library's own work.
   */
  @Benchmark
  public List<Kept> fastCsvResolve() throws IOException {
    Map<String, String> bodies = ids(Table.BODIES);
    Map<String, String> streams = ids(Table.STREAMS);
    Map<String, String> years = new HashMap<>();
    List<Kept> kept = new ArrayList<>();
    try (CsvReader<CsvRecord> r =
        CsvReader.builder().ofCsvRecord(new StringReader(csv.get(Table.ALLOCATIONS)))) {
      boolean header = true;
      for (CsvRecord record : r) {
        if (header) {
          header = false;
          continue;
        }
        String recipient = bodies.get(record.getField(1));
        if (recipient == null) {
          throw new IllegalStateException("no body " + record.getField(1));
        }
        String streamCell = record.getField(2);
        String stream = streamCell.isEmpty() ? null : streams.get(streamCell);
        if (stream == null && !streamCell.isEmpty()) {
          throw new IllegalStateException("no stream " + streamCell);
        }
        String year = years.computeIfAbsent(record.getField(3), y -> y);
        kept.add(new Kept(recipient, stream, year, pence(record.getField(4))));
      }
    }
    return kept;
  }

  /** The ids in {@code table}'s second column, each mapped to itself, its header skipped. */
  private Map<String, String> ids(Table table) throws IOException {
    Map<String, String> ids = new HashMap<>();
    try (CsvReader<CsvRecord> r =
        CsvReader.builder().ofCsvRecord(new StringReader(csv.get(table)))) {
      boolean header = true;
      for (CsvRecord record : r) {
        if (!header) {
          ids.put(record.getField(1), record.getField(1));
        }
        header = false;
      }
    }
    return ids;
  }

  /** One allocation row as {@link #fastCsvResolve} keeps it. */
  public record Kept(String recipient, @Nullable String stream, String year, long pence) {}

  private List<Kept> fastCsvResolveOrFail() {
    try {
      return fastCsvResolve();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The digits of {@code amount} ({@code £12,400.00}) as a number of pence. */
  private static long pence(String amount) {
    long pence = 0;
    for (int i = 0; i < amount.length(); i++) {
      char c = amount.charAt(i);
      if (c >= '0' && c <= '9') {
        pence = pence * 10 + (c - '0');
      }
    }
    return pence;
  }

  @Benchmark
  public long write() {
    Counting out = new Counting();
    Tables.write(data, Table.ALLOCATIONS, out);
    return out.chars;
  }

  @Benchmark
  public long fastCsvWrite() throws IOException {
    Counting out = new Counting();
    CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
    for (List<String> row : cells) {
      w.writeRecord(row);
    }
    w.flush();
    return out.chars;
  }

  /** A writer that counts what it is given and keeps nothing, so that no copy is measured. */
  static final class Counting extends Writer {
    long chars;

    @Override
    public void write(char[] buffer, int offset, int length) {
      chars += length;
    }

    @Override
    public void write(String s, int offset, int length) {
      chars += length;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
