package io.github.laa.scoring;

import io.github.laa.core.FinancialYear;
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
 * <p>A margin is a subject ("VCS resources"), what it is about (a year, or something named;
 * optional), a {@link Direction}, a typed {@link Amount} and a goal; or, where no quantity applies,
 * a requirement in words. It is turned into a sentence only when {@link #toString()} is called.
 *
 * <pre>{@code
 * Margin m = finding.margin().orElseThrow();
 * Money rise = m.money().orElseThrow();          // £12,400.00
 * if (m.amount().orElseThrow() instanceof Margin.Amount.OfRungs r) { ... r.rungs() ... }
 * }</pre>
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

  /**
   * How much the subject must or may move, in its own unit: money, percentage points of a share,
   * points of a score, or rungs of the involvement ladder. Its {@code toString()} is the amount as
   * a margin's sentence shows it.
   */
  public sealed interface Amount
      permits Amount.OfMoney, Amount.OfPercentagePoints, Amount.OfScorePoints, Amount.OfRungs {
    /** An amount of money, e.g. {@code £12,400.00}. */
    static Amount of(Money money) {
      return new OfMoney(money);
    }

    /** A change in a share, in percentage points, e.g. {@code 10.00 pp}. */
    static Amount percentagePoints(Percentage points) {
      return new OfPercentagePoints(points);
    }

    /** Points of a 0–100 score, e.g. {@code 5 points}. */
    static Amount scorePoints(int points) {
      return new OfScorePoints(points);
    }

    /** Rungs of the involvement ladder, e.g. {@code 2 rungs}. */
    static Amount rungs(int rungs) {
      return new OfRungs(rungs);
    }

    /**
     * An amount of money.
     *
     * @param money the amount
     */
    record OfMoney(Money money) implements Amount {
      /** Checks the amount is given. */
      public OfMoney {
        Objects.requireNonNull(money, "money");
      }

      /** Returns e.g. {@code £12,400.00}. */
      @Override
      public String toString() {
        return money.toString();
      }
    }

    /**
     * A change in a share, in percentage points.
     *
     * @param points the points, as a percentage (5.00% is 5 points)
     */
    record OfPercentagePoints(Percentage points) implements Amount {
      /** Checks the points are given. */
      public OfPercentagePoints {
        Objects.requireNonNull(points, "points");
      }

      /** Returns e.g. {@code 10.00 pp} (percentage points, not a percentage of anything). */
      @Override
      public String toString() {
        return Texts.percentagePoints(points);
      }
    }

    /**
     * Points of a 0–100 score.
     *
     * @param points how many
     */
    record OfScorePoints(int points) implements Amount {
      /** Returns e.g. {@code 1 point} or {@code 5 points}. */
      @Override
      public String toString() {
        return points == 1 ? "1 point" : points + " points";
      }
    }

    /**
     * Rungs of the involvement ladder.
     *
     * @param rungs how many
     */
    record OfRungs(int rungs) implements Amount {
      /** Returns e.g. {@code 1 rung} or {@code 2 rungs}. */
      @Override
      public String toString() {
        return rungs == 1 ? "1 rung" : rungs + " rungs";
      }
    }
  }

  private final String subject;
  private final @Nullable FinancialYear year;
  private final @Nullable String about;
  private final @Nullable Direction direction;
  private final @Nullable Amount amount;
  private final String goal;

  private Margin(
      String subject,
      @Nullable FinancialYear year,
      @Nullable String about,
      @Nullable Direction direction,
      @Nullable Amount amount,
      String goal) {
    this.subject = subject;
    this.year = year;
    this.about = about;
    this.direction = direction;
    this.amount = amount;
    this.goal = goal;
  }

  /**
   * A quantified margin: {@code subject direction amount goal}.
   *
   * @param subject e.g. {@code "The commissioning score"}
   * @param direction which way
   * @param amount how much
   * @param goal e.g. {@code "to pass"}
   */
  public static Margin of(String subject, Direction direction, Amount amount, String goal) {
    return quantified(subject, null, null, direction, amount, goal);
  }

  /** A quantified margin about a year: {@code subject in year direction amount goal}. */
  public static Margin of(
      String subject, FinancialYear year, Direction direction, Amount amount, String goal) {
    return quantified(subject, Objects.requireNonNull(year, "year"), null, direction, amount, goal);
  }

  /**
   * A quantified margin about something named (a programme, a block): {@code subject in about
   * direction amount goal}.
   */
  public static Margin of(
      String subject, String about, Direction direction, Amount amount, String goal) {
    return quantified(
        subject, null, Objects.requireNonNull(about, "about"), direction, amount, goal);
  }

  private static Margin quantified(
      String subject,
      @Nullable FinancialYear year,
      @Nullable String about,
      Direction direction,
      Amount amount,
      String goal) {
    return new Margin(
        Objects.requireNonNull(subject, "subject"),
        year,
        about,
        Objects.requireNonNull(direction, "direction"),
        Objects.requireNonNull(amount, "amount"),
        Objects.requireNonNull(goal, "goal"));
  }

  /** A margin without a quantity: what the agreement needs, in words. */
  public static Margin requirement(String text) {
    return new Margin(Objects.requireNonNull(text, "text"), null, null, null, null, "");
  }

  /** What must move, e.g. {@code VCS resources}; for a requirement, the whole text. */
  public String subject() {
    return subject;
  }

  /** The year the subject is about, if it is about one. */
  public Optional<FinancialYear> year() {
    return Optional.ofNullable(year);
  }

  /** What the subject is about when that is something named, e.g. a programme or a block. */
  public Optional<String> about() {
    return Optional.ofNullable(about);
  }

  /** Which way the subject must move; empty for a requirement. */
  public Optional<Direction> direction() {
    return Optional.ofNullable(direction);
  }

  /** How much; empty for a requirement. */
  public Optional<Amount> amount() {
    return Optional.ofNullable(amount);
  }

  /** The amount when it is money; empty for other amounts and for a requirement. */
  public Optional<Money> money() {
    return amount instanceof Amount.OfMoney m ? Optional.of(m.money()) : Optional.empty();
  }

  /** Whether this is a requirement in words, without a quantity. */
  public boolean isRequirement() {
    return amount == null;
  }

  /** The goal, e.g. {@code to avoid a net loss}; empty for a requirement. */
  public String goal() {
    return goal;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Margin m
        && m.subject.equals(subject)
        && Objects.equals(m.year, year)
        && Objects.equals(m.about, about)
        && m.direction == direction
        && Objects.equals(m.amount, amount)
        && m.goal.equals(goal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, year, about, direction, amount, goal);
  }

  /**
   * The margin as a sentence, e.g. {@code VCS resources in 2007/08 must rise by £12,400.00 to avoid
   * a net loss}.
   */
  @Override
  public String toString() {
    if (direction == null || amount == null) {
      return Texts.line(subject);
    }
    String in = year != null ? " in " + year : about != null ? " in " + about : "";
    return Texts.line(subject + in + " " + direction.words() + " " + amount + " " + goal);
  }
}
