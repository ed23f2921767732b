package io.github.laa.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The round in which an area's Local Area Agreement was made. Every agreement runs three financial
 * years from its round's first year.
 */
public enum Round {
  /**
   * The pilots, announced in 2004/05, with agreements from 2005/06 (Greenwich, Hammersmith &amp;
   * Fulham in London).
   */
  PILOT(2005, "Pilot"),
  /** Round 2: agreements signed March 2006, running 2006/07 to 2008/09. */
  ROUND_2(2006, "Round 2"),
  /** Round 3: agreements signed March 2007, running 2007/08 to 2009/10. */
  ROUND_3(2007, "Round 3"),
  /** The statutory "new LAAs" of every upper-tier area, running 2008/09 to 2010/11. */
  NEW_LAA_2008(2008, "New LAA (2008)");

  /** The number of financial years every agreement runs. */
  public static final int AGREEMENT_YEARS = 3;

  private final int firstStartYear;
  private final String label;

  Round(int firstStartYear, String label) {
    this.firstStartYear = firstStartYear;
    this.label = label;
  }

  /** The first financial year of this round's agreements. */
  public FinancialYear firstYear() {
    return FinancialYear.of(firstStartYear);
  }

  /** The last financial year of this round's agreements. */
  public FinancialYear lastYear() {
    return FinancialYear.of(firstStartYear + AGREEMENT_YEARS - 1);
  }

  /** The three financial years of this round's agreements, in order. */
  public ImmutableList<FinancialYear> years() {
    return FinancialYear.rangeClosed(firstYear(), lastYear());
  }

  /**
   * Whether agreements of this round may have an Economic Development and Enterprise block (from
   * round 2).
   */
  public boolean allowsEconomicDevelopment() {
    return this != PILOT;
  }

  /** A readable name, e.g. {@code Round 2}. */
  public String label() {
    return label;
  }

  private static final Words<Round> WORDS =
      Words.of(
          Round.class,
          Round::label,
          r ->
              r == NEW_LAA_2008
                  ? List.of("New LAA", "2008")
                  : r == PILOT ? List.of("Round 1") : List.of());

  /**
   * Reads a round from its {@linkplain #label() label} or its name, in any case, with spaces,
   * hyphens or underscores: {@code Round 2}, {@code round 2} and {@code ROUND_2} are the same.
   *
   * @throws InvalidDataException listing the accepted words if {@code text} is none of them
   */
  public static Round parse(CharSequence text) {
    return WORDS.parse(text);
  }
}
