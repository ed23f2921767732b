package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.laa.core.Allocation;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.internal.AllocationTable;
import io.github.laa.core.internal.AllocationTables;
import io.github.laa.core.testing.TestBudget;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.testing.LaaGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The what-if edit {@code withAllocation} checks only the allocation it replaces and patches the
 * copy's allocation table from the one it was made from: over generated agreements and edits (valid
 * and not), it accepts and refuses exactly what a full check of the copy does, with the same
 * problems, and the patched table and the scorecard are those of a copy built afresh.
 */
class EditProperties {
  private static final Policy LVSC = Lvsc2006.policy();
  private static final Gen<LocalAreaAgreement> AGREEMENTS =
      LaaGenerators.agreements().mix(LaaGenerators.wideAgreements(), 30);

  /** Kinds of edit: amount, amount near the largest, recipient, stream, year, outcome. */
  private static Allocation edit(LocalAreaAgreement laa, Allocation a, int kind, long draw) {
    return switch (kind) {
      case 0 -> a.withAmount(Money.ofPence(Math.floorMod(draw, 100_000_000L)));
      case 1 -> a.withAmount(Money.ofPence(Long.MAX_VALUE - Math.floorMod(draw, 1_000)));
      case 2 ->
          a.withRecipient(
              draw % 5 == 0
                  ? "nobody"
                  : laa.bodies().get(Math.floorMod(draw, laa.bodies().size())).id());
      case 3 ->
          draw % 4 == 0
              ? a.withStream("no-such-stream")
              : laa.streams().isEmpty()
                  ? a.withStream(java.util.Optional.empty())
                  : a.withStream(laa.streams().get(Math.floorMod(draw, laa.streams().size())).id());
      case 4 ->
          a.withYear(
              FinancialYear.of(laa.lastYear().startYear() - 4 + (int) Math.floorMod(draw, 6)));
      default ->
          draw % 3 == 0
              ? a.withOutcome("no-such-outcome")
              : a.withOutcome(java.util.Optional.empty());
    };
  }

  @Test
  void anEditIsCheckedAsTheWholeCopyWouldBe() {
    AtomicLong refused = new AtomicLong();
    AtomicLong accepted = new AtomicLong();
    qt().withExamples(TestBudget.examples(2_000))
        .forAll(AGREEMENTS, integers().between(0, 999), integers().between(0, 5), longs().all())
        .checkAssert(
            (laa, pick, kind, draw) -> {
              if (laa.allocations().isEmpty()) {
                return;
              }
              int i = pick % laa.allocations().size();
              Allocation replacement = edit(laa, laa.allocations().get(i), kind, draw);
              List<Allocation> copy = new ArrayList<>(laa.allocations());
              copy.set(i, replacement);
              Throwable full = catchThrowable(() -> laa.withAllocations(copy));
              Throwable quick = catchThrowable(() -> laa.withAllocation(i, replacement));
              if (full == null) {
                assertThat(quick).isNull();
                assertThat(laa.withAllocation(i, replacement)).isEqualTo(laa.withAllocations(copy));
                accepted.incrementAndGet();
              } else {
                assertThat(full).isInstanceOf(InvalidDataException.class);
                assertThat(quick).isInstanceOf(InvalidDataException.class);
                assertThat(((InvalidDataException) quick).problems())
                    .isEqualTo(((InvalidDataException) full).problems());
                assertThat(quick.getMessage()).isEqualTo(full.getMessage());
                refused.incrementAndGet();
              }
            });
    assertThat(refused.get()).isPositive();
    assertThat(accepted.get()).isPositive();
  }

  @Test
  void aPatchedTableIsTheTableBuiltAfresh() {
    AtomicLong patched = new AtomicLong();
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(AGREEMENTS, integers().between(0, 999), integers().between(0, 5), longs().all())
        .checkAssert(
            (laa, pick, kind, draw) -> {
              if (laa.allocations().isEmpty()) {
                return;
              }
              Scorecard before = LVSC.score(laa); // builds laa's table, to patch the copy's from
              int i = pick % laa.allocations().size();
              Allocation replacement = edit(laa, laa.allocations().get(i), kind, draw);
              LocalAreaAgreement edited;
              try {
                edited = laa.withAllocation(i, replacement);
              } catch (InvalidDataException e) {
                return;
              }
              Scorecard after = LVSC.score(edited);
              AllocationTable table = AllocationTables.of(edited);
              // Patched from the parent's (sharing its body columns), and equal to a fresh one.
              assertThat(table.sharesBodyColumnsWith(AllocationTables.of(laa))).isTrue();
              assertThat(table.sharesBodyColumnsWith(AllocationTable.fresh(edited))).isFalse();
              assertThat(table.sameRowsAs(AllocationTable.fresh(edited))).isTrue();
              // The same agreement built from its parts scores the same.
              LocalAreaAgreement rebuilt =
                  LocalAreaAgreement.builder()
                      .area(edited.area())
                      .round(edited.round())
                      .addAllBlocks(new ArrayList<>(edited.blocks()))
                      .addAllStreams(new ArrayList<>(edited.streams()))
                      .addAllBodies(new ArrayList<>(edited.bodies()))
                      .addAllAllocations(new ArrayList<>(edited.allocations()))
                      .addAllSmallGrantsProgrammes(edited.smallGrantsProgrammes())
                      .involvement(edited.involvement())
                      .infrastructure(edited.infrastructure())
                      .commissioning(edited.commissioning())
                      .build();
              assertThat(LVSC.score(rebuilt).findings()).isEqualTo(after.findings());
              assertThat(before.agreement()).isSameAs(laa);
              patched.incrementAndGet();
            });
    assertThat(patched.get()).isPositive();
  }
}
