/** Implementation details of the scoring engine; not exported, not API. */
@NullMarked
@CheckReturnValue
package io.github.laa.scoring.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
