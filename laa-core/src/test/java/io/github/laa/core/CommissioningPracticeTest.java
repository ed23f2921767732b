package io.github.laa.core;

import static io.github.laa.core.Fixtures.paths;
import static io.github.laa.core.Fixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link CommissioningPractice}: shares of 0% to 100%, and counts that are not negative. */
class CommissioningPracticeTest {

  @Test
  void reportsEveryShareOutOfRangeAndEveryNegativeCountTogether() {
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
  }

  @Test
  void aFactNeverSetIsEmpty() {
    assertThat(CommissioningPractice.builder().build().consultationWeeks()).isEmpty();
  }

  @Test
  void zeroCountsAndAZeroShareAreAccepted() {
    CommissioningPractice zero =
        CommissioningPractice.builder()
            .consultationWeeks(0)
            .noticeMonths(0)
            .threeYearTermsShare(Percentage.ZERO)
            .build();
    assertThat(zero.consultationWeeks()).hasValue(0);
  }

  @Test
  void countsOfMinusOneAreRejected() {
    assertThat(
            paths(
                () ->
                    CommissioningPractice.builder().consultationWeeks(-1).noticeMonths(-1).build()))
        .containsExactly("consultationWeeks", "noticeMonths");
  }

  @Test
  void aShareOfAHundredPercentIsAccepted() {
    assertThat(
            CommissioningPractice.builder()
                .threeYearTermsShare(Percentage.HUNDRED)
                .build()
                .threeYearTermsShare())
        .contains(Percentage.HUNDRED);
  }

  @Test
  void aShareOneBasisPointPastEitherEndIsRejected() {
    assertThat(
            paths(
                () ->
                    CommissioningPractice.builder()
                        .threeYearTermsShare(Percentage.ofBasisPoints(10_001))
                        .build()))
        .containsExactly("threeYearTermsShare");
    assertThat(
            paths(
                () ->
                    CommissioningPractice.builder()
                        .fullCostRecoveryShare(Percentage.ofBasisPoints(-1))
                        .paidInAdvanceShare(Percentage.ofBasisPoints(10_001))
                        .build()))
        .containsExactly("fullCostRecoveryShare", "paidInAdvanceShare");
  }
}
