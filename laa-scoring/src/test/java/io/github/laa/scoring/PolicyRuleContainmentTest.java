package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.Areas;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Problem;
import io.github.laa.scoring.lvsc.Lvsc2006;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Policy: a custom rule is contained — what it says of itself is checked when the policy is built,
 * what it returns is checked when it scores, and whatever it throws is reported in one documented
 * exception naming the rule, the policy and the area; caller text cannot forge a report's lines.
 */
class PolicyRuleContainmentTest {
  private static final LocalDate DATE = LocalDate.of(2026, 1, 1);

  /** A rule whose every answer is chosen by the test. */
  private static class Probe implements Rule {
    @Nullable RuleId id = RuleId.of("PROBE");
    @Nullable String title = "A probe";
    @Nullable Citation citation = Citation.of("Test", "probes");
    Function<RuleInput, @Nullable Finding> evaluate =
        in -> in.finding().verdict(Verdict.PASS).score(100).build();
    Function<Parameters, @Nullable Set<Verdict>> verdicts = p -> EnumSet.allOf(Verdict.class);

    @Override
    @SuppressWarnings("NullAway")
    public Set<Verdict> possibleVerdicts(Parameters parameters) {
      return verdicts.apply(parameters);
    }

    @Override
    @SuppressWarnings("NullAway") // deliberately returns what the test chose, null included
    public RuleId id() {
      return id;
    }

    @Override
    @SuppressWarnings("NullAway")
    public String title() {
      return title;
    }

    @Override
    @SuppressWarnings("NullAway")
    public Citation citation() {
      return citation;
    }

    @Override
    @SuppressWarnings("NullAway")
    public Finding evaluate(RuleInput in) {
      return evaluate.apply(in);
    }
  }

  private static List<String> problems(Policy.Builder b) {
    InvalidDataException e = catchThrowableOfType(InvalidDataException.class, b::build);
    assertThat(e).as("the policy is refused").isNotNull();
    List<String> out = new ArrayList<>();
    for (Problem p : e.problems()) {
      out.add(p.toString());
    }
    return out;
  }

  private static LocalAreaAgreement camden() {
    return Fixtures.camden()
        .addAllocation(Fixtures.money("cvs", "nrf", Fixtures.Y2005, "£100k"))
        .addAllocation(Fixtures.money("cvs", "nrf", Fixtures.Y2006, "£100k"))
        .build();
  }

  @Test
  void aFindingWithAVerdictTheRuleDoesNotDeclareIsARuleFailure() {
    Probe p = new Probe();
    p.verdicts = x -> EnumSet.of(Verdict.PASS);
    p.evaluate = in -> in.finding().verdict(Verdict.FAIL).score(0).build();
    Policy policy = Policy.builder("Council", DATE).rule(p).build();
    assertThat(policy.entries().get(0).possibleVerdicts()).containsExactly(Verdict.PASS);
    assertThatThrownBy(() -> policy.score(camden()))
        .isInstanceOf(RuleFailedException.class)
        .hasMessageContaining(
            "gave the verdict FAIL, which is not among its possible verdicts [PASS]");
  }

