/**
 * Plain-text and Markdown renderings of scorecards, comparisons and cohort analytics, with en-GB
 * money and aligned tables. Rendering happens only when asked for and returns a {@code String};
 * nothing here prints or writes.
 */
@NullMarked
@CheckReturnValue
package io.github.laa.scoring.report;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
