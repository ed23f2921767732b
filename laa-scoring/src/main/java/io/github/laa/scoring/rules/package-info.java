/**
 * The built-in rules, one per recommendation of the LVSC (2006) research, each with the parameters
 * a reform may change. {@link io.github.laa.scoring.Policy#lvsc2006()} uses them all with their
 * defaults.
 */
@NullMarked
@CheckReturnValue
package io.github.laa.scoring.rules;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
