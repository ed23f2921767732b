package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.laa.core.Allocation;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.testing.TestBudget;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.testing.LaaGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of JSON decision records and the fingerprints they carry, over generated agreements,
 * cohorts and reforms: every record is valid against the schema and canonical; the policy's
 * fingerprint changes if and only if something that can change a verdict changes; the agreement's
 * if and only if the agreement does.
 */
class DecisionRecordProperties {
  private static final Policy LVSC = Lvsc2006.policy();

  @Test
  void everyScorecardAndDiffRecordIsValidAndHoldsTheScorecard() {
    qt().withExamples(TestBudget.examples(300))
        .forAll(LaaGenerators.agreements(), longs().all())
        .checkAssert(
            (a, seed) -> {
              Scorecard card = LVSC.score(a);
              DecisionRecordTest.checkScorecard(JsonRecords.valid(card.toJson()), card);
              Policy reform = oneChange(LVSC, new Random(seed)).orElse(LVSC);
              Scorecard other = reform.score(a);
              DecisionRecordTest.checkScorecard(JsonRecords.valid(other.toJson()), other);
              ScorecardDiff diff = card.diff(other);
              DecisionRecordTest.checkDiff(JsonRecords.valid(diff.toJson()), diff);
            });
  }

  @Test
  void everyCohortRecordIsValid() {
    qt().withExamples(TestBudget.examples(60))
        .forAll(LaaGenerators.cohorts(6))
        .checkAssert(
            agreements -> {
              CohortScorecard cohort = LVSC.scoreCohort(agreements);
              var json = JsonRecords.valid(cohort.toJson());
              for (int i = 0; i < cohort.scorecards().size(); i++) {
                DecisionRecordTest.checkScorecard(
                    json.get("scorecards").get(i), cohort.scorecards().get(i));
              }
              var unused = JsonRecords.valid(cohort.diff(cohort).toJson());
            });
  }

