package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.hash.Hashing;
import io.github.laa.core.Area;
import io.github.laa.core.DeflatorSeries;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.tables.Tables;
import io.github.laa.scoring.internal.LibraryVersion;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON decision records: valid against the shipped schema, in canonical form, and carrying — read
 * back with Jackson — exactly what the scorecards hold, value for value.
 */
class DecisionRecordTest {
  private static final Policy LVSC = Lvsc2006.policy();

  @Test
  void aScorecardRecordHoldsEveryFindingValueForValue() {
    for (LocalAreaAgreement a : Fixtures.fiveAreas()) {
      Scorecard card = LVSC.score(a);
      JsonNode json = JsonRecords.valid(card.toJson());
      assertThat(json.get("kind").asString()).isEqualTo("scorecard");
      assertThat(json.get("schemaVersion").asInt()).isEqualTo(DecisionRecords.SCHEMA_VERSION);
      assertThat(json.get("library").get("version").asString()).isEqualTo(LibraryVersion.VERSION);
      assertThat(LibraryVersion.VERSION).doesNotContain("${").isNotBlank();
      checkPolicy(json.get("policy"), LVSC);
      checkScorecard(json, card);
    }
  }

  @Test
  void notAssessedFindingsHaveNoScoreAndNameWhatIsMissing() {
    LocalAreaAgreement noBaseline =
        Fixtures.camden()
            .addAllocation(Fixtures.money("cvs", "nrf", Fixtures.Y2006, "£1k"))
            .build();
    Scorecard card = LVSC.score(noBaseline);
    JsonNode json = JsonRecords.valid(card.toJson());
    int notAssessed = 0;
    for (JsonNode f : json.get("findings")) {
      if (f.get("verdict").asString().equals("NOT_ASSESSED")) {
        notAssessed++;
        assertThat(f.has("score")).as("score of %s", f.get("ruleId")).isFalse();
        assertThat(f.get("missing").asString()).isNotBlank();
      } else {
        assertThat(f.has("score")).isTrue();
        assertThat(f.has("missing")).isFalse();
      }
    }
    assertThat(notAssessed).isPositive();
  }

  @Test
  void theSchemaRefusesRecordsThatBreakItsRules() {
    LocalAreaAgreement noBaseline =
        Fixtures.camden()
            .addAllocation(Fixtures.money("cvs", "nrf", Fixtures.Y2006, "£1k"))
            .build();
    String json = LVSC.score(noBaseline).toJson();
    assertThat(JsonRecords.errors(json)).isEmpty();
    List<java.util.function.Consumer<ObjectNode>> breakages =
        List.of(
            r -> notAssessed(r).put("score", 0),
            r -> notAssessed(r).remove("missing"),
            r -> ((ObjectNode) r.get("policy")).remove("sha256"),
            r -> ((ObjectNode) r.get("policy")).put("sha256", "not a hash"),
            r -> r.put("rating", "PURPLE"),
            r -> r.put("extra", true),
            r -> r.put("schemaVersion", 2),
            r -> ((ObjectNode) r.get("agreement")).put("firstYear", "06/07"));
    for (int i = 0; i < breakages.size(); i++) {
      ObjectNode broken = (ObjectNode) JsonRecords.MAPPER.readTree(json);
      breakages.get(i).accept(broken);
      assertThat(JsonRecords.errors(broken.toString())).as("breakage %s", i).isNotEmpty();
    }
  }

  private static ObjectNode notAssessed(ObjectNode record) {
    return (ObjectNode) byMember(record.get("findings"), "verdict", "NOT_ASSESSED");
  }

  @Test
  void theSameScorecardAlwaysGivesTheSameBytes() {
    LocalAreaAgreement a = Fixtures.grown();
    String once = LVSC.score(a).toJson();
    assertThat(LVSC.score(a).toJson()).isEqualTo(once);
    assertThat(Lvsc2006.policy().score(Fixtures.grown()).toJson()).isEqualTo(once);
    StringBuilder out = new StringBuilder("> ");
    assertThat(LVSC.score(a).appendJson(out).toString()).isEqualTo("> " + once);
  }

