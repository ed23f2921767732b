package io.github.laa.scoring;

import io.github.laa.core.Area;
import java.util.OptionalInt;

/**
 * One row of a cohort's league table: an area, its overall score, its rank (1 = best; tied scores
 * share the better rank), its quartile ({@code ⌊4(rank−1)/n⌋ + 1}, 1 = top) and its rating. Areas
 * with nothing assessed have no score, rank or quartile and come last.
 *
 * @param area the area
 * @param score its overall score, if any
 * @param rank its rank among areas with a score
 * @param quartile its quartile among areas with a score
 * @param rag its rating
 */
public record LeagueEntry(
    Area area, OptionalInt score, OptionalInt rank, OptionalInt quartile, Rag rag) {}
