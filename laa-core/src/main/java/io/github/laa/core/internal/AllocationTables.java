package io.github.laa.core.internal;

import io.github.laa.core.LocalAreaAgreement;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Each agreement's {@link AllocationTable}, built the first time it is asked for and kept in the
 * agreement itself, in a private slot this class reaches through a {@link VarHandle} (both are in
 * module {@code io.github.laa.core}): the table lives exactly as long as its agreement, with no
 * cache to look it up in, and {@code io.github.laa.core} needs no reference to this package (the
 * domain model does not depend on the machinery built on it).
 *
 * <p>A what-if edit ({@code withAllocation}) hands its copy the table of the agreement it was made
 * from, if that had one; the copy's table is then patched from it — the rows that differ (compared
 * by identity; at most {@value AllocationTable#MAX_PATCHED_ROWS}) resolved again, the rest copied —
 * instead of being built afresh. The hand-over is dropped once used, so a chain of edits keeps no
 * older table alive.
 *
 * <p>Machinery, not API: this package is exported only to {@code io.github.laa.scoring}. This class
 * is thread-safe: two threads that build the same agreement's table at once build equal tables, and
 * one of them is kept.
 */
public final class AllocationTables {
  private static final VarHandle MACHINERY;
  private static final VarHandle INHERITED;

  static {
    try {
      MethodHandles.Lookup lookup =
          MethodHandles.privateLookupIn(LocalAreaAgreement.class, MethodHandles.lookup());
      MACHINERY = lookup.findVarHandle(LocalAreaAgreement.class, "machinery", Object.class);
      INHERITED = lookup.findVarHandle(LocalAreaAgreement.class, "inherited", Object.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private AllocationTables() {}

  /** The allocation table of {@code agreement}, built on first use. */
  public static AllocationTable of(LocalAreaAgreement agreement) {
    Object kept = MACHINERY.getVolatile(agreement);
    if (kept instanceof AllocationTable table) {
      return table;
    }
    AllocationTable table = null;
    if (INHERITED.getVolatile(agreement) instanceof AllocationTable from) {
      INHERITED.setVolatile(agreement, null); // used once, whatever happens
      table = from.patched(agreement);
    }
    if (table == null) {
      table = AllocationTable.of(agreement);
    }
    Object witness = MACHINERY.compareAndExchange(agreement, null, table);
    return witness instanceof AllocationTable first ? first : table;
  }
}
