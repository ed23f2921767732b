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
 *
 * <p>Two other exceptions are documented, each for its own case, and allowed only there:
 *
 * <ul>
 *   <li>{@link RuleFailedException} is the documented exception for a misbehaving rule: a custom
 *       rule that throws while scoring, returns no finding or returns another rule's finding (its
 *       Javadoc; what a rule says of itself — id, title, citation — is checked when the policy is
 *       built, as an {@link InvalidDataException}). It is a defect of the rule, not of the data, so
 *       only the probes that make a custom rule misbehave ({@link CustomRuleProbes}) accept it,
 *       through {@link #ruleFailed}; anywhere else it escapes the contract (the built-in rules
 *       never cause it).
 *   <li>{@link ArithmeticException} is the documented exception for arithmetic beyond the range of
 *       {@code Money} ({@code Money.dividedBy}, {@code scaledBy}, {@code plus}, … ), accepted
 *       exactly, and only, where the exact result does not fit ({@link #arithmetic}).
 * </ul>
 */
final class ErrorContract {
  private ErrorContract() {}

  /** Runs {@code call}: returns its value, or empty if it threw {@link InvalidDataException}. */
  static <T> Optional<T> attempt(Supplier<T> call, Set<String> expectedPaths) {
    try {
      return Optional.of(call.get());
    } catch (InvalidDataException e) {
      checkPlanted(e, expectedPaths);
      return Optional.empty();
    }
  }

  /** The exception is hygienic and lists a problem at every path in {@code expectedPaths}. */
  private static void checkPlanted(InvalidDataException e, Set<String> expectedPaths) {
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

  /** The same as {@link #mustFail}, returning the exception to check further. */
  static InvalidDataException refused(Supplier<?> call, Set<String> expectedPaths) {
    Object accepted;
    try {
      accepted = call.get();
    } catch (InvalidDataException e) {
      checkPlanted(e, expectedPaths);
      return e;
    }
    throw new AssertionError("invalid data accepted (planted " + expectedPaths + "): " + accepted);
  }

  /**
   * Runs {@code call}, which scores with a policy holding a custom rule made to misbehave while
   * scoring, and must throw {@link RuleFailedException}: the documented exception for a misbehaving
   * rule, allowed here only. Returns it after checking that it names {@code rule}, {@code policy}
   * and {@code area} ({@code Name (code)}), and that its message is one printable, bounded line
   * that begins {@code rule <id> of policy <name> scoring <area> }.
   */
  static RuleFailedException ruleFailed(Supplier<?> call, RuleId rule, String policy, String area) {
    Object scored;
    try {
      scored = call.get();
    } catch (RuleFailedException e) {
      String m = String.valueOf(e.getMessage());
      String start = "rule " + rule + " of policy " + policy + " scoring " + area + " ";
      if (!e.ruleId().equals(rule)
          || !e.policy().equals(policy)
          || !e.area().equals(Optional.of(area))
          || !m.startsWith(start)
          || m.length() > 1_000
          || hasControl(m)) {
        throw new AssertionError("a RuleFailedException that does not say " + start, e);
      }
      return e;
    }
    throw new AssertionError("a misbehaving rule was not reported: " + scored);
  }

  /**
   * Checks an {@link ArithmeticException} from {@code Money}'s arithmetic: exactly that class,
   * thrown only where {@code fits} is false (the exact result is beyond a {@code long} number of
   * pence, or not a whole number where no rounding is allowed), with a bounded, printable message.
   */
  static void arithmetic(ArithmeticException e, boolean fits, String what) {
    if (fits) {
      throw new AssertionError(what + " threw for a result that fits", e);
    }
    String m = e.getMessage();
    if (e.getClass() != ArithmeticException.class
        || (m != null && (m.length() > 500 || hasControl(m)))) {
      throw new AssertionError(
          what + ": not a plain ArithmeticException with a printable message", e);
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
