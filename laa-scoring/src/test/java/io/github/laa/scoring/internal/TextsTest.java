package io.github.laa.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laa.core.DeflatorSeries;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How values and text a rule makes while scoring are written on one line of a report. */
class TextsTest {
  @Test
  void safeTextIsReturnedAsItIs() {
    String s = "Camden CVS — £1,000 café 😀";
    assertThat(Texts.line(s)).isSameAs(s);
  }

  @Test
  void controlFormattingAndSeparatorCharactersAreWrittenAsEscapes() {
    assertThat(Texts.line("a\nb\tc")).isEqualTo("a\\u000ab\\u0009c");
    assertThat(Texts.line("x\u202Ey")).isEqualTo("x\\u202ey");
    assertThat(Texts.line("x\u200By\uFEFF")).isEqualTo("x\\u200by\\ufeff");
    assertThat(Texts.line("x\u2028y\u2029z")).isEqualTo("x\\u2028y\\u2029z");
    // Only the unsafe characters change; those around them stay.
    assertThat(Texts.line("é\u0007é")).isEqualTo("é\\u0007é");
  }

  @Test
  void loneSurrogatesAreWrittenAsEscapesAndPairsStay() {
    String pair = "\uD83D\uDE00";
    assertThat(Texts.line(pair)).isSameAs(pair);
    assertThat(Texts.line("x\uD83D")).isEqualTo("x\\ud83d"); // high at the end
    assertThat(Texts.line("\uD83Dx")).isEqualTo("\\ud83dx"); // high before a non-low
    assertThat(Texts.line("\uDE00x")).isEqualTo("\\ude00x"); // low at the start
    assertThat(Texts.line("x\uDE00")).isEqualTo("x\\ude00"); // low after a non-high
    assertThat(Texts.line("\uDE00\uD83D")).isEqualTo("\\ude00\\ud83d"); // reversed pair
    assertThat(Texts.line(pair + "\uDE00")).isEqualTo(pair + "\\ude00");
  }

  @Test
  void valuesAreWrittenInTheirReportForm() {
    assertThat(Texts.value(new BigDecimal("1E+3"))).isEqualTo("1000");
    DeflatorSeries series =
        DeflatorSeries.builder()
            .name("GDP deflator")
            .putIndex(FinancialYear.of(2005), new BigDecimal("100"))
            .build();
    assertThat(Texts.value(series)).isEqualTo("GDP deflator");
    assertThat(Texts.value(Optional.empty())).isEqualTo("(none)");
    assertThat(Texts.value(Optional.of(new BigDecimal("2.50E+1")))).isEqualTo("25.0");
    assertThat(Texts.value(List.of(Money.parse("£1k"), new BigDecimal("1E+1"), 3)))
        .isEqualTo("£1,000.00, 10, 3");
    assertThat(Texts.value(List.of())).isEmpty();
    assertThat(Texts.value("a\nb")).isEqualTo("a\\u000ab");
  }

  @Test
  void namesAndSentencesAreCheckedWithWhatTheyAre() {
    assertThatThrownBy(() -> Texts.requireName("a section's title", "a\nb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a section's title must not contain control characters");
    assertThatThrownBy(() -> Texts.requireSentence("a line", "x".repeat(4_001)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a line must be at most 4000 characters but was: 4001");
    Texts.requireName("a name", "Camden CVS");
    Texts.requireSentence("a line", "x".repeat(4_000));
  }

  @Test
  void wrapBreaksAtSpacesAndSplitsOnlyWordsLongerThanALine() {
    assertThat(Texts.wrap("the quick brown fox", 9)).containsExactly("the quick", "brown fox");
    assertThat(Texts.wrap("abcdefghij klm", 4)).containsExactly("abcd", "efgh", "ij", "klm");
    assertThat(Texts.wrap("££££££", 4)).containsExactly("££££", "££");
    assertThat(Texts.wrap("", 4)).containsExactly("");
    assertThatThrownBy(() -> Texts.wrap("x", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("width must be at least 1 but was: 0");
  }

  @Test
  void appendWrappedLinesUpContinuationsAndKeepsToTheWidth() {
    StringBuilder out = new StringBuilder();
    String name = "word ".repeat(59) + "end";
    Texts.appendWrapped(out, "Scorecard: ", "           ", name);
    assertThat(out.toString().lines()).hasSize(4).allMatch(l -> l.length() <= Texts.WIDTH);
    assertThat(out.toString().lines().skip(1)).allMatch(l -> l.startsWith("           word"));
    assertThat(out.toString().replace("Scorecard: ", "").replaceAll("\\s+", " ").strip())
        .isEqualTo(name);
  }

  @Test
  void percentagePointsAreWrittenAsPp() {
    assertThat(Texts.percentagePoints(io.github.laa.core.Percentage.ofBasisPoints(1)))
        .isEqualTo("0.01 pp");
    assertThat(Texts.percentagePoints(io.github.laa.core.Percentage.ofBasisPoints(-1000)))
        .isEqualTo("-10.00 pp");
  }
}
