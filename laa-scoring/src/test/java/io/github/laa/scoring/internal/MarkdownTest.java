package io.github.laa.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Exactly what Markdown escapes, character by character. {@code MarkdownSafetyTest} checks with a
 * real CommonMark renderer that no markup survives; this checks that nothing else changes.
 */
class MarkdownTest {
  @Test
  void textWithoutMarkupIsReturnedAsItIs() {
    String s = "Camden CVS (E09000007) — change [2007/08] a > b # 1 + 2 = 3!";
    assertThat(Markdown.text(s)).isSameAs(s);
  }

  @Test
  void everyCharacterThatOpensInlineMarkupIsEscaped() {
    assertThat(Markdown.text("<img src=x onerror=alert(1)>"))
        .isEqualTo("\\<img src=x onerror=alert(1)>");
    assertThat(Markdown.text("a\\b`c*d<e&f~g|h")).isEqualTo("a\\\\b\\`c\\*d\\<e\\&f\\~g\\|h");
    assertThat(Markdown.text("*")).isEqualTo("\\*");
  }

  @Test
  void bracketsAreEscapedOnlyWhereTheyCouldMakeALink() {
    assertThat(Markdown.text("[link](x)")).isEqualTo("[link\\](x)");
    assertThat(Markdown.text("[ref][x]")).isEqualTo("[ref\\][x]");
    assertThat(Markdown.text("[a] (b)")).isEqualTo("[a] (b)");
    assertThat(Markdown.text("a]")).isEqualTo("a]");
    assertThat(Markdown.text("![image](x)")).isEqualTo("\\![image\\](x)");
    assertThat(Markdown.text("wow! [a]")).isEqualTo("wow! [a]");
    assertThat(Markdown.text("end!")).isEqualTo("end!");
  }

  @Test
  void anUnderscoreIsEscapedUnlessItIsBetweenTwoLettersOrDigits() {
    assertThat(Markdown.text("NET_RESOURCE_LOSS r2_3")).isEqualTo("NET_RESOURCE_LOSS r2_3");
    assertThat(Markdown.text("_x")).isEqualTo("\\_x");
    assertThat(Markdown.text("x_")).isEqualTo("x\\_");
    assertThat(Markdown.text("a_ b")).isEqualTo("a\\_ b");
    assertThat(Markdown.text("a _b")).isEqualTo("a \\_b");
    assertThat(Markdown.text("_")).isEqualTo("\\_");
  }

  @Test
  void controlCharactersAreWrittenAsEscapesAndTheirBackslashEscapedAgain() {
    assertThat(Markdown.text("a\nb")).isEqualTo("a\\\\u000ab");
    assertThat(Markdown.code("a\nb")).isEqualTo("`a\\u000ab`");
  }

  @Test
  void aCodeSpanIsFencedWithOneMoreBacktickThanItsLongestRun() {
    assertThat(Markdown.code("x")).isEqualTo("`x`");
    assertThat(Markdown.code("<b>")).isEqualTo("`<b>`");
    assertThat(Markdown.code("a`b")).isEqualTo("``a`b``");
    assertThat(Markdown.code("a``b`c")).isEqualTo("```a``b`c```");
    assertThat(Markdown.code("a`b``")).isEqualTo("``` a`b`` ```");
  }

  @Test
  void aCodeSpanThatStartsOrEndsWithABacktickIsPadded() {
    assertThat(Markdown.code("`a")).isEqualTo("`` `a ``");
    assertThat(Markdown.code("a`")).isEqualTo("`` a` ``");
    assertThat(Markdown.code("``")).isEqualTo("``` `` ```");
  }
}
