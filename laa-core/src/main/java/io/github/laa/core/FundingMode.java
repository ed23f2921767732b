package io.github.laa.core;

/** How a funding stream takes part in an LAA. */
public enum FundingMode {
  /** Put into a common pot held by the accountable body and allocated by the partnership. */
  POOLED,
  /** Still administered by its own organisation, but agreed to serve LAA outcomes. */
  ALIGNED
}
