/**
 * Machinery of the domain model that {@code io.github.laa.scoring} reads on its hot path: the
 * columnar {@link io.github.laa.core.internal.AllocationTable}. Not API: exported only to the
 * scoring module.
 */
@NullMarked
@CheckReturnValue
package io.github.laa.core.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
