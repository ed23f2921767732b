package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.Y2006;
import static io.github.laa.scoring.Fixtures.Y2007;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.Money;
import io.github.laa.scoring.lvsc.SmallGrantsRule;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class EvidenceTest {
  private static final Key<Money> BUDGET = Key.of("budget", Money.class);

  /** The one piece of evidence a finding builder records. */
  private static Evidence<?> evidence(Consumer<Finding.Builder> record) {
    Finding.Builder f = Finding.builder(SmallGrantsRule.INSTANCE);
    record.accept(f);
    return f.verdict(Verdict.PASS).build().evidence().get(0);
  }

  private static final Evidence<?> E =
      evidence(f -> f.check(BUDGET, Y2006, Money.ofPounds(5), Verdict.WARN));

  @Test
  void evidenceIsEqualOnlyWithEqualKeyAboutValueAndCheck() {
    assertThat(E).isEqualTo(evidence(f -> f.check(BUDGET, Y2006, Money.ofPounds(5), Verdict.WARN)));
    assertThat(E)
        .isNotEqualTo(evidence(f -> f.check(BUDGET, Y2006, Money.ofPounds(5), Verdict.PASS)))
        .isNotEqualTo(evidence(f -> f.check(BUDGET, Y2007, Money.ofPounds(5), Verdict.WARN)))
        .isNotEqualTo(evidence(f -> f.check(BUDGET, Y2006, Money.ofPounds(6), Verdict.WARN)))
        .isNotEqualTo(evidence(f -> f.check(BUDGET, "2006/07", Money.ofPounds(5), Verdict.WARN)))
        .isNotEqualTo(evidence(f -> f.evidence(BUDGET, Y2006, Money.ofPounds(5))));
    assertThat(E.hashCode())
        .isNotEqualTo(
            evidence(f -> f.check(BUDGET, Y2007, Money.ofPounds(5), Verdict.WARN)).hashCode());
  }

  @Test
  void evidencePrintsItsLabelValueAndCheck() {
    assertThat(E).hasToString("budget [2006/07]: £5.00 (WARN)");
    assertThat(evidence(f -> f.evidence(Key.of("total", Money.class), Money.ofPounds(1))))
        .hasToString("total: £1.00");
  }

  @Test
  void aLabelNamesWhatTheEvidenceIsAbout() {
    assertThat(evidence(f -> f.evidence(BUDGET, "Community Chest", Money.ofPounds(5))).label())
        .isEqualTo("budget [Community Chest]");
    assertThat(evidence(f -> f.evidence(BUDGET, Money.ofPounds(5))).label()).isEqualTo("budget");
  }
}
