package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.VcsBody;
import io.github.laa.core.tables.Dataset;
import io.github.laa.core.tables.Table;
import io.github.laa.core.tables.TableReader;
import io.github.laa.core.tables.Tables;
import io.github.laa.core.testing.TestBudget;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.testing.LaaGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Reading what {@link Tables} wrote gives back the same agreements and cohorts, which score the
 * same, for generated agreements (narrow and wide, with every other body known only by its income
 * band) and cohorts.
 */
class TablesRoundTripProperties {
  private static final Gen<LocalAreaAgreement> AGREEMENTS =
      LaaGenerators.agreements()
          .mix(LaaGenerators.wideAgreements(), 50)
          .map(TablesRoundTripProperties::someBodiesByBandOnly);

  @Test
  void readingWrittenTablesGivesTheAgreementBack() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(AGREEMENTS)
        .checkAssert(
            a -> {
              Dataset data = Dataset.of(List.of(a));
              Map<Table, String> csv = Tables.write(data);
              Dataset read = read(csv);
              assertThat(read).isEqualTo(data);
              assertThat(Tables.write(read)).isEqualTo(csv);
              assertThat(Lvsc2006.policy().score(read.agreements().get(0)).toText())
                  .isEqualTo(Lvsc2006.policy().score(a).toText());
            });
  }

  @Test
  void readingWrittenTablesGivesTheCohortBack() {
    qt().withExamples(TestBudget.examples(1_000))
        .forAll(LaaGenerators.cohortsOf(AGREEMENTS, 6))
        .checkAssert(
            cohort -> {
              Dataset data = Dataset.of(cohort);
              assertThat(read(Tables.write(data))).isEqualTo(data);
            });
  }

  static Dataset read(Map<Table, String> csv) {
    TableReader r = Tables.reader();
    csv.forEach(r::add);
    return r.read();
  }

  /** Every other body without its income, known by its band only. */
  static LocalAreaAgreement someBodiesByBandOnly(LocalAreaAgreement a) {
    List<VcsBody> bodies = new ArrayList<>();
    for (int i = 0; i < a.bodies().size(); i++) {
      VcsBody b = a.bodies().get(i);
      bodies.add(i % 2 == 0 ? b : b.withIncomeBand(b.sizeBand()).withIncome(Optional.empty()));
    }
    return a.withBodies(bodies);
  }
}
