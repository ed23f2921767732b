package io.github.laa.core;

import static io.github.laa.core.Fixtures.Y2006;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Each value type checks its own invariants and reports all of them at once. */
class DomainValuesTest {

  private static List<String> problems(ThrowingCallable call) {
    try {
      call.call();
    } catch (InvalidDataException e) {
      return e.problems().stream().map(Problem::toString).toList();
    } catch (Throwable t) {
      throw new AssertionError("expected InvalidDataException but got " + t, t);
    }
    throw new AssertionError("expected InvalidDataException but nothing was thrown");
  }

  @Test
  void allocationReportsEveryMissingOrInvalidField() {
    assertThat(
            problems(
                () ->
                    Allocation.builder()
                        .recipient(" cvs")
                        .amount(Money.ofPounds(-5))
                        .termYears(0)
                        .build()))
        .containsExactly(
            "recipient: must not start or end with white space but was: \" cvs\"",
            "year: must be set",
            "amount: must not be negative but was: -£5.00",
            "purpose: must be set",
            "termYears: must be between 1 and 25 but was: 0");
  }

  @Test
  void allocationDefaultsAreOneYearNotFullCostNotInAdvance() {
    Allocation a =
        Allocation.builder()
            .recipient("cvs")
            .year(Y2006)
            .amount(Money.ZERO)
            .purpose(Purpose.CORE)
            .build();
    assertThat(a.termYears()).isEqualTo(1);
    assertThat(a.fullCostRecovery()).isFalse();
    assertThat(a.paidInAdvance()).isFalse();
    assertThat(a.stream()).isEmpty();
    assertThat(a.withAmount(Money.ofPounds(3)).amount()).isEqualTo(Money.ofPounds(3));
    assertThatThrownBy(() -> a.withAmount(Money.ofPounds(-3)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Allocation is invalid: amount: must not be negative but was: -£3.00");
  }

  @Test
  void textIsCheckedForBlanksControlCharactersLengthAndBrokenUnicode() {
    assertThat(problems(() -> VcsBody.builder().id("").name("a\u0007b").income(Money.ZERO).build()))
        .containsExactly(
            "id: must not be blank but was: \"\"",
            "name: must not contain control characters but was: \"a\\u0007b\"");
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
    // Names in any script, with accents and emoji, are fine.
    VcsBody b =
        VcsBody.builder()
            .id("bdo")
            .name("Bangladeshi Women’s Association 🌍 é")
            .income(Money.ZERO)
            .build();
    assertThat(b.name()).endsWith("é");
    assertThat(b.role()).isEqualTo(VcsRole.FRONTLINE);
    assertThat(b.communityBased()).isFalse();
    assertThat(b.sizeBand()).isEqualTo(SizeBand.MICRO);
  }

  @Test
  void vcsBodyIncomeMustNotBeNegative() {
    assertThat(
            problems(() -> VcsBody.builder().id("a").name("A").income(Money.ofPence(-1)).build()))
        .containsExactly("income: must not be negative but was: -£0.01");
    assertThat(problems(() -> VcsBody.builder().id("a").name("A").build()))
        .containsExactly("income: must be set");
  }

  @Test
  void localThemesNeedAnIdAndName() {
    assertThat(problems(() -> Block.builder().type(BlockType.LOCAL_THEME).build()))
        .containsExactly(
            "id: must be set for a local theme", "name: must be set for a local theme");
    Block sd =
        Block.builder()
            .type(BlockType.LOCAL_THEME)
            .id("SD")
            .name("Sustainable Development")
            .build();
    assertThat(sd.id()).isEqualTo("SD");
    Block cyp = Block.of(BlockType.CHILDREN_AND_YOUNG_PEOPLE);
    assertThat(cyp.id()).isEqualTo("CYP");
    assertThat(cyp.name()).isEqualTo("Children and Young People");
    assertThat(
            problems(
                () ->
                    Block.builder()
                        .type(BlockType.SINGLE_POT)
                        .addStream("a")
                        .addStream("a")
                        .build()))
        .containsExactly("streams[1]: must not repeat stream \"a\"");
    assertThat(problems(() -> Block.builder().build()))
        .containsExactly(
            "type: must be set",
            "id: must not be blank but was: \"\"",
            "name: must not be blank but was: \"\"");
  }

  @Test
  void stretchTargetsMustBeAtLeastAsAmbitiousInEitherDirection() {
    Target.Builder down =
        Target.builder().year(Y2006).baseline(new BigDecimal("120")).value(new BigDecimal("105"));
    assertThat(down.stretch(new BigDecimal("100")).build().stretch())
        .contains(new BigDecimal("100"));
    assertThat(
            problems(
                () ->
                    Target.builder()
                        .year(Y2006)
                        .baseline(new BigDecimal("120"))
                        .value(new BigDecimal("105"))
                        .stretch(new BigDecimal("110"))
                        .build()))
        .containsExactly(
            "stretch: must be at least as ambitious as the target 105 (from baseline 120) but was: 110");
    assertThat(
            problems(
                () ->
                    Target.builder()
                        .year(Y2006)
                        .baseline(new BigDecimal("50"))
                        .value(new BigDecimal("60"))
                        .stretch(new BigDecimal("59.9"))
                        .build()))
        .containsExactly(
            "stretch: must be at least as ambitious as the target 60 (from baseline 50) but was: 59.9");
    assertThat(problems(() -> Target.builder().build()))
        .containsExactly("year: must be set", "baseline: must be set", "value: must be set");
  }

  @Test
  void indicatorsHaveOneTargetPerYear() {
    Target t = Target.builder().year(Y2006).baseline(BigDecimal.ONE).value(BigDecimal.TEN).build();
    assertThat(
            problems(
                () ->
                    Indicator.builder()
                        .code("NI 7")
                        .description("Third sector")
                        .addTargets(t, t)
                        .build()))
        .containsExactly("targets[1].year: must not repeat a year but 2006/07 has another target");
  }

  @Test
  void programmeAmountsAreNotNegative() {
    assertThat(
            problems(
                () ->
                    SmallGrantsProgramme.builder()
                        .id("g")
                        .name("Grants")
                        .putBudget(Y2006, Money.ofPounds(-1))
                        .maxGrant(Money.ofPounds(-2))
                        .build()))
        .containsExactly(
            "budgets[2006/07]: must not be negative but was: -£1.00",
            "maxGrant: must not be negative but was: -£2.00",
            "incomeCap: must be set");
    SmallGrantsProgramme g =
        SmallGrantsProgramme.builder()
            .id("g")
            .name("Grants")
            .putBudget(Y2006, Money.ofPounds(7))
            .maxGrant(Money.ofPounds(5))
            .incomeCap(Money.ofPounds(5))
            .build();
    assertThat(g.budget(Y2006)).isEqualTo(Money.ofPounds(7));
    assertThat(g.budget(Y2006.next())).isEqualTo(Money.ZERO);
    assertThat(g.capacityBuilding()).isFalse();
  }

  @Test
  void programmeBudgetsMustNotOverflow() {
    assertThat(
            problems(
                () ->
                    SmallGrantsProgramme.builder()
                        .id("g")
                        .name("Grants")
                        .putBudget(Y2006, Money.ofPence(Long.MAX_VALUE))
                        .putBudget(Y2006.next(), Money.ofPence(1))
                        .maxGrant(Money.ZERO)
                        .incomeCap(Money.ZERO)
                        .build()))
        .containsExactly("budgets: must total at most £92,233,720,368,547,758.07");
  }

  @Test
  void infrastructureRatingIsOneToFive() {
    assertThat(
            problems(() -> InfrastructureProfile.of(Money.ofPounds(-1), new BigDecimal("-0.5"), 6)))
        .containsExactly(
            "annualFunding: must not be negative but was: -£1.00",
            "staffFte: must not be negative but was: -0.5",
            "qualityRating: must be between 1 and 5 but was: 6");
    assertThat(
            problems(
                () ->
                    InfrastructureProfile.builder()
                        .annualFunding(Money.ZERO)
                        .staffFte(BigDecimal.ONE)
                        .build()))
        .containsExactly("qualityRating: must be between 1 and 5 but was: 0");
  }

  @Test
  void commissioningSharesAreZeroToHundredPercent() {
    assertThat(
            problems(
                () ->
                    CommissioningPractice.builder()
                        .threeYearTermsShare(Percentage.of(101))
                        .paidInAdvanceShare(Percentage.of(-1))
                        .consultationWeeks(-2)
                        .noticeMonths(-1)
                        .build()))
        .containsExactly(
            "threeYearTermsShare: must be between 0% and 100% but was: 101.00%",
            "paidInAdvanceShare: must be between 0% and 100% but was: -1.00%",
            "consultationWeeks: must not be negative but was: -2",
            "noticeMonths: must not be negative but was: -1");
    CommissioningPractice empty = CommissioningPractice.builder().build();
    assertThat(empty.consultationWeeks()).isEmpty();
  }

  @Test
  void involvementHasOneEntryPerBlockAndStage() {
    assertThat(
            problems(
                () ->
                    Involvement.builder()
                        .addBlock(BlockInvolvement.of("CYP", Stage.DESIGN, InvolvementLevel.NONE))
                        .addBlock(
                            BlockInvolvement.of("CYP", Stage.DESIGN, InvolvementLevel.LEADING))
                        .build()))
        .containsExactly(
            "strategic: must be set", "blocks[1]: must not repeat block \"CYP\" stage DESIGN");
    Involvement inv =
        Involvement.builder()
            .strategic(InvolvementLevel.CONSULTED)
            .addBlock(BlockInvolvement.of("CYP", Stage.DESIGN, InvolvementLevel.PARTNER))
            .build();
    assertThat(inv.level("CYP", Stage.DESIGN)).contains(InvolvementLevel.PARTNER);
    assertThat(inv.level("CYP", Stage.DELIVERY)).isEmpty();
    assertThat(InvolvementLevel.PARTNER.isAtLeast(InvolvementLevel.INVOLVED)).isTrue();
    assertThat(InvolvementLevel.CONSULTED.isAtLeast(InvolvementLevel.INVOLVED)).isFalse();
    assertThat(InvolvementLevel.LEADING.rung()).isEqualTo(InvolvementLevel.TOP_RUNG);
  }

  @Test
  void deflatorSeriesHasPositiveIndicesInYearOrder() {
    assertThat(problems(() -> DeflatorSeries.builder().name("x").build()))
        .containsExactly("indices: must have at least one year");
    assertThat(
            problems(
                () ->
                    DeflatorSeries.builder()
                        .name("x")
                        .putIndex(Y2006, BigDecimal.ZERO)
                        .putIndex(Y2006.next(), new BigDecimal("1E+20"))
                        .build()))
        .containsExactly(
            "indices[2006/07]: must be positive but was: 0",
            "indices[2007/08]: must have at most 12 digits before and after the point but was: 100000000000000000000");
    DeflatorSeries d =
        DeflatorSeries.builder()
            .name("HMT 2004 illustration")
            .putIndex(Y2006.next(), new BigDecimal("113.691"))
            .putIndex(Y2006, new BigDecimal("110.702"))
            .build();
    assertThat(d.indices().keySet()).containsExactly(Y2006, Y2006.next());
    assertThat(d.index(Y2006)).contains(new BigDecimal("110.702"));
    assertThat(d.index(Y2006.previous())).isEmpty();
  }

  @Test
  void roundsKnowTheirYears() {
    assertThat(Round.PILOT.years())
        .containsExactly(FinancialYear.of(2005), FinancialYear.of(2006), FinancialYear.of(2007));
    assertThat(Round.NEW_LAA_2008.lastYear()).isEqualTo(FinancialYear.of(2010));
    assertThat(Round.PILOT.allowsEconomicDevelopment()).isFalse();
    assertThat(Round.ROUND_2.allowsEconomicDevelopment()).isTrue();
  }

  @Test
  void problemsQuoteUserTextSafely() {
    assertThat(Problems.quote("a\"b\\c\nd")).isEqualTo("\"a\\\"b\\\\c\\nd\"");
    assertThat(Problems.quote("x".repeat(70)))
        .isEqualTo("\"" + "x".repeat(60) + "\"… (70 characters)");
    assertThat(Problems.quote("😀")).isEqualTo("\"😀\"");
    assertThat(Problems.quote("\udc00")).isEqualTo("\"\\udc00\"");
  }
}
