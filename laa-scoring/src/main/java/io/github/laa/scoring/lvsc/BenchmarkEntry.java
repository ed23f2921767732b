package io.github.laa.scoring.lvsc;

import io.github.laa.core.Area;

/**
 * One row of the commissioning benchmark (recommendation R6's "Centre of Excellence"): an area's
 * commissioning score, its rank (1 = best; ties share the better rank) and quartile, whether it is
 * an exemplar (its commissioning finding passes and it is in the top quartile), and its gap to the
 * best score.
 *
 * @param area the area
 * @param score its commissioning score, 0 to 100
 * @param rank its rank
 * @param quartile its quartile, 1 = top
 * @param exemplar whether it passes and is in the top quartile
 * @param gapToBest the best score minus this one
 */
public record BenchmarkEntry(
    Area area, int score, int rank, int quartile, boolean exemplar, int gapToBest) {}
