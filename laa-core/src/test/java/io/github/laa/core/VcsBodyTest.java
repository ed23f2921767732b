package io.github.laa.core;

import static io.github.laa.core.Fixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link VcsBody}: its id, name and income, and its defaults. */
class VcsBodyTest {

  @Test
  void rejectsABlankIdAndAControlCharacterInTheName() {
    assertThat(problems(() -> VcsBody.builder().id("").name("a\u0007b").income(Money.ZERO).build()))
        .containsExactly(
            "id: must not be blank but was: \"\"",
            "name: must not contain control characters but was: \"a\\u0007b\"");
  }

  @Test
  void rejectsAnIdOfMoreThanAHundredCharactersAndANameWithALoneSurrogate() {
    assertThat(
            problems(
                () ->
                    VcsBody.builder()
                        .id("x".repeat(101))
                        .name("\ud800")
                        .income(Money.ZERO)
                        .build()))
        .containsExactly(
            "id: must be at most 100 characters but was: 101 characters",
            "name: must be well-formed Unicode but has a lone surrogate at index 0");
  }

  /** Names with curly quotes, accents and emoji are fine. */
  @Test
  void acceptsANameWithCurlyQuotesAccentsAndEmoji() {
    assertThat(bangladeshiWomen().name()).endsWith("é");
  }

  @Test
  void isAFrontlineBodyNotCommunityBasedByDefault() {
    VcsBody b = bangladeshiWomen();
    assertThat(b.role()).isEqualTo(VcsRole.FRONTLINE);
    assertThat(b.communityBased()).isFalse();
  }

  @Test
  void aBodyWithNoIncomeIsMicro() {
    assertThat(bangladeshiWomen().sizeBand()).isEqualTo(SizeBand.MICRO);
  }

  private static VcsBody bangladeshiWomen() {
    return VcsBody.builder()
        .id("bdo")
        .name("Bangladeshi Women’s Association 🌍 é")
        .income(Money.ZERO)
        .build();
  }

  @Test
  void incomeMustNotBeNegative() {
    assertThat(
            problems(() -> VcsBody.builder().id("a").name("A").income(Money.ofPence(-1)).build()))
        .containsExactly("income: must not be negative but was: -£0.01");
  }

  @Test
  void incomeOrItsBandMustBeSet() {
    assertThat(problems(() -> VcsBody.builder().id("a").name("A").build()))
        .containsExactly("income: must be set, or its band (incomeBand) if only that is known");
  }

  @Test
  void aBodyKnownOnlyByItsBandHasThatBandAndNoIncome() {
    VcsBody b = VcsBody.builder().id("a").name("A").incomeBand(SizeBand.SMALL).build();
    assertThat(b.sizeBand()).isEqualTo(SizeBand.SMALL);
    assertThat(b.income()).isEmpty();
  }

  @Test
  void anIncomeAndABandMustAgree() {
    assertThat(
            problems(
                () ->
                    VcsBody.builder()
                        .id("a")
                        .name("A")
                        .income(Money.ofPounds(10_000))
                        .incomeBand(SizeBand.MICRO)
                        .build()))
        .containsExactly(
            "incomeBand: must be the band of the income £10,000.00 (small) but was: micro");
    VcsBody agreed =
        VcsBody.builder()
            .id("a")
            .name("A")
            .income(Money.ofPounds(9_999))
            .incomeBand(SizeBand.MICRO)
            .build();
    assertThat(agreed.sizeBand()).isEqualTo(SizeBand.MICRO);
  }

  @Test
  void anIdNeverSetIsReportedWithItsPath() {
    assertThat(problems(() -> VcsBody.builder().name("No id").income(Money.ZERO).build()))
        .containsExactly("id: must be set");
  }
}
