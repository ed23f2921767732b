package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A section of a cohort's reports: what it holds, and that all of its text is checked. */
class SectionTest {
  @Test
  void aSectionHoldsWhatItWasGiven() {
    Section s =
        Section.builder("Core funding")
            .description("Core funding by area.")
            .column("Area")
            .rightColumn("Funding")
            .row("Camden", "£50,000.00")
            .row("Hackney", "")
            .line("Two areas.")
            .footnote("Figures in cash terms.")
            .build();
    assertThat(s.title()).isEqualTo("Core funding");
    assertThat(s).hasToString("Core funding");
    assertThat(s.description()).contains("Core funding by area.");
    assertThat(s.columns())
        .containsExactly(
            new Section.Column("Area", Section.Align.LEFT),
            new Section.Column("Funding", Section.Align.RIGHT));
    assertThat(s.rows()).hasSize(2);
    assertThat(s.rows().get(1)).containsExactly("Hackney", "");
    assertThat(s.lines()).containsExactly("Two areas.");
    assertThat(s.footnote()).contains("Figures in cash terms.");
    Section bare = Section.builder("Empty").build();
    assertThat(bare.description()).isEmpty();
    assertThat(bare.footnote()).isEmpty();
  }

  @Test
  void everyPieceOfASectionsTextIsChecked() {
    String forged = "x\nRating: GREEN";
    assertThatThrownBy(() -> Section.builder(forged))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a section's title must not contain control characters");
    Section.Builder b = Section.builder("Core funding");
    assertThatThrownBy(() -> b.description(forged))
        .hasMessageStartingWith("section Core funding's description must not contain control");
    assertThatThrownBy(() -> b.column(forged))
        .hasMessageStartingWith("a column header of section Core funding must not contain control");
    assertThatThrownBy(() -> b.line(forged))
        .hasMessageStartingWith("a line of section Core funding must not contain control");
    assertThatThrownBy(() -> b.footnote(forged))
        .hasMessageStartingWith("section Core funding's footnote must not contain control");
    b.column("Area");
    assertThatThrownBy(() -> b.row(forged))
        .hasMessageStartingWith("a cell of section Core funding must not contain control");
  }

  @Test
  void aRowHasOneCellPerColumnAndColumnsComeFirst() {
    Section.Builder b = Section.builder("Core funding").column("Area").column("Funding");
    assertThatThrownBy(() -> b.row("Camden"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a row of section Core funding must have 2 cells but had: 1");
    b.row("Camden", "£1");
    assertThatThrownBy(() -> b.column("Late"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("columns come before rows");
  }
}