  @Test
  void cohortAndDiffRecordsAreValidAndHoldTheirScorecards() {
    List<LocalAreaAgreement> five = Fixtures.fiveAreas();
    CohortScorecard cohort = LVSC.scoreCohort(five);
    JsonNode json = JsonRecords.valid(cohort.toJson());
    assertThat(json.get("kind").asString()).isEqualTo("cohort");
    checkPolicy(json.get("policy"), LVSC);
    assertThat(json.get("scorecards")).hasSize(cohort.scorecards().size());
    for (int i = 0; i < cohort.scorecards().size(); i++) {
      checkScorecard(json.get("scorecards").get(i), cohort.scorecards().get(i));
    }
    JsonNode league = json.get("leagueTable");
    assertThat(league).hasSize(cohort.leagueTable().size());
    for (int i = 0; i < league.size(); i++) {
      LeagueEntry e = cohort.leagueTable().get(i);
      JsonNode row = league.get(i);
      assertThat(row.get("area").get("code").asString()).isEqualTo(e.area().code());
      assertThat(row.get("rating").asString()).isEqualTo(e.rag().name());
      assertThat(row.has("score")).isEqualTo(e.score().isPresent());
      if (e.score().isPresent()) {
        assertThat(row.get("score").asInt()).isEqualTo(e.score().getAsInt());
        assertThat(row.get("rank").asInt()).isEqualTo(e.rank().getAsInt());
        assertThat(row.get("quartile").asInt()).isEqualTo(e.quartile().getAsInt());
      }
    }
    JsonNode views = json.get("views");
    assertThat(views).hasSize(cohort.views().size());
    for (int i = 0; i < views.size(); i++) {
      Section s = cohort.section(cohort.views().get(i));
      JsonNode section = views.get(i).get("section");
      assertThat(views.get(i).get("name").asString()).isEqualTo(cohort.views().get(i).name());
      assertThat(section.get("title").asString()).isEqualTo(s.title());
      assertThat(section.get("rows")).hasSize(s.rows().size());
      for (int r = 0; r < s.rows().size(); r++) {
        for (int c = 0; c < s.rows().get(r).size(); c++) {
          assertThat(section.get("rows").get(r).get(c).asString())
              .isEqualTo(s.rows().get(r).get(c));
        }
      }
    }

    Policy reform =
        LVSC.reform("5% tolerance").set(NetResourceLossRule.TOLERANCE, Percentage.of(5)).build();
    CohortDiff diff = cohort.diff(reform.scoreCohort(five));
    JsonNode d = JsonRecords.valid(diff.toJson());
    assertThat(d.get("kind").asString()).isEqualTo("cohortDiff");
    checkPolicy(d.get("before").get("policy"), LVSC);
    checkPolicy(d.get("after").get("policy"), reform);
    assertThat(d.get("flips")).hasSize(diff.flips().size());
    assertThat(d.get("areas")).hasSize(diff.areas().size());
    for (int i = 0; i < diff.areas().size(); i++) {
      checkDiff(d.get("areas").get(i), diff.areas().get(i));
    }
    ScorecardDiff one = diff.areas().get(0);
    JsonNode single = JsonRecords.valid(one.toJson());
    assertThat(single.get("kind").asString()).isEqualTo("scorecardDiff");
    checkDiff(single, one);
  }

  @Test
  void callerTextComesBackExactlyAndCannotBreakOutOfItsString() {
    String name = "Q\"uote\\d </script> «ünïcode» 𝄞 {\"kind\":\"x\"}";
    LocalAreaAgreement a =
        Fixtures.grown().withArea(Area.of("E09000999", name, Fixtures.grown().area().kind()));
    Scorecard card = LVSC.score(a);
    JsonNode json = JsonRecords.valid(card.toJson());
    assertThat(json.get("agreement").get("area").get("name").asString()).isEqualTo(name);
    assertThat(json.get("kind").asString()).isEqualTo("scorecard");
    assertThat(card.toJson()).contains("\\\"uote\\\\d");
  }

