package io.github.laa.core.tables;

import io.github.laa.core.InvalidDataException;
import io.github.laa.core.LocalAreaAgreement;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Builds an agreement whose allocations' references are known to resolve, for the table reader: the
 * reader has found every recipient, stream and outcome among the agreement's own bodies, streams
 * and outcomes as it read the rows (and reported, with their rows, those it did not find), so the
 * agreement's check skips looking them up a second time and checks everything else as ever. The
 * reader uses it only when it has found no problem in any table and the agreement's draft is whole.
 *
 * <p>It reaches {@code LocalAreaAgreement}'s private {@code buildWithResolvedReferences} through a
 * method handle (both are in module {@code io.github.laa.core}), so that {@code io.github.laa.core}
 * needs no reference to this package. The class is package-private: code outside this package
 * cannot call it (short of reflection or, on the class path, a class added to the package).
 */
final class ResolvedReferences {
  private static final MethodHandle BUILD;

  static {
    try {
      BUILD =
          MethodHandles.privateLookupIn(LocalAreaAgreement.class, MethodHandles.lookup())
              .findStatic(
                  LocalAreaAgreement.class,
                  "buildWithResolvedReferences",
                  MethodType.methodType(
                      LocalAreaAgreement.class, LocalAreaAgreement.Builder.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private ResolvedReferences() {}

  /**
   * Builds {@code builder}'s agreement, whose every allocation's recipient, stream and outcome the
   * caller has found among the bodies, streams and outcomes set on {@code builder}.
   *
   * @throws InvalidDataException listing every other problem, as {@code build()} does
   */
  static LocalAreaAgreement build(LocalAreaAgreement.Builder builder) {
    try {
      return (LocalAreaAgreement) BUILD.invokeExact(builder);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("building the agreement failed", e);
    }
  }
}
