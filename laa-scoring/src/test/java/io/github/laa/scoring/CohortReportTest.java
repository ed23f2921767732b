package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.Areas;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Percentage;
import io.github.laa.scoring.lvsc.InvolvementRule;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cohort's reports and a cohort diff's, whole and character for character, on {@link
 * Fixtures#fiveAreas()} and Hackney without allocations or involvement (so unscored) under R3a and
 * R4. Worked by hand: each area's score is the mean of R3a's 0 (every area loses money) and R4's
 * ladder score; Bromley and Camden tie at 35 and share rank 1, so Brent is 3rd; the quartile of
 * rank r among the 5 scored areas is ⌊4(r−1)/5⌋ + 1 (1, 1, 2, 3, 4); Hackney, with no score, comes
 * last with "-" for rank and quartile and "n/a" for its score, and is amber. Under a 100 %
 * tolerance each loss only warns: FAIL (0) → WARN (40), +40. Without R3a, it is not assessed in any
 * area, and all six flip, Hackney's from a NOT_ASSESSED finding to none: a score change to or from
 * NOT_ASSESSED is "n/a" (its 0 is no score).
 */
class CohortReportTest {
  private static final Policy POLICY =
      Fixtures.policyOf(NetResourceLossRule.INSTANCE, InvolvementRule.INSTANCE);

  private static final List<LocalAreaAgreement> AREAS = areas();

  private static List<LocalAreaAgreement> areas() {
    List<LocalAreaAgreement> areas = new ArrayList<>(Fixtures.fiveAreas());
    areas.add(Fixtures.camden().build().withArea(Areas.byName("Hackney").orElseThrow()));
    return areas;
  }

  private static final CohortScorecard COHORT = POLICY.scoreCohort(AREAS);

  @Test
  void aCohortReportsItsLeagueTableAndEveryViewAsText() {
    assertThat(COHORT.toText())
        .isEqualTo(
            """
            Cohort: 6 areas under LVSC 2006 (2006-03-08)

            League table
            Rank  Quartile  Area     Code       Score  Rating
            ----  --------  -------  ---------  -----  ------
               1         1  Bromley  E09000006     35  RED
               1         1  Camden   E09000007     35  RED
               3         2  Brent    E09000005     20  RED
               4         3  Bexley   E09000004     14  RED
               5         4  Barnet   E09000003     10  RED
               -         -  Hackney  E09000012    n/a  AMBER

            Involvement mapping (R4)
            Area     strategic  SSC design  SSC delivery
            -------  ---------  ----------  ------------
            Barnet   informed   informed    informed
            Bexley   consulted  informed    informed
            Brent    consulted  consulted   consulted
            Bromley  involved   involved    involved
            Camden   involved   involved    involved
            Hackney  -          -           -
            Levels: none < informed < consulted < involved < partner < leading; - not recorded.
            """);
  }

  @Test
  void aCohortReportsItsLeagueTableAndEveryViewAsMarkdown() {
    assertThat(COHORT.toMarkdown())
        .isEqualTo(
            """
            ## Cohort: 6 areas under LVSC 2006 (2006-03-08)

            ### League table

            | Rank | Quartile | Area    | Code      | Score | Rating |
            | ---: | -------: | ------- | --------- | ----: | ------ |
            |    1 |        1 | Bromley | E09000006 |    35 | RED    |
            |    1 |        1 | Camden  | E09000007 |    35 | RED    |
            |    3 |        2 | Brent   | E09000005 |    20 | RED    |
            |    4 |        3 | Bexley  | E09000004 |    14 | RED    |
            |    5 |        4 | Barnet  | E09000003 |    10 | RED    |
            |    - |        - | Hackney | E09000012 |   n/a | AMBER  |

            ### Involvement mapping (R4)

            | Area    | strategic | SSC design | SSC delivery |
            | ------- | --------- | ---------- | ------------ |
            | Barnet  | informed  | informed   | informed     |
            | Bexley  | consulted | informed   | informed     |
            | Brent   | consulted | consulted  | consulted    |
            | Bromley | involved  | involved   | involved     |
            | Camden  | involved  | involved   | involved     |
            | Hackney | -         | -          | -            |

            Levels: none \\< informed \\< consulted \\< involved \\< partner \\< leading; - not recorded.
            """);
  }

  @Test
  void aCohortDiffReportsFlipsPerRuleAndEveryFlip() {
    Policy tolerant =
        POLICY.reform("tolerant").set(NetResourceLossRule.TOLERANCE, Percentage.of(100)).build();
    CohortDiff diff = COHORT.diff(tolerant.scoreCohort(AREAS));
    assertThat(diff.toText())
        .isEqualTo(
            """
            Cohort diff: LVSC 2006 (2006-03-08) → tolerant (2006-03-08), 6 areas, 5 flips

            Flips per rule
            Rule               Areas flipped
            -----------------  -------------
            NET_RESOURCE_LOSS              5
            VCS_INVOLVEMENT                0

            Flips
            Area     Rule               Before  After  Score change
            -------  -----------------  ------  -----  ------------
            Barnet   NET_RESOURCE_LOSS  FAIL    WARN            +40
            Bexley   NET_RESOURCE_LOSS  FAIL    WARN            +40
            Brent    NET_RESOURCE_LOSS  FAIL    WARN            +40
            Bromley  NET_RESOURCE_LOSS  FAIL    WARN            +40
            Camden   NET_RESOURCE_LOSS  FAIL    WARN            +40
            """);
    assertThat(diff.toMarkdown())
        .isEqualTo(
            """
            ## Cohort diff: LVSC 2006 (2006-03-08) → tolerant (2006-03-08), 6 areas, 5 flips

            ### Flips per rule

            | Rule              | Areas flipped |
            | ----------------- | ------------: |
            | NET_RESOURCE_LOSS |             5 |
            | VCS_INVOLVEMENT   |             0 |

            ### Flips

            | Area    | Rule              | Before | After | Score change |
            | ------- | ----------------- | ------ | ----- | -----------: |
            | Barnet  | NET_RESOURCE_LOSS | FAIL   | WARN  |          +40 |
            | Bexley  | NET_RESOURCE_LOSS | FAIL   | WARN  |          +40 |
            | Brent   | NET_RESOURCE_LOSS | FAIL   | WARN  |          +40 |
            | Bromley | NET_RESOURCE_LOSS | FAIL   | WARN  |          +40 |
            | Camden  | NET_RESOURCE_LOSS | FAIL   | WARN  |          +40 |
            """);
  }

  @Test
  void aFlipToOrFromNotAssessedShowsNoScoreChange() {
    Policy without = POLICY.reform("no R3a").removeRule(Lvsc2006.NET_RESOURCE_LOSS).build();
    assertThat(COHORT.diff(without.scoreCohort(AREAS)).toText())
        .isEqualTo(
            """
            Cohort diff: LVSC 2006 (2006-03-08) → no R3a (2006-03-08), 6 areas, 6 flips

            Flips per rule
            Rule               Areas flipped
            -----------------  -------------
            NET_RESOURCE_LOSS              6
            VCS_INVOLVEMENT                0

            Flips
            Area     Rule               Before        After         Score change
            -------  -----------------  ------------  ------------  ------------
            Barnet   NET_RESOURCE_LOSS  FAIL          NOT_ASSESSED           n/a
            Bexley   NET_RESOURCE_LOSS  FAIL          NOT_ASSESSED           n/a
            Brent    NET_RESOURCE_LOSS  FAIL          NOT_ASSESSED           n/a
            Bromley  NET_RESOURCE_LOSS  FAIL          NOT_ASSESSED           n/a
            Camden   NET_RESOURCE_LOSS  FAIL          NOT_ASSESSED           n/a
            Hackney  NET_RESOURCE_LOSS  NOT_ASSESSED  NOT_ASSESSED           n/a
            """);
  }
}
