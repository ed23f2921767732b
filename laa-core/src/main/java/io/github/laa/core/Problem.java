package io.github.laa.core;

import java.util.Objects;

/**
 * One thing wrong with some data: where it is ({@code allocations[3].recipient}) and what is wrong
 * ({@code no VCS body "acme"}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Problem {
  private final String path;
  private final String message;

  private Problem(String path, String message) {
    this.path = path;
    this.message = message;
  }

  /**
   * Returns a problem.
   *
   * @param path where the problem is, e.g. {@code allocations[3].recipient}; empty for the whole
   *     value
   * @param message what is wrong, e.g. {@code no VCS body "acme"}
   */
  public static Problem of(String path, String message) {
    return new Problem(
        Objects.requireNonNull(path, "path"), Objects.requireNonNull(message, "message"));
  }

  /** Where the problem is, e.g. {@code allocations[3].recipient}; empty for the whole value. */
  public String path() {
    return path;
  }

  /** What is wrong. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Problem p && path.equals(p.path) && message.equals(p.message);
  }

  @Override
  public int hashCode() {
    return 31 * path.hashCode() + message.hashCode();
  }

  /** Returns {@code path: message}, or only the message when the path is empty. */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
