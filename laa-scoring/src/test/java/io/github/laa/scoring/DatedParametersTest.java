package io.github.laa.scoring;

import static io.github.laa.scoring.Fixtures.Y2006;
import static io.github.laa.scoring.Fixtures.Y2007;
import static io.github.laa.scoring.Fixtures.Y2008;
import static io.github.laa.scoring.Fixtures.camden;
import static io.github.laa.scoring.Fixtures.chest;
import static io.github.laa.scoring.Fixtures.yearly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laa.core.FinancialYear;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Problem;
import io.github.laa.core.SmallGrantsProgramme;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import io.github.laa.scoring.lvsc.SmallGrantsRule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Dated parameter values ({@link Policy.Builder#setFrom}): which value applies in which year, the
 * evidence that shows it and its source, the canonical form and decision record, and bad values.
 * Expected figures are worked out by hand in the comments.
 */
class DatedParametersTest {
  private static final Policy LVSC = Lvsc2006.policy();
  private static final Citation COMPACT =
      Citation.of("Anytown Compact 2008", "§3 small grants of up to £10,000");
  private static final Citation TOLERANCE_SOURCE =
      Citation.of("Anytown Compact 2008", "§5 a loss of up to 5% is only a warning");

  private static Finding smallGrants(Policy policy, SmallGrantsProgramme... programmes) {
    LocalAreaAgreement laa = camden().addSmallGrantsProgrammes(programmes).build();
    return policy.score(laa).finding(Lvsc2006.SMALL_GRANTS).orElseThrow();
  }

  private static Finding netLoss(Policy policy, LocalAreaAgreement laa) {
    return policy.score(laa).finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();
  }

  /** LVSC 2006 with a £10,000 ceiling from 2008/09 (£5,000, the default, before). */
  private static Policy ceilingFrom2008() {
    return LVSC.reform("Anytown 2008")
        .setFrom(SmallGrantsRule.GRANT_CEILING, Y2008, Money.parse("£10k"), COMPACT)
        .build();
  }

  /** A capacity-building programme with a £7,500 maximum grant and budget only in {@code years}. */
  private static SmallGrantsProgramme programme(String id, FinancialYear... years) {
    SmallGrantsProgramme.Builder b =
        SmallGrantsProgramme.builder()
            .id(id)
            .name(id)
            .maxGrant(Money.parse("£7,500"))
            .incomeCap(Money.parse("£100k"))
            .capacityBuilding(true);
    for (FinancialYear y : years) {
      b.putBudget(y, Money.parse("£20k"));
    }
    return b.build();
  }

  private static Verdict check(Finding f, Key<?> key, String about) {
    return f.entry(key, about).flatMap(Evidence::check).orElseThrow();
  }

  @Test
  void aDatedCeilingAppliesOnlyToProgrammesWithGrantsFromItsYear() {
    // Ceilings: 2006/07 £5,000, 2007/08 £5,000, 2008/09 £10,000 (dated).
    // "late" has budget only in 2008/09: £7,500 <= £10,000, a pass.
    // "early" has budget only in 2006/07 and 2007/08: £7,500 > £5,000, a warning.
    // Budgets: 2006/07 £20k (early), 2007/08 £20k (early), 2008/09 £20k (late): every year has
    // money, so the one warning is early's grant: 100 − 10 = 90, moved into the WARN band: 69.
    SmallGrantsProgramme late = programme("late", Y2008);
    SmallGrantsProgramme early = programme("early", Y2006, Y2007);
    Finding f = smallGrants(ceilingFrom2008(), late, early);
    assertThat(f.verdict()).isEqualTo(Verdict.WARN);
    assertThat(f.score()).isEqualTo(69);
    assertThat(f.get(SmallGrantsRule.CEILING, Y2006)).isEqualTo(Money.parse("£5,000"));
    assertThat(f.get(SmallGrantsRule.CEILING, Y2007)).isEqualTo(Money.parse("£5,000"));
    assertThat(f.get(SmallGrantsRule.CEILING, Y2008)).isEqualTo(Money.parse("£10,000"));
    assertThat(f.find(SmallGrantsRule.CEILING_SOURCE, Y2007)).isEmpty();
    assertThat(f.entry(SmallGrantsRule.CEILING_SOURCE, Y2008).orElseThrow())
        .hasToString(
            "ceiling source [2008/09]: from 2008/09: Anytown Compact 2008: \"§3 small grants of up"
                + " to £10,000\"");
    assertThat(f.entry(SmallGrantsRule.CEILING, Y2008).orElseThrow())
        .hasToString("ceiling [2008/09]: £10,000.00");
    assertThat(f.get(SmallGrantsRule.CEILING_APPLIED, "late")).isEqualTo(Money.parse("£10,000"));
    assertThat(f.get(SmallGrantsRule.CEILING_APPLIED, "early")).isEqualTo(Money.parse("£5,000"));
    assertThat(check(f, SmallGrantsRule.MAX_GRANT, "late")).isEqualTo(Verdict.PASS);
    assertThat(check(f, SmallGrantsRule.MAX_GRANT, "early")).isEqualTo(Verdict.WARN);
    // £7,500 − £5,000 = £2,500 over early's ceiling.
    assertThat(f.margin().orElseThrow())
        .hasToString("Maximum grant in early must fall by £2,500.00 to reach the ceiling");

    // Under LVSC 2006 (£5,000 in every year) both warn: 100 − 20 = 80 → 69; no ceiling evidence.
    Finding before = smallGrants(LVSC, late, early);
    assertThat(before.verdict()).isEqualTo(Verdict.WARN);
    assertThat(check(before, SmallGrantsRule.MAX_GRANT, "late")).isEqualTo(Verdict.WARN);
    assertThat(before.entries(SmallGrantsRule.CEILING)).isEmpty();
    assertThat(before.entries(SmallGrantsRule.CEILING_APPLIED)).isEmpty();
  }

  @Test
  void aProgrammeWithGrantsInSeveralYearsMeetsTheLowestCeilingAmongThem() {
    // The chest has budget in all three years: the lowest ceiling, £5,000, applies to its £7,500.
    Finding f = smallGrants(ceilingFrom2008(), chest().build().withMaxGrant(Money.parse("£7,500")));
    assertThat(f.get(SmallGrantsRule.CEILING_APPLIED, "Community Chest"))
        .isEqualTo(Money.parse("£5,000"));
    assertThat(f.verdict()).isEqualTo(Verdict.WARN);
    // With the £10,000 ceiling from 2006/07 instead, every year's ceiling is £10,000: a pass with
    // £10,000 − £7,500 = £2,500 of room.
    Policy from2006 =
        LVSC.reform("Anytown 2006")
            .setFrom(SmallGrantsRule.GRANT_CEILING, Y2006, Money.parse("£10k"), COMPACT)
            .build();
    Finding g = smallGrants(from2006, chest().build().withMaxGrant(Money.parse("£7,500")));
    assertThat(g.verdict()).isEqualTo(Verdict.PASS);
    assertThat(g.margin().orElseThrow())
        .hasToString(
            "Maximum grant in Community Chest could rise by £2,500.00 before exceeding the ceiling");
  }

  @Test
  void aDatedToleranceAppliesToEachComparedYearFromItsYear() {
    // Baseline 2005/06 £100,000; years £100,000, £95,000 (loss £5,000 = 5.00%), £96,000 (loss
    // £4,000 = 4.00%). 5% tolerance from 2007/08: 2007/08 5% <= 5% warns, 2008/09 4% <= 5% warns.
    LocalAreaAgreement laa = yearly("£100k", "£100k", "£95k", "£96k");
    Policy from2007 =
        LVSC.reform("tolerance from 2007")
            .setFrom(NetResourceLossRule.TOLERANCE, Y2007, Percentage.of(5), TOLERANCE_SOURCE)
            .build();
    Finding f = netLoss(from2007, laa);
    assertThat(f.verdict()).isEqualTo(Verdict.WARN);
    // Worst year 2007/08, 500 bp: 100 − 2 × 500 / 100 = 90, moved into the WARN band: 69.
    assertThat(f.score()).isEqualTo(69);
    assertThat(f.get(NetResourceLossRule.TOLERANCE_APPLIED, Y2006)).isEqualTo(Percentage.ZERO);
    assertThat(f.get(NetResourceLossRule.TOLERANCE_APPLIED, Y2007)).isEqualTo(Percentage.of(5));
    assertThat(f.get(NetResourceLossRule.TOLERANCE_APPLIED, Y2008)).isEqualTo(Percentage.of(5));
    assertThat(f.find(NetResourceLossRule.TOLERANCE_SOURCE, Y2006)).isEmpty();
    assertThat(f.get(NetResourceLossRule.TOLERANCE_SOURCE, Y2008))
        .isEqualTo(
            "from 2007/08: Anytown Compact 2008: \"§5 a loss of up to 5% is only a warning\"");
    assertThat(f.entry(NetResourceLossRule.CHANGE, Y2007).orElseThrow().check())
        .contains(Verdict.WARN);

    // From 2008/09 only: 2007/08's 5% loss meets 0% and fails; 2008/09's 4% warns: FAIL overall.
    Policy from2008 =
        LVSC.reform("tolerance from 2008")
            .setFrom(NetResourceLossRule.TOLERANCE, Y2008, Percentage.of(5), TOLERANCE_SOURCE)
            .build();
    Finding g = netLoss(from2008, laa);
    assertThat(g.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(g.score()).isEqualTo(39); // 90 moved into the FAIL band
    assertThat(g.entry(NetResourceLossRule.CHANGE, Y2007).orElseThrow().check())
        .contains(Verdict.FAIL);
    assertThat(g.entry(NetResourceLossRule.CHANGE, Y2008).orElseThrow().check())
        .contains(Verdict.WARN);
    // Undated, LVSC 2006 fails and shows no tolerance evidence.
    Finding before = netLoss(LVSC, laa);
    assertThat(before.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(before.entries(NetResourceLossRule.TOLERANCE_APPLIED)).isEmpty();
  }

  @Test
  void aYearWithinItsToleranceDoesNotExcuseAnEarlierSmallerLoss() {
    // Years £98,000 (loss 2% at 0%: FAIL), £95,000 (loss 5% at 5% from 2007/08: WARN), £110,000.
    // The largest loss warns, but the verdict is the worst year's: FAIL.
    Policy p =
        LVSC.reform("tolerance from 2007")
            .setFrom(NetResourceLossRule.TOLERANCE, Y2007, Percentage.of(5), TOLERANCE_SOURCE)
            .build();
    Finding f = netLoss(p, yearly("£100k", "£98k", "£95k", "£110k"));
    assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(f.entry(NetResourceLossRule.CHANGE, Y2006).orElseThrow().check())
        .contains(Verdict.FAIL);
    assertThat(f.entry(NetResourceLossRule.CHANGE, Y2007).orElseThrow().check())
        .contains(Verdict.WARN);
    assertThat(f.get(NetResourceLossRule.WORST_YEAR)).isEqualTo(Y2007);
  }

  @Test
  void theMeanIsComparedWithTheToleranceOfTheAgreementsFirstYear() {
    // Mean of £100,000, £95,000, £95,000 = £96,666.67: a loss of 3.33%. 5% from 2006/07 (the
    // first year) warns; 5% only from 2007/08 leaves 0% for the first year: FAIL.
    LocalAreaAgreement laa = yearly("£100k", "£100k", "£95k", "£95k");
    Policy.Builder mean =
        LVSC.reform("mean")
            .set(NetResourceLossRule.COMPARISON, NetResourceLossRule.Comparison.MEAN_OF_YEARS);
    Policy from2006 =
        mean.setFrom(NetResourceLossRule.TOLERANCE, Y2006, Percentage.of(5), TOLERANCE_SOURCE)
            .build();
    Finding f = netLoss(from2006, laa);
    assertThat(f.get(NetResourceLossRule.MEAN)).isEqualTo(Money.parse("£96,666.67"));
    assertThat(f.verdict()).isEqualTo(Verdict.WARN);
    assertThat(f.get(NetResourceLossRule.TOLERANCE_APPLIED, Y2006)).isEqualTo(Percentage.of(5));
    assertThat(f.entries(NetResourceLossRule.TOLERANCE_APPLIED)).hasSize(1);
    Policy from2007 =
        LVSC.reform("mean")
            .set(NetResourceLossRule.COMPARISON, NetResourceLossRule.Comparison.MEAN_OF_YEARS)
            .setFrom(NetResourceLossRule.TOLERANCE, Y2007, Percentage.of(5), TOLERANCE_SOURCE)
            .build();
    assertThat(netLoss(from2007, laa).verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void aPolicyResolvesTheLatestDatedValueFromTheYearOrBefore() {
    Money ten = Money.parse("£10k");
    Money eight = Money.parse("£8k");
    Policy p =
        LVSC.reform("two dates")
            .set(SmallGrantsRule.GRANT_CEILING, Money.parse("£6k"))
            .setFrom(SmallGrantsRule.GRANT_CEILING, Y2008, ten, COMPACT)
            .setFrom(SmallGrantsRule.GRANT_CEILING, Y2006, eight, COMPACT)
            .build();
    assertThat(p.get(SmallGrantsRule.GRANT_CEILING, FinancialYear.of(2005)))
        .isEqualTo(Money.parse("£6k"));
    assertThat(p.get(SmallGrantsRule.GRANT_CEILING, Y2006)).isEqualTo(eight);
    assertThat(p.get(SmallGrantsRule.GRANT_CEILING, Y2007)).isEqualTo(eight);
    assertThat(p.get(SmallGrantsRule.GRANT_CEILING, FinancialYear.of(2012))).isEqualTo(ten);
    assertThat(p.datedValue(SmallGrantsRule.GRANT_CEILING, Y2007).orElseThrow().from())
        .isEqualTo(Y2006);
    assertThat(p.datedValue(SmallGrantsRule.GRANT_CEILING, FinancialYear.of(2005))).isEmpty();
    // Oldest first, whatever the order they were set in.
    assertThat(p.datedValues(SmallGrantsRule.GRANT_CEILING))
        .containsExactly(DatedValue.of(Y2006, eight, COMPACT), DatedValue.of(Y2008, ten, COMPACT));
    // A reform keeps them; clear drops them with the plain value.
    Policy kept = p.reform("kept").build();
    assertThat(kept.datedValues(SmallGrantsRule.GRANT_CEILING)).hasSize(2);
    assertThat(kept.sha256()).isEqualTo(p.sha256());
    Policy cleared = p.reform("cleared").clear(SmallGrantsRule.GRANT_CEILING).build();
    assertThat(cleared.datedValues(SmallGrantsRule.GRANT_CEILING)).isEmpty();
    assertThat(cleared.sha256()).isEqualTo(LVSC.sha256());
    assertThat(p.values().toString())
        .contains(
            "SMALL_GRANTS.grantCeiling = £6,000.00; from 2006/07: £8,000.00 (Anytown Compact 2008:");
  }

  @Test
  void parametersWithoutDatedValuesGiveTheirOneValueForEveryYear() {
    // A custom implementation that knows nothing of dated values keeps working.
    Parameters plain =
        new Parameters() {
          @Override
          public <T> T get(Parameter<T> parameter) {
            return parameter.defaultValue().orElseThrow();
          }

          @Override
          public <T> Optional<T> find(Parameter<T> parameter) {
            return parameter.defaultValue();
          }
        };
    assertThat(plain.get(SmallGrantsRule.GRANT_CEILING, Y2008)).isEqualTo(Money.parse("£5k"));
    assertThat(plain.find(NetResourceLossRule.DEFLATOR, Y2008)).isEmpty();
    assertThat(plain.datedValue(SmallGrantsRule.GRANT_CEILING, Y2008)).isEmpty();
    assertThat(LVSC.get(NetResourceLossRule.TOLERANCE, Y2008)).isEqualTo(Percentage.ZERO);
  }

  @Test
  void theFingerprintCoversDatedValuesAndAnUndatedPolicyKeepsItsForm() {
    Policy a = ceilingFrom2008();
    assertThat(a.sha256()).isNotEqualTo(LVSC.sha256());
    Policy otherValue =
        LVSC.reform("b")
            .setFrom(SmallGrantsRule.GRANT_CEILING, Y2008, Money.parse("£10,000.01"), COMPACT)
            .build();
    Policy otherYear =
        LVSC.reform("c")
            .setFrom(SmallGrantsRule.GRANT_CEILING, Y2007, Money.parse("£10k"), COMPACT)
            .build();
    Policy otherSource =
        LVSC.reform("d")
            .setFrom(SmallGrantsRule.GRANT_CEILING, Y2008, Money.parse("£10k"), TOLERANCE_SOURCE)
            .build();
    assertThat(List.of(a.sha256(), otherValue.sha256(), otherYear.sha256(), otherSource.sha256()))
        .doesNotHaveDuplicates();
    assertThat(a).isNotEqualTo(otherValue);
    assertThat(a.canonicalForm())
        .contains(
            "{\"dated\":[{\"from\":\"2008/09\",\"source\":{\"source\":\"Anytown Compact 2008\","
                + "\"text\":\"§3 small grants of up to £10,000\"},\"value\":{\"pence\":1000000,"
                + "\"text\":\"£10,000.00\",\"type\":\"money\"}}],\"id\":\"SMALL_GRANTS.grantCeiling\","
                + "\"value\":{\"pence\":500000,\"text\":\"£5,000.00\",\"type\":\"money\"}}");
    // Without dated values no parameter has a "dated" member: the form is the one of before (the
    // hash pinned is LVSC 2006's before dated parameters were added).
    assertThat(LVSC.canonicalForm()).doesNotContain("dated");
    assertThat(LVSC.sha256())
        .isEqualTo("a43b415079faade3d2fbfc18b67a3210479d42ae878aa000ce81c3221daf53a9");
    assertThat(JsonRecords.canonical(a.canonicalForm())).isEqualTo(a.canonicalForm());
  }

  @Test
  void decisionRecordsShowDatedValuesAndMatchTheSchema() {
    LocalAreaAgreement laa = camden().addSmallGrantsProgrammes(programme("late", Y2008)).build();
    String json = ceilingFrom2008().score(laa).toJson();
    JsonNode record = JsonRecords.valid(json);
    JsonNode grants = element(record.get("findings"), "ruleId", "SMALL_GRANTS");
    JsonNode ceiling = element(grants.get("parameters"), "id", "SMALL_GRANTS.grantCeiling");
    assertThat(ceiling.get("dated").get(0).get("from").asString()).isEqualTo("2008/09");
    assertThat(ceiling.get("dated").get(0).get("value").get("pence").asLong()).isEqualTo(1_000_000);
    assertThat(LVSC.score(laa).toJson()).doesNotContain("\"dated\"");
    // The text report lists the dated value with the parameters that are not the default.
    String text = ceilingFrom2008().score(laa).toDetailedText();
    assertThat(text).contains("SMALL_GRANTS.grantCeiling = £5,000.00; from 2008/09: £10,000.00");
  }

  /** The element of {@code array} whose {@code member} is {@code value}. */
  private static JsonNode element(JsonNode array, String member, String value) {
    for (JsonNode e : array) {
      if (e.get(member).asString().equals(value)) {
        return e;
      }
    }
    throw new AssertionError("no element with " + member + " " + value);
  }

  @Test
  void everyBadDatedValueIsReportedAtOnce() {
    Citation source = COMPACT;
    assertThatThrownBy(
            () ->
                LVSC.reform("bad")
                    .setFrom(SmallGrantsRule.GRANT_CEILING, Y2008, Money.parse("-£1"), source)
                    .setFrom(NetResourceLossRule.TOLERANCE, Y2007, Percentage.of(101), source)
                    .setFrom(
                        NetResourceLossRule.TERMS, Y2007, NetResourceLossRule.Terms.REAL, source)
                    .build())
        .isInstanceOfSatisfying(
            InvalidDataException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactlyInAnyOrder(
                        "parameters[SMALL_GRANTS.grantCeiling][from 2008/09]",
                        "parameters[NET_RESOURCE_LOSS.tolerance][from 2007/08]",
                        "parameters[NET_RESOURCE_LOSS.terms][from 2007/08]"));
  }

  @Test
  void aDatedValueForAParameterNoRuleReadsIsAProblem() {
    Policy onlyR1 = LVSC.reform("no small grants rule").removeRule(Lvsc2006.SMALL_GRANTS).build();
    assertThatThrownBy(
            () ->
                onlyR1
                    .reform("x")
                    .setFrom(SmallGrantsRule.GRANT_CEILING, Y2008, Money.parse("£1"), COMPACT)
                    .build())
        .isInstanceOfSatisfying(
            InvalidDataException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path, Problem::message)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "parameters[SMALL_GRANTS.grantCeiling]",
                            "is not read by any rule of the policy")));
  }

  @Test
  void aDatedToleranceMakesWarningsPossibleEvenAtAPlainToleranceOfZero() {
    Policy p =
        LVSC.reform("warn later")
            .setFrom(NetResourceLossRule.TOLERANCE, Y2008, Percentage.of(1), TOLERANCE_SOURCE)
            .build();
    assertThat(p.entry(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow().possibleVerdicts())
        .contains(Verdict.WARN);
    assertThat(LVSC.entry(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow().possibleVerdicts())
        .doesNotContain(Verdict.WARN);
    assertThat(NetResourceLossRule.TOLERANCE.isByYear()).isTrue();
    assertThat(NetResourceLossRule.TERMS.isByYear()).isFalse();
  }
}
