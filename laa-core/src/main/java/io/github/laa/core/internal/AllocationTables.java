package io.github.laa.core.internal;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import io.github.laa.core.LocalAreaAgreement;

/**
 * Each agreement's {@link AllocationTable}, built the first time it is asked for and kept for as
 * long as the agreement is reachable: agreements are compared by identity and held weakly, so the
 * table costs nothing once its agreement is gone, and {@code io.github.laa.core} needs no reference
 * to this package (the domain model does not depend on the machinery built on it).
 *
 * <p>Machinery, not API: this package is exported only to {@code io.github.laa.scoring}. This class
 * is thread-safe.
 */
public final class AllocationTables {
  private static final LoadingCache<LocalAreaAgreement, AllocationTable> TABLES =
      CacheBuilder.newBuilder().weakKeys().build(CacheLoader.from(AllocationTable::of));

  private AllocationTables() {}

  /** The allocation table of {@code agreement}, built on first use. */
  public static AllocationTable of(LocalAreaAgreement agreement) {
    return TABLES.getUnchecked(agreement);
  }
}
