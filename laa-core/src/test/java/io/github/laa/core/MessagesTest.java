package io.github.laa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Messages quote the input on one printable line, whatever the input. */
class MessagesTest {
  /**
   * Regression (found by the bad-input campaign): the quote is cut after 60 chars; when the cut
   * fell between the two halves of a surrogate pair, the high half was copied alone — a lone
   * surrogate in the message. Now a pair is kept only when both halves are inside the cut.
   */
  @Test
  void aSurrogatePairAcrossTheCutIsEscapedNotSplit() {
    String text = "x".repeat(59) + "\uD83D\uDE00"; // 61 chars: the emoji is at 59–60
    assertThat(Problems.quote(text))
        .isEqualTo("\"" + "x".repeat(59) + "\\ud83d\"… (61 characters)");
    // Inside the cut a pair is kept as it is.
    assertThat(Problems.quote("x".repeat(58) + "\uD83D\uDE00"))
        .isEqualTo("\"" + "x".repeat(58) + "\uD83D\uDE00\"");
    InvalidDataException e =
        catchThrowableOfType(InvalidDataException.class, () -> Money.parse(text));
    assertThat(e.problems().get(0).message())
        .endsWith("but was: \"" + "x".repeat(59) + "\\ud83d\"… (61 characters)");
  }

  @Test
  void controlCharactersQuotesAndLoneSurrogatesAreEscaped() {
    assertThat(Problems.quote("a\"b\\c\n\r\t\u0007\uDFFFz"))
        .isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\u0007\\udfffz\"");
    assertThat(Problems.quote("\uD800")).isEqualTo("\"\\ud800\"");
    assertThat(Problems.quote("x".repeat(60))).isEqualTo("\"" + "x".repeat(60) + "\"");
    assertThat(Problems.quote("x".repeat(61)))
        .isEqualTo("\"" + "x".repeat(60) + "\"… (61 characters)");
  }
}
