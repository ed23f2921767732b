package io.github.laa.scoring;

import io.github.laa.core.Area;
import io.github.laa.core.DeflatorSeries;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.tables.Tables;
import io.github.laa.scoring.internal.JsonWriter;
import io.github.laa.scoring.internal.LibraryVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes scorecards, cohorts and diffs as JSON decision records (schema {@value #SCHEMA_VERSION},
 * {@code META-INF/laa/decision-record.schema.json} in laa-scoring's jar), and a policy's canonical
 * form. Every object's members are written in canonical order (see {@link JsonWriter}), so the same
 * result always gives the same bytes. Not API: the result types' {@code toJson()} methods are the
 * way in.
 */
final class DecisionRecords {
  /** The version of the records' schema; a record that changes shape gets a new one. */
  static final int SCHEMA_VERSION = 1;

  /** The name of a policy's canonical form, as records name it. */
  static final String POLICY_FORM = "laa-policy/1";

  private DecisionRecords() {}

  static String json(Scorecard card) {
    // A London borough's record is 13,000 to 17,000 characters.
    JsonWriter w = new JsonWriter(20_000);
    w.beginObject();
    scorecardBody(w, card, true);
    return w.endObject().finish();
  }

  static String json(CohortScorecard cohort) {
    JsonWriter w = new JsonWriter(Math.min(20_000 * (1 + cohort.scorecards().size()), 1 << 22));
    w.beginObject().member("kind", "cohort");
    w.name("leagueTable").beginArray();
    for (LeagueEntry e : cohort.leagueTable()) {
      w.beginObject().name("area");
      area(w, e.area());
      if (e.quartile().isPresent()) {
        w.member("quartile", e.quartile().getAsInt());
      }
      if (e.rank().isPresent()) {
        w.member("rank", e.rank().getAsInt());
      }
      w.member("rating", e.rag().name());
      if (e.score().isPresent()) {
        w.member("score", e.score().getAsInt());
      }
      w.endObject();
    }
    w.endArray();
    library(w);
    w.name("policy");
    policyIdentity(w, cohort.policy());
    w.member("schemaVersion", SCHEMA_VERSION);
    w.name("scorecards").beginArray();
    for (Scorecard card : cohort.scorecards()) {
      w.beginObject();
      scorecardBody(w, card, false);
      w.endObject();
    }
    w.endArray();
    w.name("views").beginArray();
    for (CohortView<?> v : cohort.views()) {
      w.beginObject().member("name", v.name()).name("section");
      section(w, cohort.section(v));
      w.endObject();
    }
    w.endArray();
    return w.endObject().finish();
  }

  static String json(ScenarioCohort scenarios) {
    JsonWriter w = new JsonWriter(Math.min(20_000 * (1 + scenarios.scorecards().size()), 1 << 22));
    w.beginObject().member("kind", "scenarios");
    library(w);
    w.name("policy");
    policyIdentity(w, scenarios.policy());
    w.name("scenarios").beginArray();
    for (int i = 0; i < scenarios.scenarios().size(); i++) {
      w.beginObject().member("name", scenarios.scenarios().get(i).name()).name("scorecard");
      w.beginObject();
      scorecardBody(w, scenarios.scorecards().get(i), false);
      w.endObject().endObject();
    }
    w.endArray();
    w.member("schemaVersion", SCHEMA_VERSION);
    CohortScorecard peers = scenarios.peers();
    w.name("views").beginArray();
    for (CohortView<?> v : peers.views()) {
      w.beginObject().member("name", v.name()).name("section");
      section(w, peers.section(v));
      w.endObject();
    }
    w.endArray();
    return w.endObject().finish();
  }

  static String json(ScorecardDiff diff) {
    JsonWriter w = new JsonWriter(2048);
    w.beginObject();
    diffBody(w, diff);
    w.member("kind", "scorecardDiff");
    library(w);
    w.member("schemaVersion", SCHEMA_VERSION);
    return w.endObject().finish();
  }

  static String json(CohortDiff diff) {
    JsonWriter w = new JsonWriter(Math.min(2048 * (1 + diff.areas().size()), 1 << 20));
    w.beginObject().name("after").beginObject().name("policy");
    policyIdentity(w, diff.after().policy());
    w.endObject();
    w.name("areas").beginArray();
    for (ScorecardDiff d : diff.areas()) {
      w.beginObject();
      diffBody(w, d);
      w.endObject();
    }
    w.endArray();
    w.name("before").beginObject().name("policy");
    policyIdentity(w, diff.before().policy());
    w.endObject();
    w.name("flips").beginArray();
    for (CohortDiff.Flip f : diff.flips()) {
      w.beginObject().member("after", f.after().name()).name("area");
      area(w, f.area());
      w.member("before", f.before().name()).member("ruleId", f.ruleId().value());
      w.endObject();
    }
    w.endArray();
    w.member("kind", "cohortDiff");
    library(w);
    w.member("schemaVersion", SCHEMA_VERSION);
    return w.endObject().finish();
  }

  /**
   * The policy's canonical form: everything that can decide a verdict or a rating, and nothing else
   * — each rule (by id, sorted) with its implementing class, severity, weight and the value of
   * every parameter it reads, and the policy's own parameters — but not the policy's name or date,
   * nor rule titles and citations, nor the order of its rules.
   */
  static String canonicalForm(Policy policy) {
    JsonWriter w = new JsonWriter(2048);
    w.beginObject().member("form", POLICY_FORM);
    w.name("parameters").beginArray();
    parameters(w, List.of(policy.baselineYearsValue(), policy.amberThresholdValue()));
    w.endArray();
    List<Policy.Entry> entries = new ArrayList<>(policy.entries());
    entries.sort(Comparator.comparing(Policy.Entry::id));
    w.name("rules").beginArray();
    for (Policy.Entry e : entries) {
      w.beginObject()
          .member("id", e.id().value())
          .member("implementation", e.rule().getClass().getName());
      w.name("parameters").beginArray();
      parameters(w, e.parameterValues());
      w.endArray();
      w.member("severity", e.severity().name()).member("weight", e.weight()).endObject();
    }
    return w.endArray().endObject().finish();
  }

  /**
   * Appends {@code text} to {@code out}, as the result types' {@code appendJson} and {@code
   * appendHtml} do.
   */
  static <A extends Appendable> A append(A out, String text) {
    try {
      out.append(text);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void scorecardBody(JsonWriter w, Scorecard card, boolean whole) {
    w.name("agreement");
    agreementIdentity(w, card);
    w.name("findings").beginArray();
    for (int i = 0; i < card.findings().size(); i++) {
      finding(w, card.findings().get(i), card.policy().entries().get(i));
    }
    w.endArray();
    if (whole) {
      w.member("kind", "scorecard");
      library(w);
      w.name("policy");
      policyIdentity(w, card.policy());
    }
    w.member("rating", card.rag().name());
    if (whole) {
      w.member("schemaVersion", SCHEMA_VERSION);
    }
    if (card.score().isPresent()) {
      w.member("score", card.score().getAsInt());
    }
  }

  private static void diffBody(JsonWriter w, ScorecardDiff diff) {
    w.name("after");
    side(w, diff.after());
    w.name("before");
    side(w, diff.before());
    w.name("findings").beginArray();
    for (FindingDiff d : diff.findings()) {
      w.beginObject().member("flipped", d.flipped()).member("ruleId", d.ruleId().value());
      Optional<Finding> after = d.after().filter(f -> f.verdict().isAssessed());
      Optional<Finding> before = d.before().filter(f -> f.verdict().isAssessed());
      after.ifPresent(f -> w.member("scoreAfter", f.score()));
      before.ifPresent(f -> w.member("scoreBefore", f.score()));
      if (after.isPresent() && before.isPresent()) {
        w.member("scoreChange", after.get().score() - before.get().score());
      }
      w.member("verdictAfter", d.verdictAfter().name())
          .member("verdictBefore", d.verdictBefore().name())
          .endObject();
    }
    w.endArray();
  }

  private static void side(JsonWriter w, Scorecard card) {
    w.beginObject().name("agreement");
    agreementIdentity(w, card);
    w.name("policy");
    policyIdentity(w, card.policy());
    w.member("rating", card.rag().name());
    if (card.score().isPresent()) {
      w.member("score", card.score().getAsInt());
    }
    w.endObject();
  }

  private static void finding(JsonWriter w, Finding f, Policy.Entry entry) {
    w.beginObject().name("citation").beginObject();
    w.member("source", f.citation().source()).member("text", f.citation().text()).endObject();
    w.name("evidence").beginArray();
    for (Evidence<?> e : f.evidence()) {
      w.beginObject();
      e.about().ifPresent(a -> w.member("about", a));
      e.check().ifPresent(c -> w.member("check", c.name()));
      w.member("key", e.name()).name("value");
      value(w, e.value());
      e.year().ifPresent(y -> w.member("year", y.toString()));
      w.endObject();
    }
    w.endArray();
    f.margin().ifPresent(m -> margin(w.name("margin"), m));
    f.missing().ifPresent(m -> w.member("missing", m));
    w.name("parameters").beginArray();
    parameters(w, f.parameters());
    w.endArray();
    w.member("ruleId", f.ruleId().value());
    if (f.verdict().isAssessed()) {
      w.member("score", f.score());
    }
    w.member("severity", entry.severity().name())
        .member("title", f.title())
        .member("verdict", f.verdict().name())
        .member("weight", entry.weight())
        .endObject();
  }

  private static void margin(JsonWriter w, Margin m) {
    w.beginObject();
    m.about().ifPresent(a -> w.member("about", a));
    m.amount()
        .ifPresent(
            a -> {
              w.name("amount").beginObject();
              String unit;
              if (a instanceof Margin.Amount.OfMoney money) {
                w.member("pence", money.money().pence());
                unit = "money";
              } else if (a instanceof Margin.Amount.OfPercentagePoints pp) {
                w.member("basisPoints", pp.points().basisPoints());
                unit = "percentagePoints";
              } else if (a instanceof Margin.Amount.OfScorePoints sp) {
                w.member("points", sp.points());
                unit = "scorePoints";
              } else {
                w.member("rungs", ((Margin.Amount.OfRungs) a).rungs());
                unit = "rungs";
              }
              w.member("text", a.toString()).member("unit", unit).endObject();
            });
    m.direction().ifPresent(d -> w.member("direction", d.name()));
    w.member("goal", m.goal()).member("subject", m.subject()).member("text", m.toString());
    m.year().ifPresent(y -> w.member("year", y.toString()));
    w.endObject();
  }

  private static void parameters(JsonWriter w, List<? extends ParameterValue<?>> values) {
    List<ParameterValue<?>> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.comparing(p -> p.parameter().id()));
    for (ParameterValue<?> p : sorted) {
      w.beginObject();
      // Written only when there are some, so that an undated policy keeps its bytes and hash.
      if (!p.datedValues().isEmpty()) {
        w.name("dated").beginArray();
        for (DatedValue<?> d : p.datedValues()) {
          w.beginObject().member("from", d.from().toString()).name("source").beginObject();
          w.member("source", d.source().source()).member("text", d.source().text()).endObject();
          value(w.name("value"), d.value());
          w.endObject();
        }
        w.endArray();
      }
      w.member("id", p.parameter().id());
      p.value().ifPresent(v -> value(w.name("value"), v));
      w.endObject();
    }
  }

  /** A typed value: an object whose {@code type} says how to read it. */
  private static void value(JsonWriter w, Object v) {
    w.beginObject();
    if (v instanceof Money m) {
      money(w, m);
    } else if (v instanceof Percentage p) {
      w.member("basisPoints", p.basisPoints()).member("text", p.toString());
      w.member("type", "percentage");
    } else if (v instanceof FinancialYear y) {
      w.member("type", "year").member("value", y.toString());
    } else if (v instanceof Change c) {
      w.name("after").beginObject();
      money(w, c.after());
      w.endObject().name("before").beginObject();
      money(w, c.before());
      w.endObject().name("difference").beginObject();
      money(w, c.difference());
      w.endObject();
      c.percent()
          .ifPresent(
              p ->
                  w.name("percent")
                      .beginObject()
                      .member("basisPoints", p.basisPoints())
                      .member("text", p.toString())
                      .member("type", "percentage")
                      .endObject());
      w.member("type", "change");
    } else if (v instanceof Long || v instanceof Integer) {
      w.member("type", "integer").member("value", ((Number) v).longValue());
    } else if (v instanceof Boolean b) {
      w.member("type", "boolean").member("value", b);
    } else if (v instanceof String s) {
      w.member("type", "text").member("value", s);
    } else if (v instanceof BigDecimal d) {
      w.member("type", "decimal").member("value", d.toPlainString());
    } else if (v instanceof Enum<?> e) {
      w.member("enumType", e.getDeclaringClass().getName())
          .member("type", "enum")
          .member("value", e.name());
    } else if (v instanceof DeflatorSeries d) {
      w.name("indices").beginArray();
      for (Map.Entry<FinancialYear, BigDecimal> i : d.indices().entrySet()) {
        w.beginObject()
            .member("index", i.getValue().toPlainString())
            .member("year", i.getKey().toString())
            .endObject();
      }
      w.endArray().member("name", d.name()).member("type", "deflatorSeries");
    } else {
      // Keys and parameters admit only the types above, so this cannot be reached.
      throw new IllegalStateException("no JSON form for a " + v.getClass().getName());
    }
    w.endObject();
  }

  private static void money(JsonWriter w, Money m) {
    w.member("pence", m.pence()).member("text", m.toString()).member("type", "money");
  }

  private static void area(JsonWriter w, Area a) {
    w.beginObject().member("code", a.code()).member("name", a.name()).endObject();
  }

  private static void library(JsonWriter w) {
    w.name("library")
        .beginObject()
        .member("name", "laa-scoring")
        .member("version", LibraryVersion.VERSION)
        .endObject();
  }

  private static void policyIdentity(JsonWriter w, Policy p) {
    w.beginObject()
        .member("canonicalForm", POLICY_FORM)
        .member("date", p.date().toString())
        .member("name", p.name())
        .member("sha256", p.sha256())
        .endObject();
  }

  private static void agreementIdentity(JsonWriter w, Scorecard card) {
    LocalAreaAgreement laa = card.agreement();
    w.beginObject().name("area");
    area(w, laa.area());
    w.member("canonicalForm", Tables.CANONICAL_FORM)
        .member("firstYear", laa.firstYear().toString())
        .member("lastYear", laa.lastYear().toString())
        .member("round", laa.round().name())
        .member("sha256", card.agreementSha256())
        .endObject();
  }

  private static void section(JsonWriter w, Section s) {
    w.beginObject().name("columns").beginArray();
    for (Section.Column c : s.columns()) {
      w.beginObject().member("align", c.align().name()).member("header", c.header()).endObject();
    }
    w.endArray();
    s.description().ifPresent(d -> w.member("description", d));
    s.footnote().ifPresent(f -> w.member("footnote", f));
    w.name("lines").beginArray();
    s.lines().forEach(w::value);
    w.endArray().name("rows").beginArray();
    for (List<String> row : s.rows()) {
      w.beginArray();
      row.forEach(w::value);
      w.endArray();
    }
    w.endArray().member("title", s.title()).endObject();
  }
}
