package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.laa.core.Allocation;
import io.github.laa.core.FundingStream;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Outcome;
import io.github.laa.core.TextChecks;
import io.github.laa.core.VcsBody;
import io.github.laa.core.tables.Dataset;
import io.github.laa.core.tables.Table;
import io.github.laa.core.tables.Tables;
import io.github.laa.core.testing.TestBudget;
import io.github.laa.scoring.testing.LaaGenerators;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The table reader finds each allocation's recipient, stream and outcome as it reads the row, and
 * so builds the agreement without looking them up again; these properties hold it to the full
 * check, one generated agreement at a time. Up to three allocation cells are rewritten to name ids
 * of the agreement's own (of the right kind or another), the same ids in upper case or with spaces
 * around them, an id of no row, text that is no id and nothing, and the tables read. In the LAA
 * form the reader accepts exactly what building the edited agreement in Java (every reference
 * looked up) accepts, and gives the same agreement. In the 360Giving form, whose unknown recipients
 * become bodies, it rejects exactly the tables naming a stream or outcome of no row or a recipient
 * that is no id, and what it gives passes the full check again with every reference resolved. Each
 * property must see both outcomes.
 */
class TableReferencesProperties {
  /** Recipient, Stream and Outcome: their columns in the LAA form of allocations.csv. */
  private static final int[] LAA_COLUMNS = {1, 2, 6};

  /** Where to write which id: a row, a column (0 to 2) and a pick among the candidate ids. */
  private record Edit(int row, int column, int pick) {}

  private static final Gen<LocalAreaAgreement> AGREEMENTS =
      LaaGenerators.agreements().mix(LaaGenerators.wideAgreements(), 50);

  private static final Gen<List<Edit>> EDITS =
      lists()
          .of(
              integers()
                  .between(0, 1_000)
                  .zip(
                      integers().between(0, 2),
                      integers().between(0, 1_000),
                      (row, column, pick) -> new Edit(row, column, pick)))
          .ofSizeBetween(1, 3);

  @Test
  void theLaaFormAcceptsWhatTheFullCheckAccepts() {
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger rejected = new AtomicInteger();
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(AGREEMENTS, EDITS)
        .checkAssert(
            (a, edits) -> {
              Map<Table, String> csv = new HashMap<>(Tables.write(Dataset.of(List.of(a))));
              List<List<String>> rows = allocationRows(csv);
              List<Allocation> allocations = new ArrayList<>(a.allocations());
              List<String> ids = candidates(a);
              Map<List<Integer>, String> cells = new LinkedHashMap<>(); // the last edit wins
              for (Edit e : edits) {
                if (!allocations.isEmpty()) {
                  String id = ids.get(e.pick() % ids.size());
                  cells.put(List.of(e.row() % allocations.size(), e.column()), id);
                }
              }
              boolean javaRejects = false;
              for (Map.Entry<List<Integer>, String> c : cells.entrySet()) {
                int i = c.getKey().get(0);
                int column = c.getKey().get(1);
                rows.get(i + 1).set(LAA_COLUMNS[column], c.getValue());
                try {
                  // the reader strips a cell's spaces from both ends, as it does every id's
                  allocations.set(i, edited(allocations.get(i), column, c.getValue().strip()));
                } catch (InvalidDataException invalid) {
                  javaRejects = true; // not an id, or no recipient
                }
              }
              csv.put(Table.ALLOCATIONS, csv(rows));
              Optional<LocalAreaAgreement> expected = Optional.empty();
              if (!javaRejects) {
                try {
                  expected = Optional.of(a.withAllocations(allocations));
                } catch (InvalidDataException invalid) {
                  // a reference the full check does not find
                }
              }
              if (expected.isPresent()) {
                assertThat(TablesRoundTripProperties.read(csv).agreements())
                    .containsExactly(expected.get());
                accepted.incrementAndGet();
              } else {
                assertThatThrownBy(() -> TablesRoundTripProperties.read(csv))
                    .isInstanceOf(InvalidDataException.class);
                rejected.incrementAndGet();
              }
            });
    assertThat(accepted).as("readings accepted").hasPositiveValue();
    assertThat(rejected).as("readings rejected").hasPositiveValue();
  }

