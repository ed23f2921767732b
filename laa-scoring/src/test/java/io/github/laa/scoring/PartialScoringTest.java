package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.Y2005;
import static io.github.laa.scoring.Fixtures.Y2006;
import static io.github.laa.scoring.Fixtures.Y2007;
import static io.github.laa.scoring.Fixtures.Y2008;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laa.core.AllocationFilter;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Problem;
import io.github.laa.core.Stage;
import io.github.laa.scoring.PartialFinding.Dependence;
import io.github.laa.scoring.PartialFinding.Step;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Partial scoring: each answer redone by hand from the rule's arithmetic, and checked by scoring
 * the agreement completed at each step and one penny (or one level) below it.
 */
class PartialScoringTest {
  private static final Policy LVSC = Lvsc2006.policy();

  /** £100k a year in the baseline and the first two years; 2008/09 given as £90k but unknown. */
  private static final LocalAreaAgreement LAST_YEAR_OPEN =
      Fixtures.yearly("£100k", "£100k", "£100k", "£90k");

  private static final UnknownFact<Money> Y2008_AMOUNTS = UnknownFact.amounts(Y2008);

  @Test
  void anUnknownYearFailsUnlessItReachesTheBaseline() {
    PartialScorecard card = LVSC.scorePartially(PartialAgreement.of(LAST_YEAR_OPEN, Y2008_AMOUNTS));
    PartialFinding nrl = card.finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();

    // Baseline £100,000 (2005/06). 2008/09 at X: loss = £100,000 − X, which fails when positive at
    // a
    // 0% tolerance; no other year loses. So FAIL below £100,000.00 and PASS from it.
    assertThat(nrl.possibleVerdicts()).containsExactly(Verdict.PASS, Verdict.FAIL);
    assertThat(nrl.finding()).isEmpty();
    assertThat(nrl.dependences()).hasSize(1);
    Dependence<Money> d = nrl.dependence(Y2008_AMOUNTS).orElseThrow();
    assertThat(d.steps())
        .containsExactly(
            new Step<>(Money.ZERO, Verdict.FAIL),
            new Step<>(Money.parse("£100,000"), Verdict.PASS));
    assertThat(nrl.toString())
        .isEqualTo(
            "NET_RESOURCE_LOSS: PASS or FAIL depending on 2008/09 allocations: FAIL unless they"
                + " reach £100,000.00");
    assertStepsHold(card, Lvsc2006.NET_RESOURCE_LOSS, Y2008_AMOUNTS, d);
  }

  @Test
  void aToleranceAddsAWarningBand() {
    Policy reform =
        LVSC.reform("5% tolerance").set(NetResourceLossRule.TOLERANCE, Percentage.of(5)).build();
    PartialScorecard card =
        reform.scorePartially(PartialAgreement.of(LAST_YEAR_OPEN, Y2008_AMOUNTS));
    PartialFinding nrl = card.finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();

    // A loss of at most 5% of £100,000 = £5,000 warns: WARN from £95,000.00; PASS from £100,000.00.
    assertThat(nrl.possibleVerdicts()).containsExactly(Verdict.PASS, Verdict.WARN, Verdict.FAIL);
    Dependence<Money> d = nrl.dependence(Y2008_AMOUNTS).orElseThrow();
    assertThat(d.steps())
        .containsExactly(
            new Step<>(Money.ZERO, Verdict.FAIL),
            new Step<>(Money.parse("£95,000"), Verdict.WARN),
            new Step<>(Money.parse("£100,000"), Verdict.PASS));
    assertThat(d.describe())
        .isEqualTo("FAIL below £95,000.00, WARN from £95,000.00, PASS from £100,000.00");
    assertStepsHold(card, Lvsc2006.NET_RESOURCE_LOSS, Y2008_AMOUNTS, d);
  }

  @Test
  void anUnknownBaselineFailsAboveTheWorstYear() {
    LocalAreaAgreement flat = Fixtures.yearly("£80k", "£100k", "£100k", "£100k");
    UnknownFact<Money> baseline = UnknownFact.amounts(Y2005);
    PartialScorecard card = LVSC.scorePartially(PartialAgreement.of(flat, baseline));
    PartialFinding nrl = card.finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();

    // Every agreement year has £100,000; a baseline B loses when B > £100,000: FAIL from
    // £100,000.01.
    Dependence<Money> d = nrl.dependence(baseline).orElseThrow();
    assertThat(d.steps())
        .containsExactly(
            new Step<>(Money.ZERO, Verdict.PASS),
            new Step<>(Money.parse("£100,000.01"), Verdict.FAIL));
    assertThat(d.describe()).isEqualTo("PASS below £100,000.01, FAIL from £100,000.01");
    assertStepsHold(card, Lvsc2006.NET_RESOURCE_LOSS, baseline, d);
  }

