package io.github.laa.scoring.internal;

/**
 * A group of totals in {@link Histograms} that a rule reads. A policy computes the groups its rules
 * declare ({@link Reads}) in one pass over the allocations; a group a rule did not declare is
 * computed when first read, so declaring is only an optimisation. Totals by year, purpose and size
 * band are always computed.
 */
public enum Aggregate {
  /** Totals by funding stream and year. */
  STREAMS,
  /**
   * Totals by purpose and year, and money for service delivery towards LAA outcomes (always
   * computed).
   */
  PURPOSES,
  /**
   * Totals by size band and year, community-based bodies, and small grants to micro or small bodies
   * (always computed).
   */
  BANDS,
  /** Totals by recipient, in the baseline and during the agreement. */
  BODIES,
  /** Totals on three-year (or longer) terms, at full cost recovery and paid in advance, by year. */
  TERMS
}
