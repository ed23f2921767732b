/**
 * Runnable examples: the illustrative London cohort and its report ({@link
 * io.github.laa.examples.LondonReport}), building an agreement from your own rows ({@link
 * io.github.laa.examples.FromYourOwnData}), and the data behind the JShell start-up script.
 * Examples may print; the library modules never do.
 */
@NullMarked
package io.github.laa.examples;

import org.jspecify.annotations.NullMarked;
