package io.github.laa.scoring.internal;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value computed on first use, at most once, safely from any thread.
 *
 * @param <T> the value's type
 */
public final class Lazy<T> {
  private final Supplier<T> compute;
  private volatile @Nullable T value;

  private Lazy(Supplier<T> compute) {
    this.compute = compute;
  }

  /** A lazy value computed by {@code compute}, which must not return null. */
  public static <T> Lazy<T> of(Supplier<T> compute) {
    return new Lazy<>(compute);
  }

  /** The value, computing it on first use. */
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(compute.get(), "lazy value");
          value = v;
        }
      }
    }
    return v;
  }
}
