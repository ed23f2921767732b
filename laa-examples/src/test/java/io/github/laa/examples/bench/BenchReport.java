package io.github.laa.examples.bench;

import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Rule;
import io.github.laa.scoring.lvsc.Lvsc2006;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.DoublePredicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * JMH results as a Markdown table, then the ratios and targets of the performance issue, all from
 * one run. {@link BenchMain} prints it after running JMH; {@link #main} prints it from JMH's CSV
 * ({@code -rf csv}), which has no minimum and maximum.
 *
 * <p>Verdicts on targets use the means. The machine is shared and noisy, so each ratio also shows
 * the range its components' minimum and maximum iterations allow, and the ratio of the best
 * iterations (noise only ever adds time).
 */
public final class BenchReport {
  private static final String SCORING = "ScoringBench.";
  private static final String VARIED = "VariedScoringBench.";
  private static final String POLICY = "PolicyBench.";
  private static final String PASS = "FactsPassBench.";
  private static final String EDIT = "EditBench.";
  private static final String WHAT_IF = "WhatIfBench.";
  private static final String NORM = "gc.alloc.rate.norm";

  /**
   * One benchmark (and size): the mean time per operation in nanoseconds, its 99.9% error, the
   * fastest and slowest iteration (NaN if unknown), and bytes allocated per operation.
   */
  record Result(
      String benchmark,
      String allocations,
      double nanos,
      double errorNanos,
      double minNanos,
      double maxNanos,
      double bytes) {}

  private final Map<String, Result> results;

  private BenchReport(Map<String, Result> results) {
    this.results = results;
  }

  /** Prints the report of a CSV file written by JMH ({@code -rf csv -rff FILE}). */
  public static void main(String[] args) throws IOException {
    Path csv = Path.of(args.length > 0 ? args[0] : "target/jmh-result.csv");
    System.out.println(parse(Files.readAllLines(csv, StandardCharsets.UTF_8)).render());
  }

  /** The report of results from JMH's runner. */
  static BenchReport of(Collection<RunResult> runs) {
    Map<String, Result> out = new LinkedHashMap<>();
    for (RunResult run : runs) {
      String name = shortName(run.getParams().getBenchmark());
      String allocations = run.getParams().getParam("allocations");
      String size = allocations == null ? "" : allocations;
      org.openjdk.jmh.results.Result<?> primary = run.getPrimaryResult();
      Statistics s = primary.getStatistics();
      double toNanos = toNanos(primary.getScoreUnit());
      double bytes = Double.NaN;
      for (String label : run.getSecondaryResults().keySet()) {
        if (label.endsWith(NORM)) {
          bytes = run.getSecondaryResults().get(label).getScore();
        }
      }
      double error = s.getN() > 2 ? s.getMeanErrorAt(0.999) : Double.NaN;
      out.put(
          key(name, size),
          new Result(
              name,
              size,
              s.getMean() * toNanos,
              error * toNanos,
              s.getMin() * toNanos,
              s.getMax() * toNanos,
              bytes));
    }
    return new BenchReport(out);
  }

  /** The report of JMH's CSV lines. */
  static BenchReport parse(List<String> lines) {
    Map<String, Result> primary = new LinkedHashMap<>();
    Map<String, Double> bytes = new LinkedHashMap<>();
    List<String> header = fields(lines.get(0));
    int param = header.indexOf("Param: allocations");
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      List<String> f = fields(line);
      String name = shortName(f.get(0));
      String allocations = param >= 0 && param < f.size() ? f.get(param) : "";
      double score = Double.parseDouble(f.get(4));
      double error = f.get(5).equals("NaN") ? Double.NaN : Double.parseDouble(f.get(5));
      int colon = name.indexOf(':');
      if (colon >= 0) {
        if (name.endsWith(NORM)) {
          bytes.put(key(name.substring(0, colon), allocations), score);
        }
      } else {
        double toNanos = toNanos(f.get(6));
        primary.put(
            key(name, allocations),
            new Result(
                name,
                allocations,
                score * toNanos,
                error * toNanos,
                Double.NaN,
                Double.NaN,
                Double.NaN));
      }
    }
    Map<String, Result> merged = new LinkedHashMap<>();
    for (Map.Entry<String, Result> e : primary.entrySet()) {
      Result r = e.getValue();
      merged.put(
          e.getKey(),
          new Result(
              r.benchmark(),
              r.allocations(),
              r.nanos(),
              r.errorNanos(),
              r.minNanos(),
              r.maxNanos(),
              bytes.getOrDefault(e.getKey(), Double.NaN)));
    }
    return new BenchReport(merged);
  }

  /**
   * {@code io.github.laa.examples.bench.ScoringBench.libraryHeadline:gc.alloc.rate.norm} to {@code
   * ScoringBench.libraryHeadline:gc.alloc.rate.norm}.
   */
  private static String shortName(String full) {
    int colon = full.indexOf(':');
    String method = colon < 0 ? full : full.substring(0, colon);
    int dot = method.lastIndexOf('.');
    int classDot = method.lastIndexOf('.', dot - 1);
    return full.substring(classDot + 1);
  }

  private static double toNanos(String unit) {
    return switch (unit) {
      case "ns/op" -> 1;
      case "us/op" -> TimeUnit.MICROSECONDS.toNanos(1);
      case "ms/op" -> TimeUnit.MILLISECONDS.toNanos(1);
      case "s/op" -> TimeUnit.SECONDS.toNanos(1);
      default ->
          throw new IllegalArgumentException("unit must be a time per operation but was: " + unit);
    };
  }

  private static String key(String benchmark, String allocations) {
    return benchmark + "|" + allocations;
  }

  /** Splits one CSV line; JMH quotes text fields and never puts quotes inside them. */
  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out;
  }

  private @Nullable Result get(String benchmark, String allocations) {
    return results.get(key(benchmark, allocations));
  }

  String render() {
    StringBuilder out = new StringBuilder();
    out.append("## Results\n\n");
    out.append(
        "| benchmark | allocations | time/op (mean) | ± error (99.9%) | min – max iteration | ns per allocation | B/op |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Result r : results.values()) {
      String perAllocation =
          r.allocations().isEmpty()
              ? ""
              : format("%.2f", r.nanos() / Integer.parseInt(r.allocations()));
      out.append("| ")
          .append(r.benchmark())
          .append(" | ")
          .append(r.allocations().isEmpty() ? "—" : r.allocations())
          .append(" | ")
          .append(time(r.nanos()))
          .append(" | ")
          .append(Double.isNaN(r.errorNanos()) ? "n/a" : "± " + time(r.errorNanos()))
          .append(" | ")
          .append(
              Double.isNaN(r.minNanos()) ? "n/a" : time(r.minNanos()) + " – " + time(r.maxNanos()))
          .append(" | ")
          .append(perAllocation)
          .append(" | ")
          .append(Double.isNaN(r.bytes()) ? "n/a" : format("%,.0f", r.bytes()))
          .append(" |\n");
    }

    out.append("\n## Ratios and targets (from this run)\n\n");
    out.append(
        "| target | measured (means) | range (min–max iterations) | best iterations | verdict |\n");
    out.append("|---|---|---|---|---|\n");
    Result lib1k = get(SCORING + "libraryHeadline", "1000");
    Result drools1k = get(SCORING + "droolsHeadline", "1000");
    Result bare1k = get(SCORING + "bareLoopHeadline", "1000");
    Result lib100k = get(SCORING + "libraryHeadline", "100000");
    ratioRow(
        out,
        "library ≥ 100× faster than Drools at 1,000 allocations",
        drools1k,
        1,
        lib1k,
        1,
        r -> r >= 100);
    ratioRow(
        out,
        "library within 3× of the bare loop at 1,000 allocations",
        lib1k,
        1,
        bare1k,
        1,
        r -> r <= 3);
    ratioRow(
        out,
        "time per allocation at 100,000 within 1.5× of that at 1,000 (library)",
        lib100k,
        100_000,
        lib1k,
        1_000,
        r -> r <= 1.5);
    Result full = get(POLICY + "fullPolicy300", "");
    limitRow(out, "full policy on 300 allocations ≤ 20 µs", full, 20_000);
    Result sequential = get(POLICY + "cohortSequential", "");
    limitRow(out, "cohort of 150 × 300 allocations on one thread ≤ 5 ms", sequential, 5_000_000);
    Result parallel = get(POLICY + "cohortParallel", "");
    int cores = Runtime.getRuntime().availableProcessors();
    ratioRow(
        out,
        "parallel cohort scales with cores: speed-up ≥ 0.75 × "
            + cores
            + " cores (same scorecards: checked in setup and test)",
        sequential,
        1,
        parallel,
        1,
        r -> r >= 0.75 * cores);
    if (lib1k != null && !Double.isNaN(lib1k.bytes())) {
      out.append("| bytes allocated per scoring of 1,000 allocations < 8 KB (8,192 B) | ")
          .append(format("%,.0f B", lib1k.bytes()))
          .append(" | | | ")
          .append(lib1k.bytes() < 8_192 ? "**met**" : "**missed**")
          .append(" |\n");
    } else {
      out.append(
          "| bytes allocated per scoring of 1,000 allocations < 8 KB | n/a (run with -prof gc) | | | n/a |\n");
    }

    ratioRow(
        out,
        "edit one allocation, validate and score at 1,000 allocations ≤ 3× a warm scoring",
        get(EDIT + "editValidateScore", ""),
        1,
        get(EDIT + "warmScoring", ""),
        1,
        r -> r <= 3);
    ratioRow(
        out,
        "tipping points for every parameter of one agreement ≤ 100× one scoring",
        get(WHAT_IF + "tippingPoints", "300"),
        1,
        get(WHAT_IF + "score", "300"),
        1,
        r -> r <= 100);
    limitRow(
        out,
        "a reform comparison of two policies ≤ 10 ms",
        get(WHAT_IF + "compareStrictness", "300"),
        10_000_000);
    out.append("\n## Other ratios (context, no target)\n\n");
    out.append(
        "| ratio | measured (means) | range (min–max iterations) | best iterations |\n|---|---|---|---|\n");
    for (String b :
        List.of(
            "bareLoopHeadline",
            "bareLoopBranchy",
            "libraryHeadlineCold",
            "droolsHeadline",
            "buildAndValidate")) {
      ratioRow(
          out,
          "time per allocation, 100,000 vs 1,000: " + b,
          get(SCORING + b, "100000"),
          100_000,
          get(SCORING + b, "1000"),
          1_000,
          null);
    }
    for (String b : List.of("libraryHeadline", "bareLoopHeadline", "bareLoopBranchy")) {
      ratioRow(
          out,
          "time per allocation, 100,000 vs 1,000: varied " + b,
          get(VARIED + b, "100000"),
          100_000,
          get(VARIED + b, "1000"),
          1_000,
          null);
    }
    ratioRow(
        out,
        "library vs branchy bare loop at 1,000",
        lib1k,
        1,
        get(SCORING + "bareLoopBranchy", "1000"),
        1,
        null);
    ratioRow(
        out,
        "varied library vs varied bare loop at 1,000",
        get(VARIED + "libraryHeadline", "1000"),
        1,
        get(VARIED + "bareLoopHeadline", "1000"),
        1,
        null);
    ratioRow(
        out,
        "varied library vs varied branchy bare loop at 1,000",
        get(VARIED + "libraryHeadline", "1000"),
        1,
        get(VARIED + "bareLoopBranchy", "1000"),
        1,
        null);
    ratioRow(
        out,
        "library cold (fresh copy) vs warm at 1,000",
        get(SCORING + "libraryHeadlineCold", "1000"),
        1,
        lib1k,
        1,
        null);
    ratioRow(
        out,
        "Drools vs library cold (fresh copy) at 1,000",
        drools1k,
        1,
        get(SCORING + "libraryHeadlineCold", "1000"),
        1,
        null);
    ratioRow(
        out,
        "cohort on one thread, per agreement, vs full policy on one 300-allocation agreement",
        sequential,
        150,
        full,
        1,
        null);
    for (String size : List.of("1000", "100000")) {
      ratioRow(
          out,
          "diagnostic: library's pass vs the packed prototype at " + size,
          get(PASS + "library", size),
          1,
          get(PASS + "packed", size),
          1,
          null);
    }
    for (String b : List.of("library", "libraryUniformRows", "packed")) {
      ratioRow(
          out,
          "diagnostic: time per allocation, 100,000 vs 1,000: " + b + " pass",
          get(PASS + b, "100000"),
          100_000,
          get(PASS + b, "1000"),
          1_000,
          null);
    }
    for (String size : List.of("1000", "100000")) {
      ratioRow(
          out,
          "diagnostic: library's pass, fixture rows vs rows all alike, at " + size,
          get(PASS + "library", size),
          1,
          get(PASS + "libraryUniformRows", size),
          1,
          null);
    }

    Policy lvsc = Lvsc2006.policy();
    out.append("\nLvsc2006.policy() on this classpath: ")
        .append(lvsc)
        .append(": ")
        .append(
            lvsc.rules().stream()
                .map(Rule::id)
                .map(Object::toString)
                .collect(Collectors.joining(", ")))
        .append('\n');
    return out.toString();
  }

  /**
   * A row comparing {@code a / aScale} with {@code b / bScale}; with a verdict if {@code target} is
   * given.
   */
  private static void ratioRow(
      StringBuilder out,
      String what,
      @Nullable Result a,
      double aScale,
      @Nullable Result b,
      double bScale,
      @Nullable DoublePredicate target) {
    out.append("| ").append(what).append(" | ");
    if (a == null || b == null) {
      out.append("n/a | | |").append(target == null ? "\n" : " n/a |\n");
      return;
    }
    double scale = bScale / aScale;
    double ratio = a.nanos() / b.nanos() * scale;
    out.append(format("%.2f×", ratio))
        .append(" (")
        .append(time(a.nanos()))
        .append(" vs ")
        .append(time(b.nanos()))
        .append(") | ");
    if (!Double.isNaN(a.minNanos())) {
      out.append(format("%.2f", a.minNanos() / b.maxNanos() * scale))
          .append("–")
          .append(format("%.2f×", a.maxNanos() / b.minNanos() * scale));
      out.append(" | ").append(format("%.2f×", a.minNanos() / b.minNanos() * scale));
    } else {
      out.append("n/a | n/a");
    }
    if (target != null) {
      out.append(" | ").append(target.test(ratio) ? "**met**" : "**missed**");
    }
    out.append(" |\n");
  }

  private static void limitRow(
      StringBuilder out, String what, @Nullable Result r, double limitNanos) {
    out.append("| ").append(what).append(" | ");
    if (r == null) {
      out.append("n/a | | | n/a |\n");
      return;
    }
    out.append(time(r.nanos())).append(" | ");
    out.append(
        Double.isNaN(r.minNanos()) ? "n/a" : time(r.minNanos()) + " – " + time(r.maxNanos()));
    out.append(" | ").append(Double.isNaN(r.minNanos()) ? "n/a" : time(r.minNanos()));
    out.append(" | ").append(r.nanos() <= limitNanos ? "**met**" : "**missed**").append(" |\n");
  }

  private static String time(double nanos) {
    if (nanos < 1_000) {
      return format("%.1f ns", nanos);
    } else if (nanos < 1_000_000) {
      return format("%.2f µs", nanos / 1_000);
    } else if (nanos < 1_000_000_000) {
      return format("%.2f ms", nanos / 1_000_000);
    }
    return format("%.2f s", nanos / 1_000_000_000);
  }

  private static String format(String pattern, double value) {
    return String.format(Locale.ROOT, pattern, value);
  }
}
