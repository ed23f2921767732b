package io.github.laa.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A UK public-sector financial year, 1 April to 31 March, named by the calendar year it starts in:
 * {@code 2005/06} runs from 1 April 2005 to 31 March 2006.
 *
 * <pre>{@code
 * FinancialYear y = FinancialYear.parse("2006/07");
 * y.next();                        // 2007/08
 * FinancialYear.parse("2005-06");  // 2005/06 (HM Treasury's form)
 * FinancialYear.parse("2005/6");   // 2005/06 (the LVSC report's form)
 * }</pre>
 *
 * <p>Years start between {@value #MIN_START_YEAR} and {@value #MAX_START_YEAR}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FinancialYear implements Comparable<FinancialYear> {
  /** The earliest start year supported. */
  public static final int MIN_START_YEAR = 1000;

  /** The latest start year supported (its year ends in 9999). */
  public static final int MAX_START_YEAR = 9998;

  private static final String FORMS = "like \"2005/06\", \"2005/6\" or \"2005-06\"";

  private final int startYear;

  /** The first start year of {@link #COMMON}. */
  private static final int COMMON_FROM = 1900;

  /**
   * The years starting 1900 to 2199, made once: a table of a million allocations names a few of
   * them a million times, and each would otherwise be an object of its own.
   */
  private static final FinancialYear[] COMMON = new FinancialYear[300];

  static {
    for (int i = 0; i < COMMON.length; i++) {
      COMMON[i] = new FinancialYear(COMMON_FROM + i);
    }
  }

  /** The year starting in {@code startYear} (checked by the caller), shared when common. */
  private static FinancialYear instance(int startYear) {
    int i = startYear - COMMON_FROM;
    return i >= 0 && i < COMMON.length ? COMMON[i] : new FinancialYear(startYear);
  }

  private FinancialYear(int startYear) {
    this.startYear = startYear;
  }

  /**
   * Returns the financial year that starts on 1 April of {@code startYear}.
   *
   * @throws InvalidDataException if {@code startYear} is out of range
   */
  public static FinancialYear of(int startYear) {
    if (startYear < MIN_START_YEAR || startYear > MAX_START_YEAR) {
      throw new InvalidDataException(
          "FinancialYear",
          Problem.of(
              "startYear",
              "must be between "
                  + MIN_START_YEAR
                  + " and "
                  + MAX_START_YEAR
                  + " but was: "
                  + startYear));
    }
    return instance(startYear);
  }

  /** Returns the financial year that contains {@code date}. */
  public static FinancialYear containing(LocalDate date) {
    int year = date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1;
    return of(year);
  }

  /**
   * Reads a financial year written {@code 2005/06}, {@code 2005/6} or {@code 2005-06}: a four-digit
   * start year, then the last two (or, after a slash, the last one) digits of the year after it.
   * Surrounding white space is ignored.
   *
   * @throws InvalidDataException naming the input if it is not such a year
   */
  public static FinancialYear parse(CharSequence text) {
    Object result = read(text);
    if (result instanceof FinancialYear y) {
      return y;
    }
    throw new InvalidDataException("FinancialYear", Problem.of("", (String) result));
  }

  /** Like {@link #parse(CharSequence)} but returns empty instead of throwing. */
  public static Optional<FinancialYear> tryParse(@Nullable CharSequence text) {
    if (text == null) {
      return Optional.empty();
    }
    return read(text) instanceof FinancialYear y ? Optional.of(y) : Optional.empty();
  }

  private static Object read(@Nullable CharSequence text) {
    if (text == null) {
      return "text must be set";
    }
    if (text.length() > 32) {
      return rejected(text);
    }
    String s = text.toString().strip();
    // yyyy/yy, yyyy/y or yyyy-yy
    if (s.length() < 6 || s.length() > 7 || !digits(s, 0, 4)) {
      return rejected(text);
    }
    char sep = s.charAt(4);
    int endDigits = s.length() - 5;
    if ((sep != '/' && !(sep == '-' && endDigits == 2)) || !digits(s, 5, s.length())) {
      return rejected(text);
    }
    int start = number(s, 0, 4);
    int end = number(s, 5, s.length());
    int modulus = endDigits == 2 ? 100 : 10;
    if ((start + 1) % modulus != end) {
      return "text must name two consecutive years, "
          + FORMS
          + ", but was: "
          + Problems.quote(text);
    }
    if (start < MIN_START_YEAR || start > MAX_START_YEAR) {
      return "text must be a year starting between "
          + MIN_START_YEAR
          + " and "
          + MAX_START_YEAR
          + " but was: "
          + Problems.quote(text);
    }
    return instance(start);
  }

  /** The message for text that is not a financial year in any accepted form. */
  private static String rejected(CharSequence text) {
    return "text must be a financial year " + FORMS + " but was: " + Problems.quote(text);
  }

  /** The decimal number the ASCII digits {@code s[from, to)} spell. */
  private static int number(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return to > from;
  }

  /**
   * Returns every financial year from {@code first} to {@code last}, both included, in order; empty
   * if {@code last} is before {@code first}.
   */
  public static ImmutableList<FinancialYear> rangeClosed(FinancialYear first, FinancialYear last) {
    ImmutableList.Builder<FinancialYear> years = ImmutableList.builder();
    for (int y = first.startYear; y <= last.startYear; y++) {
      years.add(instance(y));
    }
    return years.build();
  }

  /** The calendar year this financial year starts in (2005 for 2005/06). */
  public int startYear() {
    return startYear;
  }

  /** The calendar year this financial year ends in (2006 for 2005/06). */
  public int endYear() {
    return startYear + 1;
  }

  /** 1 April of the start year. */
  public LocalDate firstDay() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  /** 31 March of the end year. */
  public LocalDate lastDay() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  /** Whether {@code date} falls in this financial year. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /** The year after this one; throws {@link InvalidDataException} past the last supported year. */
  public FinancialYear next() {
    return plusYears(1);
  }

  /**
   * The year before this one; throws {@link InvalidDataException} before the first supported year.
   */
  public FinancialYear previous() {
    return plusYears(-1);
  }

  /**
   * The year {@code years} after this one (before it, if negative).
   *
   * @throws InvalidDataException if the result is out of range
   */
  public FinancialYear plusYears(int years) {
    long target = (long) startYear + years;
    if (target < MIN_START_YEAR || target > MAX_START_YEAR) {
      throw new InvalidDataException(
          "FinancialYear",
          Problem.of(
              "startYear",
              "must be between "
                  + MIN_START_YEAR
                  + " and "
                  + MAX_START_YEAR
                  + " but was: "
                  + target));
    }
    return years == 0 ? this : instance((int) target);
  }

  /** The number of years from this year to {@code other}: 2 from 2005/06 to 2007/08. */
  public int yearsUntil(FinancialYear other) {
    return other.startYear - startYear;
  }

  /** Whether this year is before {@code other}. */
  public boolean isBefore(FinancialYear other) {
    return startYear < other.startYear;
  }

  /** Whether this year is after {@code other}. */
  public boolean isAfter(FinancialYear other) {
    return startYear > other.startYear;
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FinancialYear y && y.startYear == startYear;
  }

  @Override
  public int hashCode() {
    return startYear;
  }

  /** Returns the year as {@code 2005/06}. */
  @Override
  public String toString() {
    int end = (startYear + 1) % 100;
    return startYear + (end < 10 ? "/0" : "/") + end;
  }
}