  @Test
  void the360GivingFormGivesOnlyAgreementsThatPassTheFullCheck() {
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger rejected = new AtomicInteger();
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(AGREEMENTS, EDITS)
        .checkAssert(
            (a, edits) -> {
              Map<Table, String> csv = new HashMap<>(Tables.write(Dataset.of(List.of(a))));
              List<List<String>> rows = giving(allocationRows(csv));
              List<String> ids = candidates(a);
              // Recipient Org:Identifier, Stream and Outcome in the 360Giving rows below.
              int[] columns = {5, 10, 11};
              for (Edit e : edits) {
                if (rows.size() > 1) {
                  String id = ids.get(e.pick() % ids.size());
                  rows.get(1 + e.row() % (rows.size() - 1)).set(columns[e.column()], id);
                }
              }
              // A grant may name a recipient no row defines (it becomes a body), but not a stream
              // or outcome of none, nor a recipient that is not an id.
              boolean invalid = false;
              for (List<String> r : rows.subList(1, rows.size())) {
                String recipient = r.get(columns[0]).strip();
                String stream = r.get(columns[1]).strip();
                String outcome = r.get(columns[2]).strip();
                invalid |= recipient.isEmpty() || TextChecks.idProblem(recipient).isPresent();
                invalid |= !stream.isEmpty() && !streamIds(a).contains(stream);
                invalid |= !outcome.isEmpty() && !outcomeIds(a).contains(outcome);
                r.set(6, "Body " + recipient); // one name for each recipient
              }
              csv.put(Table.ALLOCATIONS, csv(rows));
              if (invalid) {
                assertThatThrownBy(() -> TablesRoundTripProperties.read(csv))
                    .isInstanceOf(InvalidDataException.class);
                rejected.incrementAndGet();
                return;
              }
              Dataset read = TablesRoundTripProperties.read(csv);
              accepted.incrementAndGet();
              for (LocalAreaAgreement r : read.agreements()) {
                // a copy of the list, so that the copy is built and checked in full
                assertThat(r.withAllocations(new ArrayList<>(r.allocations()))).isEqualTo(r);
                Set<String> bodies =
                    r.bodies().stream().map(VcsBody::id).collect(Collectors.toSet());
                for (Allocation x : r.allocations()) {
                  assertThat(bodies).contains(x.recipient());
                  x.stream().ifPresent(s -> assertThat(streamIds(r)).contains(s));
                  x.outcome().ifPresent(o -> assertThat(outcomeIds(r)).contains(o));
                }
              }
            });
    assertThat(accepted).as("readings accepted").hasPositiveValue();
    assertThat(rejected).as("readings rejected").hasPositiveValue();
  }

  /** The rows of {@code csv}'s allocations table, each a list that may be changed. */
  private static List<List<String>> allocationRows(Map<Table, String> csv) {
    List<List<String>> rows = new ArrayList<>();
    for (List<String> r : CsvTablesTest.read(Objects.requireNonNull(csv.get(Table.ALLOCATIONS)))) {
      rows.add(new ArrayList<>(r));
    }
    return rows;
  }

  /**
   * Ids of every kind in {@code a}, each also upper-cased and with spaces around it, an id of no
   * row, text that is no id (a no-break space inside) and nothing.
   */
  private static List<String> candidates(LocalAreaAgreement a) {
    List<String> ids = new ArrayList<>();
    a.bodies().forEach(b -> ids.add(b.id()));
    ids.addAll(streamIds(a));
    ids.addAll(outcomeIds(a));
    a.blocks().forEach(b -> ids.add(b.id()));
    for (String id : List.copyOf(ids)) {
      ids.add(id.toUpperCase(Locale.ROOT));
      ids.add(" " + id + " ");
    }
    ids.add("no-such-id");
    ids.add("");
    ids.add("no\u00a0id");
    ids.add("an id with spaces");
    return ids;
  }

  private static Set<String> streamIds(LocalAreaAgreement a) {
    return a.streams().stream()
        .map(FundingStream::id)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static Set<String> outcomeIds(LocalAreaAgreement a) {
    return a.blocks().stream()
        .flatMap(b -> b.outcomes().stream())
        .map(Outcome::id)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** {@code x} naming {@code id} as its recipient (0), stream (1) or outcome (2). */
  private static Allocation edited(Allocation x, int column, String id) {
    if (column == 0) {
      return x.withRecipient(id);
    }
    Optional<String> ref = id.isEmpty() ? Optional.empty() : Optional.of(id);
    return column == 1 ? x.withStream(ref) : x.withOutcome(ref);
  }

  /**
   * The LAA form's rows as 360Giving grants: each its own identifier, the year's first day as the
   * award date, and a band (used only for a recipient no body row defines).
   */
  private static List<List<String>> giving(List<List<String>> laa) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        new ArrayList<>(
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
                "Paid in advance")));
    for (int i = 1; i < laa.size(); i++) {
      List<String> r = laa.get(i);
      rows.add(
          new ArrayList<>(
              List.of(
                  r.get(0),
                  "360G-" + i,
                  r.get(4),
                  "GBP",
                  r.get(3).substring(0, 4) + "-04-01",
                  r.get(1),
                  "",
                  "",
                  "small",
                  r.get(5),
                  r.get(2),
                  r.get(6),
                  r.get(7),
                  r.get(8),
                  r.get(9))));
    }
    return rows;
  }

  /** {@code rows} as CSV, every cell quoted. */
  private static String csv(List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    for (List<String> r : rows) {
      out.append(
              r.stream()
                  .map(c -> '"' + c.replace("\"", "\"\"") + '"')
                  .collect(Collectors.joining(",")))
          .append("\r\n");
    }
    return out.toString();
  }
}
