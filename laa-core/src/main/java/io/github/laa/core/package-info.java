/**
 * The domain model of Local Area Agreements (LAAs).
 *
 * <p>{@link io.github.laa.core.LocalAreaAgreement} is the aggregate: an {@link
 * io.github.laa.core.Area}, a {@link io.github.laa.core.Round}, its {@link
 * io.github.laa.core.Block}s, {@link io.github.laa.core.FundingStream}s, {@link
 * io.github.laa.core.VcsBody VCS bodies}, {@link io.github.laa.core.Allocation}s and the optional
 * facts the scoring rules read. Values are built with builders, copied with {@code with*} methods
 * and checked when built: invalid data throws one {@link io.github.laa.core.InvalidDataException}
 * that lists every problem and where it is.
 *
 * <p>Amounts are {@link io.github.laa.core.Money} (exact pence); years are {@link
 * io.github.laa.core.FinancialYear}s (1 April to 31 March).
 *
 * <p>Nothing in this package reads files, the network, the clock or the environment.
 */
@NullMarked
@CheckReturnValue
package io.github.laa.core;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
