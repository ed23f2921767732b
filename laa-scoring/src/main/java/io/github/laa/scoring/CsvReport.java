package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import io.github.laa.core.internal.CsvCells;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How {@link CohortScorecard#leagueTableCsv()}, {@link CohortScorecard#findingsCsv()}, {@link
 * CohortScorecard#viewCsv(CohortView)} and {@link Scorecard#findingsCsv()} write: RFC 4180 CSV as
 * laa-core's tables are written (comma-separated, CRLF line ends, a cell quoted only when it holds
 * a comma, quote or line break), header row first, and each text cell guarded against formulas the
 * same way ({@link CsvCells#guard}) unless it is a plain number such as {@code -12.50} or a lone
 * {@code -}, which no spreadsheet runs. Not API: the result types' methods are the one way to
 * write.
 */
final class CsvReport {
  private CsvReport() {}

  /** The league table's columns. */
  static final ImmutableList<String> LEAGUE_COLUMNS =
      ImmutableList.of("Rank", "Quartile", "Area code", "Area name", "Rating", "Score");

  /** The findings' columns. */
  static final ImmutableList<String> FINDING_COLUMNS =
      ImmutableList.of(
          "Area code",
          "Area name",
          "Rule",
          "Severity",
          "Verdict",
          "Score",
          "Margin amount",
          "Margin unit",
          "Margin direction",
          "Margin",
          "Missing fact");

  /** The column of a view's section that has no table, only lines. */
  static final String LINE_COLUMN = "Line";

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  static String leagueTable(CohortScorecard cohort) {
    Rows out = new Rows(LEAGUE_COLUMNS);
    for (LeagueEntry e : cohort.leagueTable()) {
      out.add(
          number(e.rank()),
          number(e.quartile()),
          e.area().code(),
          e.area().name(),
          e.rag().name(),
          number(e.score()));
    }
    return out.toString();
  }

  static String findings(CohortScorecard cohort) {
    Rows out = new Rows(FINDING_COLUMNS);
    for (Scorecard card : cohort.scorecards()) {
      findings(card, out);
    }
    return out.toString();
  }

  static String findings(Scorecard card) {
    Rows out = new Rows(FINDING_COLUMNS);
    findings(card, out);
    return out.toString();
  }

  /** The findings of every scenario, one row per scenario and rule, its name first. */
  static String findings(ScenarioCohort cohort) {
    List<String> header = new ArrayList<>();
    header.add("Scenario");
    header.addAll(FINDING_COLUMNS);
    Rows out = new Rows(header);
    for (int i = 0; i < cohort.scenarios().size(); i++) {
      Scenario scenario = cohort.scenarios().get(i);
      out.prefix = scenario.name();
      findings(cohort.scorecards().get(i), out);
    }
    return out.toString();
  }

  /** Scenario, area code, area name, rating and score of every scenario, in order. */
  static String scenarios(ScenarioCohort cohort) {
    Rows out = new Rows(List.of("Scenario", "Area code", "Area name", "Rating", "Score"));
    for (int i = 0; i < cohort.scenarios().size(); i++) {
      Scorecard card = cohort.scorecards().get(i);
      out.add(
          cohort.scenarios().get(i).name(),
          card.area().code(),
          card.area().name(),
          card.rag().name(),
          number(card.score()));
    }
    return out.toString();
  }

  private static void findings(Scorecard card, Rows out) {
    for (Finding f : card.findings()) {
      Policy.Entry e = card.policy().entry(f.ruleId()).orElseThrow();
      Margin m = f.margin().orElse(null);
      Margin.Amount amount = m == null ? null : m.amount().orElse(null);
      out.addPrefixed(
          card.area().code(),
          card.area().name(),
          f.ruleId().value(),
          e.severity().name(),
          f.verdict().name(),
          f.verdict().isAssessed() ? Integer.toString(f.score()) : "",
          amount == null ? "" : amount(amount),
          amount == null ? "" : unit(amount),
          m == null ? "" : m.direction().map(Enum::name).orElse(""),
          m == null ? "" : m.toString(),
          f.missing().orElse(""));
    }
  }

  /** The amount as a plain number: pounds with two decimals, points with two, or a count. */
  static String amount(Margin.Amount amount) {
    if (amount instanceof Margin.Amount.OfMoney m) {
      return m.money().toPounds().toPlainString();
    }
    if (amount instanceof Margin.Amount.OfPercentagePoints p) {
      return p.points().toPercent().toPlainString();
    }
    if (amount instanceof Margin.Amount.OfScorePoints s) {
      return Integer.toString(s.points());
    }
    return Integer.toString(((Margin.Amount.OfRungs) amount).rungs());
  }

  /** The amount's unit: {@code GBP}, {@code pp}, {@code points} or {@code rungs}. */
  static String unit(Margin.Amount amount) {
    if (amount instanceof Margin.Amount.OfMoney) {
      return "GBP";
    }
    if (amount instanceof Margin.Amount.OfPercentagePoints) {
      return "pp";
    }
    return amount instanceof Margin.Amount.OfScorePoints ? "points" : "rungs";
  }

  /**
   * A view's section: its columns and rows; a section without a table has one column, {@code Line},
   * with a row per line. Title, description and footnote are prose, not table.
   */
  static String section(Section s) {
    if (s.columns().isEmpty()) {
      Rows out = new Rows(ImmutableList.of(LINE_COLUMN));
      for (String line : s.lines()) {
        out.add(line);
      }
      return out.toString();
    }
    List<String> headers = new ArrayList<>();
    for (Section.Column c : s.columns()) {
      headers.add(c.header());
    }
    Rows out = new Rows(headers);
    for (ImmutableList<String> row : s.rows()) {
      out.add(row.toArray(new String[0]));
    }
    return out.toString();
  }

  private static String number(OptionalInt i) {
    return i.isPresent() ? Integer.toString(i.getAsInt()) : "";
  }

  /** {@code text} as a cell: guarded against formulas unless it is a plain number or a lone -. */
  static String cell(String text) {
    return text.equals("-") || NUMBER.matcher(text).matches() ? text : CsvCells.guard(text);
  }

  /** Rows written as they are added; {@link #toString()} is the CSV. */
  private static final class Rows {
    private final StringWriter text = new StringWriter();
    private final CsvWriter csv =
        CsvWriter.builder()
            .quoteStrategy(QuoteStrategies.REQUIRED)
            .lineDelimiter(LineDelimiter.CRLF)
            .build(text);
    private final List<String> cells = new ArrayList<>();

    /** A first cell for the rows {@link #addPrefixed} adds (a scenario's name), or none. */
    @Nullable String prefix;

    Rows(List<String> header) {
      add(header.toArray(new String[0]));
    }

    /** Adds a row, led by {@link #prefix} if there is one. */
    void addPrefixed(String... values) {
      String first = prefix;
      if (first == null) {
        add(values);
        return;
      }
      String[] row = new String[values.length + 1];
      row[0] = first;
      System.arraycopy(values, 0, row, 1, values.length);
      add(row);
    }

    void add(String... values) {
      cells.clear();
      for (String v : values) {
        cells.add(cell(v));
      }
      csv.writeRecord(cells);
    }

    @Override
    public String toString() {
      // A StringWriter cannot fail; flushing moves FastCSV's buffer into it.
      try {
        csv.flush();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return text.toString();
    }
  }
}