  @Test
  void anUnknownLevelIsTriedAtEveryRung() {
    LocalAreaAgreement a =
        Fixtures.involvement(
            InvolvementLevel.CONSULTED, InvolvementLevel.INVOLVED, InvolvementLevel.PARTNER);
    UnknownFact<InvolvementLevel> strategic = UnknownFact.strategicInvolvement();
    PartialScorecard card = LVSC.scorePartially(PartialAgreement.of(a, strategic));
    PartialFinding r4 = card.finding(Lvsc2006.VCS_INVOLVEMENT).orElseThrow();

    // R4 fails below its minimum strategic level, INVOLVED; design INVOLVED and delivery PARTNER
    // pass.
    assertThat(r4.possibleVerdicts()).containsExactly(Verdict.PASS, Verdict.FAIL);
    Dependence<InvolvementLevel> d = r4.dependence(strategic).orElseThrow();
    assertThat(d.steps())
        .containsExactly(
            new Step<>(InvolvementLevel.NONE, Verdict.FAIL),
            new Step<>(InvolvementLevel.INVOLVED, Verdict.PASS));
    assertThat(r4.toString())
        .isEqualTo(
            "VCS_INVOLVEMENT: PASS or FAIL depending on strategic involvement: FAIL at none to"
                + " consulted, PASS at involved to leading");
    for (InvolvementLevel level : InvolvementLevel.values()) {
      Verdict byHand = level.compareTo(InvolvementLevel.INVOLVED) < 0 ? Verdict.FAIL : Verdict.PASS;
      LocalAreaAgreement completed =
          a.withInvolvement(a.involvement().orElseThrow().withStrategic(level));
      assertThat(LVSC.score(completed).verdict(Lvsc2006.VCS_INVOLVEMENT)).isEqualTo(byHand);
    }
    // A block's design level also counts: NONE fails, INFORMED and CONSULTED warn.
    UnknownFact<InvolvementLevel> design = UnknownFact.blockInvolvement("SSC", Stage.DESIGN);
    LocalAreaAgreement strong =
        Fixtures.involvement(
            InvolvementLevel.PARTNER, InvolvementLevel.INVOLVED, InvolvementLevel.PARTNER);
    PartialFinding byDesign =
        LVSC.scorePartially(PartialAgreement.of(strong, design))
            .finding(Lvsc2006.VCS_INVOLVEMENT)
            .orElseThrow();
    assertThat(byDesign.dependences().get(0).describe())
        .isEqualTo("FAIL at none, WARN at informed or consulted, PASS at involved to leading");
  }

  @Test
  void aRuleTheUnknownsDoNotTouchKeepsItsFinding() {
    PartialScorecard card = LVSC.scorePartially(PartialAgreement.of(LAST_YEAR_OPEN, Y2008_AMOUNTS));
    Scorecard asIs = LVSC.score(LAST_YEAR_OPEN);
    PartialFinding r4 = card.finding(Lvsc2006.VCS_INVOLVEMENT).orElseThrow();
    // Camden records no involvement: R4 is not assessed whatever 2008/09 holds, with today's
    // finding.
    assertThat(r4.possibleVerdicts()).containsExactly(Verdict.NOT_ASSESSED);
    assertThat(r4.finding()).contains(asIs.finding(Lvsc2006.VCS_INVOLVEMENT).orElseThrow());
    assertThat(r4.dependences()).isEmpty();
    assertThat(card.asGiven()).isEqualTo(asIs);
  }

  @Test
  void withoutUnknownFactsItIsTodaysScorecard() {
    Scorecard asIs = LVSC.score(LAST_YEAR_OPEN);
    PartialScorecard card = LVSC.scorePartially(PartialAgreement.of(LAST_YEAR_OPEN));
    assertThat(card.isDecided()).isTrue();
    assertThat(card.possibleRatings()).containsExactly(asIs.rag());
    assertThat(card.findings()).hasSameSizeAs(asIs.findings());
    for (int i = 0; i < asIs.findings().size(); i++) {
      assertThat(card.findings().get(i).finding()).contains(asIs.findings().get(i));
      assertThat(card.findings().get(i).possibleVerdicts())
          .containsExactly(asIs.findings().get(i).verdict());
    }
  }

