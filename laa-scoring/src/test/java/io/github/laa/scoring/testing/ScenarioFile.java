package io.github.laa.scoring.testing;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Problem;
import io.github.laa.core.TextChecks;
import io.github.laa.core.tables.Dataset;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.Parameter;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Rag;
import io.github.laa.scoring.Rule;
import io.github.laa.scoring.RuleId;
import io.github.laa.scoring.Verdict;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Policy tests as data: a CSV file in which each row is a scenario (an agreement, a policy and the
 * outcome expected of each rule), read against a set of agreements and run as JUnit 5 dynamic
 * tests, with a table of the verdicts the scenarios reached at the end.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> councilScenarios() throws IOException {
 *   Dataset london = ...;                         // the agreements' tables (Tables.reader())
 *   try (Reader csv = ...) {                      // the scenario file
 *     return ScenarioFile.builder(Lvsc2006.policy(), london)
 *         .read("council-scenarios.csv", csv)
 *         .tests(VerdictCoverage::assertEveryVerdict);
 *   }
 * }
 * }</pre>
 *
 * <h2>The format</h2>
 *
 * <p>CSV (RFC 4180, UTF-8, with or without a BOM, CRLF or LF), because it is what the agreements'
 * tables are and what a spreadsheet saves: a policy officer writes scenarios where they keep the
 * data, and every problem is reported with the file, the row as the spreadsheet numbers it and the
 * column. Row 1 holds the column titles, in any order, compared ignoring case; blank rows are
 * skipped.
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>Column</th><th>Holds</th></tr>
 *   <tr><td>{@code Scenario}</td><td>its name, unique in the file (required)</td></tr>
 *   <tr><td>{@code Agreement}</td><td>the area's name or GSS code among the tables' agreements
 *       (required)</td></tr>
 *   <tr><td>{@code Edits}</td><td>changes to that agreement, separated by semicolons:
 *       {@code 2007/08 allocations to cvs: £95k} sets the amount of the one allocation to body
 *       {@code cvs} in 2007/08 ({@code … to cvs from nrf: £95k} picks it by stream too);
 *       {@code add 2007/08 allocation to cvs from nrf for service delivery: £20k};
 *       {@code remove 2006/07 allocations} (to a body, from a stream: optional);
 *       {@code without involvement}, {@code without infrastructure},
 *       {@code without commissioning}, {@code without small grants}</td></tr>
 *   <tr><td>{@code Policy}</td><td>blank for the base policy; or the name of a policy given to
 *       {@link Builder#policy(Policy)}; and/or parameter overrides separated by semicolons, such
 *       as {@code NET_RESOURCE_LOSS.tolerance = 5%; SMALL_GRANTS.grantCeiling = £10,000}</td></tr>
 *   <tr><td>{@code Rating}</td><td>the expected rating: {@code RED}, {@code AMBER} or
 *       {@code GREEN}</td></tr>
 *   <tr><td>{@code Score}</td><td>the expected overall score: {@code 71} or a range
 *       {@code 60..80}</td></tr>
 *   <tr><td>{@code RULE} (a rule id, such as {@code NET_RESOURCE_LOSS})</td><td>the expected
 *       verdict: {@code PASS}, {@code WARN}, {@code FAIL} or {@code NOT_ASSESSED}
 *       ({@code n/a})</td></tr>
 *   <tr><td>{@code RULE score}</td><td>the finding's score, or a range of scores</td></tr>
 *   <tr><td>{@code RULE margin}</td><td>the margin's amount, exactly: money ({@code £5,000}),
 *       percentage points ({@code 3.41 pp}), score points ({@code 28 points}) or ladder rungs
 *       ({@code 2 rungs}), optionally after its direction ({@code must rise by £5,000}); or
 *       {@code none}</td></tr>
 *   <tr><td>{@code RULE missing}</td><td>the missing fact of a {@code NOT_ASSESSED} finding
 *       (case ignored)</td></tr>
 *   <tr><td>{@code Notes}</td><td>anything; shown when the scenario fails</td></tr>
 * </table>
 *
 * <p>A blank cell is not checked. An unknown column is a problem, not ignored: a misspelt
 * expectation must not pass silently. So is a row that expects nothing, a verdict a rule cannot
 * give ({@link Rule#possibleVerdicts(io.github.laa.scoring.Parameters)}), and a parameter, body,
 * stream or area that does not exist. All problems of a file come in one {@link
 * InvalidDataException}, each as {@code council.csv row 7, "Edits": …}; nothing is returned partly
 * read.
 *
 * <p>This class is immutable and thread-safe; {@link #tests()} gives a fresh set of tests each
 * time.
 */
public final class ScenarioFile {
  /** The most scenarios a file may hold. */
  public static final int MAX_SCENARIOS = 10_000;

  private final String name;
  private final ImmutableList<ScenarioRow> scenarios;
  private final ImmutableList<Policy> policies;

  private ScenarioFile(String name, ImmutableList<ScenarioRow> scenarios, List<Policy> policies) {
    this.name = name;
    this.scenarios = scenarios;
    this.policies = ImmutableList.copyOf(policies);
  }

  /**
   * A reader of scenario files whose rows refer to the agreements of {@code agreements} and are
   * scored under {@code basePolicy} unless they say otherwise.
   */
  public static Builder builder(Policy basePolicy, Dataset agreements) {
    return new Builder(basePolicy, agreements);
  }

  /** The file's name, as given to the reader. */
  public String name() {
    return name;
  }

  /** The scenarios, in the file's order. */
  public ImmutableList<ScenarioRow> scenarios() {
    return scenarios;
  }

  /** The base policy and the named policies the reader was given. */
  public ImmutableList<Policy> policies() {
    return policies;
  }

  /** Runs every scenario, in order, and returns the results with their verdict coverage. */
  public ImmutableList<ScenarioResult> run() {
    ImmutableList.Builder<ScenarioResult> out = ImmutableList.builder();
    for (ScenarioRow s : scenarios) {
      out.add(s.run());
    }
    return out.build();
  }

  /**
   * One dynamic test per scenario, named by its row and name, then a test named {@code verdict
   * coverage} that prints the coverage table (to standard output, which the test log shows) and
   * passes. A scenario that does not hold fails with {@link ScenarioResult#report()}.
   */
  public Stream<DynamicNode> tests() {
    return tests(coverage -> {});
  }

  /**
   * Like {@link #tests()}, but the last test also checks the coverage with {@code requirement},
   * e.g. {@code VerdictCoverage::assertEveryVerdict} or {@code c ->
   * c.assertEveryVerdict(Lvsc2006.NET_RESOURCE_LOSS)}. The coverage counts the scenarios run before
   * it; when only some tests are selected to run, it counts those.
   */
  public Stream<DynamicNode> tests(Consumer<VerdictCoverage> requirement) {
    ConcurrentLinkedQueue<ScenarioResult> results = new ConcurrentLinkedQueue<>();
    Stream<DynamicNode> each =
        scenarios.stream()
            .map(
                s ->
                    DynamicTest.dynamicTest(
                        "row " + s.row() + ": " + s.name(),
                        () -> {
                          ScenarioResult r = s.run();
                          results.add(r);
                          if (!r.passed()) {
                            throw new AssertionFailedError(r.report(), expected(s), actual(r));
                          }
                        }));
    DynamicNode coverage =
        DynamicTest.dynamicTest(
            "verdict coverage",
            () -> {
              VerdictCoverage c = VerdictCoverage.of(this, List.copyOf(results));
              System.out.println(c.toText());
              requirement.accept(c);
            });
    return Stream.concat(each, Stream.of(coverage));
  }

  private static String expected(ScenarioRow s) {
    List<String> lines = new ArrayList<>();
    s.rating().ifPresent(r -> lines.add("rating: " + r));
    s.score().ifPresent(r -> lines.add("score: " + r));
    s.expectations().forEach(e -> lines.add(e.toString()));
    return String.join("\n", lines);
  }

  private static String actual(ScenarioResult r) {
    List<String> lines = new ArrayList<>();
    ScenarioRow s = r.scenario();
    OptionalInt score = r.scorecard().score();
    s.rating().ifPresent(x -> lines.add("rating: " + r.scorecard().rag()));
    s.score()
        .ifPresent(x -> lines.add("score: " + (score.isPresent() ? score.getAsInt() : "none")));
    for (Expectation e : s.expectations()) {
      lines.add(
          r.scorecard()
              .finding(e.rule())
              .map(f -> found(e, f))
              .orElse(e.rule() + ": no such rule"));
    }
    return String.join("\n", lines);
  }

  /** What {@code finding} shows of the parts {@code e} expects, as {@link Expectation#toString}. */
  private static String found(Expectation e, Finding f) {
    StringBuilder sb = new StringBuilder().append(e.rule()).append(": ").append(f.verdict());
    if (e.score().isPresent() && f.verdict().isAssessed()) {
      sb.append(", score ").append(f.score());
    }
    if (e.margin().isPresent()) {
      sb.append(", margin ")
          .append(f.margin().map(Expectation.MarginExpectation::describe).orElse("none"));
    }
    if (e.missing().isPresent()) {
      sb.append(", missing ").append(f.missing().map(m -> "\"" + m + "\"").orElse("none"));
    }
    return sb.toString();
  }

  /** Returns e.g. {@code council.csv (34 scenarios)}. */
  @Override
  public String toString() {
    return name + " (" + scenarios.size() + " scenarios)";
  }

  /**
   * Reads scenario files: the agreements they refer to, the base policy, and the named policies
   * their {@code Policy} column may use. Not thread-safe; the files it reads are.
   */
  public static final class Builder {
    private final Policy base;
    private final Dataset agreements;
    private final Map<String, Policy> named = new LinkedHashMap<>();

    private Builder(Policy base, Dataset agreements) {
      this.base = Objects.requireNonNull(base, "basePolicy");
      this.agreements = Objects.requireNonNull(agreements, "agreements");
      named.put(key(base.name()), base);
    }

    /**
     * Lets rows name {@code policy} (by {@link Policy#name()}, case ignored) in their {@code
     * Policy} column, alone or before overrides.
     *
     * @throws IllegalArgumentException if a policy of that name is already known
     */
    @CanIgnoreReturnValue
    public Builder policy(Policy policy) {
      String k = key(policy.name());
      if (named.containsKey(k)) {
        throw new IllegalArgumentException(
            "a policy named \"" + policy.name() + "\" is already known to this reader");
      }
      named.put(k, policy);
      return this;
    }

    /**
     * Reads the scenario file {@code name} from {@code csv} (not closed).
     *
     * @throws InvalidDataException naming every problem, each with the file, row and column
     * @throws UncheckedIOException if {@code csv} cannot be read
     */
    public ScenarioFile read(String name, Reader csv) {
      return new Read(this, name).read(csv);
    }

    /** Reads the scenario file {@code name} from {@code text}. */
    public ScenarioFile read(String name, String text) {
      return read(name, new StringReader(text));
    }
  }

  private static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  /** One reading of one file: its problems and the policies derived for its rows. */
  private static final class Read {
    private static final Pattern RANGE =
        Pattern.compile("(\\d{1,3})\\s*(?:\\.\\.|–|-)\\s*(\\d{1,3})");
    private static final Pattern ONE = Pattern.compile("\\d{1,3}");
    private static final Pattern POINTS = Pattern.compile("(\\d{1,3})\\s+points?");
    private static final Pattern RUNGS = Pattern.compile("(\\d{1,2})\\s+rungs?");
    private static final Pattern PP = Pattern.compile("(-?[0-9.]+)\\s*pp");

    private final Builder builder;
    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private int problemCount;
    private final Map<String, Optional<Derived>> derived = new HashMap<>();
    private final Map<String, Integer> firstRows = new HashMap<>();
    private final Map<String, RuleId> ruleIds = new TreeMap<>();

    private Read(Builder builder, String file) {
      this.builder = builder;
      this.file = file;
      for (Policy p : builder.named.values()) {
        for (Rule r : p.rules()) {
          ruleIds.putIfAbsent(key(r.id().value()), r.id());
        }
      }
    }

    private record Derived(Policy policy, String label) {}

    private enum Part {
      VERDICT(""),
      SCORE(" score"),
      MARGIN(" margin"),
      MISSING(" missing");

      final String suffix;

      Part(String suffix) {
        this.suffix = suffix;
      }
    }

    private record Column(String title, @Nullable String fixed, @Nullable RuleId rule, Part part) {}

    private void problem(String where, String message) {
      if (problems.size() < InvalidDataException.MAX_KEPT_PROBLEMS) {
        problems.add(Problem.of(where, message));
      }
      problemCount++;
    }

    private String at(int row, String title) {
      return file + " row " + row + ", \"" + title + "\"";
    }

    ScenarioFile read(Reader csv) {
      List<ScenarioRow> out = new ArrayList<>();
      Map<String, Integer> names = new HashMap<>();
      List<Column> columns = List.of();
      int row = 0;
      try (CsvReader<CsvRecord> reader =
          CsvReader.builder()
              .skipEmptyLines(false)
              .allowExtraFields(true)
              .allowMissingFields(true)
              .ofCsvRecord(csv)) {
        for (CsvRecord record : reader) {
          row++;
          if (row == 1) {
            columns = header(record);
            continue;
          }
          if (blank(record)) {
            continue;
          }
          if (out.size() == MAX_SCENARIOS) {
            problem(file + " row " + row, "more than " + MAX_SCENARIOS + " scenarios in one file");
            break;
          }
          ScenarioRow s = row(record, row, columns, names);
          if (s != null) {
            out.add(s);
          }
        }
      } catch (CsvParseException e) {
        problem(file + " row " + (row + 1), "not CSV: " + e.getMessage());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (row == 0) {
        problem(file, "is empty: row 1 must hold the column titles");
      } else if (out.isEmpty() && problemCount == 0) {
        problem(file, "holds no scenario");
      }
      if (problemCount > 0) {
        throw new InvalidDataException(file, problems, problemCount);
      }
      return new ScenarioFile(file, ImmutableList.copyOf(out), List.copyOf(builder.named.values()));
    }

    private static boolean blank(CsvRecord record) {
      for (String f : record.getFields()) {
        if (!f.isBlank()) {
          return false;
        }
      }
      return true;
    }

    private List<Column> header(CsvRecord record) {
      List<Column> out = new ArrayList<>();
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < record.getFieldCount(); i++) {
        String title = record.getField(i);
        if (i == 0 && title.startsWith("\uFEFF")) {
          title = title.substring(1);
        }
        title = title.strip();
        String k = key(title);
        if (k.isEmpty()) {
          out.add(new Column("", null, null, Part.VERDICT));
          continue;
        }
        Integer before = seen.putIfAbsent(k, i);
        if (before != null) {
          problem(file + " row 1", "the column \"" + title + "\" appears twice");
        }
        out.add(column(title, k));
      }
      for (String required : List.of("scenario", "agreement")) {
        if (!seen.containsKey(required)) {
          problem(
              file + " row 1",
              "has no column \""
                  + (required.equals("scenario") ? "Scenario" : "Agreement")
                  + "\"; the columns are: "
                  + columnsHelp());
        }
      }
      return out;
    }

    private Column column(String title, String k) {
      switch (k) {
        case "scenario", "agreement", "edits", "policy", "rating", "score", "notes" -> {
          return new Column(title, k, null, Part.VERDICT);
        }
        default -> {}
      }
      for (Part part : Part.values()) {
        if (k.endsWith(part.suffix)) {
          RuleId id = ruleIds.get(k.substring(0, k.length() - part.suffix.length()).strip());
          if (id != null && (part != Part.VERDICT || ruleIds.containsKey(k))) {
            return new Column(title, null, id, part);
          }
        }
      }
      problem(
          file + " row 1",
          "unknown column " + TextChecks.quote(title) + "; the columns are: " + columnsHelp());
      return new Column(title, "unknown", null, Part.VERDICT);
    }

    private String columnsHelp() {
      return "Scenario, Agreement, Edits, Policy, Rating, Score, Notes, and for a rule R: R, R"
          + " score, R margin, R missing, where R is one of "
          + String.join(", ", ruleIds.values().stream().map(RuleId::value).toList());
    }

    private @Nullable ScenarioRow row(
        CsvRecord record, int row, List<Column> columns, Map<String, Integer> names) {
      int before = problemCount;
      Map<String, String> fixed = new HashMap<>();
      Map<RuleId, Map<Part, String>> rules = new LinkedHashMap<>();
      Map<RuleId, String> titles = new HashMap<>();
      for (int i = 0; i < record.getFieldCount(); i++) {
        String cell = record.getField(i).strip();
        if (cell.isEmpty()) {
          continue;
        }
        if (i >= columns.size() || columns.get(i).title().isEmpty()) {
          problem(
              file + " row " + row + ", column " + (i + 1),
              "has a value but no column title: " + TextChecks.quote(cell));
          continue;
        }
        Column c = columns.get(i);
        if (c.fixed() != null) {
          fixed.put(c.fixed(), cell);
        } else if (c.rule() != null) {
          rules.computeIfAbsent(c.rule(), r -> new LinkedHashMap<>()).put(c.part(), cell);
          titles.putIfAbsent(c.rule(), c.title().substring(0, c.rule().value().length()));
        }
      }
      String name = fixed.get("scenario");
      if (name == null) {
        problem(at(row, "Scenario"), "must be given");
      } else {
        TextChecks.nameProblem(name).ifPresent(m -> problem(at(row, "Scenario"), m));
        Integer first = names.putIfAbsent(key(name), row);
        if (first != null) {
          problem(
              at(row, "Scenario"),
              TextChecks.quote(name) + " is the name of row " + first + " already");
        }
      }
      LocalAreaAgreement agreement = agreement(fixed.get("agreement"), row);
      List<String> edits = ScenarioEdits.split(fixed.getOrDefault("edits", ""));
      if (agreement != null && !edits.isEmpty()) {
        agreement = ScenarioEdits.apply(agreement, edits, m -> problem(at(row, "Edits"), m));
      }
      Derived policy = policy(fixed.getOrDefault("policy", ""), row);
      Rag rating = rating(fixed.get("rating"), row);
      Expectation.ScoreRange score =
          fixed.containsKey("score") ? range(fixed.get("score"), at(row, "Score")) : null;
      String notes = fixed.get("notes");
      if (notes != null) {
        TextChecks.noteProblem(notes).ifPresent(m -> problem(at(row, "Notes"), m));
      }
      List<Expectation> expectations = new ArrayList<>();
      for (Map.Entry<RuleId, Map<Part, String>> e : rules.entrySet()) {
        Expectation x =
            expectation(
                e.getKey(),
                e.getValue(),
                row,
                policy,
                titles.getOrDefault(e.getKey(), e.getKey().value()));
        if (x != null) {
          expectations.add(x);
        }
      }
      if (rules.isEmpty() && rating == null && score == null && problemCount == before) {
        problem(
            file + " row " + row,
            "expects nothing: give a verdict of at least one rule, a rating or a score");
      }
      if (problemCount > before || name == null || agreement == null || policy == null) {
        return null;
      }
      return new ScenarioRow(
          file,
          row,
          name,
          agreement,
          ImmutableList.copyOf(edits),
          policy.policy(),
          policy.label(),
          rating,
          score,
          ImmutableList.copyOf(expectations),
          notes);
    }

    private @Nullable LocalAreaAgreement agreement(@Nullable String ref, int row) {
      if (ref == null) {
        problem(at(row, "Agreement"), "must be given");
        return null;
      }
      Optional<LocalAreaAgreement> found = builder.agreements.agreement(ref);
      if (found.isEmpty()) {
        List<String> areas =
            builder.agreements.agreements().stream().map(a -> a.area().name()).limit(20).toList();
        problem(
            at(row, "Agreement"),
            "no agreement for the area "
                + TextChecks.quote(ref)
                + " in the tables; their areas are "
                + (areas.isEmpty() ? "none" : String.join(", ", areas))
                + (builder.agreements.agreements().size() > areas.size() ? ", …" : ""));
      }
      return found.orElse(null);
    }

    private @Nullable Rag rating(@Nullable String cell, int row) {
      if (cell == null) {
        return null;
      }
      for (Rag r : Rag.values()) {
        if (r.name().equalsIgnoreCase(cell)) {
          return r;
        }
      }
      problem(
          at(row, "Rating"),
          "not a rating: " + TextChecks.quote(cell) + "; the ratings are RED, AMBER, GREEN");
      return null;
    }

    private Expectation.@Nullable ScoreRange range(String cell, String where) {
      Matcher m;
      if ((m = RANGE.matcher(cell)).matches()) {
        int lo = Integer.parseInt(m.group(1));
        int hi = Integer.parseInt(m.group(2));
        if (lo <= hi && hi <= 100) {
          return new Expectation.ScoreRange(lo, hi);
        }
      } else if (ONE.matcher(cell).matches()) {
        int v = Integer.parseInt(cell);
        if (v <= 100) {
          return new Expectation.ScoreRange(v, v);
        }
      }
      problem(
          where,
          "not a score or a range of scores within 0..100, lowest first, like 39 or 30..39: "
              + TextChecks.quote(cell));
      return null;
    }

    private @Nullable Expectation expectation(
        RuleId rule, Map<Part, String> cells, int row, @Nullable Derived policy, String title) {
      int before = problemCount;
      // When the row's policy cannot be built, its base policy's rule still says what it can give.
      Optional<Policy.Entry> entry = (policy == null ? builder.base : policy.policy()).entry(rule);
      if (policy != null && entry.isEmpty()) {
        problem(
            at(row, title),
            "the scenario's policy " + TextChecks.quote(policy.label()) + " has no rule " + rule);
        return null;
      }
      Verdict verdict = null;
      String v = cells.get(Part.VERDICT);
      if (v != null) {
        verdict = verdict(v);
        if (verdict == null) {
          problem(
              at(row, title),
              "not a verdict: "
                  + TextChecks.quote(v)
                  + "; the verdicts are PASS, WARN, FAIL, NOT_ASSESSED (n/a)");
        } else if (entry.isPresent() && !entry.get().possibleVerdicts().contains(verdict)) {
          problem(
              at(row, title),
              rule + " never gives " + verdict + "; it gives " + entry.get().possibleVerdicts());
        }
      }
      String s = cells.get(Part.SCORE);
      Expectation.ScoreRange score = s == null ? null : range(s, at(row, title + " score"));
      String mc = cells.get(Part.MARGIN);
      Expectation.MarginExpectation margin =
          mc == null ? null : margin(mc, at(row, title + " margin"));
      String missing = cells.get(Part.MISSING);
      if (missing != null) {
        TextChecks.nameProblem(missing).ifPresent(m -> problem(at(row, title + " missing"), m));
        if (verdict != null && verdict != Verdict.NOT_ASSESSED) {
          problem(
              at(row, title + " missing"),
              "a missing fact is expected, but the verdict expected is " + verdict);
        }
      }
      if (verdict == Verdict.NOT_ASSESSED
          && (score != null || margin != null && margin.amount() != null)) {
        problem(at(row, title), "a NOT_ASSESSED finding has no score and no margin");
      }
      return problemCount > before ? null : new Expectation(rule, verdict, score, margin, missing);
    }

    private static @Nullable Verdict verdict(String cell) {
      String k = key(cell).replace(' ', '_');
      if (k.equals("n/a")) {
        return Verdict.NOT_ASSESSED;
      }
      for (Verdict v : Verdict.values()) {
        if (v.name().equalsIgnoreCase(k)) {
          return v;
        }
      }
      return null;
    }

    private Expectation.@Nullable MarginExpectation margin(String cell, String where) {
      String rest = cell.strip();
      Margin.Direction direction = null;
      for (Margin.Direction d : Margin.Direction.values()) {
        if (rest.toLowerCase(Locale.ROOT).startsWith(d.words() + " ")) {
          direction = d;
          rest = rest.substring(d.words().length()).strip();
          break;
        }
      }
      if (direction == null && key(rest).equals("none")) {
        return new Expectation.MarginExpectation(null, null);
      }
      Margin.Amount amount = amount(rest);
      if (amount == null) {
        problem(
            where,
            "not a margin: "
                + TextChecks.quote(cell)
                + "; give an amount, such as £5,000, 3.41 pp, 28 points or 2 rungs, optionally"
                + " after its direction (must rise by, must fall by, could fall by, could rise"
                + " by), or none");
        return null;
      }
      return new Expectation.MarginExpectation(direction, amount);
    }

    private static Margin.@Nullable Amount amount(String text) {
      String t = text.toLowerCase(Locale.ROOT);
      Matcher m;
      if ((m = POINTS.matcher(t)).matches()) {
        return Margin.Amount.scorePoints(Integer.parseInt(m.group(1)));
      }
      if ((m = RUNGS.matcher(t)).matches()) {
        return Margin.Amount.rungs(Integer.parseInt(m.group(1)));
      }
      if ((m = PP.matcher(t)).matches()) {
        return Percentage.tryParse(m.group(1)).map(Margin.Amount::percentagePoints).orElse(null);
      }
      return Money.tryParse(text).map(Margin.Amount::of).orElse(null);
    }

    private @Nullable Derived policy(String cell, int row) {
      String k = key(cell);
      Integer first = firstRows.putIfAbsent(k, row);
      Optional<Derived> d = derived.computeIfAbsent(k, x -> Optional.ofNullable(derive(cell, row)));
      if (d.isEmpty() && first != null) {
        problem(at(row, "Policy"), "is the policy of row " + first + ", which cannot be built");
      }
      return d.orElse(null);
    }

    private @Nullable Derived derive(String cell, int row) {
      int before = problemCount;
      String where = at(row, "Policy");
      Policy base = builder.base;
      Map<String, Object> values = new TreeMap<>();
      Map<String, Parameter<?>> parameters = new HashMap<>();
      List<String> items = ScenarioEdits.split(cell);
      for (int i = 0; i < items.size(); i++) {
        String item = items.get(i);
        int eq = item.indexOf('=');
        if (eq < 0) {
          Policy p = builder.named.get(key(item));
          if (i > 0 || p == null) {
            problem(
                where,
                (p == null
                        ? "no policy named " + TextChecks.quote(item)
                        : TextChecks.quote(item) + " must come first")
                    + "; give a policy's name ("
                    + String.join(", ", builder.named.values().stream().map(Policy::name).toList())
                    + ") and/or overrides such as NET_RESOURCE_LOSS.tolerance = 5%");
            continue;
          }
          base = p;
          continue;
        }
        String id = item.substring(0, eq).strip();
        String text = item.substring(eq + 1).strip();
        Parameter<?> parameter = parameter(base, id);
        if (parameter == null) {
          problem(
              where,
              "no parameter "
                  + TextChecks.quote(id)
                  + " in the policy "
                  + TextChecks.quote(base.name())
                  + "; its parameters are "
                  + parameterIds(base, id));
          continue;
        }
        Object value = value(parameter, text, where);
        if (value == null) {
          continue;
        }
        if (values.put(parameter.id(), value) != null) {
          problem(where, parameter.id() + " is set twice");
        }
        parameters.put(parameter.id(), parameter);
      }
      if (problemCount > before) {
        return null;
      }
      if (values.isEmpty()) {
        return new Derived(base, base.name());
      }
      List<String> parts = new ArrayList<>();
      values.forEach((id, v) -> parts.add(id + " = " + text(v)));
      String label = base.name() + " with " + String.join("; ", parts);
      String policyName =
          TextChecks.nameProblem(label).isEmpty()
              ? label
              : base.name() + " with " + parts.size() + " overrides";
      Policy.Builder reform = base.reform(policyName);
      values.forEach((id, v) -> set(reform, Objects.requireNonNull(parameters.get(id)), v));
      try {
        return new Derived(reform.build(), label);
      } catch (InvalidDataException e) {
        for (Problem p : e.problems()) {
          problem(where, "the policy cannot be built: " + p);
        }
        return null;
      }
    }

    private static String text(Object v) {
      return v instanceof Enum<?> e ? e.name() : v.toString();
    }

    private static <T> void set(Policy.Builder b, Parameter<T> p, Object value) {
      var unused = b.set(p, p.type().cast(value));
    }

    private static @Nullable Parameter<?> parameter(Policy policy, String id) {
      for (Parameter<?> p : parameters(policy)) {
        if (p.id().equalsIgnoreCase(id)) {
          return p;
        }
      }
      return null;
    }

    private static List<Parameter<?>> parameters(Policy policy) {
      List<Parameter<?>> out = new ArrayList<>();
      out.add(Policy.BASELINE_YEARS);
      out.add(Policy.AMBER_THRESHOLD);
      for (Rule r : policy.rules()) {
        for (Parameter<?> p : r.parameters()) {
          if (!out.contains(p)) {
            out.add(p);
          }
        }
      }
      return out;
    }

    /** The ids of the parameters of the rule {@code id} names, or of all. */
    private static String parameterIds(Policy policy, String id) {
      int dot = id.indexOf('.');
      String rule = dot < 0 ? "" : id.substring(0, dot + 1);
      List<String> ids =
          parameters(policy).stream()
              .map(Parameter::id)
              .filter(p -> rule.isEmpty() || p.regionMatches(true, 0, rule, 0, rule.length()))
              .toList();
      if (ids.isEmpty()) {
        ids = parameters(policy).stream().map(Parameter::id).toList();
      }
      return String.join(", ", ids);
    }

    private @Nullable Object value(Parameter<?> p, String text, String where) {
      Class<?> type = p.type();
      Object value = null;
      String expected;
      if (type == Money.class) {
        value = Money.tryParse(text).orElse(null);
        expected = "an amount like £10,000";
      } else if (type == Percentage.class) {
        value = Percentage.tryParse(text).orElse(null);
        expected = "a percentage like 5%";
      } else if (type == FinancialYear.class) {
        value = FinancialYear.tryParse(text).orElse(null);
        expected = "a financial year like 2007/08";
      } else if (type == Integer.class) {
        value = text.matches("-?\\d{1,9}") ? Integer.valueOf(text) : null;
        expected = "a whole number";
      } else if (type == Long.class) {
        value = text.matches("-?\\d{1,18}") ? Long.valueOf(text) : null;
        expected = "a whole number";
      } else if (type == Boolean.class) {
        String k = key(text);
        value =
            k.equals("yes") || k.equals("true")
                ? Boolean.TRUE
                : k.equals("no") || k.equals("false") ? Boolean.FALSE : null;
        expected = "yes or no";
      } else if (type == BigDecimal.class) {
        value = text.matches("-?\\d{1,18}(\\.\\d{1,18})?") ? new BigDecimal(text) : null;
        expected = "a decimal number";
      } else if (type == String.class) {
        value = text;
        expected = "a text";
      } else if (type.isEnum()) {
        String k = key(text).replace(' ', '_').replace('-', '_');
        List<String> names = new ArrayList<>();
        for (Object c : type.getEnumConstants()) {
          String n = ((Enum<?>) c).name();
          names.add(n);
          if (n.equalsIgnoreCase(k)) {
            value = c;
          }
        }
        expected = "one of " + String.join(", ", names);
      } else {
        problem(
            where,
            p.id()
                + " is a "
                + type.getSimpleName()
                + ", which a scenario file cannot give; build that policy in Java and give it"
                + " to the reader by name (ScenarioFile.Builder.policy)");
        return null;
      }
      if (value == null) {
        problem(where, p.id() + " must be " + expected + " but was " + TextChecks.quote(text));
        return null;
      }
      Optional<String> problem = p.problem(value);
      if (problem.isPresent()) {
        problem(where, p.id() + " " + problem.get());
        return null;
      }
      return value;
    }
  }
}
