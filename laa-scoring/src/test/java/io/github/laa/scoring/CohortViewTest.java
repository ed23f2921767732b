package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.Area;
import java.time.LocalDate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A rule's cohort view: its name, how it is read, and what happens when a custom rule's view
 * misbehaves (the same as when the rule itself does: a {@link RuleFailedException} naming the rule
 * and the policy).
 */
class CohortViewTest {
  /** The areas of the cohort, in a section of one column. */
  private static final CohortView<ImmutableList<String>> AREAS =
      CohortView.of(
          "Areas scored",
          cohort ->
              cohort.scorecards().stream()
                  .map(Scorecard::area)
                  .map(Area::name)
                  .collect(ImmutableList.toImmutableList()),
          names -> {
            Section.Builder b = Section.builder("Areas scored").column("Area");
            names.forEach(b::row);
            return b.build();
          });

  /** A rule that passes every agreement and contributes {@code views}. */
  private static Rule withViews(CohortView<?>... views) {
    return new Rule() {
      @Override
      public RuleId id() {
        return RuleId.of("VIEWER");
      }

      @Override
      public String title() {
        return "Contributes a view";
      }

      @Override
      public Citation citation() {
        return Citation.of("Test", "a view across the cohort");
      }

      @Override
      public ImmutableList<CohortView<?>> cohortViews() {
        return ImmutableList.copyOf(views);
      }

      @Override
      public Finding evaluate(RuleInput in) {
        return in.finding().verdict(Verdict.PASS).score(100).build();
      }
    };
  }

  private static CohortScorecard cohortWith(CohortView<?> view) {
    return Policy.builder("Council", LocalDate.of(2006, 3, 8))
        .rule(withViews(view))
        .build()
        .scoreCohort(Fixtures.camdenAndHackney());
  }

  @Test
  void aViewIsNamedAndReadTypedFromTheCohort() {
    assertThat(AREAS.name()).isEqualTo("Areas scored");
    assertThat(AREAS).hasToString("Areas scored");
    CohortScorecard cohort = cohortWith(AREAS);
    assertThat(cohort.view(AREAS)).contains(ImmutableList.of("Camden", "Hackney"));
    assertThat(cohort.views()).containsExactly(AREAS);
    assertThat(cohort.toText()).contains("Areas scored").contains("Hackney");
  }

  @Test
  void aViewNoRuleOfThePolicyContributesHasNoValue() {
    assertThat(Fixtures.policyOf(withViews()).scoreCohort(Fixtures.camdenAndHackney()).view(AREAS))
        .isEmpty();
  }

  @Test
  void aViewsNameIsCheckedText() {
    assertThatThrownBy(() -> CohortView.of("two\nlines", c -> 1, v -> Section.builder("x").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a cohort view's name must not contain control characters but was: \"two\\nlines\"");
  }

  private static <T> CohortView<T> misbehaving(
      Function<CohortScorecard, @Nullable T> compute, Function<T, @Nullable Section> section) {
    @SuppressWarnings("NullAway") // deliberately lets the functions return null
    CohortView<T> v = CohortView.of("Misbehaving view", compute::apply, section::apply);
    return v;
  }

  private static RuleFailedException failureOf(CohortView<?> view) {
    CohortScorecard cohort = cohortWith(view);
    RuleFailedException e =
        catchThrowableOfType(RuleFailedException.class, () -> cohort.view(view));
    assertThat(e).as("reading the view fails").isNotNull();
    assertThat(e.ruleId()).isEqualTo(RuleId.of("VIEWER"));
    assertThat(e.policy()).isEqualTo("Council");
    assertThat(e.area()).isEmpty();
    // Rendering the cohort reads every view, and fails the same way.
    assertThatThrownBy(cohort::toText).isInstanceOf(RuleFailedException.class);
    return e;
  }

  @Test
  void aViewThatThrowsFailsAsItsRule() {
    RuleFailedException e =
        failureOf(
            misbehaving(
                c -> {
                  throw new IllegalStateException("no data\nRating: GREEN");
                },
                v -> Section.builder("x").build()));
    assertThat(e)
        .hasMessage(
            "rule VIEWER of policy Council in its cohort view Misbehaving view threw"
                + " java.lang.IllegalStateException: \"no data\\nRating: GREEN\"")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void aViewThatGivesNoValueFailsAsItsRule() {
    assertThat(failureOf(misbehaving(c -> null, v -> Section.builder("x").build())))
        .hasMessage(
            "rule VIEWER of policy Council in its cohort view Misbehaving view gave no value")
        .hasNoCause();
  }

  @Test
  void aViewWhoseSectionThrowsOrIsMissingFailsAsItsRule() {
    CohortView<Integer> throwing =
        misbehaving(
            c -> 1,
            v -> {
              throw new UnsupportedOperationException("later");
            });
    CohortScorecard cohort = cohortWith(throwing);
    assertThat(cohort.view(throwing)).contains(1);
    assertThatThrownBy(cohort::toMarkdown)
        .isInstanceOf(RuleFailedException.class)
        .hasMessage(
            "rule VIEWER of policy Council in its cohort view Misbehaving view threw"
                + " java.lang.UnsupportedOperationException: \"later\" making its section");
    CohortView<Integer> missing = misbehaving(c -> 1, v -> null);
    assertThatThrownBy(cohortWith(missing)::toText)
        .isInstanceOf(RuleFailedException.class)
        .hasMessage(
            "rule VIEWER of policy Council in its cohort view Misbehaving view gave no section");
  }
}
