package io.github.laa.core.tables;

import com.google.common.base.Preconditions;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.laa.core.Allocation;
import io.github.laa.core.Area;
import io.github.laa.core.AreaKind;
import io.github.laa.core.Areas;
import io.github.laa.core.Block;
import io.github.laa.core.BlockInvolvement;
import io.github.laa.core.BlockType;
import io.github.laa.core.CommissioningPractice;
import io.github.laa.core.DeflatorSeries;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.FundingMode;
import io.github.laa.core.FundingStream;
import io.github.laa.core.Indicator;
import io.github.laa.core.InfrastructureProfile;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.Involvement;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Outcome;
import io.github.laa.core.Percentage;
import io.github.laa.core.Problem;
import io.github.laa.core.Purpose;
import io.github.laa.core.Round;
import io.github.laa.core.SizeBand;
import io.github.laa.core.SmallGrantsProgramme;
import io.github.laa.core.Stage;
import io.github.laa.core.Target;
import io.github.laa.core.TextChecks;
import io.github.laa.core.VcsBody;
import io.github.laa.core.VcsRole;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads a set of {@link Table tables} from text the caller supplies into a validated {@link
 * Dataset}. Get one from {@link Tables#reader()}, {@link #add add} each table, then {@link
 * #read()}:
 *
 * <pre>{@code
 * Dataset data = Tables.reader()
 *     .add(Table.AGREEMENTS, agreementsCsv)            // a Reader, or the text as a String
 *     .add(Table.BLOCKS, blocksCsv)
 *     .add(Table.ALLOCATIONS, "grants-2007.csv", grantsReader)  // named in problems
 *     .read();
 * }</pre>
 *
 * <p>{@link #read()} checks every cell of every row of every table, then every reference between
 * them, and then, as a whole, each agreement whose rows were all valid, before it returns or
 * throws: one {@link InvalidDataException} lists every problem, each at the table, the row as a
 * spreadsheet numbers it (the header is row 1) and the column, with the cell quoted ({@code
 * allocations.csv row 17, "Amount Awarded": not an amount: "12,34"}). A reference to a body,
 * stream, block, outcome, indicator or programme that no table defines is one problem per missing
 * id, naming the rows that use it. Nothing is returned in part. The library never opens a file: the
 * caller gives {@code Reader}s (and closes them) or text.
 *
 * <p>A builder: not thread-safe, and read once.
 */
public final class TableReader {
  private static final int[] NONE = {};

  /** The columns of an allocation's recipient, stream, year, amount, purpose, outcome, term. */
  private static final int[] LAA_COLUMNS = {1, 2, 3, 4, 5, 6, 7};

  /** The same in the 360Giving form. */
  private static final int[] GIVING_COLUMNS = {5, 10, 4, 2, 9, 11, 12};

  private static final Map<String, Integer> LAA_FIELDS = fields(LAA_COLUMNS);
  private static final Map<String, Integer> GIVING_FIELDS = fields(GIVING_COLUMNS);

  /** An allocation's fields, as its problems name them, to their columns. */
  private static Map<String, Integer> fields(int[] cols) {
    return Map.of(
        "recipient", cols[0],
        "stream", cols[1],
        "year", cols[2],
        "amount", cols[3],
        "purpose", cols[4],
        "outcome", cols[5],
        "termYears", cols[6]);
  }

  private final Map<Table, Source> sources = new EnumMap<>(Table.class);
  private boolean used;

  private record Source(String name, Reader text) {}

  TableReader() {}

  /**
   * Adds {@code table}'s text, named in problems by the table's {@link Table#fileName() file name}.
   *
   * @throws IllegalStateException if {@code table} was added already
   */
  @CanIgnoreReturnValue
  public TableReader add(Table table, Reader text) {
    return add(table, table.fileName(), text);
  }

  /** Adds {@code table}'s text given as a string. */
  @CanIgnoreReturnValue
  public TableReader add(Table table, String text) {
    return add(table, table.fileName(), new StringReader(text));
  }

  /**
   * Adds {@code table}'s text, named {@code sourceName} in problems (such as the file it came
   * from).
   *
   * @throws IllegalStateException if {@code table} was added already
   */
  @CanIgnoreReturnValue
  public TableReader add(Table table, String sourceName, Reader text) {
    Preconditions.checkNotNull(table, "table");
    Preconditions.checkNotNull(sourceName, "sourceName");
    Preconditions.checkNotNull(text, "text");
    Preconditions.checkState(!used, "this reader has read already; use a new Tables.reader()");
    Optional<String> bad = TextChecks.nameProblem(sourceName);
    Preconditions.checkArgument(bad.isEmpty(), "sourceName %s", bad.isEmpty() ? "" : bad.get());
    Source before = sources.putIfAbsent(table, new Source(sourceName, text));
    if (before != null) {
      throw new IllegalStateException(
          table
              + " was added already, as "
              + TextChecks.quote(before.name())
              + "; one text per table: join the rows into one");
    }
    return this;
  }

  /**
   * Reads every table added into a dataset.
   *
   * @throws InvalidDataException listing every problem, if any table is invalid or {@code
   *     agreements.csv} was not added
   * @throws UncheckedIOException if a {@code Reader} fails
   * @throws IllegalStateException if this reader has read already
   */
  public Dataset read() {
    Preconditions.checkState(!used, "this reader has read already; use a new Tables.reader()");
    used = true;
    return new Run().run();
  }

  // ---------------------------------------------------------------------------------------------

  /** What one agreement's rows give, before the agreement is built. */
  private static final class Draft {
    final Area area;
    final Round round;
    final int row;
    final String source;
    boolean broken;
    final LinkedHashMap<String, BlockDraft> blocks = new LinkedHashMap<>();
    final List<FundingStream> streams = new ArrayList<>();
    final List<Integer> streamRows = new ArrayList<>();
    final List<VcsBody> bodies = new ArrayList<>();
    final List<Integer> bodyRows = new ArrayList<>();
    final List<String> bodySources = new ArrayList<>();
    final LinkedHashMap<String, GrantBody> grantBodies = new LinkedHashMap<>();
    final List<Allocation> allocations = new ArrayList<>();
    final IntList allocationRows = new IntList();
    final LinkedHashMap<String, ProgrammeDraft> programmes = new LinkedHashMap<>();
    final LinkedHashMap<String, OutcomeDraft> outcomes = new LinkedHashMap<>();
    final LinkedHashMap<String, IndicatorDraft> indicators = new LinkedHashMap<>();
    @Nullable InvolvementLevel strategic;
    @Nullable String strategicNote;
    int strategicRow;
    final List<BlockInvolvement> involvement = new ArrayList<>();
    final List<Integer> involvementRows = new ArrayList<>();
    @Nullable InfrastructureProfile infrastructure;
    int infrastructureRow;
    @Nullable CommissioningPractice commissioning;
    int commissioningRow;

    /** Ids defined by a row, valid or not, by kind: what a reference may name. */
    final Map<Kind, IdIndex> known = new EnumMap<>(Kind.class);

    Draft(Area area, Round round, int row, String source) {
      this.area = area;
      this.round = round;
      this.row = row;
      this.source = source;
      for (Kind k : Kind.values()) {
        known.put(k, new IdIndex());
      }
    }
  }

  private static final class BlockDraft {
    final BlockType type;
    final String id;
    final String name;
    final int row;
    final List<String> streams = new ArrayList<>();
    final List<Integer> streamRows = new ArrayList<>();

    BlockDraft(BlockType type, String id, String name, int row) {
      this.type = type;
      this.id = id;
      this.name = name;
      this.row = row;
    }
  }

  private record OutcomeDraft(String block, Outcome.Builder builder, int row) {}

  private record IndicatorDraft(String outcome, Indicator.Builder builder, int row) {}

  private static final class ProgrammeDraft {
    final SmallGrantsProgramme.Builder builder;
    final int row;
    final Map<FinancialYear, Money> budgets = new LinkedHashMap<>();
    final Map<FinancialYear, Integer> budgetRows = new HashMap<>();
    long total;

    ProgrammeDraft(SmallGrantsProgramme.Builder builder, int row) {
      this.builder = builder;
      this.row = row;
    }
  }

  private static final class GrantBody {
    final String name;
    @Nullable SizeBand band;
    int bandRow;
    final List<Integer> rows = new ArrayList<>();

    GrantBody(String name, @Nullable SizeBand band) {
      this.name = name;
      this.band = band;
    }
  }

  /** A growable list of ints, for one row number per allocation without boxing. */
  private static final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int get(int i) {
      return values[i];
    }
  }

  /** A reference to an id no row defined: the rows naming it are one problem. */
  private record Missing(String source, String column, Kind kind, String id, Draft draft) {}

  /** A programme's administering body, checked once the grants that may define it are read. */
  private record Administrator(Draft draft, String id, String source, String column, int row) {}

  /** What a reference names. */
  private enum Kind {
    BODY("VCS body", Table.BODIES),
    STREAM("stream", Table.STREAMS),
    BLOCK("block", Table.BLOCKS),
    OUTCOME("outcome", Table.OUTCOMES),
    INDICATOR("indicator", Table.INDICATORS),
    PROGRAMME("programme", Table.PROGRAMMES);

    final String noun;
    final Table table;

    Kind(String noun, Table table) {
      this.noun = noun;
      this.table = table;
    }
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * One reading. Cells that fail to read are null and clear {@code rowOk}; values reach a builder
   * only while {@code rowOk} holds, which NullAway cannot follow, hence the suppression (a null
   * that slipped through would still be a problem of the builder's own check, not an exception).
   */
  @SuppressWarnings("NullAway")
  private final class Run {
    final Faults faults = new Faults();
    final LinkedHashMap<String, Draft> byCode = new LinkedHashMap<>();
    final Map<String, Draft> byName = new HashMap<>();

    /** References to ids no row defined: (source, column, kind, id, draft) → the rows. */
    final LinkedHashMap<Missing, Faults.Rows> missing = new LinkedHashMap<>();

    /** Unknown areas: (source, column, value) → rows. */
    final LinkedHashMap<List<String>, Faults.Rows> unknownAreas = new LinkedHashMap<>();

    final LinkedHashMap<String, Map<FinancialYear, BigDecimal>> deflators = new LinkedHashMap<>();
    final Set<String> arealess = new HashSet<>();

    /**
     * Codes and name keys of agreements.csv rows that had problems: rows naming them say no more.
     */
    final Set<String> brokenAreas = new HashSet<>();

    int agreementRows;
    final Set<String> agreementless = new HashSet<>();

    /** Programmes' administering bodies, checked after the grants that may define them. */
    final List<Administrator> administrators = new ArrayList<>();

    boolean rowOk;
    String lastArea = "";
    @Nullable Draft lastDraft;

    Dataset run() {
      Source agreements = sources.get(Table.AGREEMENTS);
      if (agreements == null) {
        faults.addTable(
            Table.AGREEMENTS.fileName(),
            "was not given: every set of tables needs agreements.csv, one row per agreement");
      } else {
        readAgreements(agreements);
      }
      read(Table.STREAMS, this::stream);
      read(Table.BODIES, this::body);
      read(Table.BLOCKS, this::block);
      read(Table.OUTCOMES, this::outcome);
      read(Table.INDICATORS, this::indicator);
      read(Table.TARGETS, this::target);
      read(Table.PROGRAMMES, this::programme);
      read(Table.BUDGETS, this::budget);
      readAllocations();
      // A programme may be run by a body that only the grants define.
      for (Administrator a : administrators) {
        ref(a.draft(), Kind.BODY, a.id(), a.source(), a.column(), a.row());
      }
      read(Table.INVOLVEMENT, this::involvement);
      read(Table.INFRASTRUCTURE, this::infrastructure);
      read(Table.COMMISSIONING, this::commissioning);
      read(Table.DEFLATORS, this::deflator);
      grantBodies();
      references();
      unknownAreas.forEach(
          (key, rows) ->
              faults.add(
                  Faults.at(key.get(0), rows, key.get(1)),
                  "no agreement for "
                      + TextChecks.quote(key.get(2))
                      + " in agreements.csv (by GSS code or area name)"));
      List<LocalAreaAgreement> built = new ArrayList<>();
      for (Draft d : byCode.values()) {
        if (faults.truncated) {
          break; // a table was not read to its end: no agreement can be judged whole
        }
        if (!d.broken && faults.count() == 0) {
          LocalAreaAgreement laa = build(d);
          if (laa != null) {
            built.add(laa);
          }
        } else if (!d.broken) {
          // Checked as a whole too, so that one reading reports every problem it can.
          LocalAreaAgreement unused = build(d);
        }
      }
      List<DeflatorSeries> series = new ArrayList<>();
      deflators.forEach(
          (name, indices) ->
              series.add(DeflatorSeries.builder().name(name).putAllIndices(indices).build()));
      faults.throwIfAny();
      return Dataset.of(built, series);
    }

    // -- the tables ------------------------------------------------------------------------------

    void read(Table table, Sheet.RowHandler handler) {
      Source s = sources.get(table);
      if (s == null) {
        return;
      }
      List<String> titles = table.columns();
      Sheet.read(s.name(), s.text(), titles, required(table), faults, handler);
    }

    int[] required(Table table) {
      return switch (table) {
        case AGREEMENTS -> new int[] {0, 3};
        case BLOCKS -> new int[] {1};
        case OUTCOMES, INDICATORS, TARGETS -> new int[] {1, 2, 3};
        case STREAMS, BODIES, PROGRAMMES -> new int[] {1, 2};
        case ALLOCATIONS -> new int[] {1, 3, 4, 5};
        case BUDGETS -> new int[] {1, 2, 3};
        case INVOLVEMENT -> new int[] {3};
        case INFRASTRUCTURE -> new int[] {1, 2, 3};
        case COMMISSIONING -> NONE;
        case DEFLATORS -> new int[] {0, 1, 2};
      };
    }

    void readAgreements(Source s) {
      Sheet.read(
          s.name(),
          s.text(),
          Table.AGREEMENTS.columns(),
          required(Table.AGREEMENTS),
          faults,
          r -> {
            agreementRows++;
            rowOk = !r.damaged();
            String code = id(r, 0, true);
            String name = name(r, 1, false);
            AreaKind kind = word(r, 2, AreaKind::parse, false);
            Round round = word(r, 3, Round::parse, true);
            if (code != null && !code.matches("E[0-9]{8}")) {
              fault(
                  r,
                  0,
                  "must be a GSS code, E and eight digits like \"E09000011\", but was: "
                      + TextChecks.quote(code));
              code = null;
            }
            if (code != null && byCode.containsKey(code)) {
              fault(r, 0, "repeats the area of row " + byCode.get(code).row);
              return;
            }
            if (code != null && kind == null && r.get(2).isBlank()) {
              kind = kindOf(code);
              if (kind == null) {
                fault(
                    r,
                    2,
                    "must be set: the code "
                        + TextChecks.quote(code)
                        + " is not a London borough (E09), metropolitan district (E08), unitary"
                        + " authority (E06) or county (E10)");
              }
            }
            if (code != null && name == null && r.get(1).isBlank()) {
              Optional<Area> london = Areas.byCode(code);
              if (london.isPresent()) {
                name = london.get().name();
              } else {
                fault(r, 1, "must be set for an area outside London");
              }
            }
            if (!rowOk || code == null || name == null || kind == null || round == null) {
              brokenArea(r);
              return;
            }
            Area area;
            try {
              area = Area.of(code, name, kind);
            } catch (InvalidDataException e) {
              faults(r, e, Map.of("code", 0, "name", 1, "kind", 2));
              brokenArea(r);
              return;
            }
            Draft d = new Draft(area, round, r.number, r.source());
            byCode.put(code, d);
            byName.putIfAbsent(Names.key(name), d);
          });
    }

    void brokenArea(Sheet.Row r) {
      String code = r.get(0).strip();
      if (!code.isEmpty()) {
        brokenAreas.add(code);
        Areas.byCode(code).ifPresent(a -> brokenAreas.add(Names.key(a.name())));
      }
      if (!r.get(1).isBlank() && r.get(1).length() <= TextChecks.MAX_NAME_LENGTH) {
        brokenAreas.add(Names.key(r.get(1)));
      }
    }

    @Nullable AreaKind kindOf(String code) {
      if (code.equals("E09000001")) {
        return AreaKind.CITY_OF_LONDON;
      }
      for (AreaKind k : AreaKind.values()) {
        if (k != AreaKind.CITY_OF_LONDON && code.startsWith(k.codePrefix())) {
          return k;
        }
      }
      return null;
    }

    /** No agreement for a row: reported once per table when agreements.csv has no row at all. */
    @Nullable Draft noAgreements(Sheet.Row r) {
      rowOk = false;
      if (agreementRows == 0
          && sources.containsKey(Table.AGREEMENTS)
          && agreementless.add(r.source())) {
        faults.addTable(
            Faults.at(r.source(), r.number),
            "has rows, but agreements.csv has no agreement for them to be part of");
      }
      return null;
    }

    /** The draft a row's area names; null (and a problem) if none. */
    @Nullable Draft draft(Sheet.Row r, int k) {
      if (!r.has(k)) {
        if (byCode.size() == 1) {
          return byCode.values().iterator().next();
        }
        if (byCode.isEmpty()) {
          return noAgreements(r);
        }
        if (arealess.add(r.source())) {
          faults.addTable(
              Faults.at(r.source(), 1),
              "has no column \""
                  + r.title(k)
                  + "\"; it is needed when agreements.csv has "
                  + byCode.size()
                  + " agreements, to say which each row is for");
        }
        return null;
      }
      String v = r.get(k).strip();
      if (v.isEmpty()) {
        if (byCode.size() == 1) {
          return byCode.values().iterator().next();
        }
        fault(r, k, "must be set: the GSS code or name of the row's area");
        return null;
      }
      // Rows of one area usually come together: the last area found is tried first.
      Draft d = v.equals(lastArea) ? lastDraft : byCode.get(v);
      if (d == null && v.length() <= TextChecks.MAX_NAME_LENGTH) {
        d = byName.get(Names.key(v));
      }
      if (d != null) {
        lastArea = v;
        lastDraft = d;
      }
      if (d == null && (brokenAreas.contains(v) || brokenAreas.contains(Names.key(v)))) {
        rowOk = false; // the agreements.csv row for this area has its problems reported
        return null;
      }
      if (d == null) {
        rowOk = false;
        unknownAreas
            .computeIfAbsent(List.of(r.source(), r.title(k), v), x -> new Faults.Rows())
            .add(r.number);
      }
      return d;
    }

    void stream(Sheet.Row r) {
      rowOk = !r.damaged();
      Draft d = draft(r, 0);
      String id = id(r, 1, true);
      String name = name(r, 2, true);
      FundingMode mode = word(r, 3, FundingMode::parse, false);
      Boolean ring = yesNo(r, 4);
      Boolean direct = yesNo(r, 5);
      if (d == null) {
        return;
      }
      if (id != null && !define(d, Kind.STREAM, id, r, 1)) {
        return;
      }
      if (!rowOk) {
        d.broken = true;
        return;
      }
      FundingStream.Builder b = FundingStream.builder().id(id).name(name);
      if (mode != null) {
        b.mode(mode);
      }
      b.ringFenced(ring).formerlyDirectToVcs(direct);
      FundingStream s = build(r, b::build, Map.of("id", 1, "name", 2, "mode", 3));
      if (s != null) {
        d.streams.add(s);
        d.streamRows.add(r.number);
      } else {
        d.broken = true;
      }
    }

    void body(Sheet.Row r) {
      rowOk = !r.damaged();
      Draft d = draft(r, 0);
      String id = id(r, 1, true);
      String name = name(r, 2, true);
      Money income = money(r, 3, false);
      SizeBand band = band(r, 4);
      VcsRole role = word(r, 5, VcsRole::parse, false);
      Boolean community = yesNo(r, 6);
      if (rowOk && income == null && band == null) {
        fault(r, 3, "must be set, or \"Income band\" if only the band is known");
      }
      if (d == null) {
        return;
      }
      if (id != null && !define(d, Kind.BODY, id, r, 1)) {
        return;
      }
      if (!rowOk) {
        d.broken = true;
        return;
      }
      VcsBody.Builder b = VcsBody.builder().id(id).name(name).communityBased(community);
      if (income != null) {
        b.income(income);
      }
      if (band != null) {
        b.incomeBand(band);
      }
      if (role != null) {
        b.role(role);
      }
      VcsBody body = build(r, b::build, Map.of("id", 1, "name", 2, "income", 3, "incomeBand", 4));
      if (body != null) {
        d.bodies.add(body);
        d.bodyRows.add(r.number);
        d.bodySources.add(r.source());
      } else {
        d.broken = true;
      }
    }

    void block(Sheet.Row r) {
      rowOk = !r.damaged();
      Draft d = draft(r, 0);
      BlockType type = word(r, 1, BlockType::parse, true);
      String id = id(r, 2, false);
      String name = name(r, 3, false);
      String stream = id(r, 4, false);
      if (type != null && id == null && r.get(2).isBlank()) {
        if (type == BlockType.LOCAL_THEME) {
          fault(r, 2, "must be set for a local theme");
        } else {
          id = type.code().orElseThrow();
        }
      }
      if (d != null && id != null) {
        d.known.get(Kind.BLOCK).add(id); // so that rows naming it say nothing more
      }
      if (d == null || !rowOk || id == null) {
        if (d != null) {
          d.broken = true;
        }
        return;
      }
      BlockDraft b = d.blocks.get(id);
      if (b == null) {
        if (name == null && r.get(3).isBlank()) {
          if (type == BlockType.LOCAL_THEME) {
            fault(r, 3, "must be set for a local theme");
            d.broken = true;
            return;
          }
          name = type.title().orElseThrow();
        }
        if (type == BlockType.ECONOMIC_DEVELOPMENT_AND_ENTERPRISE
            && !d.round.allowsEconomicDevelopment()) {
          fault(
              r,
              1,
              "must not be Economic Development and Enterprise before round 2, but the"
                  + " agreement is a "
                  + d.round.label()
                  + " agreement");
          d.broken = true;
        }
        b = new BlockDraft(type, id, name, r.number);
        d.blocks.put(id, b);
        d.known.get(Kind.BLOCK).add(id);
      } else {
        if (b.type != type) {
          fault(
              r,
              1,
              "must be "
                  + b.type.label()
                  + " as in row "
                  + b.row
                  + " of block "
                  + TextChecks.quote(id)
                  + " but was: "
                  + TextChecks.quote(r.get(1)));
        }
        if (name != null && !name.equals(b.name)) {
          fault(
              r,
              3,
              "must be empty or "
                  + TextChecks.quote(b.name)
                  + " as in row "
                  + b.row
                  + " but was: "
                  + TextChecks.quote(name));
        }
      }
      if (stream != null) {
        int before = b.streams.indexOf(stream);
        if (before >= 0) {
          fault(
              r,
              4,
              "repeats stream "
                  + TextChecks.quote(stream)
                  + " of block "
                  + TextChecks.quote(id)
                  + " in row "
                  + b.streamRows.get(before));
        } else {
          b.streams.add(stream);
          b.streamRows.add(r.number);
          stream = ref(d, Kind.STREAM, stream, r.source(), r.title(4), r.number);
        }
      }
      if (!rowOk) {
        d.broken = true;
      }
    }

    void outcome(Sheet.Row r) {
      rowOk = !r.damaged();
      Draft d = draft(r, 0);
      String block = id(r, 1, true);
      String id = id(r, 2, true);
      String title = name(r, 3, true);
      Boolean mandatory = yesNo(r, 4);
      if (d == null) {
        return;
      }
      if (id != null && !define(d, Kind.OUTCOME, id, r, 2)) {
        return;
      }
      if (block != null) {
        ref(d, Kind.BLOCK, block, r.source(), r.title(1), r.number);
      }
      if (!rowOk) {
        d.broken = true;
        return;
      }
      Outcome.Builder b = Outcome.builder().id(id).title(title).mandatory(mandatory);
      d.outcomes.put(id, new OutcomeDraft(block, b, r.number));
    }

    void indicator(Sheet.Row r) {
      rowOk = !r.damaged();
      Draft d = draft(r, 0);
      String outcome = id(r, 1, true);
      String code = id(r, 2, true);
      String description = name(r, 3, true);
      Boolean statutory = yesNo(r, 4);
      if (d == null) {
        return;
      }
      if (code != null && !define(d, Kind.INDICATOR, code, r, 2)) {
        return;
      }
      if (outcome != null) {
        ref(d, Kind.OUTCOME, outcome, r.source(), r.title(1), r.number);
      }
      if (!rowOk) {
        d.broken = true;
        return;
      }
      Indicator.Builder b =
          Indicator.builder().code(code).description(description).statutory(statutory);
      d.indicators.put(code, new IndicatorDraft(outcome, b, r.number));
    }

    final Map<Draft, Map<String, Map<FinancialYear, Integer>>> targetYears = new HashMap<>();
    final Map<Draft, Map<String, List<Target>>> targets = new HashMap<>();

    void target(Sheet.Row r) {
      rowOk = !r.damaged();
      Draft d = draft(r, 0);
      String indicator = id(r, 1, true);
      FinancialYear year = year(r, 2, true);
      BigDecimal baseline = decimal(r, 3, true);
      BigDecimal value = decimal(r, 4, true);
      BigDecimal stretch = decimal(r, 5, false);
      if (d == null) {
        return;
      }
      if (year != null && !d.round.years().contains(year)) {
        fault(
            r,
            2,
            "must be a year of the agreement ("
                + d.round.firstYear()
                + " to "
                + d.round.lastYear()
                + ") but was: "
                + year);
      }
      if (indicator != null) {
        ref(d, Kind.INDICATOR, indicator, r.source(), r.title(1), r.number);
        if (year != null) {
          Integer before =
              targetYears
                  .computeIfAbsent(d, x -> new HashMap<>())
                  .computeIfAbsent(indicator, x -> new HashMap<>())
                  .putIfAbsent(year, r.number);
          if (before != null) {
            fault(
                r,
                2,
                "repeats the year "
                    + year
                    + " of indicator "
                    + TextChecks.quote(indicator)
                    + " in row "
                    + before);
          }
        }
      }
      if (!rowOk) {
        d.broken = true;
        return;
      }
      Target.Builder b = Target.builder().year(year).baseline(baseline).value(value);
      if (stretch != null) {
        b.stretch(stretch);
      }
      Target t = build(r, b::build, Map.of("year", 2, "baseline", 3, "value", 4, "stretch", 5));
      if (t == null) {
        d.broken = true;
        return;
      }
      targets
          .computeIfAbsent(d, x -> new HashMap<>())
          .computeIfAbsent(indicator, x -> new ArrayList<>())
          .add(t);
    }

    void programme(Sheet.Row r) {
      rowOk = !r.damaged();
      Draft d = draft(r, 0);
      String id = id(r, 1, true);
      String name = name(r, 2, true);
      Money max = money(r, 3, true);
      Money cap = money(r, 4, true);
      Boolean capacity = yesNo(r, 5);
      String admin = id(r, 6, false);
      String stream = id(r, 7, false);
      if (d == null) {
        return;
      }
      if (id != null && !define(d, Kind.PROGRAMME, id, r, 1)) {
        return;
      }
      if (admin != null) {
        administrators.add(new Administrator(d, admin, r.source(), r.title(6), r.number));
      }
      if (stream != null) {
        stream = ref(d, Kind.STREAM, stream, r.source(), r.title(7), r.number);
      }
      if (!rowOk) {
        d.broken = true;
        return;
      }
      SmallGrantsProgramme.Builder b =
          SmallGrantsProgramme.builder()
              .id(id)
              .name(name)
              .maxGrant(max)
              .incomeCap(cap)
              .capacityBuilding(capacity);
      if (admin != null) {
        b.administeredBy(admin);
      }
      if (stream != null) {
        b.stream(stream);
      }
      d.programmes.put(id, new ProgrammeDraft(b, r.number));
    }

    void budget(Sheet.Row r) {
      rowOk = !r.damaged();
      Draft d = draft(r, 0);
      String programme = id(r, 1, true);
      FinancialYear year = year(r, 2, true);
      Money budget = money(r, 3, true);
      if (d == null) {
        return;
      }
      if (year != null && year.isAfter(d.round.lastYear())) {
        fault(r, 2, "must be " + d.round.lastYear() + " or earlier but was: " + year);
      }
      if (programme != null) {
        ref(d, Kind.PROGRAMME, programme, r.source(), r.title(1), r.number);
      }
      if (!rowOk) {
        d.broken = true;
        return;
      }
      ProgrammeDraft p = d.programmes.get(programme);
      if (p == null) {
        return; // the reference check reports it
      }
      Integer before = p.budgetRows.putIfAbsent(year, r.number);
      if (before != null) {
        fault(
            r,
            2,
            "repeats the year "
                + year
                + " of programme "
                + TextChecks.quote(programme)
                + " in row "
                + before);
        d.broken = true;
        return;
      }
      long next = p.total + budget.pence();
      if (next < p.total) {
        fault(
            r,
            3,
            "takes the budgets of programme "
                + TextChecks.quote(programme)
                + " past "
                + Money.ofPence(Long.MAX_VALUE)
                + " in all");
        d.broken = true;
        return;
      }
      p.total = next;
      p.budgets.put(year, budget);
    }

    // -- allocations, in either form -----------------------------------------------------------

    static final List<String> GIVING =
        List.of(
            "Area",
            "Identifier",
            "Amount Awarded",
            "Currency",
            "Award Date",
            "Recipient Org:Identifier",
            "Recipient Org:Name",
            "Beneficiary Location:Geographic Code",
            "Insights:Recipient Org:Latest Income:Bands",
            "Purpose",
            "Stream",
            "Outcome",
            "Term (years)",
            "Full cost recovery",
            "Paid in advance");

    final Map<String, Integer> identifiers = new HashMap<>();

    void readAllocations() {
      Source s = sources.get(Table.ALLOCATIONS);
      if (s == null) {
        return;
      }
      boolean[] giving = {false};
      Sheet.read(
          s.name(),
          s.text(),
          faults,
          header -> {
            for (String h : header) {
              if (h.equalsIgnoreCase("Amount Awarded")) {
                giving[0] = true;
              }
            }
            return giving[0]
                ? new Sheet.Layout(GIVING, new int[] {1, 2, 3, 4, 5, 9})
                : new Sheet.Layout(Table.ALLOCATIONS.columns(), required(Table.ALLOCATIONS));
          },
          r -> {
            if (giving[0]) {
              grant(r);
            } else {
              allocation(r);
            }
          });
    }

    void allocation(Sheet.Row r) {
      rowOk = !r.damaged();
      Draft d = draft(r, 0);
      String recipient = refCell(r, 1, d, Kind.BODY, true);
      String stream = refCell(r, 2, d, Kind.STREAM, false);
      FinancialYear year = year(r, 3, true);
      Money amount = money(r, 4, true);
      Purpose purpose = word(r, 5, Purpose::parse, true);
      String outcome = refCell(r, 6, d, Kind.OUTCOME, false);
      Integer term = whole(r, 7, 1, Allocation.MAX_TERM_YEARS);
      Boolean fcr = yesNo(r, 8);
      Boolean advance = yesNo(r, 9);
      keepAllocation(
          r, d, recipient, stream, year, amount, purpose, outcome, term, fcr, advance, false);
    }

    void grant(Sheet.Row r) {
      rowOk = !r.damaged();
      Draft d = r.has(0) || !r.has(7) ? draft(r, 0) : draft(r, 7);
      String identifier = id(r, 1, true);
      Money amount = money(r, 2, true);
      String currency = r.get(3).strip();
      if (currency.isEmpty()) {
        fault(r, 3, "must be set: GBP");
      } else if (!currency.equalsIgnoreCase("GBP")) {
        fault(
            r,
            3,
            "must be GBP (the library holds pounds sterling only) but was: "
                + TextChecks.quote(currency));
      }
      FinancialYear year = awardYear(r, 4);
      String recipient = id(r, 5, true);
      String recipientName = name(r, 6, false);
      SizeBand band = band(r, 8);
      Purpose purpose = word(r, 9, Purpose::parse, true);
      String stream = id(r, 10, false);
      String outcome = id(r, 11, false);
      Integer term = whole(r, 12, 1, Allocation.MAX_TERM_YEARS);
      Boolean fcr = yesNo(r, 13);
      Boolean advance = yesNo(r, 14);
      if (identifier != null) {
        Integer before = identifiers.putIfAbsent(identifier, r.number);
        if (before != null) {
          fault(r, 1, "repeats the grant identifier of row " + before);
        }
      }
      GrantBody g = d == null || recipient == null ? null : d.grantBodies.get(recipient);
      if (d != null
          && recipient != null
          && (g != null || !d.known.get(Kind.BODY).contains(recipient))) {
        if (g == null) {
          d.known.get(Kind.BODY).add(recipient);
          if (recipientName != null) {
            g = new GrantBody(recipientName, band);
            g.bandRow = r.number;
            d.grantBodies.put(recipient, g);
          } else {
            fault(
                r,
                6,
                "must be set: body "
                    + TextChecks.quote(recipient)
                    + " is not in bodies.csv, so it is made from its grants");
          }
        } else {
          if (recipientName == null && r.get(6).isEmpty()) {
            fault(
                r,
                6,
                "must be set on each grant of body "
                    + TextChecks.quote(recipient)
                    + ", as in row "
                    + g.rows.get(0));
          } else if (recipientName != null && !recipientName.equals(g.name)) {
            fault(
                r,
                6,
                "must be "
                    + TextChecks.quote(g.name)
                    + " as in row "
                    + g.rows.get(0)
                    + " but was: "
                    + TextChecks.quote(recipientName));
          }
          if (band != null && g.band == null) {
            g.band = band;
            g.bandRow = r.number;
          } else if (band != null && band != g.band) {
            fault(
                r,
                8,
                "must be "
                    + g.band.label()
                    + " as in row "
                    + g.bandRow
                    + " but was: "
                    + band.label());
          }
        }
        if (g != null) {
          g.rows.add(r.number);
        }
      }
      keepAllocation(
          r, d, recipient, stream, year, amount, purpose, outcome, term, fcr, advance, true);
    }

    /**
     * Keeps an allocation read from a row of either form; in the LAA form its references were
     * resolved as its cells were read, in the 360Giving form (whose recipients may be made from the
     * grants) they are resolved here.
     */
    void keepAllocation(
        Sheet.Row r,
        @Nullable Draft d,
        @Nullable String recipient,
        @Nullable String stream,
        @Nullable FinancialYear year,
        @Nullable Money amount,
        @Nullable Purpose purpose,
        @Nullable String outcome,
        @Nullable Integer term,
        Boolean fcr,
        Boolean advance,
        boolean giving) {
      if (d == null) {
        return;
      }
      // Recipient, stream, year, amount, purpose, outcome, term: their columns in this form.
      int[] cols = giving ? GIVING_COLUMNS : LAA_COLUMNS;
      if (year != null && year.isAfter(d.round.lastYear())) {
        fault(
            r,
            cols[2],
            "must be in "
                + d.round.lastYear()
                + " (the agreement's last year) or"
                + " earlier but was: "
                + year);
      }
      if (recipient != null && giving) {
        recipient = ref(d, Kind.BODY, recipient, r.source(), r.title(cols[0]), r.number);
      }
      if (stream != null && giving) {
        stream = ref(d, Kind.STREAM, stream, r.source(), r.title(cols[1]), r.number);
      }
      if (outcome != null && giving) {
        outcome = ref(d, Kind.OUTCOME, outcome, r.source(), r.title(cols[5]), r.number);
      }
      if (!rowOk) {
        d.broken = true;
        return;
      }
      Allocation.Builder b =
          Allocation.builder()
              .recipient(recipient)
              .year(year)
              .amount(amount)
              .purpose(purpose)
              .termYears(term)
              .fullCostRecovery(fcr)
              .paidInAdvance(advance);
      if (stream != null) {
        b.stream(stream);
      }
      if (outcome != null) {
        b.outcome(outcome);
      }
      Allocation a = build(r, b::build, giving ? GIVING_FIELDS : LAA_FIELDS);
      if (a == null) {
        d.broken = true;
        return;
      }
      d.allocations.add(a);
      d.allocationRows.add(r.number);
    }

    @Nullable FinancialYear awardYear(Sheet.Row r, int k) {
      String s = r.get(k).strip();
      if (s.isEmpty()) {
        return fault(r, k, "must be set: the date of the award, like 2007-05-14");
      }
      String date = s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s;
      try {
        return FinancialYear.containing(LocalDate.parse(date));
      } catch (DateTimeParseException | InvalidDataException e) {
        return fault(r, k, "not a date like 2007-05-14: " + TextChecks.quote(s));
      }
    }

    void grantBodies() {
      for (Draft d : byCode.values()) {
        d.grantBodies.forEach(
            (id, g) -> {
              d.known.get(Kind.BODY).add(id);
              if (g.band == null) {
                faults.add(
                    Faults.at(
                        sources.get(Table.ALLOCATIONS).name(), g.rows, "Recipient Org:Identifier"),
                    "the income of "
                        + TextChecks.quote(id)
                        + " ("
                        + TextChecks.quote(g.name)
                        + ") is not known, and no income is made up: add the body to bodies.csv"
                        + " with its Income or Income band, or give an"
                        + " \"Insights:Recipient Org:Latest Income:Bands\" column");
                d.broken = true;
                return;
              }
              try {
                d.bodies.add(VcsBody.builder().id(id).name(g.name).incomeBand(g.band).build());
                d.bodyRows.add(g.rows.get(0));
                d.bodySources.add(sources.get(Table.ALLOCATIONS).name());
              } catch (InvalidDataException e) {
                for (Problem p : e.problems()) {
                  faults.add(
                      Faults.at(
                          sources.get(Table.ALLOCATIONS).name(),
                          g.rows,
                          "Recipient Org:Identifier"),
                      p.toString());
                }
                d.broken = true;
              }
            });
      }
    }

    // -- involvement, infrastructure, commissioning, deflators ----------------------------------

    void involvement(Sheet.Row r) {
      rowOk = !r.damaged();
      Draft d = draft(r, 0);
      String block = id(r, 1, false);
      Stage stage = word(r, 2, Stage::parse, false);
      InvolvementLevel level = word(r, 3, InvolvementLevel::parse, true);
      String note = note(r, 4);
      if (block == null && r.get(1).isBlank()) {
        if (!r.get(2).isBlank()) {
          fault(r, 2, "must be empty on the strategic row (the row without a Block id)");
        }
        if (d != null && d.strategicRow != 0) {
          fault(r, 1, "must be set: row " + d.strategicRow + " is already the strategic row");
        }
        if (d != null && rowOk) {
          d.strategic = level;
          d.strategicNote = note;
          d.strategicRow = r.number;
        }
      } else {
        if (stage == null && r.get(2).isBlank()) {
          fault(r, 2, "must be set on a block's row");
        }
        if (d != null && block != null) {
          block = ref(d, Kind.BLOCK, block, r.source(), r.title(1), r.number);
        }
        if (d != null && rowOk) {
          BlockInvolvement.Builder b =
              BlockInvolvement.builder().block(block).stage(stage).level(level);
          if (note != null) {
            b.note(note);
          }
          for (int i = 0; i < d.involvement.size(); i++) {
            BlockInvolvement e = d.involvement.get(i);
            if (e.block().equals(block) && e.stage() == stage) {
              fault(
                  r,
                  2,
                  "repeats block "
                      + TextChecks.quote(block)
                      + " stage "
                      + stage.label()
                      + " of row "
                      + d.involvementRows.get(i));
              d.broken = true;
              return;
            }
          }
          d.involvement.add(b.build());
          d.involvementRows.add(r.number);
        }
      }
      if (d != null && !rowOk) {
        d.broken = true;
      }
    }

    void infrastructure(Sheet.Row r) {
      rowOk = !r.damaged();
      Draft d = draft(r, 0);
      Money funding = money(r, 1, true);
      BigDecimal fte = decimal(r, 2, true);
      Integer rating =
          wholeRequired(r, 3, InfrastructureProfile.MIN_RATING, InfrastructureProfile.MAX_RATING);
      if (d != null && d.infrastructureRow != 0) {
        fault(r, 0, "repeats the area of row " + d.infrastructureRow + ": one row per agreement");
      }
      if (d == null) {
        return;
      }
      if (fte != null && fte.signum() < 0) {
        fault(r, 2, "must not be negative but was: " + TextChecks.quote(r.get(2)));
      }
      if (!rowOk) {
        d.broken = true;
        return;
      }
      d.infrastructure = InfrastructureProfile.of(funding, fte, rating);
      d.infrastructureRow = r.number;
    }

    void commissioning(Sheet.Row r) {
      rowOk = !r.damaged();
      Draft d = draft(r, 0);
      Percentage three = share(r, 1);
      Percentage fcr = share(r, 2);
      Percentage advance = share(r, 3);
      Integer weeks = whole(r, 4, 0, Integer.MAX_VALUE);
      Integer months = whole(r, 5, 0, Integer.MAX_VALUE);
      if (d != null && d.commissioningRow != 0) {
        fault(r, 0, "repeats the area of row " + d.commissioningRow + ": one row per agreement");
      }
      if (d == null) {
        return;
      }
      if (!rowOk) {
        d.broken = true;
        return;
      }
      CommissioningPractice.Builder b = CommissioningPractice.builder();
      if (three != null) {
        b.threeYearTermsShare(three);
      }
      if (fcr != null) {
        b.fullCostRecoveryShare(fcr);
      }
      if (advance != null) {
        b.paidInAdvanceShare(advance);
      }
      if (!r.get(4).isBlank()) {
        b.consultationWeeks(weeks);
      }
      if (!r.get(5).isBlank()) {
        b.noticeMonths(months);
      }
      d.commissioning = b.build();
      d.commissioningRow = r.number;
    }

    final Map<List<Object>, Integer> deflatorRows = new HashMap<>();

    void deflator(Sheet.Row r) {
      rowOk = !r.damaged();
      String series = name(r, 0, true);
      FinancialYear year = year(r, 1, true);
      BigDecimal index = decimal(r, 2, true);
      if (index != null && index.signum() <= 0) {
        fault(r, 2, "must be positive but was: " + TextChecks.quote(r.get(2)));
      } else if (index != null
          && ((long) index.precision() - index.scale() > 12 || index.scale() > 12)) {
        fault(
            r,
            2,
            "must have at most 12 digits before and after the point but was: "
                + TextChecks.quote(r.get(2)));
      }
      if (series != null && year != null) {
        Integer before = deflatorRows.putIfAbsent(List.of(series, year), r.number);
        if (before != null) {
          fault(
              r,
              1,
              "repeats the year "
                  + year
                  + " of series "
                  + TextChecks.quote(series)
                  + " in row "
                  + before);
        }
      }
      if (rowOk) {
        deflators.computeIfAbsent(series, x -> new LinkedHashMap<>()).put(year, index);
      }
    }

    // -- references and the agreements as a whole ----------------------------------------------

    /** Records that row {@code r} defines {@code id}; false (and a problem) if another did. */
    boolean define(Draft d, Kind kind, String id, Sheet.Row r, int k) {
      if (!d.known.get(kind).add(id)) {
        fault(
            r,
            k,
            "repeats the "
                + kind.noun
                + " id "
                + TextChecks.quote(id)
                + " of an earlier row: ids must be unique in an agreement");
        d.broken = true;
        return false;
      }
      return true;
    }

    /**
     * Checks a reference as its row is read: the tables are read in an order (streams, bodies,
     * blocks, outcomes, indicators, targets, programmes, budgets, allocations, involvement) in
     * which whatever a row may name is defined by a table read before it, so no reference is kept
     * but the missing ones.
     */
    @CanIgnoreReturnValue
    String ref(Draft d, Kind kind, String id, String source, String column, int row) {
      String canonical = d.known.get(kind).get(id);
      if (canonical == null) {
        missing
            .computeIfAbsent(new Missing(source, column, kind, id, d), x -> new Faults.Rows())
            .add(row);
        d.broken = true;
        return id;
      }
      return canonical;
    }

    void references() {
      missing.forEach(
          (key, rows) -> {
            String in =
                byCode.size() == 1 ? "" : " for " + TextChecks.quote(key.draft().area.name());
            faults.add(
                Faults.at(key.source(), rows, key.column()),
                "no "
                    + key.kind().noun
                    + " "
                    + TextChecks.quote(key.id())
                    + " in "
                    + key.kind().table.fileName()
                    + in);
          });
    }

    /** Builds {@code d}'s agreement; null (and problems) if it is invalid as a whole. */
    @Nullable LocalAreaAgreement build(Draft d) {
      try {
        return buildUnchecked(d);
      } catch (InvalidDataException e) {
        for (Problem p : e.problems()) {
          faults.add(where(d, e.subject() + " " + p.path()), p.message());
        }
        return null;
      }
    }

    @Nullable LocalAreaAgreement buildUnchecked(Draft d) {
      Map<String, List<Target>> ts = targets.getOrDefault(d, Map.of());
      Map<String, List<Indicator>> indicatorsByOutcome = new HashMap<>();
      for (Map.Entry<String, IndicatorDraft> e : d.indicators.entrySet()) {
        Indicator i =
            e.getValue().builder().addAllTargets(ts.getOrDefault(e.getKey(), List.of())).build();
        indicatorsByOutcome.computeIfAbsent(e.getValue().outcome(), x -> new ArrayList<>()).add(i);
      }
      Map<String, List<Outcome>> outcomesByBlock = new HashMap<>();
      for (Map.Entry<String, OutcomeDraft> e : d.outcomes.entrySet()) {
        Outcome o =
            e.getValue()
                .builder()
                .addAllIndicators(indicatorsByOutcome.getOrDefault(e.getKey(), List.of()))
                .build();
        outcomesByBlock.computeIfAbsent(e.getValue().block(), x -> new ArrayList<>()).add(o);
      }
      LocalAreaAgreement.Builder b = LocalAreaAgreement.builder().area(d.area).round(d.round);
      for (BlockDraft bd : d.blocks.values()) {
        b.addBlock(
            Block.builder()
                .type(bd.type)
                .id(bd.id)
                .name(bd.name)
                .addAllStreams(bd.streams)
                .addAllOutcomes(outcomesByBlock.getOrDefault(bd.id, List.of()))
                .build());
      }
      b.addAllStreams(d.streams).addAllBodies(d.bodies).addAllAllocations(d.allocations);
      for (ProgrammeDraft p : d.programmes.values()) {
        b.addSmallGrantsProgramme(p.builder.putAllBudgets(p.budgets).build());
      }
      if (d.strategic != null) {
        Involvement.Builder ib =
            Involvement.builder().strategic(d.strategic).addAllBlocks(d.involvement);
        if (d.strategicNote != null) {
          ib.strategicNote(d.strategicNote);
        }
        b.involvement(ib.build());
      } else if (!d.involvement.isEmpty()) {
        faults.add(
            Faults.at(sources.get(Table.INVOLVEMENT).name(), d.involvementRows.get(0)),
            "the agreement for "
                + TextChecks.quote(d.area.name())
                + " has block rows but no strategic row (one"
                + " with Block id empty) giving its strategic level");
        return null;
      }
      if (d.infrastructure != null) {
        b.infrastructure(d.infrastructure);
      }
      if (d.commissioning != null) {
        b.commissioning(d.commissioning);
      }
      if (d.blocks.isEmpty()) {
        faults.add(
            Faults.at(d.source, d.row),
            "the agreement for "
                + TextChecks.quote(d.area.name())
                + " has no rows in blocks.csv: an agreement needs at least one block");
        return null;
      }
      try {
        // With no problem anywhere and d not broken, every allocation's recipient, stream and
        // outcome was found, as its row was read, among ids whose rows all went into b.
        return faults.count() == 0 ? ResolvedReferences.build(b) : b.build();
      } catch (InvalidDataException e) {
        for (Problem p : e.problems()) {
          faults.add(where(d, p.path()), p.message());
        }
        return null;
      }
    }

    /** The row a problem of {@code d}'s agreement at {@code path} is about, with the path. */
    String where(Draft d, String path) {
      int open = path.indexOf('[');
      int close = path.indexOf(']');
      if (open > 0 && close > open + 1 && close - open < 10) {
        String list = path.substring(0, open);
        String digits = path.substring(open + 1, close);
        int i = digits.chars().allMatch(Character::isDigit) ? Integer.parseInt(digits) : -1;
        String rest = " (" + path + ")";
        if (list.equals("allocations") && i >= 0 && i < d.allocations.size()) {
          return Faults.at(sources.get(Table.ALLOCATIONS).name(), d.allocationRows.get(i)) + rest;
        } else if (list.equals("bodies") && i >= 0 && i < d.bodies.size()) {
          return Faults.at(d.bodySources.get(i), d.bodyRows.get(i)) + rest;
        } else if (list.equals("streams") && i >= 0 && i < d.streams.size()) {
          return Faults.at(sources.get(Table.STREAMS).name(), d.streamRows.get(i)) + rest;
        }
      }
      return Faults.at(d.source, d.row)
          + " (the agreement for "
          + TextChecks.quote(d.area.name())
          + (path.isEmpty() ? "" : ", " + path)
          + ")";
    }

    // -- cells -----------------------------------------------------------------------------------

    @CanIgnoreReturnValue
    @Nullable <T> T fault(Sheet.Row r, int k, String message) {
      rowOk = false;
      if (!r.damaged(k)) { // a cell too long to read has its one problem already
        faults.add(r.at(k), message);
      }
      return null;
    }

    void faults(Sheet.Row r, InvalidDataException e, Map<String, Integer> columns) {
      rowOk = false;
      for (Problem p : e.problems()) {
        String path = p.path();
        int end = 0;
        while (end < path.length() && Character.isLetterOrDigit(path.charAt(end))) {
          end++;
        }
        Integer k = columns.get(path.substring(0, end));
        if (k == null || !r.damaged(k)) {
          faults.add(k == null ? Faults.at(r.source(), r.number) : r.at(k), p.message());
        }
      }
    }

    @Nullable <T> T build(Sheet.Row r, Supplier<T> build, Map<String, Integer> columns) {
      try {
        return build.get();
      } catch (InvalidDataException e) {
        faults(r, e, columns);
        return null;
      }
    }

    /**
     * A cell that names a {@code kind} of {@code d}: the defined id (one string for every row that
     * names it) if there is one, else the cell checked as an id and recorded as missing.
     */
    @Nullable String refCell(Sheet.Row r, int k, @Nullable Draft d, Kind kind, boolean required) {
      String raw = r.get(k);
      if (d != null && !raw.isEmpty()) {
        String known = d.known.get(kind).get(raw);
        if (known != null) {
          return known; // checked as an id where it was defined
        }
      }
      String s = id(r, k, required);
      return s == null || d == null ? s : ref(d, kind, s, r.source(), r.title(k), r.number);
    }

    @Nullable String id(Sheet.Row r, int k, boolean required) {
      String s = r.get(k).strip();
      if (s.isEmpty()) {
        return required ? fault(r, k, "must be set") : null;
      }
      Optional<String> p = TextChecks.idProblem(s);
      return p.isPresent() ? fault(r, k, p.get()) : s;
    }

    @Nullable String name(Sheet.Row r, int k, boolean required) {
      String s = r.get(k);
      if (s.isBlank() && !s.isEmpty() && !required) {
        return null;
      }
      if (s.isEmpty()) {
        return required ? fault(r, k, "must be set") : null;
      }
      Optional<String> p = TextChecks.nameProblem(s);
      return p.isPresent() ? fault(r, k, p.get()) : s;
    }

    @Nullable String note(Sheet.Row r, int k) {
      String s = r.get(k);
      if (s.isEmpty()) {
        return null;
      }
      Optional<String> p = TextChecks.noteProblem(s);
      return p.isPresent() ? fault(r, k, p.get()) : s;
    }

    @Nullable Money money(Sheet.Row r, int k, boolean required) {
      String s = r.get(k);
      if (s.isBlank()) {
        return required ? fault(r, k, "must be set: an amount like £12,400") : null;
      }
      Optional<Money> m = Money.tryParse(s);
      if (m.isEmpty()) {
        String why;
        try {
          why = String.valueOf(Money.parse(s));
        } catch (InvalidDataException e) {
          why = e.problems().get(0).message();
        }
        if (why.contains("within the range")) {
          return fault(
              r,
              k,
              "must be at most "
                  + Money.ofPence(Long.MAX_VALUE)
                  + " but was: "
                  + TextChecks.quote(s));
        }
        if (why.contains("decimal places") || why.contains("whole number of pence")) {
          return fault(r, k, "must be whole pence but was: " + TextChecks.quote(s));
        }
        return fault(
            r,
            k,
            "not an amount: "
                + TextChecks.quote(s)
                + " (write it like £12,400, 12400.50 or £1.2m)");
      }
      if (m.get().isNegative()) {
        return fault(r, k, "must not be negative but was: " + m.get());
      }
      return m.get();
    }

    @Nullable FinancialYear year(Sheet.Row r, int k, boolean required) {
      String s = r.get(k);
      if (s.isBlank()) {
        return required ? fault(r, k, "must be set: a financial year like 2006/07") : null;
      }
      Optional<FinancialYear> y = FinancialYear.tryParse(s);
      return y.isPresent()
          ? y.get()
          : fault(
              r, k, "not a financial year: " + TextChecks.quote(s) + " (write it like 2006/07)");
    }

    Boolean yesNo(Sheet.Row r, int k) {
      String s = r.get(k).strip();
      if (s.equals("no")) {
        return Boolean.FALSE; // as written, the common case
      }
      if (s.equals("yes")) {
        return Boolean.TRUE;
      }
      if (s.isEmpty()
          || s.equalsIgnoreCase("no")
          || s.equalsIgnoreCase("n")
          || s.equalsIgnoreCase("false")) {
        return Boolean.FALSE;
      }
      if (s.equalsIgnoreCase("yes") || s.equalsIgnoreCase("y") || s.equalsIgnoreCase("true")) {
        return Boolean.TRUE;
      }
      fault(r, k, "must be yes or no (or empty for no) but was: " + TextChecks.quote(s));
      return Boolean.FALSE;
    }

    @Nullable <E> E word(Sheet.Row r, int k, Function<CharSequence, E> parse, boolean required) {
      String s = r.get(k).strip();
      if (s.isEmpty()) {
        return required ? fault(r, k, "must be set") : null;
      }
      try {
        return parse.apply(s);
      } catch (InvalidDataException e) {
        return fault(r, k, e.problems().get(0).message());
      }
    }

    @Nullable SizeBand band(Sheet.Row r, int k) {
      String s = r.get(k).strip();
      if (s.isEmpty()) {
        return null;
      }
      SizeBand b = Bands.parse(s);
      return b != null
          ? b
          : fault(
              r,
              k,
              "not an income band: "
                  + TextChecks.quote(s)
                  + " (write one of micro,"
                  + " small, medium, large, major, or a range like £10k - £100k, under £10k or"
                  + " over £10m)");
    }

    /** An optional whole number from {@code min} to {@code max}; {@code min} if empty. */
    @Nullable Integer whole(Sheet.Row r, int k, int min, int max) {
      String s = r.get(k).strip();
      if (s.isEmpty()) {
        return min;
      }
      return wholeOf(r, k, s, min, max);
    }

    @Nullable Integer wholeRequired(Sheet.Row r, int k, int min, int max) {
      String s = r.get(k).strip();
      if (s.isEmpty()) {
        return fault(r, k, "must be set: a whole number from " + min + " to " + max);
      }
      return wholeOf(r, k, s, min, max);
    }

    @Nullable Integer wholeOf(Sheet.Row r, int k, String s, int min, int max) {
      boolean digits = s.length() <= 10;
      for (int i = 0; digits && i < s.length(); i++) {
        digits = s.charAt(i) >= '0' && s.charAt(i) <= '9';
      }
      if (!digits) {
        return fault(
            r,
            k,
            "must be a whole number from "
                + min
                + " to "
                + max
                + " but was: "
                + TextChecks.quote(s));
      }
      long v = Long.parseLong(s);
      if (v < min || v > max) {
        return fault(r, k, "must be from " + min + " to " + max + " but was: " + v);
      }
      return (int) v;
    }

    @Nullable BigDecimal decimal(Sheet.Row r, int k, boolean required) {
      String s = r.get(k).strip();
      if (s.isEmpty()) {
        return required ? fault(r, k, "must be set: a number like 12.5") : null;
      }
      // What BigDecimal.toString writes (so every value written reads back), and no other form.
      if (s.matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
        try {
          return new BigDecimal(s);
        } catch (NumberFormatException e) {
          // an exponent beyond the range of BigDecimal's scale
        }
      }
      return fault(r, k, "not a number: " + TextChecks.quote(s) + " (write it like 12.5)");
    }

    @Nullable Percentage share(Sheet.Row r, int k) {
      String s = r.get(k).strip();
      if (s.isEmpty()) {
        return null;
      }
      Optional<Percentage> p = Percentage.tryParse(s);
      if (p.isEmpty()) {
        return fault(r, k, "not a percentage: " + TextChecks.quote(s) + " (write it like 42.5%)");
      }
      if (p.get().isNegative() || p.get().isGreaterThan(Percentage.HUNDRED)) {
        return fault(r, k, "must be between 0% and 100% but was: " + p.get());
      }
      return p.get();
    }
  }
}
