package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.Y2007;
import static io.github.laa.scoring.Fixtures.Y2008;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.FinancialYear;
import io.github.laa.core.Money;
import org.junit.jupiter.api.Test;

class MarginTest {
  private static Margin rise(FinancialYear year, long pounds) {
    return Margin.of(
        "VCS resources",
        year,
        Margin.Direction.MUST_RISE,
        Margin.Amount.of(Money.ofPounds(pounds)),
        "to avoid a net loss");
  }

  private static final Margin M = rise(Y2007, 3);

  @Test
  void aQuantifiedMarginHasItsSubjectGoalDirectionAndYear() {
    assertThat(M.subject()).isEqualTo("VCS resources");
    assertThat(M.goal()).isEqualTo("to avoid a net loss");
    assertThat(M.direction()).contains(Margin.Direction.MUST_RISE);
    assertThat(M.year()).contains(Y2007);
  }

  @Test
  void marginsAreEqualOnlyWithEqualParts() {
    assertThat(M).isEqualTo(rise(Y2007, 3));
    assertThat(M).isNotEqualTo(rise(Y2007, 4)).isNotEqualTo(Margin.requirement("x"));
    assertThat(M.hashCode()).isNotEqualTo(rise(Y2008, 3).hashCode());
  }

  @Test
  void aRequirementHasNoGoalDirectionOrAmount() {
    Margin r = Margin.requirement("Needs a programme");
    assertThat(r.goal()).isEmpty();
    assertThat(r.direction()).isEmpty();
    assertThat(r.money()).isEmpty();
    assertThat(r.isRequirement()).isTrue();
  }

  @Test
  void aMarginAboutSomethingNamedSaysWhatAndIsNotARequirement() {
    Margin m =
        Margin.of(
            "Maximum grant",
            "Camden Community Chest",
            Margin.Direction.MUST_FALL,
            Margin.Amount.of(Money.ofPounds(500)),
            "to stay within the ceiling");
    assertThat(m.about()).contains("Camden Community Chest");
    assertThat(m.year()).isEmpty();
    assertThat(m.isRequirement()).isFalse();
    assertThat(M.about()).isEmpty();
    assertThat(M.isRequirement()).isFalse();
  }
}
