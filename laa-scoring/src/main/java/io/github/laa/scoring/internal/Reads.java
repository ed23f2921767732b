package io.github.laa.scoring.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The groups of totals a built-in rule reads, so that a policy computes them in the one pass over
 * the allocations it makes per scoring. A performance hint, and so not part of the rule API: a rule
 * without it (every custom rule) gets every group, and a group read without being declared is
 * computed when first read.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Reads {
  /** The groups read. */
  Aggregate[] value();
}
