package io.github.laa.examples;

import static io.github.laa.scoring.testing.LaaAssertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.Allocation;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Purpose;
import io.github.laa.scoring.Citation;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Key;
import io.github.laa.scoring.Parameter;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Rag;
import io.github.laa.scoring.Rule;
import io.github.laa.scoring.RuleId;
import io.github.laa.scoring.RuleInput;
import io.github.laa.scoring.Severity;
import io.github.laa.scoring.Verdict;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.testing.LaaGenerators;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a council tests its own policy with the shipped test kit: a custom rule ("at least 10% of VCS
 * money is core funding, every year of the agreement"), checked on worked examples with the
 * assertions and on generated agreements with a property.
 */
class CouncilPolicyTest {

  /** Anytown's own rule: core (unrestricted) funding of at least a share of VCS money each year. */
  static final class CoreFundingShare implements Rule {
    static final RuleId ID = RuleId.of("ANYTOWN_CORE_FUNDING");
    static final Key<Percentage> CORE_SHARE = Key.of("core share", Percentage.class);
    static final Parameter<Percentage> MIN_SHARE =
        Parameter.of(
            ID,
            "minShare",
            "least core funding as a share of VCS money",
            Percentage.class,
            Percentage.of(10),
            p ->
                p.isNegative() || p.isGreaterThan(Percentage.HUNDRED)
                    ? "must be between 0% and 100%"
                    : null);

    @Override
    public RuleId id() {
      return ID;
    }

    @Override
    public String title() {
      return "Core funding for the VCS every year";
    }

    @Override
    public Citation citation() {
      return Citation.of(
          "Anytown Compact (2006), section 4",
          "the council will provide core funding to the sector each year");
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.MUST;
    }

    @Override
    public ImmutableList<Parameter<?>> parameters() {
      return ImmutableList.of(MIN_SHARE);
    }

    @Override
    public Finding evaluate(RuleInput in) {
      Finding.Builder f = in.finding();
      long minBp = in.get(MIN_SHARE).basisPoints();
      boolean anyMoney = false;
      boolean short_ = false;
      for (int y = 0; y < in.agreement().years().size(); y++) {
        long all = in.facts().total(y);
        long core = in.facts().purpose(Purpose.CORE, y);
        if (all == 0) {
          continue;
        }
        anyMoney = true;
        // core / all < minBp / 10,000, exactly
        boolean below =
            BigInteger.valueOf(core)
                    .multiply(BigInteger.valueOf(10_000))
                    .compareTo(BigInteger.valueOf(minBp).multiply(BigInteger.valueOf(all)))
                < 0;
        short_ |= below;
        f.check(
            CORE_SHARE,
            in.facts().year(y),
            Percentage.ratio(core, all),
            below ? Verdict.FAIL : Verdict.PASS);
      }
      if (!anyMoney) {
        return f.notAssessed("VCS money in the agreement years");
      }
      return f.verdict(short_ ? Verdict.FAIL : Verdict.PASS).score(short_ ? 0 : 100).build();
    }
  }

  static final Policy ANYTOWN =
      Lvsc2006.policy().reform("Anytown 2007").rule(new CoreFundingShare()).build();

  @Test
  void greenwichGivesEnoughCoreFundingButNotUnderAStricterShare() {
    // Greenwich 2005/06: CVS core £60,000 of £365,878 of VCS money = 16.40%.
    assertThat(ANYTOWN.score(IllustrativeCohort.agreement("Greenwich")))
        .hasVerdict(CoreFundingShare.ID, Verdict.PASS)
        .finding(CoreFundingShare.ID)
        .hasEvidence(
            CoreFundingShare.CORE_SHARE, FinancialYear.of(2005), Percentage.parse("16.40%"));
    Policy strict =
        ANYTOWN.reform("Anytown, 20%").set(CoreFundingShare.MIN_SHARE, Percentage.of(20)).build();
    assertThat(strict.score(IllustrativeCohort.agreement("Greenwich")))
        .hasRag(Rag.RED)
        .hasVerdict(CoreFundingShare.ID, Verdict.FAIL);
  }

  @Test
  void theRuleNeverThrowsAndItsVerdictMatchesItsEvidence() {
    qt().withExamples(500)
        .forAll(LaaGenerators.agreements())
        .checkAssert(
            laa -> {
              Finding f = ANYTOWN.score(laa).finding(CoreFundingShare.ID).orElseThrow();
              assertThat(f).hasScoreWithinItsVerdictsBand();
              boolean anyFailedYear =
                  f.evidence().stream()
                      .anyMatch(e -> e.check().orElse(Verdict.PASS) == Verdict.FAIL);
              if (f.verdict() != Verdict.NOT_ASSESSED) {
                assertThat(f).hasVerdict(anyFailedYear ? Verdict.FAIL : Verdict.PASS);
              }
            });
  }

  @Test
  void addingCoreFundingNeverTurnsAPassIntoAFail() {
    qt().withExamples(300)
        .forAll(LaaGenerators.agreements())
        .assuming(laa -> !laa.bodies().isEmpty())
        .checkAssert(
            laa -> {
              Verdict before = ANYTOWN.score(laa).verdict(CoreFundingShare.ID);
              List<Allocation> more = new ArrayList<>(laa.allocations());
              for (FinancialYear y : laa.years()) {
                more.add(
                    Allocation.builder()
                        .recipient(laa.bodies().get(0).id())
                        .year(y)
                        .amount(Money.parse("£1k"))
                        .purpose(Purpose.CORE)
                        .build());
              }
              if (before == Verdict.PASS) {
                assertThat(ANYTOWN.score(laa.withAllocations(more)))
                    .hasVerdict(CoreFundingShare.ID, Verdict.PASS);
              }
            });
  }
}
