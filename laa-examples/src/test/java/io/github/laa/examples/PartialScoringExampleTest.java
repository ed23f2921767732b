package io.github.laa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.Allocation;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Stage;
import io.github.laa.scoring.PartialAgreement;
import io.github.laa.scoring.PartialFinding;
import io.github.laa.scoring.PartialScorecard;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.UnknownFact;
import io.github.laa.scoring.Verdict;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's partial scoring of Camden: its output exactly as printed there, and its threshold
 * redone by hand from the allocations of the London tables.
 */
class PartialScoringExampleTest {
  private static final String MARK = "<!-- partial scoring output: PartialScoringExampleTest -->";
  private static final Policy LVSC = Lvsc2006.policy();
  private static final FinancialYear Y2008 = FinancialYear.parse("2008/09");

  private static PartialScorecard camden() {
    LocalAreaAgreement camden = TableFiles.london().agreement("Camden").orElseThrow();
    return LVSC.scorePartially(
        PartialAgreement.of(
            camden, UnknownFact.amounts(Y2008), UnknownFact.blockInvolvement("CYP", Stage.DESIGN)));
  }

  @Test
  void theReadmeShowsTheOutputAsPrinted() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int at = readme.indexOf(MARK);
    assertThat(at).isNotNegative();
    int start = readme.indexOf("```\n", at) + 4;
    String shown = readme.substring(start, readme.indexOf("```\n", start));
    assertThat(camden().toText()).isEqualTo(shown);
  }

  @Test
  void theThresholdIsTheBaselineYearsTotal() {
    PartialScorecard card = camden();
    LocalAreaAgreement camden = card.agreement().agreement();
    // Baseline: every 2005/06 allocation to Camden's VCS, from all sources (LVSC 2006's scope).
    long baseline = 0;
    for (Allocation a : camden.allocations()) {
      baseline += a.year().equals(camden.baselineYear()) ? a.amount().pence() : 0;
    }
    assertThat(Money.ofPence(baseline)).isEqualTo(Money.parse("£437,125"));
    assertThat(
            LVSC.score(camden)
                .finding(Lvsc2006.NET_RESOURCE_LOSS)
                .orElseThrow()
                .get(NetResourceLossRule.BASELINE))
        .isEqualTo(Money.ofPence(baseline));
    PartialFinding nrl = card.finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();
    assertThat(nrl.possibleVerdicts()).containsExactly(Verdict.PASS, Verdict.FAIL);
    assertThat(nrl.dependence(UnknownFact.amounts(Y2008)).orElseThrow().steps())
        .containsExactly(
            new PartialFinding.Step<>(Money.ZERO, Verdict.FAIL),
            new PartialFinding.Step<>(Money.ofPence(baseline), Verdict.PASS));
    // 2008/09 scaled to the baseline passes; a penny less fails (2006/07 and 2007/08 pass as
    // given).
    PartialAgreement p = card.agreement();
    for (long pence : List.of(baseline, baseline - 1)) {
      Object[] values = {Money.ofPence(pence), InvolvementLevel.INVOLVED};
      LocalAreaAgreement completed = completed(p, values);
      long total = 0;
      for (Allocation a : completed.allocations()) {
        total += a.year().equals(Y2008) ? a.amount().pence() : 0;
      }
      assertThat(total).isEqualTo(pence);
      assertThat(LVSC.score(completed).verdict(Lvsc2006.NET_RESOURCE_LOSS))
          .isEqualTo(pence >= baseline ? Verdict.PASS : Verdict.FAIL);
    }
  }

  /** Camden with 2008/09's allocations scaled to {@code values[0]} in their shape. */
  private static LocalAreaAgreement completed(PartialAgreement p, Object[] values) {
    LocalAreaAgreement a = p.agreement();
    long given = 0;
    for (Allocation x : a.allocations()) {
      given += x.year().equals(Y2008) ? x.amount().pence() : 0;
    }
    long target = ((Money) values[0]).pence();
    // Scale each 2008/09 allocation by target ÷ given, the remainder on the last one.
    List<Allocation> out = new java.util.ArrayList<>();
    long placed = 0;
    int last = -1;
    for (int i = 0; i < a.allocations().size(); i++) {
      last = a.allocations().get(i).year().equals(Y2008) ? i : last;
    }
    for (int i = 0; i < a.allocations().size(); i++) {
      Allocation x = a.allocations().get(i);
      if (!x.year().equals(Y2008)) {
        out.add(x);
        continue;
      }
      long share = i == last ? target - placed : x.amount().pence() * target / given;
      placed += share;
      out.add(x.withAmount(Money.ofPence(share)));
    }
    return a.withAllocations(out);
  }
}
