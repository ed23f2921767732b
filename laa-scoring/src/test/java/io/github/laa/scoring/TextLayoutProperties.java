package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.laa.core.Area;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Percentage;
import io.github.laa.core.TextChecks;
import io.github.laa.core.testing.TestBudget;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.testing.LaaGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The plain-text reports over generated agreements and cohorts, with area names of up to the 300
 * characters a name may have (words of up to 60 letters, or one word of up to 300): no line is
 * wider than 100 characters, a wrapped name loses nothing, and a finding that was not assessed
 * shows {@code n/a}, never a score.
 */
class TextLayoutProperties {
  private static final Policy LVSC = Lvsc2006.policy();
  private static final Policy TOLERANT =
      LVSC.reform("tolerant").set(NetResourceLossRule.TOLERANCE, Percentage.of(5)).build();

  /** A valid area name: words of lower-case letters, or one long word, at most 300 characters. */
  static Gen<String> names() {
    Gen<String> words =
        lists()
            .of(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 60))
            .ofSizeBetween(1, 20)
            .map(w -> String.join(" ", w));
    Gen<String> oneWord = integers().between(1, TextChecks.MAX_NAME_LENGTH).map("x"::repeat);
    return words
        .mix(oneWord, 30)
        .map(s -> s.length() > TextChecks.MAX_NAME_LENGTH ? s.substring(0, 300).strip() : s);
  }

  private static LocalAreaAgreement renamed(LocalAreaAgreement laa, String name) {
    Area a = laa.area();
    // The code keeps names unique within a cohort.
    String unique = name.length() + 10 > 300 ? name.substring(0, 289) : name;
    return laa.withArea(Area.of(a.code(), unique + " " + a.code(), a.kind()));
  }

  private static void assertNoLineOver100(String text) {
    assertThat(text.lines().filter(l -> l.codePointCount(0, l.length()) > 100).toList())
        .as("lines over 100 characters")
        .isEmpty();
  }

  @Test
  void everyLineOfAScorecardsTextIsAtMost100CharactersAndNotAssessedShowsNa() {
    qt().withExamples(TestBudget.examples(300))
        .forAll(LaaGenerators.agreements().mix(LaaGenerators.wideAgreements(), 30), names())
        .checkAssert(
            (laa, name) -> {
              LocalAreaAgreement named = renamed(laa, name);
              Scorecard card = LVSC.score(named);
              String text = card.toText();
              assertNoLineOver100(text);
              assertNoLineOver100(card.toDetailedText());
              assertNoLineOver100(card.diff(TOLERANT.score(named)).toText());
              // The heading, wrapped, still holds the whole name and code.
              String heading = text.substring(0, text.indexOf("\nAgreement: "));
              assertThat(heading.replace("Scorecard: ", "").replaceAll("\\s", ""))
                  .isEqualTo(
                      (named.area().name() + "(" + named.area().code() + ")").replace(" ", ""));
              for (Finding f : card.findings()) {
                Pattern row =
                    Pattern.compile(
                        "(?m)^" + f.ruleId().value() + " +" + f.verdict() + " +(\\S+)(  |$)");
                var m = row.matcher(text);
                assertThat(m.find()).as("summary row of %s", f.ruleId()).isTrue();
                assertThat(m.group(1))
                    .isEqualTo(f.verdict().isAssessed() ? Integer.toString(f.score()) : "n/a");
              }
            });
  }

  @Test
  void everyLineOfACohortsTextIsAtMost100Characters() {
    qt().withExamples(TestBudget.examples(60))
        .forAll(LaaGenerators.cohorts(8), names())
        .checkAssert(
            (agreements, name) -> {
              List<LocalAreaAgreement> named = new ArrayList<>();
              agreements.forEach(a -> named.add(renamed(a, name)));
              CohortScorecard cohort = LVSC.scoreCohort(named);
              String text = cohort.toText();
              assertNoLineOver100(text);
              assertNoLineOver100(cohort.diff(TOLERANT.scoreCohort(named)).toText());
              for (LeagueEntry e : cohort.leagueTable()) {
                if (e.score().isEmpty()) {
                  assertThat(text).containsPattern("(?m)" + e.area().code() + " +n/a +" + e.rag());
                }
              }
            });
  }
}
