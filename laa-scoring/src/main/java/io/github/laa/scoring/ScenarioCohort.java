package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Problem;
import io.github.laa.scoring.internal.TextTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scenarios — several named versions of an area's agreement, for any number of areas — scored under
 * one policy ({@link Policy#scoreScenarios}), each against the same peers.
 *
 * <p><b>Peers.</b> Rules that compare an area with its peers (R1's weakest quartile) need each area
 * once: the peers are each area's <em>first</em> scenario, in the order given. Every other scenario
 * is compared with the same peers, standing in its own area's place among them: an edited scenario
 * of Haringey is judged against the other boroughs as they are in their first scenarios, and adding
 * a scenario never moves another's verdict. The first scenarios' scorecards are exactly those of
 * {@link Policy#scoreCohort} of the first scenarios; {@link #peers()} is that cohort, with the
 * policy's cohort views (which show each area once, through its first scenario).
 *
 * <p>Scenarios are listed by area code and, within an area, in the order given; every table shows
 * the scenario's name beside its area. This class is immutable and thread-safe.
 */
public final class ScenarioCohort {
  private final Policy policy;
  private final ImmutableList<Scenario> scenarios;
  private final ImmutableList<Scorecard> scorecards;
  private final CohortScorecard peers;

  private ScenarioCohort(
      Policy policy,
      ImmutableList<Scenario> scenarios,
      ImmutableList<Scorecard> scorecards,
      CohortScorecard peers) {
    this.policy = policy;
    this.scenarios = scenarios;
    this.scorecards = scorecards;
    this.peers = peers;
  }

  /** Scores {@code scenarios} under {@code policy}; see {@link Policy#scoreScenarios}. */
  static ScenarioCohort score(Policy policy, Collection<Scenario> scenarios) {
    List<Problem> problems = new ArrayList<>();
    if (scenarios.size() > Policy.MAX_COHORT_SIZE) {
      problems.add(
          Problem.of(
              "scenarios",
              String.format(
                  Locale.ROOT,
                  "must be at most %,d but were: %,d",
                  Policy.MAX_COHORT_SIZE,
                  scenarios.size())));
      throw new InvalidDataException("Scenarios", problems);
    }
    Map<String, Integer> names = new HashMap<>();
    // Each area's scenarios in the order given, areas by code.
    Map<String, List<Scenario>> byArea = new LinkedHashMap<>();
    int i = 0;
    for (Scenario s : scenarios) {
      Integer first = names.putIfAbsent(s.name(), i);
      if (first != null) {
        problems.add(
            Problem.of(
                "scenarios[" + i + "].name",
                "must be unique but " + s.name() + " is also scenarios[" + first + "]"));
      }
      byArea.computeIfAbsent(s.area().code(), k -> new ArrayList<>()).add(s);
      i++;
    }
    if (!problems.isEmpty()) {
      throw new InvalidDataException("Scenarios", problems);
    }
    List<List<Scenario>> groups = new ArrayList<>();
    byArea.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> groups.add(e.getValue()));
    ImmutableList.Builder<LocalAreaAgreement> firsts = ImmutableList.builder();
    for (List<Scenario> group : groups) {
      firsts.add(group.get(0).agreement());
    }
    // The peers' cohort is exactly scoreCohort's of the first scenarios (by area code). Another
    // scenario takes its area's place in it: a rule always finds the agreement it scores among
    // the cohort's, as in any cohort.
    ImmutableList<LocalAreaAgreement> peerAgreements = firsts.build();
    CohortContext context = new CohortContext(peerAgreements);
    ImmutableList.Builder<Scenario> all = ImmutableList.builder();
    ImmutableList.Builder<Scorecard> cards = ImmutableList.builder();
    ImmutableList.Builder<Scorecard> peerCards = ImmutableList.builder();
    for (int g = 0; g < groups.size(); g++) {
      List<Scenario> group = groups.get(g);
      for (int k = 0; k < group.size(); k++) {
        CohortContext in = context;
        if (k > 0) {
          List<LocalAreaAgreement> instead = new ArrayList<>(peerAgreements);
          instead.set(g, group.get(k).agreement());
          in = new CohortContext(ImmutableList.copyOf(instead));
        }
        Scorecard card = policy.score(group.get(k).agreement(), in);
        all.add(group.get(k));
        cards.add(card);
        if (k == 0) {
          peerCards.add(card);
        }
      }
    }
    return new ScenarioCohort(
        policy, all.build(), cards.build(), new CohortScorecard(policy, peerCards.build()));
  }

  /** The policy. */
  public Policy policy() {
    return policy;
  }

  /** The scenarios, by area code and, within an area, in the order given. */
  public ImmutableList<Scenario> scenarios() {
    return scenarios;
  }

  /** The scorecard of each scenario, in the order of {@link #scenarios()}. */
  public ImmutableList<Scorecard> scorecards() {
    return scorecards;
  }

  /** The scorecard of the scenario named {@code name}, if there is one. */
  public Optional<Scorecard> scorecard(String name) {
    for (int i = 0; i < scenarios.size(); i++) {
      if (scenarios.get(i).name().equals(name)) {
        return Optional.of(scorecards.get(i));
      }
    }
    return Optional.empty();
  }

  /** The peers: each area's first scenario, scored as a cohort, with the policy's views. */
  public CohortScorecard peers() {
    return peers;
  }

  /**
   * Every scenario with its area, rating, score and the verdict of each rule, as plain text: one
   * row per scenario, the scenario's name first.
   */
  public String toText() {
    StringBuilder out =
        new StringBuilder()
            .append("Scenarios: ")
            .append(scenarios.size())
            .append(" under ")
            .append(policy.name())
            .append(" (")
            .append(policy.date())
            .append("), peers: each area's first scenario\n\n");
    table().appendText(out, "", true, 100);
    return out.toString();
  }

  /** The table of {@link #toText()} in GitHub-flavoured Markdown, cells escaped. */
  public String toMarkdown() {
    StringBuilder out =
        new StringBuilder()
            .append("## Scenarios under ")
            .append(TextTable.escape(policy.name()))
            .append("\n\n");
    table().appendMarkdown(out);
    return out.toString();
  }

  private TextTable table() {
    List<String> headers = new ArrayList<>(List.of("Scenario", "Area", "Code", "Rating", "Score>"));
    for (Policy.Entry e : policy.entries()) {
      headers.add(e.id().value());
    }
    TextTable t = new TextTable(headers.toArray(new String[0]));
    for (int i = 0; i < scenarios.size(); i++) {
      Scorecard card = scorecards.get(i);
      List<String> row = new ArrayList<>();
      row.add(scenarios.get(i).name());
      row.add(card.area().name());
      row.add(card.area().code());
      row.add(card.rag().name());
      row.add(card.score().isPresent() ? Integer.toString(card.score().getAsInt()) : "n/a");
      for (Finding f : card.findings()) {
        row.add(f.verdict().name());
      }
      t.row(row.toArray(new String[0]));
    }
    return t;
  }

  /**
   * RFC 4180 text, header first: scenario, area code, area name, rating and score of every
   * scenario.
   */
  public String scenariosCsv() {
    return CsvReport.scenarios(this);
  }

  /**
   * RFC 4180 text, header first: one row per scenario and rule, with the columns of {@link
   * CohortScorecard#findingsCsv()} led by the scenario's name.
   */
  public String findingsCsv() {
    return CsvReport.findings(this);
  }

  /**
   * The scenarios as one self-contained HTML5 page, like {@link CohortScorecard#toHtml()}: every
   * scenario with its area, score and rating, the peers' views, then each scenario's scorecard
   * headed by its name.
   */
  public String toHtml() {
    return HtmlReport.page(this);
  }

  /**
   * The scenarios as a JSON decision record ({@code "kind": "scenarios"}, in the schema of {@link
   * Scorecard#toJson()}): each scenario's name with its scorecard, and the peers' cohort views.
   */
  public String toJson() {
    return DecisionRecords.json(this);
  }

  /** Returns e.g. {@code ScenarioCohort of 3 scenarios of 2 areas under LVSC 2006}. */
  @Override
  public String toString() {
    return "ScenarioCohort of "
        + scenarios.size()
        + " scenarios of "
        + peers.scorecards().size()
        + " areas under "
        + policy.name();
  }
}