  @Test
  void twoUnknownYearsBothDecide() {
    UnknownFact<Money> y2007 = UnknownFact.amounts(Y2007);
    PartialScorecard card =
        LVSC.scorePartially(PartialAgreement.of(LAST_YEAR_OPEN, y2007, Y2008_AMOUNTS));
    PartialFinding nrl = card.finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();
    assertThat(nrl.possibleVerdicts()).containsExactly(Verdict.PASS, Verdict.FAIL);
    assertThat(nrl.dependences())
        .extracting(x -> x.fact().toString())
        .containsExactly("2007/08 allocations", "2008/09 allocations");
    // 2007/08 as given (£100k) passes only with 2008/09 at £100k or more; 2007/08 alone, with
    // 2008/09 as given (£90k), cannot pass: its steps show one verdict.
    assertThat(nrl.dependence(y2007).orElseThrow().steps())
        .containsExactly(new Step<>(Money.ZERO, Verdict.FAIL));
    assertThat(nrl.toString())
        .isEqualTo(
            "NET_RESOURCE_LOSS: PASS or FAIL depending on 2007/08 allocations and 2008/09"
                + " allocations (each with the others as given: 2007/08 allocations: FAIL whatever"
                + " its value, with the others as given; 2008/09 allocations: FAIL unless they"
                + " reach £100,000.00)");
    assertThat(card.toText())
        .startsWith(
            "Camden (E09000007) under LVSC 2006, partly known\n"
                + "  unknown: 2007/08 allocations (given £100,000.00; tried from £0.00 to");
  }

  @Test
  void anUnknownAmountKeepsTheShapeOfItsAllocations() {
    LocalAreaAgreement two =
        Fixtures.camden()
            .addAllocation(Fixtures.money("cvs", "nrf", Y2005, "£100k"))
            .addAllocation(Fixtures.money("cvs", "nrf", Y2006, "£30k"))
            .addAllocation(Fixtures.money("club", "nrf", Y2006, "£10k"))
            .build();
    PartialAgreement p = PartialAgreement.of(two, UnknownFact.amounts(Y2006));
    // £1,000.01 spread 3:1: floor(100,001 × 3 ÷ 4) = 75,000p to the CVS, the other 25,001p to the
    // club.
    LocalAreaAgreement done = p.complete(new Object[] {Money.parse("£1,000.01")});
    assertThat(done.allocations())
        .extracting(a -> a.amount().toString())
        .containsExactly("£100,000.00", "£750.00", "£250.01");
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    LocalAreaAgreement camden = Fixtures.yearly("£100k", "£100k", "£100k", "£90k");
    assertThatThrownBy(
            () ->
                PartialAgreement.of(
                    camden,
                    List.of(
                        UnknownFact.amounts(Fixtures.Y2004),
                        UnknownFact.amounts(Y2008),
                        UnknownFact.amounts(AllocationFilter.year(Y2008).withRecipient("cvs")),
                        UnknownFact.amounts(AllocationFilter.year(Y2006).withRecipient("nobody")),
                        UnknownFact.strategicInvolvement(),
                        UnknownFact.qualityRating(),
                        UnknownFact.amounts(Y2008))))
        .isInstanceOfSatisfying(
            InvalidDataException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly(
                        "unknowns[0]",
                        "unknowns[2]",
                        "unknowns[3]",
                        "unknowns[3]",
                        "unknowns[4]",
                        "unknowns[5]",
                        "unknowns[6]",
                        "unknowns[6]",
                        "unknowns"))
        .hasMessageContaining(
            "covers no allocation of the agreement: add the allocations of 2004/05")
        .hasMessageContaining("shares allocations[3] with unknowns[1]")
        .hasMessageContaining("names the body nobody, which the agreement does not have")
        .hasMessageContaining("needs the agreement's involvement record")
        .hasMessageContaining("needs the agreement's infrastructure profile")
        .hasMessageContaining("must appear once but 2008/09 allocations is also unknowns[1]");
  }

