package io.github.laa.core;

/** What an allocation of money to a VCS body is for. */
public enum Purpose {
  /** Delivering a service, usually towards an LAA outcome. */
  SERVICE_DELIVERY,
  /** Building the capacity of VCS bodies. */
  CAPACITY_BUILDING,
  /** Funding local VCS infrastructure (second-tier support). */
  INFRASTRUCTURE_SUPPORT,
  /** A grant from a small grants programme. */
  SMALL_GRANTS,
  /** Support for setting indicators and managing performance measurement. */
  PERFORMANCE_SUPPORT,
  /** Core (unrestricted) funding. */
  CORE
}