  @Test
  void anAppendableThatFailsGivesAnUncheckedIoException() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] c, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Scorecard card = LVSC.score(Fixtures.grown());
    assertThatThrownBy(() -> card.appendJson(broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
  }

  @Test
  void theFingerprintsCanBeRedoneByHand() {
    LocalAreaAgreement a = Fixtures.grown();
    StringBuilder form = new StringBuilder();
    Tables.write(a)
        .forEach(
            (table, csv) ->
                form.append(table.fileName())
                    .append('\n')
                    .append(csv.getBytes(StandardCharsets.UTF_8).length)
                    .append('\n')
                    .append(csv));
    assertThat(LVSC.score(a).agreementSha256())
        .isEqualTo(Hashing.sha256().hashString(form, StandardCharsets.UTF_8).toString())
        .isEqualTo(Tables.sha256(a))
        .hasSize(64);
    assertThat(LVSC.sha256())
        .isEqualTo(
            Hashing.sha256().hashString(LVSC.canonicalForm(), StandardCharsets.UTF_8).toString());
    JsonNode form1 = JsonRecords.MAPPER.readTree(LVSC.canonicalForm());
    assertThat(JsonRecords.canonical(LVSC.canonicalForm())).isEqualTo(LVSC.canonicalForm());
    assertThat(form1.get("form").asString()).isEqualTo("laa-policy/1");
    assertThat(form1.get("rules")).hasSize(LVSC.entries().size());
  }

  @Test
  void aDeflatorSeriesParameterIsWrittenExactly() {
    DeflatorSeries series =
        DeflatorSeries.builder()
            .name("HMT, illustrative")
            .putIndex(FinancialYear.of(2005), new BigDecimal("100.0"))
            .putIndex(FinancialYear.of(2006), new BigDecimal("102.731"))
            .putIndex(FinancialYear.of(2007), new BigDecimal("105.5"))
            .putIndex(FinancialYear.of(2008), new BigDecimal("108.25"))
            .build();
    Policy real =
        LVSC.reform("real")
            .set(NetResourceLossRule.TERMS, NetResourceLossRule.Terms.REAL)
            .set(NetResourceLossRule.DEFLATOR, series)
            .build();
    JsonNode json = JsonRecords.valid(real.score(Fixtures.grown()).toJson());
    JsonNode nrl = byMember(json.get("findings"), "ruleId", Lvsc2006.NET_RESOURCE_LOSS.value());
    JsonNode deflator = byId(nrl.get("parameters"), NetResourceLossRule.DEFLATOR.id()).get("value");
    assertThat(deflator.get("type").asString()).isEqualTo("deflatorSeries");
    assertThat(deflator.get("name").asString()).isEqualTo("HMT, illustrative");
    assertThat(deflator.get("indices").get(1).get("year").asString()).isEqualTo("2006/07");
    assertThat(deflator.get("indices").get(1).get("index").asString()).isEqualTo("102.731");
  }

  @Test
  void aParameterMustBeOfAValueTypeARecordCanWrite() {
    assertThatThrownBy(
            () -> Parameter.of("X.list", "a list", StringBuilder.class, new StringBuilder()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parameter X.list must be of an immutable value type")
        .hasMessageContaining("java.lang.StringBuilder");
    assertThat(
            Parameter.of(
                    "X.terms",
                    "terms",
                    NetResourceLossRule.Terms.class,
                    NetResourceLossRule.Terms.CASH)
                .type())
        .isEqualTo(NetResourceLossRule.Terms.class);
  }

  // --- checks, value for value ---------------------------------------------------------------

  static void checkPolicy(JsonNode json, Policy p) {
    assertThat(json.get("name").asString()).isEqualTo(p.name());
    assertThat(json.get("date").asString()).isEqualTo(p.date().toString());
    assertThat(json.get("sha256").asString()).isEqualTo(p.sha256());
  }

  static void checkScorecard(JsonNode json, Scorecard card) {
    JsonNode agreement = json.get("agreement");
    assertThat(agreement.get("area").get("code").asString()).isEqualTo(card.area().code());
    assertThat(agreement.get("area").get("name").asString()).isEqualTo(card.area().name());
    assertThat(agreement.get("round").asString()).isEqualTo(card.round().name());
    assertThat(agreement.get("firstYear").asString())
        .isEqualTo(card.agreement().firstYear().toString());
    assertThat(agreement.get("sha256").asString()).isEqualTo(Tables.sha256(card.agreement()));
    assertThat(json.get("rating").asString()).isEqualTo(card.rag().name());
    assertThat(json.has("score")).isEqualTo(card.score().isPresent());
    card.score().ifPresent(s -> assertThat(json.get("score").asInt()).isEqualTo(s));
    JsonNode findings = json.get("findings");
    assertThat(findings).hasSize(card.findings().size());
    for (int i = 0; i < findings.size(); i++) {
      checkFinding(findings.get(i), card.findings().get(i), card.policy().entries().get(i));
    }
  }

  static void checkFinding(JsonNode json, Finding f, Policy.Entry entry) {
    assertThat(json.get("ruleId").asString()).isEqualTo(f.ruleId().value());
    assertThat(json.get("title").asString()).isEqualTo(f.title());
    assertThat(json.get("verdict").asString()).isEqualTo(f.verdict().name());
    assertThat(json.get("severity").asString()).isEqualTo(entry.severity().name());
    assertThat(json.get("weight").asInt()).isEqualTo(entry.weight());
    assertThat(json.has("score")).isEqualTo(f.verdict().isAssessed());
    if (f.verdict().isAssessed()) {
      assertThat(json.get("score").asInt()).isEqualTo(f.score());
    }
    assertThat(json.has("missing")).isEqualTo(f.missing().isPresent());
    f.missing().ifPresent(m -> assertThat(json.get("missing").asString()).isEqualTo(m));
    assertThat(json.get("citation").get("source").asString()).isEqualTo(f.citation().source());
    assertThat(json.get("citation").get("text").asString()).isEqualTo(f.citation().text());
    JsonNode evidence = json.get("evidence");
    assertThat(evidence).hasSize(f.evidence().size());
    for (int i = 0; i < evidence.size(); i++) {
      Evidence<?> e = f.evidence().get(i);
      JsonNode j = evidence.get(i);
      assertThat(j.get("key").asString()).isEqualTo(e.name());
      assertThat(j.has("year")).isEqualTo(e.year().isPresent());
      e.year().ifPresent(y -> assertThat(j.get("year").asString()).isEqualTo(y.toString()));
      assertThat(j.has("about")).isEqualTo(e.about().isPresent());
      e.about().ifPresent(a -> assertThat(j.get("about").asString()).isEqualTo(a));
      assertThat(j.has("check")).isEqualTo(e.check().isPresent());
      e.check().ifPresent(c -> assertThat(j.get("check").asString()).isEqualTo(c.name()));
      checkValue(j.get("value"), e.value());
    }
    assertThat(json.has("margin")).isEqualTo(f.margin().isPresent());
    f.margin().ifPresent(m -> checkMargin(json.get("margin"), m));
    JsonNode parameters = json.get("parameters");
    assertThat(parameters).hasSize(f.parameters().size());
    for (ParameterValue<?> p : f.parameters()) {
      JsonNode j = byId(parameters, p.parameter().id());
      assertThat(j.has("value")).isEqualTo(p.value().isPresent());
      if (p.value().isPresent()) {
        checkValue(j.get("value"), p.value().get());
      }
    }
  }

  /** The member of {@code array} whose {@code id} is {@code id}. */
  static JsonNode byId(JsonNode array, String id) {
    return byMember(array, "id", id);
  }

  /** The member of {@code array} whose {@code name} is {@code value}. */
  static JsonNode byMember(JsonNode array, String name, String value) {
    for (JsonNode candidate : array) {
      if (candidate.get(name).asString().equals(value)) {
        return candidate;
      }
    }
    throw new AssertionError("no member with " + name + " " + value + " in " + array);
  }

  static void checkMargin(JsonNode json, Margin m) {
    assertThat(json.get("text").asString()).isEqualTo(m.toString());
    assertThat(json.get("subject").asString()).isEqualTo(m.subject());
    assertThat(json.get("goal").asString()).isEqualTo(m.goal());
    assertThat(json.has("direction")).isEqualTo(m.direction().isPresent());
    m.direction().ifPresent(d -> assertThat(json.get("direction").asString()).isEqualTo(d.name()));
    m.year().ifPresent(y -> assertThat(json.get("year").asString()).isEqualTo(y.toString()));
    assertThat(json.has("amount")).isEqualTo(m.amount().isPresent());
    m.amount()
        .ifPresent(
            a -> {
              JsonNode j = json.get("amount");
              assertThat(j.get("text").asString()).isEqualTo(a.toString());
              if (a instanceof Margin.Amount.OfMoney money) {
                assertThat(j.get("unit").asString()).isEqualTo("money");
                assertThat(j.get("pence").asLong()).isEqualTo(money.money().pence());
              } else if (a instanceof Margin.Amount.OfPercentagePoints pp) {
                assertThat(j.get("unit").asString()).isEqualTo("percentagePoints");
                assertThat(j.get("basisPoints").asLong()).isEqualTo(pp.points().basisPoints());
              } else if (a instanceof Margin.Amount.OfScorePoints sp) {
                assertThat(j.get("unit").asString()).isEqualTo("scorePoints");
                assertThat(j.get("points").asInt()).isEqualTo(sp.points());
              } else {
                assertThat(j.get("unit").asString()).isEqualTo("rungs");
                assertThat(j.get("rungs").asInt()).isEqualTo(((Margin.Amount.OfRungs) a).rungs());
              }
            });
  }

  static void checkValue(JsonNode json, Object value) {
    String type = json.get("type").asString();
    if (value instanceof Money m) {
      assertThat(type).isEqualTo("money");
      assertThat(json.get("pence").asLong()).isEqualTo(m.pence());
      assertThat(json.get("text").asString()).isEqualTo(m.toString());
    } else if (value instanceof Percentage p) {
      assertThat(type).isEqualTo("percentage");
      assertThat(json.get("basisPoints").asLong()).isEqualTo(p.basisPoints());
      assertThat(json.get("text").asString()).isEqualTo(p.toString());
    } else if (value instanceof FinancialYear y) {
      assertThat(type).isEqualTo("year");
      assertThat(json.get("value").asString()).isEqualTo(y.toString());
    } else if (value instanceof Change c) {
      assertThat(type).isEqualTo("change");
      checkValue(json.get("before"), c.before());
      checkValue(json.get("after"), c.after());
      checkValue(json.get("difference"), c.difference());
      assertThat(json.has("percent")).isEqualTo(c.percent().isPresent());
      c.percent().ifPresent(p -> checkValue(json.get("percent"), p));
    } else if (value instanceof Long || value instanceof Integer) {
      assertThat(type).isEqualTo("integer");
      assertThat(json.get("value").asLong()).isEqualTo(((Number) value).longValue());
    } else if (value instanceof Boolean b) {
      assertThat(type).isEqualTo("boolean");
      assertThat(json.get("value").asBoolean()).isEqualTo(b);
    } else if (value instanceof String s) {
      assertThat(type).isEqualTo("text");
      assertThat(json.get("value").asString()).isEqualTo(s);
    } else if (value instanceof BigDecimal d) {
      assertThat(type).isEqualTo("decimal");
      assertThat(new BigDecimal(json.get("value").asString())).isEqualTo(d);
    } else if (value instanceof Enum<?> e) {
      assertThat(type).isEqualTo("enum");
      assertThat(json.get("value").asString()).isEqualTo(e.name());
      assertThat(json.get("enumType").asString()).isEqualTo(e.getDeclaringClass().getName());
    } else if (value instanceof DeflatorSeries d) {
      assertThat(type).isEqualTo("deflatorSeries");
      assertThat(json.get("name").asString()).isEqualTo(d.name());
      Iterator<JsonNode> indices = json.get("indices").iterator();
      for (Map.Entry<FinancialYear, BigDecimal> i : d.indices().entrySet()) {
        JsonNode j = indices.next();
        assertThat(j.get("year").asString()).isEqualTo(i.getKey().toString());
        assertThat(new BigDecimal(j.get("index").asString())).isEqualTo(i.getValue());
      }
      assertThat(indices.hasNext()).isFalse();
    } else {
      throw new AssertionError("a value of an unexpected type: " + value.getClass());
    }
  }

  static void checkDiff(JsonNode json, ScorecardDiff diff) {
    assertThat(json.get("before").get("rating").asString()).isEqualTo(diff.before().rag().name());
    assertThat(json.get("after").get("rating").asString()).isEqualTo(diff.after().rag().name());
    checkPolicy(json.get("before").get("policy"), diff.before().policy());
    checkPolicy(json.get("after").get("policy"), diff.after().policy());
    JsonNode findings = json.get("findings");
    assertThat(findings).hasSize(diff.findings().size());
    for (int i = 0; i < findings.size(); i++) {
      FindingDiff d = diff.findings().get(i);
      JsonNode j = findings.get(i);
      assertThat(j.get("ruleId").asString()).isEqualTo(d.ruleId().value());
      assertThat(j.get("verdictBefore").asString()).isEqualTo(d.verdictBefore().name());
      assertThat(j.get("verdictAfter").asString()).isEqualTo(d.verdictAfter().name());
      assertThat(j.get("flipped").asBoolean()).isEqualTo(d.flipped());
      boolean both =
          d.verdictBefore().isAssessed()
              && d.verdictAfter().isAssessed()
              && d.before().isPresent()
              && d.after().isPresent();
      assertThat(j.has("scoreChange")).isEqualTo(both);
      if (both) {
        assertThat(j.get("scoreChange").asInt()).isEqualTo(d.scoreChange());
      }
    }
  }
}
