package io.github.laa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** TextChecks: the rules for ids, names and notes, and the domain types that apply them. */
class TextChecksTest {

  @Test
  void acceptsOrdinaryTextInAnyScriptAndEmojiWithoutJoiners() {
    assertThat(TextChecks.nameProblem("Hammersmith and Fulham")).isEmpty();
    assertThat(TextChecks.nameProblem("Café’s 🎉 Ealing")).isEmpty();
    assertThat(TextChecks.nameProblem("Camden\u00A0CVS"))
        .as("a name may hold a no-break space")
        .isEmpty();
    assertThat(TextChecks.idProblem("cvs-1_A")).isEmpty();
    assertThat(TextChecks.noteProblem("line one\nline two\ttabbed")).isEmpty();
  }

  @Test
  void rejectsBidirectionalControlsZeroWidthCharactersAndTheByteOrderMark() {
    for (char c :
        new char[] {
          '\u202E', '\u202A', '\u2066', '\u200E', '\u200B', '\u200D', '\u2060', '\uFEFF'
        }) {
      String text = "Camden" + c + "CVS";
      assertThat(TextChecks.nameProblem(text))
          .as("U+%04X", (int) c)
          .hasValueSatisfying(
              m ->
                  assertThat(m)
                      .startsWith(
                          "must not contain invisible or bidirectional formatting characters but has U+")
                      .contains(" at index 6: \"Camden\\u")
                      .contains(String.format("%04x", (int) c)));
      assertThat(TextChecks.idProblem(text)).isPresent();
      assertThat(TextChecks.noteProblem(text)).isPresent();
    }
  }

  @Test
  void rejectsLineAndParagraphSeparatorsEvenInNotes() {
    assertThat(TextChecks.noteProblem("a\u2028b"))
        .contains("must not contain line or paragraph separators but has U+2028 at index 1");
    assertThat(TextChecks.nameProblem("a\u2029b"))
        .contains("must not contain line or paragraph separators but has U+2029 at index 1");
  }

  @Test
  void rejectsControlCharactersAndLineBreaksOutsideNotes() {
    assertThat(TextChecks.nameProblem("X\nRating:    GREEN"))
        .contains("must not contain control characters but was: \"X\\nRating:    GREEN\"");
    assertThat(TextChecks.idProblem("a\u0007"))
        .contains("must not contain control characters but was: \"a\\u0007\"");
    assertThat(TextChecks.noteProblem("a\u0007b")).isPresent();
  }

  @Test
  void rejectsALoneSurrogate() {
    assertThat(TextChecks.nameProblem("ab\uD800c"))
        .contains("must be well-formed Unicode but has a lone surrogate at index 2");
    assertThat(TextChecks.nameProblem("\uDC00"))
        .contains("must be well-formed Unicode but has a lone surrogate at index 0");
  }

  @Test
  void rejectsEmptyBlankAndOverlongText() {
    assertThat(TextChecks.nameProblem(null)).contains("must be set");
    assertThat(TextChecks.nameProblem("")).contains("must not be blank but was: \"\"");
    assertThat(TextChecks.idProblem("   ")).contains("must not be blank but was: \"   \"");
    assertThat(TextChecks.nameProblem("x".repeat(1_000_000)))
        .contains("must be at most 300 characters but was: 1000000 characters");
    assertThat(TextChecks.idProblem("x".repeat(101)))
        .contains("must be at most 100 characters but was: 101 characters");
    assertThat(TextChecks.noteProblem("x".repeat(4_001))).isPresent();
    assertThat(TextChecks.noteProblem("x".repeat(4_000))).isEmpty();
  }

  @Test
  void anIdRejectsInvisibleSpacesThatWouldPassForAnother() {
    assertThat(TextChecks.idProblem("cvs\u00A0"))
        .contains(
            "must not contain spaces other than U+0020 but has U+00A0 at index 3: \"cvs\\u00a0\"");
    assertThat(TextChecks.idProblem("c\u2007vs")).isPresent();
    assertThat(TextChecks.idProblem("c\u202Fvs")).isPresent();
    assertThat(TextChecks.idProblem(" cvs"))
        .contains("must not start or end with white space but was: \" cvs\"");
    assertThat(TextChecks.idProblem("c vs")).as("an ordinary space inside is allowed").isEmpty();
  }

  @Test
  void quotingShowsInvisibleCharactersAsEscapes() {
    assertThat(TextChecks.quote("a\u202Eb\u2028c\u00A0")).isEqualTo("\"a\\u202eb\\u2028c\\u00a0\"");
  }

  @Test
  void aVcsBodyWithAnInvisibleCharacterInItsIdIsRejectedWithItsPath() {
    InvalidDataException e =
        catchThrowableOfType(
            InvalidDataException.class,
            () ->
                VcsBody.builder()
                    .id("cvs\u00A0")
                    .name("Camden \u202ECVS")
                    .income(Money.ZERO)
                    .build());
    assertThat(e.problems()).extracting(Problem::path).containsExactly("id", "name");
    assertThat(e.getMessage()).doesNotContain("\u202E").doesNotContain("\u00A0");
  }

  @Test
  void textOfOnlyNoBreakOrOtherSpacesIsBlank() {
    assertThat(TextChecks.nameProblem("\u00A0")).contains("must not be blank but was: \"\\u00a0\"");
    assertThat(TextChecks.nameProblem("\u2007\u202F")).isPresent();
    assertThat(TextChecks.noteProblem(" \u00A0\n")).isPresent();
  }
}
