package io.github.laa.scoring.lvsc;

import io.github.laa.core.Area;
import io.github.laa.core.Money;
import io.github.laa.scoring.Verdict;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An area where recommendation R1 recommends extra targeted infrastructure resources: its
 * infrastructure is weak by rating, or in the cohort's weakest quartile of funding per VCS body.
 *
 * @param area the area
 * @param rating its infrastructure quality rating, 1 to 5
 * @param fundingPerBody infrastructure funding per VCS body, if it has bodies
 * @param quartile its quartile of funding per body in the cohort (1 = weakest), if ranked
 * @param verdict the R1 verdict: FAIL where the agreement does not raise infrastructure support
 */
public record TargetingEntry(
    Area area, int rating, Optional<Money> fundingPerBody, OptionalInt quartile, Verdict verdict) {}
