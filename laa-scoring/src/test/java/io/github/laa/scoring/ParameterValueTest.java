package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.camden;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.Money;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.SmallGrantsRule;
import org.junit.jupiter.api.Test;

class ParameterValueTest {
  private static final Finding F =
      Lvsc2006.policy().score(camden().build()).finding(Lvsc2006.SMALL_GRANTS).orElseThrow();

  /** The value {@code f} records for parameter {@code p}. */
  private static ParameterValue valueOf(Finding f, Parameter<?> p) {
    return f.parameters().stream().filter(v -> v.parameter() == p).findFirst().orElseThrow();
  }

  @Test
  void aFindingRecordsTheValueItsRuleRead() {
    assertThat(valueOf(F, SmallGrantsRule.GRANT_CEILING).value()).contains(Money.ofPounds(5_000));
  }

  @Test
  void parameterValuesAreEqualByParameterAndValueAndPrintBoth() {
    ParameterValue ceiling = valueOf(F, SmallGrantsRule.GRANT_CEILING);
    ParameterValue cap = valueOf(F, SmallGrantsRule.INCOME_CAP_LIMIT);
    assertThat(ceiling)
        .isEqualTo(valueOf(F, SmallGrantsRule.GRANT_CEILING))
        .isNotEqualTo(cap)
        .hasToString("SMALL_GRANTS.grantCeiling = £5,000.00");
    assertThat(ceiling.hashCode()).isNotEqualTo(cap.hashCode());
  }
}
