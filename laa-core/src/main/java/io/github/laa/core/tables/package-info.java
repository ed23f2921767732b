/**
 * Agreements in tables: a documented CSV layout, one table per kind of fact ({@link
 * io.github.laa.core.tables.Table}), read from text the caller supplies into validated agreements
 * ({@link io.github.laa.core.tables.TableReader}) with every problem at its table, row and column,
 * and written back without loss ({@link io.github.laa.core.tables.Tables}); grants in the 360Giving
 * form read as allocations. CSV is read and written by FastCSV. Nothing here opens a file.
 */
@NullMarked
@CheckReturnValue
package io.github.laa.core.tables;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
