package io.github.laa.core.internal;

import io.github.laa.core.LocalAreaAgreement;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one way out of {@code io.github.laa.core} to an agreement's {@link AllocationTable}, which
 * {@link LocalAreaAgreement} builds when it is validated and keeps in a package-private attribute.
 * The agreement class registers its accessor here when it is initialised (the JDK's {@code
 * SharedSecrets} pattern), so that the table is not part of its public API.
 *
 * <p>Machinery, not API: this package is exported only to {@code io.github.laa.scoring}.
 */
public final class AllocationTables {
  private static volatile @Nullable Function<LocalAreaAgreement, AllocationTable> access;

  private AllocationTables() {}

  /**
   * Called once, by {@link LocalAreaAgreement}'s static initialiser.
   *
   * @throws IllegalStateException if an accessor is already registered
   */
  public static synchronized void register(Function<LocalAreaAgreement, AllocationTable> accessor) {
    if (access != null) {
      throw new IllegalStateException("the allocation table accessor is already registered");
    }
    access = accessor;
  }

  /** The allocation table of {@code agreement}, built when it was validated. */
  public static AllocationTable of(LocalAreaAgreement agreement) {
    // An instance exists, so its class, whose initialiser registers the accessor, is initialised.
    Function<LocalAreaAgreement, AllocationTable> a = access;
    if (a == null) {
      throw new IllegalStateException("LocalAreaAgreement has not registered its table accessor");
    }
    return a.apply(agreement);
  }
}
