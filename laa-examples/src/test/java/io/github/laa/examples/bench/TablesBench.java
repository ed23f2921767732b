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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * BenchFixtures}, whose allocations are its rows: the other tables are tens of rows). {@code read}
 * parses and validates every table into a {@link Dataset}; {@code write} writes the allocations
 * table. The baselines in the same run: {@code fastCsvParse}, FastCSV reading the same allocations
 * text into records and nothing else, and {@code fastCsvWrite}, FastCSV writing the same cells
 * already turned into strings — what the library adds is the ratio. Per row: divide by {@code
 * rows}. The heap is touched before the run ({@code -XX:+AlwaysPreTouch}): on this VM, memory
 * touched for the first time while measuring made the figures vary fourfold.
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
  }

  @Benchmark
  public Dataset read() {
    TableReader r = Tables.reader();
    csv.forEach((t, text) -> r.add(t, new StringReader(text)));
    return r.read();
  }

  @Benchmark
  public void fastCsvParse(Blackhole bh) throws IOException {
    try (CsvReader<CsvRecord> r =
        CsvReader.builder().ofCsvRecord(new StringReader(csv.get(Table.ALLOCATIONS)))) {
      for (CsvRecord record : r) {
        bh.consume(record);
      }
    }
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
