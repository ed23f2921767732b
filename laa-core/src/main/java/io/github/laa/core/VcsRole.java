package io.github.laa.core;

/** What a voluntary and community sector body does. */
public enum VcsRole {
  /** Delivers services or activities to people directly. */
  FRONTLINE,
  /** Supports other VCS bodies: a Council for Voluntary Service or similar second-tier body. */
  INFRASTRUCTURE,
  /** A network of VCS bodies, such as a Community Empowerment Network. */
  NETWORK,
  /** A consortium of VCS bodies bidding or delivering together. */
  CONSORTIUM
}
