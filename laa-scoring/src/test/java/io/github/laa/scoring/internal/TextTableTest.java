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

  @Test
  void aTableTooWideWrapsItsWidestTextColumnUnderItself() {
    StringBuilder out = new StringBuilder();
    new TextTable("Rule", "Score>", "Margin")
        .row("R1", "39", "VCS resources in 2007/08 must rise by £5,000.00 to avoid a net loss")
        .row("R2", "100", "")
        .appendText(out, "", true, 40);
    assertThat(out)
        .hasToString(
            "Rule  Score  Margin\n"
                + "----  -----  ---------------------------\n"
                + "R1       39  VCS resources in 2007/08\n"
                + "             must rise by £5,000.00 to\n"
                + "             avoid a net loss\n"
                + "R2      100\n");
  }

  @Test
  void aWordLongerThanItsColumnIsSplitNotCut() {
    StringBuilder out = new StringBuilder();
    new TextTable("Area", "Code").row("x".repeat(30), "E1").appendText(out, "", false, 20);
    // The area column narrows to its longest word, capped at 16: 16 + 2 + 2 = 20.
    assertThat(out).hasToString("x".repeat(16) + "  E1\n" + "x".repeat(14) + "\n");
  }

  @Test
  void aTableOfTooManyColumnsIsSplitIntoBlocksEachLedByTheFirstColumn() {
    StringBuilder out = new StringBuilder();
    new TextTable("Area", "strategic", "CYP design", "CYP delivery")
        .row("Camden", "partner", "involved", "partner")
        .row("Enfield", "consulted", "consulted", "partner")
        .appendText(out, "  ", true, 34);
    assertThat(out)
        .hasToString(
            "  Area     strategic  CYP design\n"
                + "  -------  ---------  ----------\n"
                + "  Camden   partner    involved\n"
                + "  Enfield  consulted  consulted\n"
                + "\n"
                + "  Area     CYP delivery\n"
                + "  -------  ------------\n"
                + "  Camden   partner\n"
                + "  Enfield  partner\n");
    assertThat(out.toString().lines()).allMatch(l -> l.length() <= 34);
  }

  @Test
  void aTableThatFitsIsTheSameWithOrWithoutALimit() {
    StringBuilder limited = new StringBuilder();
    StringBuilder free = new StringBuilder();
    table().appendText(limited, "  ", true, 100);
    table().appendText(free, "  ", true);
    assertThat(limited).hasToString(free.toString());
  }
}
