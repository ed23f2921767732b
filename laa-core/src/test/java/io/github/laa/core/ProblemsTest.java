package io.github.laa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** {@link Problems}: collecting problems, and quoting text and decimals for their messages. */
class ProblemsTest {

  // --- collecting ---------------------------------------------------------------------------

  @Test
  void throwIfAnyDoesNothingWithoutAProblem() {
    Problems p = new Problems();
    assertThatCode(() -> p.throwIfAny("Nothing")).doesNotThrowAnyException();
  }

  @Test
  void throwIfAnyThrowsEveryProblemItWasGivenAtOnce() {
    Problems p = new Problems();
    p.add("a", "first");
    p.add("b.c", "second");
    assertThatThrownBy(() -> p.throwIfAny("Thing"))
        .isInstanceOf(InvalidDataException.class)
        .satisfies(
            e ->
                assertThat(((InvalidDataException) e).problems())
                    .containsExactly(Problem.of("a", "first"), Problem.of("b.c", "second")));
  }

  // --- quote --------------------------------------------------------------------------------

  @Test
  void quoteEscapesQuotesBackslashesControlCharactersAndLoneSurrogates() {
    assertThat(Problems.quote("a\"b\\c\n\r\t\u0007\uDFFFz"))
        .isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\u0007\\udfffz\"");
    assertThat(Problems.quote("a\"b\\c\nd")).isEqualTo("\"a\\\"b\\\\c\\nd\"");
  }

  @Test
  void quoteEscapesALoneHighOrLowSurrogate() {
    assertThat(Problems.quote("\uD800")).isEqualTo("\"\\ud800\"");
    assertThat(Problems.quote("\udc00")).isEqualTo("\"\\udc00\"");
  }

  @Test
  void quoteKeepsASurrogatePair() {
    assertThat(Problems.quote("😀")).isEqualTo("\"😀\"");
  }

  @Test
  void quoteKeepsSixtyCharactersAndCutsLongerTextCountingItsCharacters() {
    assertThat(Problems.quote("x".repeat(60))).isEqualTo("\"" + "x".repeat(60) + "\"");
    assertThat(Problems.quote("x".repeat(61)))
        .isEqualTo("\"" + "x".repeat(60) + "\"… (61 characters)");
    assertThat(Problems.quote("x".repeat(70)))
        .isEqualTo("\"" + "x".repeat(60) + "\"… (70 characters)");
  }

  /**
   * Regression (found by the bad-input campaign): the quote is cut after 60 chars; when the cut
   * fell between the two halves of a surrogate pair, the high half was copied alone — a lone
   * surrogate in the message. Now a pair is kept only when both halves are inside the cut.
   */
  @Test
  void quoteEscapesASurrogatePairAcrossTheCutRatherThanSplitIt() {
    String text = "x".repeat(59) + "\uD83D\uDE00"; // 61 chars: the emoji is at 59–60
    assertThat(Problems.quote(text))
        .isEqualTo("\"" + "x".repeat(59) + "\\ud83d\"… (61 characters)");
  }

  @Test
  void quoteKeepsASurrogatePairInsideTheCut() {
    assertThat(Problems.quote("x".repeat(58) + "\uD83D\uDE00"))
        .isEqualTo("\"" + "x".repeat(58) + "\uD83D\uDE00\"");
  }

  // --- decimal ------------------------------------------------------------------------------

  @Test
  void decimalIsPlainUpToSixtyCharactersThenScientific() {
    // precision 30 + scale 28 + 2 = 60: plain; one more digit of scale: scientific.
    BigDecimal sixty = new BigDecimal("12.3456789012345678901234567890");
    assertThat(Problems.decimal(sixty)).isEqualTo("12.3456789012345678901234567890");
    BigDecimal longer = new BigDecimal(BigInteger.ONE, 58);
    assertThat(Problems.decimal(longer)).isEqualTo("1E-58");
    assertThat(Problems.decimal(new BigDecimal(BigInteger.ONE, 57)))
        .isEqualTo("0." + "0".repeat(56) + "1");
    assertThat(Problems.decimal(new BigDecimal(BigInteger.ONE, -57)))
        .isEqualTo("1" + "0".repeat(57));
  }

  @Test
  void decimalKeepsTheShortPlainForm() {
    assertThat(Problems.decimal(new BigDecimal("-0.0001"))).isEqualTo("-0.0001");
  }

  @Test
  void decimalCutsAScientificFormAtSixtyCharacters() {
    BigDecimal fits = new BigDecimal(new BigInteger("9".repeat(54)), -150);
    assertThat(Problems.decimal(fits)).isEqualTo(fits.toString()).hasSize(60);
    BigDecimal cut = new BigDecimal(new BigInteger("9".repeat(55)), -150);
    assertThat(Problems.decimal(cut)).isEqualTo(cut.toString().substring(0, 60) + "… (55 digits)");
  }

  @Test
  void decimalCutsALongUnscaledValueAtSixtyCharactersCountingItsDigits() {
    assertThat(Problems.decimal(new BigDecimal(BigInteger.TEN.pow(100).add(BigInteger.ONE), 1)))
        .hasSize(60 + "… (101 digits)".length())
        .endsWith("… (101 digits)");
  }
}
