package io.github.laa.scoring;

import io.github.laa.scoring.internal.Texts;
import java.util.Objects;
import java.util.function.Function;

/**
 * A table across the areas of a cohort that a {@link Rule} contributes — a benchmark, a list of
 * areas to target, a matrix — worked out from the cohort's scorecards when first asked for, read
 * typed with {@link CohortScorecard#view(CohortView)}, and shown as a {@link Section} of the
 * cohort's reports.
 *
 * <pre>{@code
 * static final CohortView<ImmutableList<Area>> SHORT_OF_CORE_FUNDING =
 *     CohortView.of(
 *         "Areas short of core funding",
 *         cohort -> cohort.scorecards().stream()
 *             .filter(s -> s.verdict(ID) == Verdict.FAIL)
 *             .map(Scorecard::area)
 *             .collect(ImmutableList.toImmutableList()),
 *         areas -> { Section.Builder b = Section.builder("Areas short of core funding").column("Area");
 *                    areas.forEach(a -> b.row(a.name())); return b.build(); });
 * }</pre>
 *
 * <p>A view is compared by identity: make each one a constant. Its functions must be pure and
 * thread-safe, and must not depend on the order of the cohort's agreements (scorecards come by area
 * code). This class is immutable and thread-safe.
 *
 * @param <T> the type of the view's value
 */
public final class CohortView<T> {
  private final String name;
  private final Function<CohortScorecard, T> compute;
  private final Function<? super T, Section> section;

  private CohortView(
      String name, Function<CohortScorecard, T> compute, Function<? super T, Section> section) {
    this.name = name;
    this.compute = compute;
    this.section = section;
  }

  /**
   * A view called {@code name}.
   *
   * @param name what the view is, e.g. {@code Commissioning benchmark (R6)}
   * @param compute works the value out from a cohort scored under a policy with the contributing
   *     rule; if it throws or returns null, reading the view throws a {@link RuleFailedException}
   *     naming the rule and the policy
   * @param section shows the value as a section of the cohort's reports (the same holds)
   */
  public static <T> CohortView<T> of(
      String name, Function<CohortScorecard, T> compute, Function<? super T, Section> section) {
    Texts.requireName("a cohort view's name", name);
    return new CohortView<>(
        name,
        Objects.requireNonNull(compute, "compute"),
        Objects.requireNonNull(section, "section"));
  }

  /** The name, e.g. {@code Commissioning benchmark (R6)}. */
  public String name() {
    return name;
  }

  /**
   * The value for {@code cohort}; a view that throws or gives null fails as a {@link
   * RuleFailedException} of the rule that contributes it.
   */
  T compute(CohortScorecard cohort) {
    T value;
    try {
      value = compute.apply(cohort);
    } catch (RuleFailedException e) {
      throw e; // another view it read failed; that one is named
    } catch (Exception e) { // checked ones too: a view may throw them sneakily
      throw cohort.policy().viewFailure(this, "threw " + Policy.thrown(e), e);
    }
    if (value == null) {
      throw cohort.policy().viewFailure(this, "gave no value", null);
    }
    return value;
  }

  /** The section showing {@code value}; the same for a section that throws or is null. */
  Section section(CohortScorecard cohort, T value) {
    Section s;
    try {
      s = section.apply(value);
    } catch (RuleFailedException e) {
      throw e;
    } catch (Exception e) {
      throw cohort
          .policy()
          .viewFailure(this, "threw " + Policy.thrown(e) + " making its section", e);
    }
    if (s == null) {
      throw cohort.policy().viewFailure(this, "gave no section", null);
    }
    return s;
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
