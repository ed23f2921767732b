package io.github.laa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The enums read everyday wording, in any case, and an error lists the accepted words. */
class WordsTest {
  @Test
  void labelsNamesAndCodesAreReadInAnyCase() {
    assertThat(Purpose.parse("Service delivery")).isEqualTo(Purpose.SERVICE_DELIVERY);
    assertThat(Purpose.parse("  service-DELIVERY ")).isEqualTo(Purpose.SERVICE_DELIVERY);
    assertThat(Purpose.parse("SERVICE_DELIVERY")).isEqualTo(Purpose.SERVICE_DELIVERY);
    assertThat(Round.parse("round 2")).isEqualTo(Round.ROUND_2);
    assertThat(Round.parse("New LAA (2008)")).isEqualTo(Round.NEW_LAA_2008);
    assertThat(Round.parse("2008")).isEqualTo(Round.NEW_LAA_2008);
    assertThat(BlockType.parse("cyp")).isEqualTo(BlockType.CHILDREN_AND_YOUNG_PEOPLE);
    assertThat(BlockType.parse("Safer and stronger communities"))
        .isEqualTo(BlockType.SAFER_AND_STRONGER_COMMUNITIES);
    assertThat(BlockType.parse("local theme")).isEqualTo(BlockType.LOCAL_THEME);
    assertThat(AreaKind.parse("city of london")).isEqualTo(AreaKind.CITY_OF_LONDON);
    assertThat(SizeBand.parse("Medium")).isEqualTo(SizeBand.MEDIUM);
    assertThat(InvolvementLevel.parse("partner")).isEqualTo(InvolvementLevel.PARTNER);
    assertThat(Stage.parse("DELIVERY")).isEqualTo(Stage.DELIVERY);
    assertThat(VcsRole.parse("network")).isEqualTo(VcsRole.NETWORK);
    assertThat(FundingMode.parse("aligned")).isEqualTo(FundingMode.ALIGNED);
  }

  @Test
  void everyLabelReadsBackAsItsConstant() {
    for (Purpose p : Purpose.values()) {
      assertThat(Purpose.parse(p.label())).isEqualTo(p);
    }
    for (Round r : Round.values()) {
      assertThat(Round.parse(r.label())).isEqualTo(r);
    }
    for (BlockType t : BlockType.values()) {
      assertThat(BlockType.parse(t.label())).isEqualTo(t);
    }
    for (AreaKind k : AreaKind.values()) {
      assertThat(AreaKind.parse(k.label())).isEqualTo(k);
    }
    for (SizeBand b : SizeBand.values()) {
      assertThat(SizeBand.parse(b.label())).isEqualTo(b);
    }
    for (InvolvementLevel l : InvolvementLevel.values()) {
      assertThat(InvolvementLevel.parse(l.label())).isEqualTo(l);
    }
    for (Stage s : Stage.values()) {
      assertThat(Stage.parse(s.label())).isEqualTo(s);
    }
    for (VcsRole r : VcsRole.values()) {
      assertThat(VcsRole.parse(r.label())).isEqualTo(r);
    }
    for (FundingMode m : FundingMode.values()) {
      assertThat(FundingMode.parse(m.label())).isEqualTo(m);
    }
  }

  @Test
  void labelsAreSentenceCase() {
    assertThat(Purpose.INFRASTRUCTURE_SUPPORT.label()).isEqualTo("Infrastructure support");
    assertThat(AreaKind.LONDON_BOROUGH.label()).isEqualTo("London borough");
    assertThat(AreaKind.CITY_OF_LONDON.label()).isEqualTo("City of London");
    assertThat(BlockType.LOCAL_THEME.label()).isEqualTo("Local theme");
    assertThat(BlockType.SINGLE_POT.label()).isEqualTo("Single Pot");
  }

  @Test
  void anUnknownWordListsTheAcceptedOnes() {
    assertThatThrownBy(() -> Purpose.parse("grants"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Purpose is invalid: must be one of: Service delivery, Capacity building,"
                + " Infrastructure support, Small grants, Performance support, Core (any case)"
                + " but was: \"grants\"");
    assertThatThrownBy(() -> Stage.parse("x".repeat(1_000_000)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("(1000000 characters)");
  }

  @Test
  void areasOfAnUnknownNamePointsToAreaOf() {
    assertThat(Areas.of("greenwich").code()).isEqualTo("E09000011");
    assertThat(Areas.of("E09000011").name()).isEqualTo("Greenwich");
    assertThatThrownBy(() -> Areas.of("Birmingham"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("no London area has the code or name \"Birmingham\"")
        .hasMessageContaining("use Area.of(code, name, kind)");
  }
}
