package io.github.laa.scoring;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.Problem;
import io.github.laa.scoring.BadValues.Pick;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The library's error contract (InvalidDataException's Javadoc), checked on every outcome of the
 * bad-input campaign: only {@link InvalidDataException} escapes for bad data, it lists every
 * problem planted, each with its path and a one-line, printable, bounded message, and valid data is
 * never rejected.
 */
final class ErrorContract {
  private ErrorContract() {}

  /** Runs {@code call}: returns its value, or empty if it threw {@link InvalidDataException}. */
  static <T> Optional<T> attempt(Supplier<T> call, Set<String> expectedPaths) {
    try {
      return Optional.of(call.get());
    } catch (InvalidDataException e) {
      checkHygiene(e);
      Set<String> paths = new LinkedHashSet<>();
      for (Problem p : e.problems()) {
        paths.add(p.path());
      }
      if (!paths.containsAll(expectedPaths)) {
        throw new AssertionError(
            "planted problems at "
                + expectedPaths
                + " but the exception lists "
                + paths
                + ": "
                + e.getMessage(),
            e);
      }
      return Optional.empty();
    }
  }

  @CanIgnoreReturnValue
  static <T> T mustSucceed(Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidDataException e) {
      throw new AssertionError("valid data rejected: " + e.getMessage(), e);
    }
  }

  static void mustFail(Supplier<?> call, Set<String> expectedPaths) {
    Optional<?> r = attempt(call, expectedPaths);
    if (r.isPresent()) {
      throw new AssertionError("invalid data accepted (planted " + expectedPaths + "): " + r.get());
    }
  }

  /** Every problem has a path and a one-line, printable, bounded message. */
  static void checkHygiene(InvalidDataException e) {
    if (e.problems().isEmpty()) {
      throw new AssertionError("an InvalidDataException without problems", e);
    }
    for (Problem p : e.problems()) {
      if (p.message().isEmpty() || p.message().length() > 500 || p.path().length() > 200) {
        throw new AssertionError(
            "unbounded or empty problem: "
                + p.path().length()
                + " / "
                + p.message().length()
                + " chars",
            e);
      }
      if (hasControl(p.message()) || hasControl(p.path())) {
        throw new AssertionError("a problem with control characters or lone surrogates: " + p, e);
      }
    }
  }

  /**
   * Whether {@code s} could break or reorder a line: a control, formatting or separator character,
   * a space other than U+0020, or a lone surrogate.
   */
  static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)
          || Character.getType(c) == Character.FORMAT
          || (c != ' ' && Character.isSpaceChar(c))) {
        return true;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** Collects the paths of the attributes picked broken. */
  static final class Planted {
    final Set<String> paths = new LinkedHashSet<>();

    @CanIgnoreReturnValue
    <T> T take(String path, Pick<T> p) {
      if (!p.valid()) {
        paths.add(path);
      }
      return p.value();
    }

    /** Builds; must fail listing every planted path, or succeed if nothing was planted. */
    void check(Supplier<?> build) {
      if (paths.isEmpty()) {
        mustSucceed(build);
      } else {
        mustFail(build, paths);
      }
    }
  }
}
