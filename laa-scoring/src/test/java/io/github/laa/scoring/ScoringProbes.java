package io.github.laa.scoring;

import io.github.laa.core.Areas;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.scoring.BadInputCampaign.Draw;
import io.github.laa.scoring.BadInputCampaign.Input;
import io.github.laa.scoring.lvsc.Lvsc2006;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The bad-input campaign's target in scoring and rendering: a wide agreement from the pool scored
 * under LVSC 2006 or a random reform, rendered as text and Markdown, now and then in a cohort with
 * its diff; nothing may throw.
 */
final class ScoringProbes {
  private final Input in;
  private final List<LocalAreaAgreement> wide;
  private final List<Fixtures.Variant> variants;

  ScoringProbes(Input in, List<LocalAreaAgreement> wide, List<Fixtures.Variant> variants) {
    this.in = in;
    this.wide = wide;
    this.variants = variants;
  }

  void scoring(Draw d) {
    LocalAreaAgreement laa = wide.get(d.nextInt(wide.size()));
    Policy policy =
        d.nextBoolean() ? Lvsc2006.policy() : variants.get(d.nextInt(variants.size())).policy();
    in.note("scoring", laa.area().code(), laa.allocations().size() + " allocations", policy);
    Scorecard card = policy.score(laa);
    String text = card.toText();
    String markdown = card.toMarkdown();
    if (text.isEmpty() || markdown.isEmpty() || card.findings().size() != policy.entries().size()) {
      throw new AssertionError("empty rendering");
    }
    for (Finding f : card.findings()) {
      Objects.requireNonNull(f.toString());
      f.margin().ifPresent(m -> Objects.requireNonNull(m.toString()));
      for (Evidence<?> e : f.evidence()) {
        Objects.requireNonNull(e.toString());
      }
    }
    if (d.nextInt(4) == 0) {
      List<LocalAreaAgreement> cohort = new ArrayList<>();
      int n = 2 + d.nextInt(5);
      for (int i = 0; i < n; i++) {
        cohort.add(wide.get(d.nextInt(wide.size())).withArea(Areas.london().get(i)));
      }
      CohortScorecard scored = policy.scoreCohort(cohort);
      Objects.requireNonNull(scored.toText());
      Objects.requireNonNull(scored.toMarkdown());
      Objects.requireNonNull(scored.diff(Lvsc2006.policy().scoreCohort(cohort)).toString());
    }
  }
}
