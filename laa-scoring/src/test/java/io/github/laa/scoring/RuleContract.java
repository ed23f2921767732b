package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a rule's own test class tells the shared campaigns about the rule: the differential oracle
 * ({@link DifferentialOracleProperties}), the consistency laws ({@link ConsistencyProperties}), the
 * generators' reach ({@code LaaGeneratorsTest}) and the bad-input campaign ({@link
 * BadInputCampaign}). Those campaigns iterate over a policy's rules and find each rule's contract
 * with {@link RuleContracts#of(Rule)}: the {@code public static final RuleContract CONTRACT} of the
 * class named after the rule's class with {@code Test} appended, e.g. {@code
 * io.github.laa.scoring.lvsc.NetResourceLossRuleTest.CONTRACT}. A rule without one gets only the
 * generic laws, which hold for every rule.
 */
public interface RuleContract {
  /**
   * The independent reference computation: what the rule's finding must be for {@code laa} under
   * the parameter values of {@code policy}, scored alone ({@code cohort} null) or in {@code
   * cohort}. Written from the rule's Javadoc with the plain helpers of {@link Reference}, not from
   * the engine.
   */
  Reference.Expected expected(
      LocalAreaAgreement laa, Parameters policy, @Nullable List<LocalAreaAgreement> cohort);

  /**
   * The rule's own law tying an assessed finding's verdict to its evidence and margin, read back
   * from the finding alone; throws if it does not hold. (The generic laws — the score within the
   * verdict's band, {@link Verdict#NOT_ASSESSED} exactly when a missing fact is named, and then
   * without a margin — are checked before, for every rule.)
   */
  void verdictAgreesWithEvidence(Finding f);

  /**
   * Compares what the rule contributes to a scored cohort (its cohort views, and any evidence it
   * records only in a cohort) with the reference, for the cohort {@code scored} of {@code cohort}
   * under {@code policy}. Nothing by default.
   */
  default void compareCohort(
      CohortScorecard scored, Parameters policy, List<LocalAreaAgreement> cohort) {}

  /**
   * The verdicts the rule gives agreements from {@link
   * io.github.laa.scoring.testing.LaaGenerators#agreements()} under its default parameters; the
   * generators must reach every one. All four by default.
   */
  default Set<Verdict> verdictsOfGeneratedAgreements() {
    return EnumSet.allOf(Verdict.class);
  }

  /**
   * For the bad-input campaign: sets each of the rule's own parameters through {@code draw} to a
   * value that is valid or not, at random (the draw records which are not). Nothing by default: the
   * parameters keep their values.
   */
  default void drawParameters(ParameterDraw draw) {}

  /**
   * The problems (their paths, such as {@code parameters[NET_RESOURCE_LOSS.deflator]}) a policy
   * must list for {@code values} of the rule's parameters, each acceptable on its own: the
   * combinations the rule rejects. None by default.
   */
  default Set<String> rejectedCombinations(Parameters values) {
    return Set.of();
  }

  // ---------------------------------------------------------------------------------------------
  // For writing laws: evidence read back from a finding.

  /** The outcome of every check under {@code key}, in order. */
  static List<Verdict> checks(Finding f, Key<?> key) {
    List<Verdict> out = new ArrayList<>();
    for (Evidence<?> e : f.entries(key)) {
      out.add(e.check().orElseThrow());
    }
    return out;
  }

  /** The outcome of every check of the finding, in order. */
  static List<Verdict> allChecks(Finding f) {
    List<Verdict> out = new ArrayList<>();
    for (Evidence<?> e : f.evidence()) {
      e.check().ifPresent(out::add);
    }
    return out;
  }

  /** The margin's money, after checking that the margin goes in {@code direction}. */
  static Money marginMoney(Finding f, Margin.Direction direction) {
    Margin m = f.margin().orElseThrow(() -> new AssertionError(f + " has no margin"));
    assertThat(m.direction()).as("%s margin direction", f.ruleId()).contains(direction);
    return m.money().orElseThrow();
  }
}
