package io.github.laa.core;

/** A stage of an LAA block in which the VCS can be involved. */
public enum Stage {
  /** Designing the block: setting outcomes, indicators and targets. */
  DESIGN,
  /** Delivering the block's services. */
  DELIVERY,
  /** Commissioning services for the block. */
  COMMISSIONING,
  /** Evaluating the block. */
  EVALUATION
}