  @Test
  void possibleVerdictsThatAreMissingEmptyOrThrowAreRefusedWhenThePolicyIsBuilt() {
    Probe none = new Probe();
    none.verdicts = x -> null;
    assertThat(problems(Policy.builder("Council", DATE).rule(none)))
        .containsExactly("rules[PROBE].possibleVerdicts: must be set but the rule returned null");
    Probe empty = new Probe();
    empty.verdicts = x -> EnumSet.noneOf(Verdict.class);
    assertThat(problems(Policy.builder("Council", DATE).rule(empty)))
        .containsExactly(
            "rules[PROBE].possibleVerdicts: must name at least one verdict and no null");
    Probe throwing = new Probe();
    throwing.verdicts =
        x -> {
          throw new IllegalStateException("boom");
        };
    assertThat(problems(Policy.builder("Council", DATE).rule(throwing)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("rules[PROBE].possibleVerdicts: must be readable but the rule threw");
  }

  @Test
  void theBuiltInRulesDeclareTheVerdictsTheirContractsExpectAndNetLossWarnsOnlyWithATolerance() {
    Policy lvsc = Lvsc2006.policy();
    for (Policy.Entry e : lvsc.entries()) {
      assertThat(e.possibleVerdicts())
          .as(e.id().value())
          .containsAll(
              RuleContracts.of(lvsc, e.id())
                  .map(RuleContract::verdictsOfGeneratedAgreements)
                  .orElseThrow());
    }
    assertThat(lvsc.entry(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow().possibleVerdicts())
        .containsExactly(Verdict.PASS, Verdict.FAIL, Verdict.NOT_ASSESSED);
    Policy tolerant =
        lvsc.reform("1%")
            .set(io.github.laa.scoring.lvsc.NetResourceLossRule.TOLERANCE, Percentage.of(1))
            .build();
    assertThat(tolerant.entry(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow().possibleVerdicts())
        .containsExactly(Verdict.values());
    assertThat(lvsc.entry(Lvsc2006.INFRASTRUCTURE_TARGETING).orElseThrow().possibleVerdicts())
        .doesNotContain(Verdict.WARN);
    assertThat(lvsc.entry(Lvsc2006.SMALL_GRANTS).orElseThrow().possibleVerdicts())
        .doesNotContain(Verdict.NOT_ASSESSED);
    assertThat(lvsc.entry(Lvsc2006.PERFORMANCE_CAPACITY).orElseThrow().possibleVerdicts())
        .doesNotContain(Verdict.NOT_ASSESSED);
  }

  @Test
  void aRuleWithoutAnIdIsRefusedWhenThePolicyIsBuiltNamedByItsPlaceAndClass() {
    Probe p = new Probe();
    p.id = null;
    assertThat(problems(Policy.builder("Council", DATE).rule(p)))
        .containsExactly(
            "rules[0] (io.github.laa.scoring.PolicyRuleContainmentTest$Probe).id: must be set but"
                + " the rule returned null");
  }

  @Test
  void rulesWithoutIdsAreNamedEachByItsOwnPlace() {
    Probe first = new Probe();
    first.id = null;
    Probe second = new Probe();
    second.id = null;
    assertThat(problems(Policy.builder("Council", DATE).rule(first).rule(second)))
        .containsExactly(
            "rules[0] (io.github.laa.scoring.PolicyRuleContainmentTest$Probe).id: must be set but"
                + " the rule returned null",
            "rules[1] (io.github.laa.scoring.PolicyRuleContainmentTest$Probe).id: must be set but"
                + " the rule returned null");
  }

  @Test
  void aRulesWeightIsFromZeroToAHundred() {
    Probe p = new Probe();
    assertThat(Policy.builder("Council", DATE).rule(p, Severity.MUST, 100).build().entries())
        .extracting(Policy.Entry::weight)
        .containsExactly(100);
    assertThat(Policy.builder("Council", DATE).rule(p, Severity.MUST, 0).build().entries())
        .extracting(Policy.Entry::weight)
        .containsExactly(0);
    assertThat(problems(Policy.builder("Council", DATE).rule(p, Severity.MUST, 101)))
        .containsExactly("rules[PROBE].weight: must be between 0 and 100 but was: 101");
    assertThat(problems(Policy.builder("Council", DATE).rule(p, Severity.MUST, -1)))
        .containsExactly("rules[PROBE].weight: must be between 0 and 100 but was: -1");
  }

  @Test
  void aRuleWithoutAnIdAddedToAReformIsNamedByItsPlaceAfterTheReformsRules() {
    Probe p = new Probe();
    p.id = null;
    assertThat(problems(Lvsc2006.policy().reform("Council").rule(p)))
        .containsExactly(
            "rules[7] (io.github.laa.scoring.PolicyRuleContainmentTest$Probe).id: must be set but"
                + " the rule returned null");
  }

  @Test
  void aRuleWhoseTitleCouldForgeAReportLineIsRefused() {
    Probe p = new Probe();
    p.title = "Probe\nRating:    GREEN, score 100/100";
    assertThat(problems(Policy.builder("Council", DATE).rule(p)))
        .containsExactly(
            "rules[PROBE].title: must not contain control characters but was: \"Probe\\nRating:   "
                + " GREEN, score 100/100\"");
  }

  @Test
  void aRuleThatThrowsWhenAskedForItsCitationIsRefused() {
    Rule throwing =
        new Probe() {
          @Override
          public Citation citation() {
            throw new IllegalStateException("no citation yet");
          }
        };
    assertThat(problems(Policy.builder("Council", DATE).rule(throwing)))
        .containsExactly(
            "rules[PROBE].citation: must be readable but the rule threw"
                + " java.lang.IllegalStateException: \"no citation yet\"");
  }

  @Test
  void aPolicyNameThatCouldForgeAReportLineIsRefusedQuoted() {
    InvalidDataException e =
        catchThrowableOfType(
            InvalidDataException.class,
            () -> Lvsc2006.policy().reform("X\nRating:    GREEN, score 100/100").build());
    assertThat(e.getMessage())
        .isEqualTo(
            "Policy \"X\\nRating:    GREEN, score 100/100\" is invalid: name: must not contain"
                + " control characters but was: \"X\\nRating:    GREEN, score 100/100\"");
    assertThat(e.getMessage()).doesNotContain("\n");
    assertThat(problems(Lvsc2006.policy().reform("")))
        .containsExactly("name: must not be blank but was: \"\"");
    assertThat(problems(Lvsc2006.policy().reform("x".repeat(1_000_000))))
        .containsExactly("name: must be at most 300 characters but was: 1000000 characters");
    assertThat(problems(Lvsc2006.policy().reform("LVSC \u202E2006")))
        .hasSize(1)
        .first()
        .asString()
        .startsWith(
            "name: must not contain invisible or bidirectional formatting characters but has U+202E");
  }

  @Test
  void aRuleThatThrowsIsReportedNamingTheRuleThePolicyAndTheArea() {
    Probe p = new Probe();
    p.evaluate =
        in -> {
          throw new ArithmeticException("/ by zero");
        };
    Policy council = Policy.builder("Council", DATE).rule(p).build();
    RuleFailedException e =
        catchThrowableOfType(RuleFailedException.class, () -> council.score(camden()));
    assertThat(e)
        .hasMessage(
            "rule PROBE of policy Council scoring Camden (E09000007) threw"
                + " java.lang.ArithmeticException: \"/ by zero\"")
        .hasCauseInstanceOf(ArithmeticException.class);
    assertThat(e.ruleId()).isEqualTo(RuleId.of("PROBE"));
    assertThat(e.policy()).isEqualTo("Council");
    assertThat(e.area()).contains("Camden (E09000007)");
  }

  @Test
  void aRuleThatReturnsNoFindingOrAnotherRulesFindingIsReported() {
    Probe none = new Probe();
    none.evaluate = in -> null;
    assertThatThrownBy(() -> Policy.builder("Council", DATE).rule(none).build().score(camden()))
        .isInstanceOf(RuleFailedException.class)
        .hasMessage("rule PROBE of policy Council scoring Camden (E09000007) returned no finding");
    Probe other = new Probe();
    other.evaluate =
        in -> Finding.builder(Lvsc2006.rules().get(2)).verdict(Verdict.PASS).score(100).build();
    assertThatThrownBy(() -> Policy.builder("Council", DATE).rule(other).build().score(camden()))
        .isInstanceOf(RuleFailedException.class)
        .hasMessage(
            "rule PROBE of policy Council scoring Camden (E09000007) returned a finding of rule"
                + " NET_RESOURCE_LOSS");
  }

  @Test
  void aScoreBeyondAnyBandIsMovedIntoTheVerdictsBand() {
    Probe huge = new Probe();
    huge.evaluate = in -> in.finding().verdict(Verdict.WARN).score(Long.MAX_VALUE).build();
    Finding f =
        Policy.builder("Council", DATE)
            .rule(huge)
            .build()
            .score(camden())
            .finding(RuleId.of("PROBE"))
            .orElseThrow();
    assertThat(f.score()).isEqualTo(69);
  }

  @Test
  void aCohortFailsAsAWholeForItsFirstFailingAreaByCodeOnOneThreadAndInParallel() {
    // Camden E09000007, Hackney E09000012, Haringey E09000014: the rule fails for the last two.
    LocalAreaAgreement camden = camden();
    List<LocalAreaAgreement> cohort =
        List.of(
            camden.withArea(Areas.byName("Haringey").orElseThrow()),
            camden,
            camden.withArea(Areas.byName("Hackney").orElseThrow()));
    Probe picky = new Probe();
    picky.evaluate =
        in -> {
          if (!in.agreement().area().name().equals("Camden")) {
            throw new IllegalStateException("not Camden");
          }
          return in.finding().verdict(Verdict.PASS).score(100).build();
        };
    Policy council = Policy.builder("Council", DATE).rule(picky).build();
    String expected =
        "rule PROBE of policy Council scoring Hackney (E09000012) threw"
            + " java.lang.IllegalStateException: \"not Camden\"";
    assertThatThrownBy(() -> council.scoreCohort(cohort))
        .isInstanceOf(RuleFailedException.class)
        .hasMessage(expected);
    for (int i = 0; i < 20; i++) {
      assertThatThrownBy(() -> council.scoreCohortInParallel(cohort))
          .isInstanceOf(RuleFailedException.class)
          .hasMessage(expected);
    }
  }

  @Test
  void aCohortBeyondItsLimitIsRefused() {
    List<LocalAreaAgreement> many = Collections.nCopies(Policy.MAX_COHORT_SIZE + 1, camden());
    assertThatThrownBy(() -> Lvsc2006.policy().scoreCohort(many))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Cohort is invalid: agreements: must be at most 10,000 but were: 10,001");
  }

  @Test
  void textMadeWhileScoringCannotBreakAReportLine() {
    Key<Money> k = Key.of("core funding", Money.class);
    Probe sly = new Probe();
    sly.evaluate =
        in ->
            in.finding()
                .evidence(k, "a\nRating:    GREEN", Money.ZERO)
                .verdict(Verdict.FAIL)
                .margin(Margin.requirement("Needs\u202E more"))
                .build();
    Scorecard card = Policy.builder("Council", DATE).rule(sly).build().score(camden());
    for (String text : List.of(card.toText(), card.toDetailedText())) {
      assertThat(text).doesNotContain("\nRating:    GREEN").doesNotContain("\u202E");
      assertThat(text).contains("Needs\\u202e more");
    }
    // The row of £0.00 shows only in the detail (the summary leaves zeros out).
    assertThat(card.toDetailedText()).contains("core funding [a\\u000aRating:    GREEN]");
  }

  @Test
  void evidenceCannotHoldAMutableValue() {
    assertThatThrownBy(() -> Key.of("rows", ArrayList.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("evidence key rows must be of an immutable value type");
    assertThatThrownBy(() -> Key.of("a\nb", Money.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "an evidence key's name must not contain control characters but was: \"a\\nb\"");
  }

  @Test
  void aRuleListingANullParameterIsRefused() {
    Rule nulls =
        new Probe() {
          @Override
          public ImmutableList<Parameter<?>> parameters() {
            throw new UnsupportedOperationException();
          }
        };
    assertThat(problems(Policy.builder("Council", DATE).rule(nulls)))
        .containsExactly(
            "rules[PROBE].parameters: must be readable but the rule threw"
                + " java.lang.UnsupportedOperationException");
  }

  @Test
  void aCheckedExceptionThrownSneakilyIsReportedToo() {
    Probe sneaky = new Probe();
    sneaky.evaluate =
        in -> PolicyRuleContainmentTest.<RuntimeException>sneak(new IOException("disk"));
    assertThatThrownBy(() -> Policy.builder("Council", DATE).rule(sneaky).build().score(camden()))
        .isInstanceOf(RuleFailedException.class)
        .hasMessage(
            "rule PROBE of policy Council scoring Camden (E09000007) threw java.io.IOException:"
                + " \"disk\"")
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void aFindingGivenNotAssessedAsItsVerdictStillNamesWhatItLacks() {
    Probe lazy = new Probe();
    lazy.evaluate = in -> in.finding().verdict(Verdict.NOT_ASSESSED).score(50).build();
    Finding f =
        Policy.builder("Council", DATE)
            .rule(lazy)
            .build()
            .score(camden())
            .finding(RuleId.of("PROBE"))
            .orElseThrow();
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
    assertThat(f.missing()).contains("a fact the rule did not name");
    assertThat(f.score()).isZero();
  }

  /** Throws {@code t} unchecked, as Lombok's or Kotlin's sneaky throws do. */
  @SuppressWarnings("unchecked")
  private static <T extends Throwable> Finding sneak(Throwable t) throws T {
    throw (T) t;
  }
}
