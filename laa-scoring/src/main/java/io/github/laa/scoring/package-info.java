/**
 * The scoring engine: {@link io.github.laa.scoring.Policy policies} of {@link
 * io.github.laa.scoring.Rule rules} with typed {@link io.github.laa.scoring.Parameter parameters},
 * the {@link io.github.laa.scoring.Scorecard scorecards} and {@link io.github.laa.scoring.Finding
 * findings} they produce, with typed {@link io.github.laa.scoring.Evidence evidence} under {@link
 * io.github.laa.scoring.Key keys}, and cohorts with the {@link io.github.laa.scoring.CohortView
 * views} their rules contribute. The engine knows no rule of its own: the LVSC 2006 rules and the
 * default policy are its content, in {@code io.github.laa.scoring.lvsc}.
 *
 * <pre>{@code
 * Scorecard card = Lvsc2006.policy().score(agreement);
 * card.verdict(Lvsc2006.NET_RESOURCE_LOSS);  // PASS, WARN, FAIL or NOT_ASSESSED
 * card.rag();                                // RED, AMBER or GREEN
 * String report = card.toText();            // every finding with its evidence
 * }</pre>
 *
 * <p>Every finding carries the evidence needed to redo its arithmetic by hand, the parameter values
 * it used, and a {@link io.github.laa.scoring.Margin margin}: what would change the verdict.
 * Scoring a valid agreement never throws: a fact the rule needs but the agreement lacks gives
 * {@link io.github.laa.scoring.Verdict#NOT_ASSESSED}, naming the fact.
 *
 * <p>Policies, scorecards and findings are immutable and thread-safe; scoring does no I/O and
 * builds no text until a report is asked for.
 */
@NullMarked
@CheckReturnValue
package io.github.laa.scoring;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
