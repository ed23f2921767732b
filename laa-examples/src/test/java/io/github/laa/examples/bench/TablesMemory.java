package io.github.laa.examples.bench;

import io.github.laa.core.tables.Dataset;
import io.github.laa.core.tables.Table;
import io.github.laa.core.tables.TableReader;
import io.github.laa.core.tables.Tables;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The memory reading tables takes, against the memory the finished dataset holds. While one thread
 * reads, another runs full collections back to back and records the heap in use after each: the
 * live memory at that moment. The peak is the most of these, less the heap in use before reading
 * (which holds the CSV text, the caller's); the finished size is the heap in use after reading,
 * less the same. Prints both and their ratio for each size given (default 10^5 rows), after one
 * reading to warm up.
 *
 * <pre>{@code
 * java -XX:+UseSerialGC -Xmx4g -cp … io.github.laa.examples.bench.TablesMemory 100000 1000000
 * }</pre>
 */
public final class TablesMemory {
  private TablesMemory() {}

  public static void main(String[] args) throws InterruptedException {
    String[] sizes = args.length == 0 ? new String[] {"100000"} : args;
    measure(1_000, false);
    for (String a : sizes) {
      measure(Integer.parseInt(a), true);
    }
  }

  private static void measure(int rows, boolean print) throws InterruptedException {
    Map<Table, String> csv = tables(rows);
    long before = liveHeap();
    AtomicLong peak = new AtomicLong();
    AtomicBoolean reading = new AtomicBoolean(true);
    Thread sampler =
        new Thread(
            () -> {
              while (reading.get()) {
                peak.accumulateAndGet(liveHeap(), Math::max);
              }
            });
    sampler.start();
    TableReader r = Tables.reader();
    csv.forEach((t, text) -> r.add(t, new StringReader(text)));
    Dataset data = r.read();
    reading.set(false);
    sampler.join();
    long after = liveHeap();
    // The text is the caller's, counted in "before", and must be counted in "after" too; unused
    // after the reader has read it, it could otherwise be collected first.
    Reference.reachabilityFence(csv);
    long kept = after - before;
    long most = Math.max(peak.get(), after) - before;
    if (print) {
      System.out.printf(
          Locale.ROOT,
          "%,9d rows: the finished dataset holds %,12d bytes; reading needed at most %,12d bytes"
              + " (%.2f× the finished dataset)%n",
          rows,
          kept,
          most,
          (double) most / kept);
    }
    if (data.agreements().size() != 1) {
      throw new AssertionError();
    }
  }

  /** The tables of the benchmark agreement of {@code rows} allocations. */
  private static Map<Table, String> tables(int rows) {
    return Tables.write(Dataset.of(List.of(BenchFixtures.agreement(rows))));
  }

  private static long liveHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