  @Test
  void thePolicyFingerprintChangesIfAndOnlyIfAVerdictCouldChange() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Policy base = r.nextBoolean() ? LVSC : oneChange(LVSC, r).orElse(LVSC);
              Change change = change(base, r);
              Policy changed;
              try {
                changed = change.apply(base);
              } catch (InvalidDataException e) {
                return; // a combination the rules reject: not a policy
              }
              assertThat(changed.sha256().equals(base.sha256()))
                  .as("%s: same fingerprint", change)
                  .isEqualTo(!change.decides(base));
              assertThat(changed.canonicalForm().equals(base.canonicalForm()))
                  .isEqualTo(changed.sha256().equals(base.sha256()));
            });
  }

  @Test
  void theAgreementFingerprintChangesIfAndOnlyIfTheAgreementDoes() {
    qt().withExamples(TestBudget.examples(500))
        .forAll(LaaGenerators.agreements(), LaaGenerators.agreements(), longs().all())
        .checkAssert(
            (a, b, seed) -> {
              Scorecard ca = LVSC.score(a);
              assertThat(ca.agreementSha256().equals(LVSC.score(b).agreementSha256()))
                  .isEqualTo(a.equals(b));
              LocalAreaAgreement copy =
                  TablesRoundTripProperties.read(io.github.laa.core.tables.Tables.write(a))
                      .agreements()
                      .get(0);
              assertThat(LVSC.score(copy).agreementSha256()).isEqualTo(ca.agreementSha256());
              LocalAreaAgreement edited = edit(a, new Random(seed));
              assertThat(LVSC.score(edited).agreementSha256().equals(ca.agreementSha256()))
                  .as("edited: %s", !edited.equals(a))
                  .isEqualTo(edited.equals(a));
            });
  }

  /** One change of the allocations: a penny more, or one removed, or none. */
  private static LocalAreaAgreement edit(LocalAreaAgreement a, Random r) {
    List<Allocation> allocations = new ArrayList<>(a.allocations());
    if (allocations.isEmpty() || r.nextInt(5) == 0) {
      return a.withRound(a.round());
    }
    int i = r.nextInt(allocations.size());
    Allocation x = allocations.get(i);
    if (r.nextBoolean()) {
      allocations.set(i, x.withAmount(Money.ofPence(x.amount().pence() + 1)));
    } else {
      allocations.remove(i);
    }
    try {
      return a.withAllocations(allocations);
    } catch (InvalidDataException e) {
      return a; // the edit broke a rule of the model: keep the agreement as it was
    }
  }

  /** One change to a policy, and whether it can change a verdict or a rating. */
  interface Change {
    Policy apply(Policy p);

    boolean decides(Policy p);
  }

  /** A random change: a parameter, a severity, a weight, a rule removed, or a name or date. */
  static Change change(Policy base, Random r) {
    List<Policy.Entry> entries = base.entries();
    Policy.Entry e = entries.get(r.nextInt(entries.size()));
    switch (r.nextInt(6)) {
      case 0 -> {
        Severity s = Severity.values()[r.nextInt(Severity.values().length)];
        return described(
            "severity of " + e.id() + " -> " + s,
            p -> p.reform(p.name()).severity(e.id(), s).build(),
            p -> s != e.severity());
      }
      case 1 -> {
        int w = r.nextBoolean() ? e.weight() : r.nextInt(101);
        return described(
            "weight of " + e.id() + " -> " + w,
            p -> p.reform(p.name()).weight(e.id(), w).build(),
            p -> w != e.weight());
      }
      case 2 -> {
        return described(
            "remove " + e.id(), p -> p.reform(p.name()).removeRule(e.id()).build(), p -> true);
      }
      case 3 -> {
        String name = "renamed " + r.nextInt(1000);
        LocalDate date = LocalDate.of(2000 + r.nextInt(20), 1 + r.nextInt(12), 1);
        return described(
            "rename to " + name + ", " + date, p -> p.reform(name).date(date).build(), p -> false);
      }
      default -> {
        Pick pick = pick(base, r);
        return described(
            "set " + pick.parameter + " -> " + pick.value,
            p -> set(p.reform(p.name()), pick).build(),
            p -> !Objects.equals(p.find(pick.parameter).orElse(null), pick.value));
      }
    }
  }

  private static Change described(
      String text,
      java.util.function.Function<Policy, Policy> apply,
      java.util.function.Predicate<Policy> decides) {
    return new Change() {
      @Override
      public Policy apply(Policy p) {
        return apply.apply(p);
      }

      @Override
      public boolean decides(Policy p) {
        return decides.test(p);
      }

      @Override
      public String toString() {
        return text;
      }
    };
  }

  /** A reform with one parameter changed at random, if the rules accept it. */
  static Optional<Policy> oneChange(Policy base, Random r) {
    try {
      return Optional.of(set(base.reform("one change"), pick(base, r)).build());
    } catch (InvalidDataException e) {
      return Optional.empty();
    }
  }

  private record Pick(Parameter<?> parameter, Object value) {}

  @SuppressWarnings("unchecked") // the pick's value is of its parameter's type
  private static Policy.Builder set(Policy.Builder b, Pick pick) {
    return b.set((Parameter<Object>) pick.parameter, pick.value);
  }

  /**
   * A parameter of the policy and a valid value for it, drawn through each rule's contract: half
   * the time the value it has now, so that setting a parameter to its own value is tried often.
   */
  private static Pick pick(Policy base, Random r) {
    List<Pick> candidates = new ArrayList<>();
    ParameterDraw draw =
        new ParameterDraw() {
          @Override
          public void integer(Parameter<Integer> p, int min, int max) {
            candidates.add(new Pick(p, min + r.nextInt(max - min + 1)));
          }

          @Override
          public void share(Parameter<Percentage> p) {
            candidates.add(new Pick(p, Percentage.ofBasisPoints(r.nextInt(10_001))));
          }

          @Override
          public void money(Parameter<Money> p) {
            candidates.add(new Pick(p, Money.ofPence(r.nextInt(10_000_000))));
          }

          @Override
          public <T> void set(Parameter<T> p, T value) {
            candidates.add(new Pick(p, value));
          }

          @Override
          public int nextInt(int bound) {
            return r.nextInt(bound);
          }

          @Override
          public boolean nextBoolean() {
            return r.nextBoolean();
          }
        };
    draw.integer(Policy.BASELINE_YEARS, 1, Policy.MAX_BASELINE_YEARS);
    draw.integer(Policy.AMBER_THRESHOLD, 0, 100);
    for (Rule rule : base.rules()) {
      RuleContracts.of(rule).ifPresent(c -> c.drawParameters(draw));
    }
    Pick pick = candidates.get(r.nextInt(candidates.size()));
    if (r.nextBoolean()) {
      Optional<?> now = base.find(pick.parameter);
      if (now.isPresent()) {
        return new Pick(pick.parameter, now.get());
      }
    }
    return pick;
  }
}
