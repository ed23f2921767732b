/**
 * The LVSC 2006 content of the engine: the six recommendations of the London Voluntary Services
 * Council's research on VCS involvement in round-2 London LAAs (8 March 2006) as seven rules, each
 * with the parameters a reform may change and the cohort views it contributes, and {@link
 * io.github.laa.scoring.lvsc.Lvsc2006#policy()}, the default policy that holds them all.
 *
 * <pre>{@code
 * Scorecard card = Lvsc2006.policy().score(agreement);
 * card.verdict(Lvsc2006.NET_RESOURCE_LOSS);                  // PASS, WARN, FAIL or NOT_ASSESSED
 * card.finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow()
 *     .get(NetResourceLossRule.BASELINE);                     // Money
 * }</pre>
 *
 * <p>The exact semantics of every rule are in its class's Javadoc and in the repository's rules
 * reference, {@code laa-scoring/RULES.md}.
 */
@NullMarked
@CheckReturnValue
package io.github.laa.scoring.lvsc;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
