package io.github.laa.examples.bench;

import io.github.laa.core.tables.Dataset;
import io.github.laa.core.tables.Table;
import io.github.laa.core.tables.Tables;
import java.io.IOException;
import java.util.EnumMap;
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
 * Tables read as a cohort's: 10^3 to 10^6 allocation rows in agreements of {@code perArea} (1,000
 * unless given) allocations each ({@link BenchFixtures#cohort}: 1 to 1,000 areas, each with a tenth
 * as many bodies as allocations and a hundredth as many streams), the rows of one area after
 * another as {@link Tables#write} writes them. {@link TablesBench} reads one agreement whose bodies
 * grow with its rows (100,000 at 10^6 rows); here each agreement stays the same size and only the
 * number of areas grows, as it does when more areas' tables are read. The rows come from the same
 * generator as {@link TablesBench}'s, with other seeds and areas. {@code read} parses and validates
 * every table into a {@link Dataset}; {@code fastCsvParse} is FastCSV reading the same allocations
 * text into records and nothing else. Per row: divide by {@code rows}. With {@code -p rows=1000000
 * -p perArea=1000,10000,100000,1000000} the same number of rows comes in fewer, larger agreements
 * ({@code rows} must be a multiple of {@code perArea}, so give {@code rows} with a larger {@code
 * perArea}). Same JVM options as {@link TablesBench}.
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
public class TablesCohortBench {
  @Param({"1000", "100000", "1000000"})
  public int rows;

  /** The allocations of each agreement; {@code rows} must be a multiple. */
  @Param({"1000"})
  public int perArea;

  Map<Table, String> csv;

  @Setup(Level.Trial)
  public void setUp() {
    if (perArea < 1 || rows % perArea != 0) {
      throw new IllegalArgumentException(
          "rows must be a multiple of perArea but were: " + rows + " and " + perArea);
    }
    Dataset data = Dataset.of(BenchFixtures.cohort(rows / perArea, perArea, 13));
    csv = new EnumMap<>(Tables.write(data));
    if (!read().equals(data)) {
      throw new IllegalStateException("the tables did not read back");
    }
  }

  @Benchmark
  public Dataset read() {
    return TablesBench.read(csv);
  }

  @Benchmark
  public void fastCsvParse(Blackhole bh) throws IOException {
    TablesBench.parse(csv, bh);
  }
}
