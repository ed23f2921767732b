package io.github.laa.core.tables;

import com.google.common.collect.ImmutableMap;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import io.github.laa.core.Allocation;
import io.github.laa.core.Block;
import io.github.laa.core.BlockInvolvement;
import io.github.laa.core.CommissioningPractice;
import io.github.laa.core.DeflatorSeries;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.FundingStream;
import io.github.laa.core.Indicator;
import io.github.laa.core.InfrastructureProfile;
import io.github.laa.core.Involvement;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Outcome;
import io.github.laa.core.Percentage;
import io.github.laa.core.SmallGrantsProgramme;
import io.github.laa.core.Target;
import io.github.laa.core.VcsBody;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Agreements in tables and back: the entry point of {@code io.github.laa.core.tables}.
 *
 * <pre>{@code
 * Dataset data = Tables.reader()
 *     .add(Table.AGREEMENTS, Files.newBufferedReader(dir.resolve("agreements.csv")))
 *     .add(Table.BLOCKS, Files.newBufferedReader(dir.resolve("blocks.csv")))
 *     .read();
 * Map<Table, String> csv = Tables.write(data);          // every table, as CSV text
 * TableReader again = Tables.reader();
 * csv.forEach(again::add);
 * again.read().equals(data);                            // true: nothing is lost
 * }</pre>
 *
 * <h2>The layout</h2>
 *
 * {@link Table} lists the tables and documents each column. {@link TableReader} says how problems
 * are reported.
 *
 * <h2>Grants in the 360Giving form</h2>
 *
 * {@code allocations.csv} may instead be a grants file in the spreadsheet form of the 360Giving
 * Data Standard, recognised by its {@code Amount Awarded} column. Its columns: {@code Identifier}
 * (required, unique in the file; not kept: the model has no grant id, so writing gives the form
 * above); {@code Amount Awarded} (required); {@code Currency} (required, {@code GBP}: any other is
 * a problem); {@code Award Date} (required, {@code 2007-05-14} or {@code 2007-05-14T00:00:00}: the
 * allocation's year is the financial year containing it); {@code Recipient Org:Identifier}
 * (required): the body, such as {@code GB-CHC-1234567}; {@code Recipient Org:Name}; {@code
 * Beneficiary Location:Geographic Code}: the agreement's GSS code, used when there is no {@code
 * Area} column; {@code Insights:Recipient Org:Latest Income:Bands}: the recipient's NCVO income
 * band, such as {@code £10k - £100k}. {@code Funding Org:*}, {@code Grant Programme:*} and any
 * other column are read past. The facts only an LAA has are extra columns with the titles of the
 * form above: {@code Purpose} (required), {@code Stream}, {@code Outcome}, {@code Term (years)},
 * {@code Full cost recovery}, {@code Paid in advance}.
 *
 * <p>A recipient that {@code bodies.csv} has is that body (the grant's {@code Recipient Org:Name}
 * is then not read). A recipient it does not have is made from its grant rows: id, name ({@code
 * Recipient Org:Name}, required and the same on each row), role frontline, not community-based, and
 * its income band from the Insights column. Its income stays unknown: no figure is made up. A
 * recipient with neither a {@code bodies.csv} row nor an income band is a problem, reported once
 * with its rows, that says how to give one.
 *
 * <h2>Writing</h2>
 *
 * {@link #write(Dataset)} writes every table, header first, rows in the dataset's order, as RFC
 * 4180 CSV (comma-separated, CRLF line ends, a cell quoted only when it holds a comma, quote or
 * line break) with values in the words the reader reads ({@code £12,400.00}, {@code 2006/07},
 * {@code yes}, {@code Service delivery}); encode the text as UTF-8. A cell that starts with {@code
 * =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (or with {@code '} and one of
 * those, or two {@code '}) gets a {@code '} before it, so that no spreadsheet runs it as a formula;
 * the reader takes it off. Reading what was written gives an equal dataset.
 *
 * <p>This class is thread-safe; it opens no file.
 */
public final class Tables {
  private Tables() {}

  /** A new reader: {@link TableReader#add add} the tables, then {@link TableReader#read() read}. */
  public static TableReader reader() {
    return new TableReader();
  }

  /** Every table of {@code data}, in {@link Table} order, as CSV text. */
  public static ImmutableMap<Table, String> write(Dataset data) {
    Map<Table, String> out = new EnumMap<>(Table.class);
    for (Table t : Table.values()) {
      StringWriter w = new StringWriter();
      write(data, t, w, 0);
      out.put(t, w.toString());
    }
    return ImmutableMap.copyOf(out);
  }

  /** Every table of one agreement, as CSV text. */
  public static ImmutableMap<Table, String> write(LocalAreaAgreement agreement) {
    return write(Dataset.of(List.of(agreement)));
  }

  /**
   * The name of the canonical form {@link #sha256(LocalAreaAgreement)} hashes, as decision records
   * name it: {@value}.
   */
  public static final String CANONICAL_FORM = "laa-tables/1";

  /**
   * The SHA-256 of {@code agreement}'s canonical form, as 64 lower-case hex digits: a fingerprint
   * that is the same for equal agreements and differs for unequal ones.
   *
   * <p>The canonical form is the agreement's tables as {@link #write(LocalAreaAgreement)} writes
   * them, in {@link Table} order, each as its file name, a line feed, the number of bytes of its
   * UTF-8 text in decimal digits, a line feed, and that text; the whole encoded as UTF-8. Since
   * reading what was written gives an equal agreement, unequal agreements have unequal forms.
   * Anyone can redo it:
   *
   * <pre>{@code
   * StringBuilder form = new StringBuilder();
   * Tables.write(agreement).forEach((table, csv) -> form.append(table.fileName()).append('\n')
   *     .append(csv.getBytes(UTF_8).length).append('\n').append(csv));
   * Hashing.sha256().hashString(form, UTF_8).toString();  // == Tables.sha256(agreement)
   * }</pre>
   */
  public static String sha256(LocalAreaAgreement agreement) {
    Hasher h = Hashing.sha256().newHasher();
    for (Map.Entry<Table, String> e : write(agreement).entrySet()) {
      byte[] text = e.getValue().getBytes(StandardCharsets.UTF_8);
      h.putString(e.getKey().fileName(), StandardCharsets.UTF_8)
          .putByte((byte) '\n')
          .putString(Integer.toString(text.length), StandardCharsets.US_ASCII)
          .putByte((byte) '\n')
          .putBytes(text);
    }
    return h.hash().toString();
  }

  /**
   * Writes {@code table} of {@code data} to {@code out}, which is flushed, not closed.
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(Dataset data, Table table, Writer out) {
    write(data, table, out, WRITER_BUFFER);
  }

  /** FastCSV's own buffer size, for a caller's {@code Writer}. */
  private static final int WRITER_BUFFER = 8192;

  /**
   * Writes {@code table} with a buffer of {@code bufferSize} characters; 0 for none, when {@code
   * out} is in memory and a buffer would only be copied again.
   */
  private static void write(Dataset data, Table table, Writer out, int bufferSize) {
    CsvWriter csv =
        CsvWriter.builder()
            .quoteStrategy(QuoteStrategies.REQUIRED)
            .lineDelimiter(LineDelimiter.CRLF)
            .bufferSize(bufferSize)
            .build(out);
    try {
      csv.writeRecord(table.columns());
      Rows rows = new Rows(csv);
      switch (table) {
        case AGREEMENTS -> {
          for (LocalAreaAgreement a : data.agreements()) {
            rows.write(
                a.area().code(), a.area().name(), a.area().kind().label(), a.round().label());
          }
        }
        case DEFLATORS -> {
          for (DeflatorSeries s : data.deflators()) {
            s.indices().forEach((y, i) -> rows.write(s.name(), y.toString(), i.toString()));
          }
        }
        default -> {
          for (LocalAreaAgreement a : data.agreements()) {
            agreement(rows, table, a);
          }
        }
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void agreement(Rows rows, Table table, LocalAreaAgreement a) throws IOException {
    String area = a.area().code();
    switch (table) {
      case BLOCKS -> {
        for (Block b : a.blocks()) {
          if (b.streams().isEmpty()) {
            rows.write(area, b.type().label(), b.id(), b.name(), "");
          }
          for (String s : b.streams()) {
            rows.write(area, b.type().label(), b.id(), b.name(), s);
          }
        }
      }
      case OUTCOMES -> {
        for (Block b : a.blocks()) {
          for (Outcome o : b.outcomes()) {
            rows.write(area, b.id(), o.id(), o.title(), yes(o.mandatory()));
          }
        }
      }
      case INDICATORS -> {
        for (Block b : a.blocks()) {
          for (Outcome o : b.outcomes()) {
            for (Indicator i : o.indicators()) {
              rows.write(area, o.id(), i.code(), i.description(), yes(i.statutory()));
            }
          }
        }
      }
      case TARGETS -> {
        for (Block b : a.blocks()) {
          for (Outcome o : b.outcomes()) {
            for (Indicator i : o.indicators()) {
              for (Target t : i.targets()) {
                rows.write(
                    area,
                    i.code(),
                    t.year().toString(),
                    t.baseline().toString(),
                    t.value().toString(),
                    t.stretch().map(BigDecimal::toString).orElse(""));
              }
            }
          }
        }
      }
      case STREAMS -> {
        for (FundingStream s : a.streams()) {
          rows.write(
              area,
              s.id(),
              s.name(),
              s.mode().label(),
              yes(s.ringFenced()),
              yes(s.formerlyDirectToVcs()));
        }
      }
      case BODIES -> {
        for (VcsBody b : a.bodies()) {
          rows.write(
              area,
              b.id(),
              b.name(),
              money(b.income()),
              b.incomeBand().map(x -> x.label()).orElse(""),
              b.role().label(),
              yes(b.communityBased()));
        }
      }
      case ALLOCATIONS -> {
        for (Allocation x : a.allocations()) {
          rows.write(
              area,
              x.recipient(),
              x.stream().orElse(""),
              x.year().toString(),
              x.amount().toString(),
              x.purpose().label(),
              x.outcome().orElse(""),
              Integer.toString(x.termYears()),
              yes(x.fullCostRecovery()),
              yes(x.paidInAdvance()));
        }
      }
      case PROGRAMMES -> {
        for (SmallGrantsProgramme p : a.smallGrantsProgrammes()) {
          rows.write(
              area,
              p.id(),
              p.name(),
              p.maxGrant().toString(),
              p.incomeCap().toString(),
              yes(p.capacityBuilding()),
              p.administeredBy().orElse(""),
              p.stream().orElse(""));
        }
      }
      case BUDGETS -> {
        for (SmallGrantsProgramme p : a.smallGrantsProgrammes()) {
          for (Map.Entry<FinancialYear, Money> e : p.budgets().entrySet()) {
            rows.write(area, p.id(), e.getKey().toString(), e.getValue().toString());
          }
        }
      }
      case INVOLVEMENT -> {
        if (a.involvement().isPresent()) {
          Involvement i = a.involvement().get();
          rows.write(area, "", "", i.strategic().label(), i.strategicNote().orElse(""));
          for (BlockInvolvement b : i.blocks()) {
            rows.write(area, b.block(), b.stage().label(), b.level().label(), b.note().orElse(""));
          }
        }
      }
      case INFRASTRUCTURE -> {
        if (a.infrastructure().isPresent()) {
          InfrastructureProfile p = a.infrastructure().get();
          rows.write(
              area,
              p.annualFunding().toString(),
              p.staffFte().toString(),
              Integer.toString(p.qualityRating()));
        }
      }
      case COMMISSIONING -> {
        if (a.commissioning().isPresent()) {
          CommissioningPractice c = a.commissioning().get();
          rows.write(
              area,
              share(c.threeYearTermsShare()),
              share(c.fullCostRecoveryShare()),
              share(c.paidInAdvanceShare()),
              whole(c.consultationWeeks()),
              whole(c.noticeMonths()));
        }
      }
      default -> throw new AssertionError(table);
    }
  }

  private static String yes(boolean b) {
    return b ? "yes" : "no";
  }

  private static String money(Optional<Money> m) {
    return m.map(Money::toString).orElse("");
  }

  private static String share(Optional<Percentage> p) {
    return p.map(Percentage::toString).orElse("");
  }

  private static String whole(OptionalInt i) {
    return i.isPresent() ? Integer.toString(i.getAsInt()) : "";
  }

  /** Writes rows with each cell guarded against formulas. */
  private static final class Rows {
    private final CsvWriter csv;
    private final List<String> cells = new ArrayList<>();

    Rows(CsvWriter csv) {
      this.csv = csv;
    }

    void write(String... values) {
      cells.clear();
      for (String v : values) {
        cells.add(Sheet.guard(v));
      }
      csv.writeRecord(cells);
    }
  }
}
