package io.github.laa.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tables as aligned text and as Markdown, character for character. */
class TextTableTest {
  private static TextTable table() {
    return new TextTable("Area", "Funding>", "Note")
        .row("Camden", "£1,000.00", "up → 5%")
        .row("City of London", "£5.00")
        .row("Hackney", "", "a|b");
  }

  @Test
  void plainTextAlignsColumnsByCodePointsAndTrimsTrailingSpaces() {
    StringBuilder out = new StringBuilder();
    table().appendText(out, "  ", true);
    assertThat(out)
        .hasToString(
            "  Area              Funding  Note\n"
                + "  --------------  ---------  -------\n"
                + "  Camden          £1,000.00  up → 5%\n"
                + "  City of London      £5.00\n"
                + "  Hackney                    a|b\n");
  }

  @Test
  void withoutHeadersOnlyTheRowsSetTheWidths() {
    StringBuilder out = new StringBuilder();
    new TextTable("A long header", "N>").row("x", "1").row("yy", "22").appendText(out, "", false);
    assertThat(out).hasToString("x    1\nyy  22\n");
  }

  @Test
  void markdownMarksRightAlignedColumnsAndEscapesCells() {
    StringBuilder out = new StringBuilder();
    table().appendMarkdown(out);
    assertThat(out)
        .hasToString(
            "| Area           |   Funding | Note    |\n"
                + "| -------------- | --------: | ------- |\n"
                + "| Camden         | £1,000.00 | up → 5% |\n"
                + "| City of London |     £5.00 |         |\n"
                + "| Hackney        |           | a\\|b    |\n");
  }

  @Test
  void aMarkdownColumnIsAtLeastThreeWide() {
    StringBuilder out = new StringBuilder();
    new TextTable("A", "B>").row("x", "1").appendMarkdown(out);
    assertThat(out).hasToString("| A   |   B |\n| --- | --: |\n| x   |   1 |\n");
  }

  @Test
  void aTableKnowsWhetherItHasRows() {
    assertThat(new TextTable("A").isEmpty()).isTrue();
    assertThat(new TextTable("A").row("x").isEmpty()).isFalse();
  }
}
