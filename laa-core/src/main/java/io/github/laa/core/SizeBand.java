package io.github.laa.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The NCVO size bands of voluntary organisations by annual income. Each band includes its lower
 * bound: micro &lt; £10k &le; small &lt; £100k &le; medium &lt; £1m &le; large &lt; £10m &le;
 * major.
 *
 * <pre>{@code
 * SizeBand.of(Money.ofPounds(10_000));   // SMALL
 * SizeBand.of(Money.ofPounds(99_999));   // SMALL
 * }</pre>
 */
public enum SizeBand {
  /** Income below £10,000. */
  MICRO(0L, 10_000_00L),
  /** Income from £10,000 to below £100,000. */
  SMALL(10_000_00L, 100_000_00L),
  /** Income from £100,000 to below £1 million. */
  MEDIUM(100_000_00L, 1_000_000_00L),
  /** Income from £1 million to below £10 million. */
  LARGE(1_000_000_00L, 10_000_000_00L),
  /** Income of £10 million or more. */
  MAJOR(10_000_000_00L, Long.MAX_VALUE);

  private final long lowerPence;
  private final long upperPence;

  SizeBand(long lowerPence, long upperPence) {
    this.lowerPence = lowerPence;
    this.upperPence = upperPence;
  }

  /**
   * Returns the band of an organisation with annual {@code income}.
   *
   * @throws InvalidDataException if {@code income} is negative
   */
  public static SizeBand of(Money income) {
    long p = income.pence();
    if (p < 0) {
      throw new InvalidDataException(
          "SizeBand", Problem.of("income", "must not be negative but was: " + income));
    }
    // Below the next band's lower bound: the bounds are inclusive below.
    if (p < MICRO.upperPence) {
      return MICRO;
    } else if (p < SMALL.upperPence) {
      return SMALL;
    } else if (p < MEDIUM.upperPence) {
      return MEDIUM;
    } else if (p < LARGE.upperPence) {
      return LARGE;
    }
    return MAJOR;
  }

  /** The least income in this band (included). */
  public Money lowerBound() {
    return Money.ofPence(lowerPence);
  }

  /**
   * The income at which the next band starts (excluded from this one); empty for {@link #MAJOR}.
   */
  public Optional<Money> upperBound() {
    return this == MAJOR ? Optional.empty() : Optional.of(Money.ofPence(upperPence));
  }

  /** Whether this is {@link #MICRO} or {@link #SMALL}: the bodies recommendation R2 protects. */
  public boolean isMicroOrSmall() {
    return this == MICRO || this == SMALL;
  }

  /** The band's name in lower case, as the NCVO writes it: {@code micro}, {@code small}, … */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  private static final Words<SizeBand> WORDS =
      Words.of(SizeBand.class, SizeBand::label, b -> List.of());

  /**
   * Reads a size band from its {@linkplain #label() label} or its name, in any case, with spaces,
   * hyphens or underscores: {@code micro}, {@code micro} and {@code MICRO} are the same.
   *
   * @throws InvalidDataException listing the accepted words if {@code text} is none of them
   */
  public static SizeBand parse(CharSequence text) {
    return WORDS.parse(text);
  }
}
