package io.github.laa.core;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import java.util.Collection;

/**
 * Thrown when data given to this library is invalid: a value that breaks an invariant, a reference
 * that does not resolve, or text that does not parse. It names <em>every</em> problem found, each
 * with its path, not only the first:
 *
 * <pre>
 * LocalAreaAgreement is invalid (2 problems):
 *   allocations[3].recipient: no VCS body "acme"
 *   allocations[7].year: must be 2008/09 or earlier but was: 2009/10
 * </pre>
 *
 * <p>It is the only exception this library throws for bad data; {@link #problems()} gives the
 * problems one by one for programs that report them.
 */
public final class InvalidDataException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * At most this many problems are written into the message, which then says how many more there
   * were.
   */
  static final int MESSAGE_LIMIT = 50;

  /**
   * At most this many problems are kept in {@link #problems()}; {@link #problemCount()} says how
   * many were found in all. A million bad rows make one exception of a thousand problems, not one
   * of hundreds of megabytes.
   */
  public static final int MAX_KEPT_PROBLEMS = 1_000;

  private final String subject;
  private final ImmutableList<Problem> problems;
  private final int problemCount;

  /**
   * Creates an exception for the given problems; only the first {@link #MAX_KEPT_PROBLEMS} are
   * kept.
   *
   * @param subject what was being built or parsed, e.g. {@code "LocalAreaAgreement"}
   * @param problems every problem found; not empty
   */
  public InvalidDataException(String subject, Collection<Problem> problems) {
    this(subject, problems, problems.size());
  }

  /**
   * Creates an exception for {@code problemCount} problems, of which {@code problems} are the first
   * found (only the first {@link #MAX_KEPT_PROBLEMS} of them are kept).
   *
   * @param subject what was being built or parsed
   * @param problems the first problems found; not empty
   * @param problemCount how many were found in all; at least {@code problems.size()}
   */
  public InvalidDataException(String subject, Collection<Problem> problems, int problemCount) {
    super(message(subject, problems, problemCount));
    Preconditions.checkArgument(!problems.isEmpty(), "problems must not be empty");
    Preconditions.checkArgument(
        problemCount >= problems.size(), "problemCount must be at least the problems given");
    this.subject = subject;
    this.problems = ImmutableList.copyOf(Iterables.limit(problems, MAX_KEPT_PROBLEMS));
    this.problemCount = problemCount;
  }

  /** Creates an exception for one problem. */
  public InvalidDataException(String subject, Problem problem) {
    this(subject, ImmutableList.of(problem));
  }

  /** What was being built or parsed, e.g. {@code "LocalAreaAgreement"} or {@code "Money"}. */
  public String subject() {
    return subject;
  }

  /**
   * The problems found, in the order they were found; never empty; at most {@link
   * #MAX_KEPT_PROBLEMS}.
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** How many problems were found in all, kept or not. */
  public int problemCount() {
    return problemCount;
  }

  private static String message(String subject, Collection<Problem> problems, int count) {
    StringBuilder sb = new StringBuilder(subject).append(" is invalid");
    if (count == 1) {
      return sb.append(": ").append(problems.iterator().next()).toString();
    }
    sb.append(" (").append(count).append(" problems):");
    int written = 0;
    for (Problem p : problems) {
      if (written == MESSAGE_LIMIT) {
        break;
      }
      sb.append("\n  ").append(p);
      written++;
    }
    if (count > written) {
      sb.append("\n  … and ").append(count - written).append(" more");
    }
    return sb.toString();
  }
}
