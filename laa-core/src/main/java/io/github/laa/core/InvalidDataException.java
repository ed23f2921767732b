package io.github.laa.core;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
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
   * At most this many problems are written into the message; all are kept in {@link #problems()}.
   */
  static final int MESSAGE_LIMIT = 50;

  private final String subject;
  private final ImmutableList<Problem> problems;

  /**
   * Creates an exception for the given problems.
   *
   * @param subject what was being built or parsed, e.g. {@code "LocalAreaAgreement"}
   * @param problems every problem found; not empty
   */
  public InvalidDataException(String subject, Collection<Problem> problems) {
    super(message(subject, problems));
    Preconditions.checkArgument(!problems.isEmpty(), "problems must not be empty");
    this.subject = subject;
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Creates an exception for one problem. */
  public InvalidDataException(String subject, Problem problem) {
    this(subject, ImmutableList.of(problem));
  }

  /** What was being built or parsed, e.g. {@code "LocalAreaAgreement"} or {@code "Money"}. */
  public String subject() {
    return subject;
  }

  /** Every problem found, in the order they were found; never empty. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  private static String message(String subject, Collection<Problem> problems) {
    StringBuilder sb = new StringBuilder(subject).append(" is invalid");
    if (problems.size() == 1) {
      return sb.append(": ").append(problems.iterator().next()).toString();
    }
    sb.append(" (").append(problems.size()).append(" problems):");
    int written = 0;
    for (Problem p : problems) {
      if (written == MESSAGE_LIMIT) {
        sb.append("\n  … and ").append(problems.size() - written).append(" more");
        break;
      }
      sb.append("\n  ").append(p);
      written++;
    }
    return sb.toString();
  }
}
