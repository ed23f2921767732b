package io.github.laa.scoring;

import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.internal.Texts;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What would change a finding's verdict, such as "VCS resources in 2007/08 must rise by £12,400.00
 * to avoid a net loss", or, for a pass, "could fall by £3,000.00 before a net loss".
 *
 * <p>A margin is a subject ("VCS resources"), what it is about (a year; optional), a direction, an
 * amount and a goal; or, where no quantity applies, a requirement in words. It is formatted only
 * when {@link #toString()} is called.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Margin {
  /** Which way the subject must (or may) move. */
  public enum Direction {
    /** The subject must rise by the amount to reach the goal. */
    MUST_RISE("must rise by"),
    /** The subject must fall by the amount to reach the goal. */
    MUST_FALL("must fall by"),
    /** The subject could fall by the amount before the verdict changes. */
    COULD_FALL("could fall by"),
    /** The subject could rise by the amount before the verdict changes. */
    COULD_RISE("could rise by");

    private final String words;

    Direction(String words) {
      this.words = words;
    }

    /** The direction in words, e.g. {@code must rise by}. */
    public String words() {
      return words;
    }
  }

  private final String subject;
  private final @Nullable Object about;
  private final @Nullable Direction direction;
  private final @Nullable Object amount;
  private final String goal;
  private final boolean points;

  private Margin(
      String subject,
      @Nullable Object about,
      @Nullable Direction direction,
      @Nullable Object amount,
      String goal,
      boolean points) {
    this.subject = subject;
    this.about = about;
    this.direction = direction;
    this.amount = amount;
    this.goal = goal;
    this.points = points;
  }

  /**
   * A quantified margin: {@code subject [in about] direction amount goal}.
   *
   * @param subject e.g. {@code "VCS resources"}
   * @param about e.g. the year; may be null
   * @param direction which way
   * @param amount how much: money, a percentage, a count
   * @param goal e.g. {@code "to avoid a net loss"}
   */
  public static Margin of(
      String subject, @Nullable Object about, Direction direction, Object amount, String goal) {
    return new Margin(
        Objects.requireNonNull(subject, "subject"),
        about,
        Objects.requireNonNull(direction, "direction"),
        Objects.requireNonNull(amount, "amount"),
        Objects.requireNonNull(goal, "goal"),
        false);
  }

  /**
   * A margin in percentage points, for a subject that is itself a share: {@code The largest
   * recipient's share must fall by 10.00 percentage points to reach the concentration limit}. The
   * {@link #amount()} is the {@link Percentage}.
   */
  public static Margin ofPoints(
      String subject, @Nullable Object about, Direction direction, Percentage points, String goal) {
    return new Margin(
        Objects.requireNonNull(subject, "subject"),
        about,
        Objects.requireNonNull(direction, "direction"),
        Objects.requireNonNull(points, "points"),
        Objects.requireNonNull(goal, "goal"),
        true);
  }

  /** A margin without a quantity: what the agreement needs, in words. */
  public static Margin requirement(String text) {
    return new Margin(Objects.requireNonNull(text, "text"), null, null, null, "", false);
  }

  /** What must move, e.g. {@code VCS resources}; for a requirement, the whole text. */
  public String subject() {
    return subject;
  }

  /** What the subject is about, e.g. a year. */
  public Optional<Object> about() {
    return Optional.ofNullable(about);
  }

  /** Which way the subject must move; empty for a requirement. */
  public Optional<Direction> direction() {
    return Optional.ofNullable(direction);
  }

  /** How much; empty for a requirement. */
  public Optional<Object> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * The amount as money.
   *
   * @throws IllegalStateException if the amount is not money
   */
  public Money money() {
    if (amount instanceof Money m) {
      return m;
    }
    throw new IllegalStateException("margin " + this + " is not an amount of money");
  }

  /** The goal, e.g. {@code to avoid a net loss}; empty for a requirement. */
  public String goal() {
    return goal;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Margin m
        && m.subject.equals(subject)
        && Objects.equals(m.about, about)
        && m.direction == direction
        && Objects.equals(m.amount, amount)
        && m.goal.equals(goal)
        && m.points == points;
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, about, direction, amount, goal);
  }

  /**
   * The margin as a sentence, e.g. {@code VCS resources in 2007/08 must rise by £12,400.00 to avoid
   * a net loss}.
   */
  @Override
  public String toString() {
    if (direction == null || amount == null) {
      return subject;
    }
    return subject
        + (about == null ? "" : " in " + Texts.value(about))
        + " "
        + direction.words()
        + " "
        + (points && amount instanceof Percentage p
            ? p.toPercent().toPlainString() + " percentage points"
            : Texts.value(amount))
        + " "
        + goal;
  }
}
