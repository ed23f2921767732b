/**
 * JMH benchmarks of the library side by side with a Drools peer ({@link
 * io.github.laa.examples.bench.DroolsPeer}) and a bare-loop limit ({@link
 * io.github.laa.examples.bench.BareLoop}), on deterministic fixtures ({@link
 * io.github.laa.examples.bench.BenchFixtures}). Run them with the {@code bench} profile; see {@code
 * laa-examples/PERFORMANCE.md}.
 */
@NullMarked
@CheckReturnValue
package io.github.laa.examples.bench;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