  @Test
  void tooManyCombinationsAreRefused() {
    LocalAreaAgreement camden = Fixtures.yearly("£100k", "£100k", "£100k", "£90k");
    // 16 × 16 × 16 × 16 = 65,536 combinations of four unknown amounts.
    assertThatThrownBy(
            () ->
                PartialAgreement.of(
                    camden,
                    UnknownFact.amounts(Y2005),
                    UnknownFact.amounts(Y2006),
                    UnknownFact.amounts(Y2007),
                    UnknownFact.amounts(Y2008)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining(
            "must give at most 20,000 combinations of values to try but give 65,536");
  }

  @Test
  void amountsNearTheEndOfMoneysRangeAreTriedOnlyAsFarAsItAllows() {
    // 2007/08 holds nine tenths of Money's range; with 2008/09 unknown too, no completion may take
    // the total past the range (each amount is tried at most at its given amount plus an equal
    // share of what is left), and scoring never throws.
    long big = Long.MAX_VALUE / 10 * 9;
    LocalAreaAgreement a =
        Fixtures.camden()
            .addAllocation(Fixtures.money("cvs", "nrf", Y2005, "£100k"))
            .addAllocation(Fixtures.money("cvs", "nrf", Y2006, "£100k"))
            .addAllocation(Fixtures.money("cvs", "nrf", Y2007, "£1").withAmount(Money.ofPence(big)))
            .addAllocation(Fixtures.money("cvs", "nrf", Y2008, "£90k"))
            .build();
    UnknownFact<Money> y2007 = UnknownFact.amounts(Y2007);
    PartialScorecard card = LVSC.scorePartially(PartialAgreement.of(a, y2007, Y2008_AMOUNTS));
    long free = Long.MAX_VALUE - big - 10_000_000L - 10_000_000L - 9_000_000L;
    assertThat(card.searchedUpTo(y2007).pence()).isLessThanOrEqualTo(big + free / 2);
    assertThat(card.searchedUpTo(Y2008_AMOUNTS).pence()).isLessThanOrEqualTo(9_000_000L + free / 2);
    assertThat(card.finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow().possibleVerdicts())
        .contains(Verdict.PASS, Verdict.FAIL);
  }

  @Test
  void aVerdictThatFlipsEveryPennyStopsTheSearchAtItsBound() {
    // A rule whose verdict is PASS, WARN or FAIL as 2008/09's total in pence has 0, 1 or 2 one bits
    // modulo 3: it changes all the time among three verdicts, so every bisection finds changes
    // that start more, and the search must stop at its bound rather than go on for ever.
    Rule parity =
        new Rule() {
          @Override
          public RuleId id() {
            return RuleId.of("EVEN_PENCE");
          }

          @Override
          public String title() {
            return "Even pence in the last year";
          }

          @Override
          public Citation citation() {
            return Citation.of("Test", "a verdict that changes at every penny");
          }

          @Override
          public Finding evaluate(RuleInput in) {
            int bits = Long.bitCount(in.facts().total(2)) % 3;
            Verdict v = bits == 0 ? Verdict.PASS : bits == 1 ? Verdict.WARN : Verdict.FAIL;
            return in.finding().verdict(v).score(v.minScore()).build();
          }
        };
    PartialScorecard card =
        Fixtures.policyOf(parity)
            .scorePartially(PartialAgreement.of(LAST_YEAR_OPEN, Y2008_AMOUNTS));
    PartialFinding f = card.findings().get(0);
    assertThat(f.possibleVerdicts()).containsExactly(Verdict.PASS, Verdict.WARN, Verdict.FAIL);
    // The amounts tried reached the bound: most of them are steps, none beyond it.
    assertThat(f.dependence(Y2008_AMOUNTS).orElseThrow().steps())
        .hasSizeGreaterThan(PartialScoring.MAX_AMOUNTS_TRIED / 4)
        .hasSizeLessThanOrEqualTo(PartialScoring.MAX_AMOUNTS_TRIED);
  }

  /**
   * Each step of {@code d} holds when the agreement is completed with its value, and the previous
   * step's verdict one penny (or one rung) below it.
   */
  static void assertStepsHold(
      PartialScorecard card, RuleId rule, UnknownFact<?> fact, Dependence<?> d) {
    PartialAgreement p = card.agreement();
    int i = p.unknowns().indexOf(fact);
    for (int k = 0; k < d.steps().size(); k++) {
      Step<?> s = d.steps().get(k);
      assertThat(verdictAt(card, rule, i, s.from())).as("at %s", s.from()).isEqualTo(s.verdict());
      if (k > 0 && s.from() instanceof Money m) {
        Money below = Money.ofPence(m.pence() - 1);
        assertThat(verdictAt(card, rule, i, below))
            .as("at %s", below)
            .isEqualTo(d.steps().get(k - 1).verdict());
      }
    }
    assertThat(card.finding(rule).orElseThrow().possibleVerdicts())
        .containsAll(d.steps().stream().map(Step::verdict).toList());
  }

  /** The verdict of {@code rule} with unknown {@code i} at {@code value}, the others as given. */
  private static Verdict verdictAt(PartialScorecard card, RuleId rule, int i, Object value) {
    PartialAgreement p = card.agreement();
    Object[] values = new Object[p.unknowns().size()];
    for (int j = 0; j < values.length; j++) {
      values[j] = j == i ? value : p.given(j);
    }
    return card.policy().score(p.complete(values)).verdict(rule);
  }
}
